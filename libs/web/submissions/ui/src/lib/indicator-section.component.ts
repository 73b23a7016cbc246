import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TagComponent } from '@wres/web/shared/ui';
import { IndicatorHeadlineComponent } from './indicator-headline.component';
import { INDICATOR_DESCRIPTIONS, INDICATOR_TITLES } from './report-labels';
import { IndicatorView } from './report-view.model';

/**
 * One indicator of the report: heading, what it measures, the headline figure (with last year's), why it is
 * missing or not computable, the indicator's own tables (projected) and the provider's narrative.
 */
@Component({
  selector: 'wres-indicator-section',
  imports: [IndicatorHeadlineComponent, TagComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let view = indicator();
    <section class="wres-indicator">
      <!-- Kept together on paper: a heading is never left at the foot of a page. -->
      <div class="wres-indicator__header">
        <h2>Indicator {{ view.number }}: {{ title() }}</h2>
        <p class="nhsuk-body-s nhsuk-u-secondary-text-colour">{{ description() }}</p>

        <wres-indicator-headline
          [rows]="view.headline"
          [indicatorNumber]="view.number"
          [contractYear]="contractYear()"
          [previousContractYear]="previousContractYear()"
        />
      </div>

      @if (view.missingReason; as reason) {
        <div class="nhsuk-inset-text">
          <span class="nhsuk-u-visually-hidden">Information: </span>
          <p><wres-tag text="Not submitted" colour="grey" /></p>
          <p>The organisation did not supply this indicator. Its reason: {{ reason }}</p>
        </div>
      } @else if (view.notComputableReason; as reason) {
        <div class="nhsuk-inset-text">
          <span class="nhsuk-u-visually-hidden">Information: </span>
          <p><wres-tag text="Not computable" colour="grey" /></p>
          <p>{{ reason }}</p>
        </div>
      }

      <ng-content />

      @if (narrative(); as text) {
        <h3>Narrative</h3>
        <p class="wres-narrative">{{ text }}</p>
      }
    </section>
  `,
  styles: `
    .wres-narrative {
      white-space: pre-line;
    }
    @media print {
      h3 {
        break-after: avoid;
      }
      .wres-indicator__header {
        break-inside: avoid;
      }
    }
  `,
})
export class IndicatorSectionComponent {
  readonly indicator = input.required<IndicatorView<unknown>>();
  readonly contractYear = input.required<string>();
  readonly previousContractYear = input<string | null>(null);
  /** The provider's narrative for this indicator, from the submission's details. */
  readonly narrative = input<string | null>(null);

  protected readonly title = computed(() => INDICATOR_TITLES[this.indicator().key]);
  protected readonly description = computed(() => INDICATOR_DESCRIPTIONS[this.indicator().key]);
}

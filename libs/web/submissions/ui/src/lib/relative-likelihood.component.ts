import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RelativeLikelihoodView } from './report-view.model';
import { SignificanceTagComponent } from './significance-tag.component';
import { SmallNumbersCautionComponent } from './small-numbers-caution.component';
import { TableScrollComponent } from './table-scroll.component';

/**
 * Indicators 2 to 4: the counts and rates by group, then the relative likelihood with its confidence
 * interval, significance and the template's sentence.
 */
@Component({
  selector: 'wres-relative-likelihood',
  imports: [SignificanceTagComponent, SmallNumbersCautionComponent, TableScrollComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let view = result();
    @if (view.rows.length > 0) {
      <wres-table-scroll [label]="view.caption">
        <table class="nhsuk-table nhsuk-table--compact">
          <caption class="nhsuk-table__caption nhsuk-table__caption--s">
            {{
              view.caption
            }}
            <span class="nhsuk-caption-m nhsuk-u-margin-top-1">Staff of known ethnicity only</span>
          </caption>
          <thead class="nhsuk-table__head">
            <tr class="nhsuk-table__row">
              <th class="nhsuk-table__header" scope="col">Ethnicity</th>
              <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
                {{ view.totalHeader }}
              </th>
              <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
                {{ view.eventsHeader }}
              </th>
              <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
                {{ view.rateHeader }}
              </th>
            </tr>
          </thead>
          <tbody class="nhsuk-table__body">
            @for (row of view.rows; track row.group; let last = $last) {
              <tr class="nhsuk-table__row" [class.wres-total]="last">
                <th class="nhsuk-table__header" scope="row">{{ row.group }}</th>
                <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ row.total }}</td>
                <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ row.events }}</td>
                <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ row.rate }}</td>
              </tr>
            }
          </tbody>
        </table>
      </wres-table-scroll>
    }

    @if (view.figures; as figures) {
      <p>{{ figures.explanation }}</p>
      <dl class="nhsuk-summary-list wres-figures">
        <div class="nhsuk-summary-list__row">
          <dt class="nhsuk-summary-list__key">Relative likelihood</dt>
          <dd class="nhsuk-summary-list__value">
            {{ figures.relativeLikelihood.text }}
            @if (figures.relativeLikelihood.reason; as reason) {
              <p class="nhsuk-body-s nhsuk-u-margin-bottom-0">{{ reason }}</p>
            }
          </dd>
        </div>
        <div class="nhsuk-summary-list__row">
          <dt class="nhsuk-summary-list__key">95% confidence interval</dt>
          <dd class="nhsuk-summary-list__value">
            {{ figures.ci95.text }}
            @if (figures.ci95.reason; as reason) {
              <p class="nhsuk-body-s nhsuk-u-margin-bottom-0">{{ reason }}</p>
            }
          </dd>
        </div>
        @if (figures.oddsRatio; as oddsRatio) {
          <div class="nhsuk-summary-list__row">
            <dt class="nhsuk-summary-list__key">Odds ratio</dt>
            <dd class="nhsuk-summary-list__value">
              {{ oddsRatio.text }}
              <p class="nhsuk-body-s nhsuk-u-margin-bottom-0">
                @if (oddsRatio.reason; as reason) {
                  {{ reason }}
                } @else {
                  Shown because the outcome is common in both groups: the odds ratio then shows a difference
                  more clearly than the relative likelihood.
                }
              </p>
            </dd>
          </div>
        }
        <div class="nhsuk-summary-list__row">
          <dt class="nhsuk-summary-list__key">Significance</dt>
          <dd class="nhsuk-summary-list__value">
            <wres-significance-tag [significant]="figures.significant" />
            <p class="nhsuk-body-s nhsuk-u-margin-top-1 nhsuk-u-margin-bottom-0">
              Tested by {{ figures.test }}.
            </p>
          </dd>
        </div>
      </dl>
      @if (figures.smallNumbers) {
        <wres-small-numbers-caution />
      }
    }
  `,
  styles: `
    .wres-total .nhsuk-table__header,
    .wres-total .nhsuk-table__cell {
      font-weight: bold;
    }
    @media print {
      .wres-figures {
        break-inside: avoid;
      }
    }
  `,
})
export class RelativeLikelihoodComponent {
  readonly result = input.required<RelativeLikelihoodView>();
}

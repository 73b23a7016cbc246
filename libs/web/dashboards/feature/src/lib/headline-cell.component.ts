import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { HeadlineCellView } from './commissioner-dashboard.model';

/**
 * One provider's headline figure in the commissioner's table: the figure, its interval or group figures,
 * significance in words, a small-numbers flag and the trend marker (an arrow with its meaning in words).
 */
@Component({
  selector: 'wres-headline-cell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let view = cell();
    <span class="app-figure">{{ view.figure }}</span>
    @if (view.note !== null) {
      <span class="nhsuk-u-font-size-16"> (note {{ view.note }})</span>
    }
    @if (view.detail) {
      <span class="nhsuk-u-display-block nhsuk-u-font-size-16">{{ view.detail }}</span>
    }
    @if (view.significance) {
      <span class="nhsuk-u-display-block nhsuk-u-font-size-16">{{ view.significance }}</span>
    }
    @if (view.smallNumbers) {
      <span class="nhsuk-u-display-block nhsuk-u-font-size-16">Caution: small numbers</span>
    }
    @if (view.trend; as trend) {
      <span class="nhsuk-u-display-block nhsuk-u-font-size-16 app-trend"
        ><span aria-hidden="true">{{ trend.symbol }}</span> {{ trend.text
        }}<span class="nhsuk-u-visually-hidden">{{ trend.hiddenText }}</span></span
      >
    }
  `,
  styles: `
    .app-figure {
      font-weight: bold;
      white-space: nowrap;
    }
    .app-trend {
      white-space: nowrap;
    }
  `,
})
export class HeadlineCellComponent {
  readonly cell = input.required<HeadlineCellView>();
}

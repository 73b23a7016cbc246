import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The NHS.UK details component around a chart's table alternative: closed, it keeps a long page readable;
 * open, it shows every figure the chart draws. Native details, so it works without any script.
 */
@Component({
  selector: 'wres-figures-details',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details class="nhsuk-details">
      <summary class="nhsuk-details__summary">
        <span class="nhsuk-details__summary-text"
          >{{ summary() }}<span class="nhsuk-u-visually-hidden"> for {{ subject() }}</span></span
        >
      </summary>
      <div class="nhsuk-details__text">
        <ng-content />
      </div>
    </details>
  `,
})
export class FiguresDetailsComponent {
  readonly summary = input('Show the figures as a table');
  /** What the figures are of, for screen readers moving between many such links. */
  readonly subject = input.required<string>();
}

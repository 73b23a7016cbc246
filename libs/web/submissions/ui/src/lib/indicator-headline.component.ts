import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TagComponent } from '@wres/web/shared/ui';
import { HeadlineRow } from './report-view.model';

/**
 * An indicator's headline figure, as the template's "Relative likelihood = 1.97". With an earlier year it
 * becomes a row per figure: this year, last year, and whether that is better or worse in words.
 */
@Component({
  selector: 'wres-indicator-headline',
  imports: [TagComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (previousContractYear(); as lastYear) {
      <table class="nhsuk-table nhsuk-table--compact">
        <caption class="nhsuk-table__caption nhsuk-table__caption--s">
          Indicator
          {{
            indicatorNumber()
          }}
          headline:
          {{
            contractYear()
          }}
          compared with
          {{
            lastYear
          }}
        </caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            <th class="nhsuk-table__header" scope="col">Measure</th>
            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">{{ contractYear() }}</th>
            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">{{ lastYear }}</th>
            <th class="nhsuk-table__header" scope="col">Change since {{ lastYear }}</th>
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          @for (row of rows(); track row.measure) {
            <tr class="nhsuk-table__row">
              <th class="nhsuk-table__header" scope="row">{{ row.measure }}</th>
              <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ row.current.text }}</td>
              <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ row.previous?.text ?? '–' }}</td>
              <td class="nhsuk-table__cell">
                @if (row.change; as change) {
                  <wres-tag [text]="change.text" [colour]="change.colour" />
                  <p class="nhsuk-body-s nhsuk-u-margin-top-1 nhsuk-u-margin-bottom-0">{{ change.detail }}</p>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      @for (row of rows(); track row.measure) {
        @if (row.current.reason === null) {
          <p class="nhsuk-body-l nhsuk-u-margin-bottom-3">
            <strong>{{ row.measure }} = {{ row.current.text }}</strong>
          </p>
        }
      }
    }
  `,
})
export class IndicatorHeadlineComponent {
  readonly rows = input.required<readonly HeadlineRow[]>();
  readonly indicatorNumber = input.required<number>();
  readonly contractYear = input.required<string>();
  /** Null when there is no earlier year to show beside this one. */
  readonly previousContractYear = input<string | null>(null);
}

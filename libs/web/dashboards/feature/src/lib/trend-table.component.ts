import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TableScrollComponent } from '@wres/web/submissions/ui';
import type { TrendView } from './trends.model';

/** One indicator's figures year by year: what its line chart draws, with hidden figures shown as 'R'. */
@Component({
  selector: 'wres-trend-table',
  imports: [TableScrollComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let trend = view();
    <wres-table-scroll [label]="trend.title">
      <table class="nhsuk-table nhsuk-table--compact">
        <caption class="nhsuk-table__caption nhsuk-table__caption--s">
          {{
            trend.title
          }},
          {{
            subject()
          }}
        </caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            <th class="nhsuk-table__header" scope="col">Contract year</th>
            @for (column of trend.columns; track column.key) {
              <th
                class="nhsuk-table__header"
                [class.nhsuk-table__header--numeric]="column.numeric"
                scope="col"
              >
                {{ column.label }}
              </th>
            }
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          @for (row of trend.rows; track row.contractYear) {
            <tr class="nhsuk-table__row">
              <th class="nhsuk-table__header" scope="row">{{ row.contractYear }}</th>
              @for (column of trend.columns; track column.key) {
                <td class="nhsuk-table__cell" [class.nhsuk-table__cell--numeric]="column.numeric">
                  {{ row.cells[column.key] }}
                  @if ($first && row.note !== null) {
                    (note {{ row.note }})
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </wres-table-scroll>
    @if (trend.notes.length > 0) {
      <ol class="nhsuk-list nhsuk-list--number nhsuk-u-font-size-16">
        @for (note of trend.notes; track note.number) {
          <li>Note {{ note.number }}: {{ note.text }}</li>
        }
      </ol>
    }
  `,
})
export class TrendTableComponent {
  readonly view = input.required<TrendView>();
  /** Whose trend: the provider, commissioner or CSU. */
  readonly subject = input.required<string>();
}

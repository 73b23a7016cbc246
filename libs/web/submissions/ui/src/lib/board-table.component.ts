import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { BoardRowView } from './report-view.model';
import { TableScrollComponent } from './table-scroll.component';

/** Indicator 9: the board's %BME beside the workforce's, for all, voting and executive members. */
@Component({
  selector: 'wres-board-table',
  imports: [TableScrollComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wres-table-scroll [label]="caption()">
      <table class="nhsuk-table nhsuk-table--compact">
        <caption class="nhsuk-table__caption nhsuk-table__caption--s">
          {{
            caption()
          }}
          <span class="nhsuk-caption-m nhsuk-u-margin-top-1">
            Percentages use members of known ethnicity; a negative difference means BME people are
            under-represented on the board.
          </span>
        </caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            <th class="nhsuk-table__header" scope="col">Board membership</th>
            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">White</th>
            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">BME</th>
            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">Unknown</th>
            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">% BME on the board</th>
            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
              % BME in the workforce
            </th>
            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">Difference</th>
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          @for (row of rows(); track row.label) {
            <tr class="nhsuk-table__row">
              <th class="nhsuk-table__header" scope="row">{{ row.label }}</th>
              <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ row.white }}</td>
              <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ row.bme }}</td>
              <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ row.unknown }}</td>
              @for (figure of [row.boardPercentBme, row.workforcePercentBme, row.difference]; track $index) {
                <td class="nhsuk-table__cell nhsuk-table__cell--numeric">
                  {{ figure.text }}
                  @if (figure.reason; as reason) {
                    <span class="nhsuk-body-s nhsuk-u-display-block">{{ reason }}</span>
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </wres-table-scroll>
  `,
})
export class BoardTableComponent {
  readonly rows = input.required<readonly BoardRowView[]>();
  readonly caption = input.required<string>();
}

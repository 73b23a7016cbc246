import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BandRowView, BandTableView } from './report-view.model';
import { TableScrollComponent } from './table-scroll.component';

interface ShownRow extends BandRowView {
  readonly total: boolean;
}

/** Indicator 1 for one staff group: a row per pay band, then the group's total, as the template lays it out. */
@Component({
  selector: 'wres-band-table',
  imports: [TableScrollComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wres-table-scroll [label]="table().caption">
      <table class="nhsuk-table nhsuk-table--compact">
        <caption class="nhsuk-table__caption nhsuk-table__caption--s">
          {{
            table().caption
          }}
        </caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            <th class="nhsuk-table__header" scope="col">Pay band</th>
            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">White</th>
            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">BME</th>
            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">Unknown</th>
            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">Known ethnicity</th>
            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">% BME</th>
            @if (previousContractYear(); as lastYear) {
              <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
                % BME {{ lastYear }}
              </th>
            }
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          @for (row of rows(); track row.label) {
            <tr class="nhsuk-table__row" [class.wres-total]="row.total">
              <th class="nhsuk-table__header" scope="row">{{ row.label }}</th>
              <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ row.white }}</td>
              <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ row.bme }}</td>
              <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ row.unknown }}</td>
              <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ row.known }}</td>
              <td class="nhsuk-table__cell nhsuk-table__cell--numeric">
                {{ row.percentBme.text }}
                @if (row.percentBme.reason; as reason) {
                  <span class="nhsuk-u-visually-hidden">({{ reason }})</span>
                }
              </td>
              @if (row.previousPercentBme; as previous) {
                <td class="nhsuk-table__cell nhsuk-table__cell--numeric">
                  {{ previous.text }}
                  @if (previous.reason; as reason) {
                    <span class="nhsuk-u-visually-hidden">({{ reason }})</span>
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </wres-table-scroll>
  `,
  styles: `
    .wres-total .nhsuk-table__header,
    .wres-total .nhsuk-table__cell {
      font-weight: bold;
      border-top: 2px solid currentcolor;
    }
  `,
})
export class BandTableComponent {
  readonly table = input.required<BandTableView>();
  /** Adds last year's %BME per band beside this year's. */
  readonly previousContractYear = input<string | null>(null);

  protected readonly rows = computed((): ShownRow[] => [
    ...this.table().rows.map((row) => ({ ...row, total: false })),
    { ...this.table().total, total: true },
  ]);
}

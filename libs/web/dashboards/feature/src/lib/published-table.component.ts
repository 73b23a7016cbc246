import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { PublishedTable } from '@wres/shared/contracts';
import { TableScrollComponent } from '@wres/web/submissions/ui';
import { publishedTableView } from './published-table.model';

/**
 * A table the API has already suppressed, shown exactly as published: 'R', 'R%' and '–' stay as they are,
 * and the notes under it say what they mean. Optionally a link to download it as CSV.
 */
@Component({
  selector: 'wres-published-table',
  imports: [TableScrollComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let view = tableView();
    <wres-table-scroll [label]="caption() || view.title">
      <table class="nhsuk-table nhsuk-table--compact">
        <caption
          class="nhsuk-table__caption nhsuk-table__caption--s"
          [class.nhsuk-u-visually-hidden]="hideCaption()"
        >
          {{
            caption() || view.title
          }}
        </caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            @for (column of view.columns; track column.key) {
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
          @for (row of view.rows; track $index) {
            <tr class="nhsuk-table__row" [class.app-total-row]="row.total">
              @for (cell of row.cells; track $index) {
                @if (cell.rowHeader) {
                  <th class="nhsuk-table__header" scope="row">{{ cell.text }}</th>
                } @else {
                  <td class="nhsuk-table__cell" [class.nhsuk-table__cell--numeric]="cell.numeric">
                    {{ cell.text }}
                  </td>
                }
              }
            </tr>
          }
        </tbody>
      </table>
    </wres-table-scroll>
    @if (view.notes.length > 0) {
      <ul class="nhsuk-list nhsuk-body-s">
        @for (note of view.notes; track $index) {
          <li>{{ note }}</li>
        }
      </ul>
    }
    @if (csvUrl(); as url) {
      <p class="nhsuk-body-s">
        <a [href]="url" download
          >Download this table (CSV)<span class="nhsuk-u-visually-hidden"> of {{ view.title }}</span></a
        >
      </p>
    }
  `,
  styles: `
    .app-total-row .nhsuk-table__header,
    .app-total-row .nhsuk-table__cell {
      font-weight: bold;
    }
  `,
})
export class PublishedTableComponent {
  readonly table = input.required<PublishedTable>();
  /** The table's caption; its title when left out. */
  readonly caption = input<string>('');
  /** A heading above already names the table: keep the caption for screen readers only. */
  readonly hideCaption = input(false);
  readonly csvUrl = input<string | null>(null);

  /** Notes the page already gives above the table. */
  readonly shownAbove = input<readonly string[]>([]);

  protected readonly tableView = computed(() => publishedTableView(this.table(), this.shownAbove()));
}

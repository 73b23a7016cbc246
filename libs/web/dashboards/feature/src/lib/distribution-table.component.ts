import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TableScrollComponent } from '@wres/web/submissions/ui';
import type { DistributionView } from './csu-dashboard.model';

/** An indicator's spread across providers as a table: the figures its forest plot draws, in words. */
@Component({
  selector: 'wres-distribution-table',
  imports: [TableScrollComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wres-table-scroll [label]="view().title">
      <table class="nhsuk-table nhsuk-table--compact">
        <caption class="nhsuk-table__caption nhsuk-table__caption--s">
          {{
            view().title
          }},
          {{
            contractYear()
          }}
        </caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            <th class="nhsuk-table__header" scope="col">Provider</th>
            <th class="nhsuk-table__header" scope="col">Pooled under</th>
            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">Figure</th>
            <th class="nhsuk-table__header" scope="col">95% confidence interval</th>
            <th class="nhsuk-table__header" scope="col">Significance</th>
            <th class="nhsuk-table__header" scope="col">Small numbers</th>
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          @for (row of view().rows; track row.providerId) {
            <tr class="nhsuk-table__row">
              <th class="nhsuk-table__header" scope="row">{{ row.provider }}</th>
              <td class="nhsuk-table__cell">{{ row.commissioner }}</td>
              <td class="nhsuk-table__cell nhsuk-table__cell--numeric">
                {{ row.figure }}
                @if (row.note !== null) {
                  (note {{ row.note }})
                }
              </td>
              <td class="nhsuk-table__cell">{{ row.interval }}</td>
              <td class="nhsuk-table__cell">{{ row.significance }}</td>
              <td class="nhsuk-table__cell">{{ row.smallNumbers ? 'Caution: small numbers' : '' }}</td>
            </tr>
          }
        </tbody>
      </table>
    </wres-table-scroll>
    @if (view().notes.length > 0) {
      <ol class="nhsuk-list nhsuk-list--number nhsuk-u-font-size-16">
        @for (note of view().notes; track note.number) {
          <li>Note {{ note.number }}: {{ note.text }}</li>
        }
      </ol>
    }
  `,
})
export class DistributionTableComponent {
  readonly view = input.required<DistributionView>();
  readonly contractYear = input.required<string>();
}

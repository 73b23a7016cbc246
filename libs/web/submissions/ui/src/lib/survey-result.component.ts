import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { SurveyView } from './report-view.model';
import { SignificanceTagComponent } from './significance-tag.component';
import { SmallNumbersCautionComponent } from './small-numbers-caution.component';
import { TableScrollComponent } from './table-scroll.component';

/** Indicators 5 to 8: each group's staff-survey percentage with its interval, and the gap between them. */
@Component({
  selector: 'wres-survey-result',
  imports: [SignificanceTagComponent, SmallNumbersCautionComponent, TableScrollComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let view = result();
    <wres-table-scroll [label]="view.caption">
      <table class="nhsuk-table nhsuk-table--compact">
        <caption class="nhsuk-table__caption nhsuk-table__caption--s">
          {{
            view.caption
          }}
          <span class="nhsuk-caption-m nhsuk-u-margin-top-1">Respondents of known ethnicity only</span>
        </caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            <th class="nhsuk-table__header" scope="col">Ethnicity</th>
            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">Respondents</th>
            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
              {{ view.percentHeader }}
            </th>
            <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
              95% confidence interval
            </th>
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          @for (row of view.rows; track row.group) {
            <tr class="nhsuk-table__row">
              <th class="nhsuk-table__header" scope="row">{{ row.group }}</th>
              <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ row.respondents }}</td>
              <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ row.percent }}</td>
              <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ row.ci95 }}</td>
            </tr>
          }
        </tbody>
      </table>
    </wres-table-scroll>

    <p>{{ view.sentence }}</p>
    <dl class="nhsuk-summary-list wres-figures">
      <div class="nhsuk-summary-list__row">
        <dt class="nhsuk-summary-list__key">Difference, BME minus White</dt>
        <dd class="nhsuk-summary-list__value">{{ view.difference }}</dd>
      </div>
      <div class="nhsuk-summary-list__row">
        <dt class="nhsuk-summary-list__key">Significance</dt>
        <dd class="nhsuk-summary-list__value">
          <wres-significance-tag [significant]="view.significant" />
          <p class="nhsuk-body-s nhsuk-u-margin-top-1 nhsuk-u-margin-bottom-0">
            Tested by a two-proportion z-test.
          </p>
        </dd>
      </div>
    </dl>
    @if (view.smallNumbers) {
      <wres-small-numbers-caution />
    }
  `,
  styles: `
    @media print {
      .wres-figures {
        break-inside: avoid;
      }
    }
  `,
})
export class SurveyResultComponent {
  readonly result = input.required<SurveyView>();
}

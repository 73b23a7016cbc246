import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { ChecklistSettingsForYear } from '@wres/shared/contracts';
import { CONTRACT_YEARS, contractYearToPath } from '@wres/web/contracts/data-access';
import { ChecklistSettingsApi } from '@wres/web/rule-sets/data-access';
import { LoadState, ServiceProblemComponent, TagComponent, toLoadState } from '@wres/web/shared/ui';
import { forkJoin } from 'rxjs';
import { settingsUpdatedOn } from './checklist-settings-form.model';

/** Every contract year's assurance checklist settings: the defaults, or the year's own and when they were saved. */
@Component({
  selector: 'wres-checklist-settings-list-page',
  imports: [RouterLink, ServiceProblemComponent, TagComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('failed') {
        <wres-service-problem />
      }
      @default {
        <h1>Assurance checklist settings</h1>
        <p>
          Each contract year's settings decide how the assurance checklist rates that year's reports: the
          thresholds for staff who self-reported their ethnicity, significant worsening since last year and
          the board gap, how many days a commissioner has to review a report, and which items the checklist
          leaves out.
        </p>
        <p>A year uses the defaults until an admin saves its own.</p>
        @if (current.status === 'loading') {
          <p role="status">Loading the checklist settings</p>
        } @else if (current.status === 'loaded') {
          <table class="nhsuk-table">
            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
              Assurance checklist settings by contract year
            </caption>
            <thead class="nhsuk-table__head">
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="col">Contract year</th>
                <th class="nhsuk-table__header" scope="col">Settings</th>
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (record of current.value; track record.contractYear) {
                <tr class="nhsuk-table__row">
                  <th class="nhsuk-table__header" scope="row">
                    <a [routerLink]="['/checklist-settings', yearPath(record.contractYear)]">{{
                      record.contractYear
                    }}</a>
                  </th>
                  <td class="nhsuk-table__cell">
                    <wres-tag
                      [text]="record.isDefault ? 'Defaults' : 'Own settings'"
                      [colour]="record.isDefault ? 'grey' : 'blue'"
                    />
                    @if (updatedOn(record); as updated) {
                      <span class="nhsuk-u-display-block">Updated {{ updated }}</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }
      }
    }
  `,
})
export class ChecklistSettingsListPage {
  private readonly api = inject(ChecklistSettingsApi);

  protected readonly yearPath = contractYearToPath;
  protected readonly updatedOn = settingsUpdatedOn;

  /** The API answers one year at a time; the service's years are few. */
  protected readonly state = toSignal(
    forkJoin(CONTRACT_YEARS.map((year) => this.api.get(year))).pipe(
      toLoadState<ChecklistSettingsForYear[]>(),
    ),
    { initialValue: { status: 'loading' } as LoadState<ChecklistSettingsForYear[]> },
  );
}

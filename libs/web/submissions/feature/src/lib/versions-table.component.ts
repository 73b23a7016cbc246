import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { SubmissionVersionSummary } from '@wres/shared/contracts';
import { reportLink } from './report-context';
import { formatDateTime } from './report-status.model';

/** A report's submitted versions, newest first, each with a link to it and to what changed in it. */
@Component({
  selector: 'wres-versions-table',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="nhsuk-table">
      <caption class="nhsuk-table__caption" [class.nhsuk-u-visually-hidden]="!showCaption()">
        {{
          caption()
        }}
      </caption>
      <thead class="nhsuk-table__head">
        <tr class="nhsuk-table__row">
          <th class="nhsuk-table__header" scope="col">Version</th>
          <th class="nhsuk-table__header" scope="col">Submitted</th>
          <th class="nhsuk-table__header" scope="col">Late</th>
          <th class="nhsuk-table__header" scope="col">
            <span class="nhsuk-u-visually-hidden">Links</span>
          </th>
        </tr>
      </thead>
      <tbody class="nhsuk-table__body">
        @for (version of newestFirst(); track version.version) {
          <tr class="nhsuk-table__row">
            <th class="nhsuk-table__header" scope="row">Version {{ version.version }}</th>
            <td class="nhsuk-table__cell">
              {{ when(version.submittedAt) }}
              <span class="nhsuk-u-display-block nhsuk-body-s nhsuk-u-margin-bottom-0"
                >by {{ version.submittedBy.displayName }}</span
              >
            </td>
            <td class="nhsuk-table__cell">
              @if (version.late) {
                Yes
                @if (version.lateReason) {
                  <span class="nhsuk-u-display-block nhsuk-body-s nhsuk-u-margin-bottom-0">{{
                    version.lateReason
                  }}</span>
                }
              } @else {
                No
              }
            </td>
            <td class="nhsuk-table__cell">
              <ul class="nhsuk-list nhsuk-u-margin-bottom-0">
                <li>
                  <a [routerLink]="[...base(), 'versions', version.version]"
                    >View version {{ version.version }}</a
                  >
                </li>
                @if (version.version >= 2) {
                  <li>
                    <a [routerLink]="[...base(), 'versions', version.version, 'changes']"
                      >What changed<span class="nhsuk-u-visually-hidden">
                        in version {{ version.version }}</span
                      ></a
                    >
                  </li>
                }
              </ul>
            </td>
          </tr>
        }
      </tbody>
    </table>
  `,
})
export class VersionsTableComponent {
  readonly providerId = input.required<string>();
  readonly contractYear = input.required<string>();
  /** Oldest first, as the API gives them. */
  readonly versions = input.required<readonly SubmissionVersionSummary[]>();
  readonly caption = input('Submitted versions, newest first');
  readonly showCaption = input(false);

  protected readonly base = computed(() => reportLink(this.providerId(), this.contractYear()));
  protected readonly newestFirst = computed(() => [...this.versions()].reverse());
  protected readonly when = formatDateTime;
}

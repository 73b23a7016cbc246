import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import type { ProviderReports } from '@wres/shared/contracts';
import { SessionStore } from '@wres/web/auth/data-access';
import { contractYearToPath } from '@wres/web/contracts/data-access';
import { SubmissionsApi } from '@wres/web/submissions/data-access';
import {
  BackLinkComponent,
  CalendarDatePipe,
  LoadState,
  PageNotFoundComponent,
  ServiceProblemComponent,
  TagComponent,
  formatPageTitle,
  toLoadState,
} from '@wres/web/shared/ui';
import { switchMap } from 'rxjs';
import { reportStatusTag, reviewStateText } from './report-status.model';

/** `/reports/:providerId`: a provider's WRES annual reports, newest year first, with where each stands. */
@Component({
  selector: 'wres-provider-reports-page',
  imports: [
    BackLinkComponent,
    CalendarDatePipe,
    PageNotFoundComponent,
    RouterLink,
    ServiceProblemComponent,
    TagComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading WRES reports</p>
      }
      @case ('not-found') {
        <wres-page-not-found />
      }
      @case ('failed') {
        <wres-service-problem />
      }
      @case ('loaded') {
        @let list = current.value;
        @if (!own()) {
          <wres-back-link [link]="'/providers/' + list.provider.id" [text]="list.provider.name" />
        }
        @if (own()) {
          <h1>
            <span class="nhsuk-caption-l">{{ list.provider.name }}</span>
            Your WRES reports
          </h1>
          <p>
            Each year you hold an NHS Standard Contract that requires it (SC13.5.2), send your Workforce Race
            Equality Standard report to your co-ordinating commissioner by the due date.
          </p>
        } @else {
          <h1>
            <span class="nhsuk-caption-l">WRES reports</span>
            {{ list.provider.name }}
          </h1>
        }

        @if (list.reports.length === 0) {
          <p>No contract years are recorded for {{ list.provider.name }}.</p>
        } @else {
          <table class="nhsuk-table">
            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
              WRES annual reports of
              {{
                list.provider.name
              }}, newest contract year first
            </caption>
            <thead class="nhsuk-table__head">
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="col">Contract year</th>
                <th class="nhsuk-table__header" scope="col">Due</th>
                <th class="nhsuk-table__header" scope="col">Status</th>
                <th class="nhsuk-table__header" scope="col">Version</th>
                <th class="nhsuk-table__header" scope="col">Review</th>
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (report of list.reports; track report.contractYear) {
                @let tag = statusTag(report.status);
                <tr class="nhsuk-table__row">
                  <th class="nhsuk-table__header" scope="row">
                    @if (report.applies) {
                      <a [routerLink]="['/reports', list.provider.id, yearPath(report.contractYear)]"
                        >{{ report.contractYear }}<span class="nhsuk-u-visually-hidden"> WRES report</span></a
                      >
                    } @else {
                      {{ report.contractYear }}
                    }
                  </th>
                  <td class="nhsuk-table__cell">
                    @if (report.applies) {
                      {{ report.dueDate | calendarDate: 'No due date' }}
                    } @else {
                      <span class="nhsuk-body-s">{{ report.explanation }}</span>
                    }
                  </td>
                  <td class="nhsuk-table__cell">
                    <wres-tag [text]="tag.text" [colour]="tag.colour" />
                    @if (own() && report.draftSaved && report.currentVersion === 0) {
                      <span class="nhsuk-body-s nhsuk-u-display-block">Draft saved</span>
                    }
                  </td>
                  <td class="nhsuk-table__cell">
                    {{ report.currentVersion > 0 ? report.currentVersion : 'None' }}
                  </td>
                  <td class="nhsuk-table__cell">
                    {{ report.applies ? reviewText(report.reviewState) : 'Not required' }}
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
export class ProviderReportsPage {
  private readonly api = inject(SubmissionsApi);
  private readonly session = inject(SessionStore);
  private readonly title = inject(Title);

  /** The provider's id, from the route. */
  readonly providerId = input.required<string>();

  protected readonly own = computed(() => this.session.me()?.organisation.id === this.providerId());

  protected readonly state = toSignal(
    toObservable(this.providerId).pipe(
      switchMap((id) => this.api.reports(id).pipe(toLoadState<ProviderReports>())),
    ),
    { initialValue: { status: 'loading' } as LoadState<ProviderReports> },
  );

  protected readonly statusTag = reportStatusTag;
  protected readonly reviewText = reviewStateText;
  protected readonly yearPath = contractYearToPath;

  constructor() {
    effect(() => {
      const current = this.state();
      if (current.status === 'loaded') {
        this.title.setTitle(
          formatPageTitle(this.own() ? 'Your WRES reports' : `WRES reports, ${current.value.provider.name}`),
        );
      }
    });
  }
}

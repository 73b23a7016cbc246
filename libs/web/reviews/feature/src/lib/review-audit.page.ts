import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { CHECKLIST_ITEM_LABELS, RAG_LABELS } from '@wres/shared/contracts';
import type { ReviewAudit, ReviewAuditEntry } from '@wres/shared/contracts';
import { SessionStore } from '@wres/web/auth/data-access';
import { contractYearFromPath } from '@wres/web/contracts/data-access';
import { formatLondonDateTime, reviewStateLabel, ReviewsApi } from '@wres/web/reviews/data-access';
import {
  BackLinkComponent,
  LoadState,
  PageNotFoundComponent,
  ServiceProblemComponent,
  formatPageTitle,
  toLoadState,
} from '@wres/web/shared/ui';
import { of, switchMap } from 'rxjs';

/**
 * `/reviews/:providerId/:year/audit`: every step of a report's review, who and when, oldest first, with a
 * CSV download. A provider's users see their own report's trail without the advice given to the commissioner.
 */
@Component({
  selector: 'wres-review-audit-page',
  imports: [BackLinkComponent, PageNotFoundComponent, RouterLink, ServiceProblemComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading the review’s trail</p>
      }
      @case ('not-found') {
        <wres-page-not-found />
      }
      @case ('failed') {
        <wres-service-problem />
      }
      @case ('loaded') {
        @let audit = current.value;
        <wres-back-link
          [link]="backLink()"
          [text]="ownReport() ? 'Back to your report' : 'Back to the review'"
        />
        <h1>
          <span class="nhsuk-caption-l">{{ audit.providerName }}, {{ audit.contractYear }} WRES report</span>
          Review trail
        </h1>
        <p>
          {{ intro() }} The review is now: <strong>{{ stateWords(audit.state) }}</strong>.
        </p>
        <p>
          <a [href]="csvUrl()" download
            >Download the trail (CSV)<span class="nhsuk-u-visually-hidden">
              for {{ audit.providerName }}, {{ audit.contractYear }}</span
            ></a
          >
        </p>
        @if (audit.entries.length === 0) {
          <p>Nothing has happened yet: the report has not been submitted.</p>
        } @else {
          <table class="nhsuk-table">
            <caption class="nhsuk-table__caption nhsuk-table__caption--s">
              {{
                audit.entries.length
              }}
              steps, oldest first
            </caption>
            <thead class="nhsuk-table__head">
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="col">When</th>
                <th class="nhsuk-table__header" scope="col">What happened</th>
                <th class="nhsuk-table__header" scope="col">By</th>
                <th class="nhsuk-table__header" scope="col">Details</th>
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (entry of audit.entries; track $index) {
                <tr class="nhsuk-table__row">
                  <td class="nhsuk-table__cell app-nowrap-date">{{ when(entry.at) }}</td>
                  <th class="nhsuk-table__header" scope="row">
                    {{ entry.summary }}
                    @if (entry.version) {
                      <span class="nhsuk-body-s app-block">Version {{ entry.version }}</span>
                    }
                  </th>
                  <td class="nhsuk-table__cell">
                    {{ entry.actor.displayName ?? 'Someone no longer in the service' }}
                    @if (entry.actor.organisationName) {
                      <span class="nhsuk-body-s app-block">{{ entry.actor.organisationName }}</span>
                    }
                  </td>
                  <td class="nhsuk-table__cell app-pre-line">{{ details(entry) }}</td>
                </tr>
              }
            </tbody>
          </table>
        }
        @if (!ownReport()) {
          <p><a [routerLink]="backLink()">Back to the review</a></p>
        }
      }
    }
  `,
  styles: `
    .app-block {
      display: block;
      font-weight: normal;
    }
    .app-pre-line {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
})
export class ReviewAuditPage {
  private readonly api = inject(ReviewsApi);
  private readonly session = inject(SessionStore);
  private readonly title = inject(Title);

  readonly providerId = input.required<string>();
  /** "2025-26", from the route. */
  readonly year = input.required<string>();

  protected readonly when = formatLondonDateTime;
  protected readonly stateWords = reviewStateLabel;

  private readonly request = computed(() => {
    const contractYear = contractYearFromPath(this.year());
    return contractYear ? { providerId: this.providerId(), contractYear } : null;
  });

  protected readonly state = toSignal(
    toObservable(this.request).pipe(
      switchMap((request) =>
        request
          ? this.api.audit(request.providerId, request.contractYear).pipe(toLoadState<ReviewAudit>())
          : of<LoadState<ReviewAudit>>({ status: 'not-found' }),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<ReviewAudit> },
  );

  /** The provider's own users come from, and go back to, their report; reviewers to the review. */
  protected readonly ownReport = computed(() => this.session.me()?.organisation.id === this.providerId());
  protected readonly backLink = computed(() =>
    this.ownReport()
      ? `/reports/${encodeURIComponent(this.providerId())}/${encodeURIComponent(this.year())}`
      : `/reviews/${encodeURIComponent(this.providerId())}/${encodeURIComponent(this.year())}`,
  );
  protected readonly intro = computed(
    () =>
      `Every version submitted, every move of the review and every comment${
        this.ownReport() ? '' : ', recommendation, checklist rating and reviewer assignment'
      }, with who made it and when, oldest first. Times are UK time.`,
  );
  protected readonly csvUrl = computed(() => {
    const request = this.request();
    return request ? this.api.auditCsvUrl(request.providerId, request.contractYear) : '';
  });

  constructor() {
    effect(() => {
      const current = this.state();
      if (current.status === 'loaded')
        this.title.setTitle(
          formatPageTitle(`Review trail: ${current.value.providerName}, ${current.value.contractYear}`),
        );
      if (current.status === 'not-found') this.title.setTitle(formatPageTitle('Page not found'));
    });
  }

  /** The step's own words: the comment, the move, the rating's item. */
  protected details(entry: ReviewAuditEntry): string {
    const lines: string[] = [];
    if (entry.kind === 'transition' && entry.fromState)
      lines.push(`From ${reviewStateLabel(entry.fromState)} to ${reviewStateLabel(entry.toState)}`);
    if (entry.item && entry.rating)
      lines.push(`${CHECKLIST_ITEM_LABELS[entry.item]}: ${RAG_LABELS[entry.rating]}`);
    if (entry.text) lines.push(entry.text);
    return lines.join('\n');
  }
}

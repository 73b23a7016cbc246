import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { Review } from '@wres/shared/contracts';
import { contractYearToPath } from '@wres/web/contracts/data-access';
import { changesToMake, conversationOf, ReviewsApi } from '@wres/web/reviews/data-access';
import { catchError, of, switchMap } from 'rxjs';

/**
 * On the provider's own report: what its commissioner asked for and the comments on each indicator, so the
 * provider can answer them in its next version, and a link to the review's trail. Shows nothing if the
 * review cannot be read: the report page stands without it.
 */
@Component({
  selector: 'wres-report-review-comments',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (review(); as review) {
      @if (changes(); as changes) {
        <div class="nhsuk-card nhsuk-card--warning" id="changes-requested">
          <div class="nhsuk-card__content">
            <h2 class="nhsuk-card__heading">Changes requested</h2>
            <p class="nhsuk-body-s">
              {{ changes.by }}, {{ changes.when }}, on version {{ changes.version }}:
            </p>
            <p class="nhsuk-card__description app-pre-line">{{ changes.text }}</p>
            <p class="nhsuk-card__description">
              Change your report and submit it again. Your commissioner will see what changed since the
              version they reviewed.
            </p>
          </div>
        </div>
      }
      @let talk = conversation();
      @let decisions = earlierDecisions();
      @if (talk.threads.length > 0 || decisions.length > 0) {
        <h2>Comments on your report</h2>
        @for (decision of decisions; track decision.at) {
          <h3 class="nhsuk-heading-s">{{ decision.decision }}</h3>
          <p class="nhsuk-body-s nhsuk-u-margin-bottom-1">{{ decision.by }}, {{ decision.when }}</p>
          <p class="app-pre-line">{{ decision.text }}</p>
        }
        @for (thread of talk.threads; track thread.title) {
          <h3 class="nhsuk-heading-s">{{ thread.title }}</h3>
          <ul class="nhsuk-list">
            @for (entry of thread.entries; track $index) {
              <li>
                <p class="nhsuk-body-s nhsuk-u-margin-bottom-1">
                  {{ entry.by }}, {{ entry.when }}, on version {{ entry.version }}
                </p>
                <p class="app-pre-line">{{ entry.text }}</p>
              </li>
            }
          </ul>
        }
      }
      <p><a [routerLink]="trailLink()">See every step of your report’s review</a></p>
    }
  `,
  styles: `
    .app-pre-line {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
})
export class ReviewCommentsComponent {
  private readonly api = inject(ReviewsApi);

  readonly providerId = input.required<string>();
  /** "2025/26". */
  readonly contractYear = input.required<string>();

  private readonly request = computed(() => ({
    providerId: this.providerId(),
    contractYear: this.contractYear(),
  }));

  protected readonly review = toSignal(
    toObservable(this.request).pipe(
      switchMap(({ providerId, contractYear }) =>
        this.api.get(providerId, contractYear).pipe(catchError(() => of<Review | null>(null))),
      ),
    ),
    { initialValue: null },
  );

  protected readonly conversation = computed(() => conversationOf(this.review()?.events ?? []));
  protected readonly changes = computed(() => {
    const review = this.review();
    return review ? changesToMake(review.state, review.events) : null;
  });
  /** Decisions with a comment, but not the one shown above as the changes to make. */
  protected readonly earlierDecisions = computed(() => {
    const outstanding = this.changes();
    return this.conversation().decisions.filter((decision) => decision.at !== outstanding?.at);
  });
  protected readonly trailLink = computed(() => [
    '/reviews',
    this.providerId(),
    contractYearToPath(this.contractYear()),
    'audit',
  ]);
}

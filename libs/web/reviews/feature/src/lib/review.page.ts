import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import type { AssuranceChecklist, RagRating, Review, SubmissionVersion } from '@wres/shared/contracts';
import { ActionPlanSummaryComponent } from '@wres/web/action-plans/feature';
import { contractYearFromPath } from '@wres/web/contracts/data-access';
import {
  COMMENT_SUBJECT_OPTIONS,
  conversationOf,
  formatLondonDateTime,
  reviewStateTag,
  ReviewsApi,
} from '@wres/web/reviews/data-access';
import {
  BackLinkComponent,
  ErrorSummaryComponent,
  ErrorSummaryItem,
  LoadState,
  NotificationBannerComponent,
  PageNotFoundComponent,
  SelectComponent,
  SERVICE_PROBLEM_MESSAGE,
  ServiceProblemComponent,
  TagComponent,
  errorMessage,
  errorPrefixedTitle,
  fieldProblems,
  focusProgrammatically,
  formatPageTitle,
  toLoadState,
} from '@wres/web/shared/ui';
import { SubmissionsApi } from '@wres/web/submissions/data-access';
import { previousBeside, previousYearReport } from '@wres/web/submissions/feature';
import { ReportViewComponent } from '@wres/web/submissions/ui';
import { Observable, firstValueFrom, forkJoin, map, of, startWith, switchMap } from 'rxjs';
import {
  RATING_CHOICES,
  RatingChoice,
  ratingChoicesOf,
  ratingsToSend,
  withChoice,
} from './checklist-form.model';
import { ReviewChecklistComponent } from './review-checklist.component';
import { DecisionOption, decisionNotice, decisionProblem, decisionsFor } from './review-decision.model';
import { ReviewedReport, reviewedReportOf } from './reviewed-report.model';

interface ReviewRequest {
  providerId: string;
  contractYear: string;
}

interface Loaded {
  review: Review;
  /** Null until the report is first submitted. */
  version: SubmissionVersion | null;
  report: ReviewedReport | null;
  checklist: AssuranceChecklist | null;
}

type FieldErrors = Partial<Record<string, string>>;

/**
 * `/reviews/:providerId/:year`: a report's review beside the version under review. Where the review stands,
 * the decision (for the co-ordinating commissioner, with the comment the provider is sent), the assurance
 * checklist, a CSU analyst's recommendation, and the comments on each indicator.
 */
@Component({
  selector: 'wres-review-page',
  imports: [
    ActionPlanSummaryComponent,
    BackLinkComponent,
    ErrorSummaryComponent,
    NotificationBannerComponent,
    PageNotFoundComponent,
    ReportViewComponent,
    ReviewChecklistComponent,
    RouterLink,
    SelectComponent,
    ServiceProblemComponent,
    TagComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading the review</p>
      }
      @case ('not-found') {
        <wres-page-not-found />
      }
      @case ('failed') {
        <wres-service-problem />
      }
      @case ('loaded') {
        @let loaded = current.value;
        @let review = reviewNow() ?? loaded.review;
        @let stateTag = tagOf(review);
        <wres-back-link link="/reviews" text="Reports to review" />
        @if (notice(); as notice) {
          <div id="review-notice">
            <wres-notification-banner variant="success" [heading]="notice.heading">
              <p>{{ notice.line }}</p>
            </wres-notification-banner>
          </div>
        }
        @if (problems().length > 0) {
          <wres-error-summary [items]="problems()" />
        }
        <h1>
          <span class="nhsuk-caption-l">{{ review.providerName }}</span>
          Review of the {{ review.contractYear }} WRES report
        </h1>

        @if (!review.state) {
          <div class="nhsuk-inset-text">
            <span class="nhsuk-u-visually-hidden">Information: </span>
            <p>{{ review.providerName }} has not submitted this report yet, so there is nothing to review.</p>
          </div>
        } @else {
          <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-one-third">
              <h2 class="nhsuk-heading-m">Where the review stands</h2>
              <dl class="app-facts">
                <dt>Review</dt>
                <dd><wres-tag [text]="stateTag.text" [colour]="stateTag.colour" /></dd>
                @if (loaded.version; as version) {
                  <dt>Version under review</dt>
                  <dd>
                    <a [routerLink]="[...reportBase(), 'versions', version.version]"
                      >Version {{ version.version }}</a
                    >, submitted {{ when(version.submittedAt) }} by {{ version.submittedBy.displayName }}
                  </dd>
                }
                @if (review.decidedAt) {
                  <dt>Last decision</dt>
                  <dd>{{ when(review.decidedAt) }}</dd>
                }
              </dl>

              @if (review.changesRequestedOnVersion; as earlier) {
                <div class="nhsuk-inset-text">
                  <span class="nhsuk-u-visually-hidden">Information: </span>
                  <p>
                    Changes were requested on version {{ earlier }}.
                    <a
                      [routerLink]="[...reportBase(), 'versions', review.reviewedVersion, 'changes']"
                      [queryParams]="{ against: earlier }"
                      >See what changed since version {{ earlier }}</a
                    >
                  </p>
                </div>
              }
              <p><a [routerLink]="['audit']">See every step of this review</a></p>
              <wres-action-plan-summary [providerId]="providerId()" [contractYear]="review.contractYear" />

              @if (review.state === 'assured' || review.state === 'not-assured') {
                <div class="nhsuk-inset-text">
                  <span class="nhsuk-u-visually-hidden">Information: </span>
                  <p>
                    @if (review.state === 'assured') {
                      This report has been assured, so it is locked: the provider cannot submit another
                      version.
                    } @else {
                      This report was found not assured. The decision stays with version
                      {{ review.reviewedVersion }}.
                    }
                  </p>
                </div>
              } @else if (review.canDecide && decisions().length > 0) {
                <h2 class="nhsuk-heading-m" id="decision-heading">Your decision</h2>
                <form novalidate aria-labelledby="decision-heading" (submit)="$event.preventDefault()">
                  @if (takesComment()) {
                    <div
                      class="nhsuk-form-group"
                      [class.nhsuk-form-group--error]="!!errors()['decision-comment']"
                    >
                      <label class="nhsuk-label" for="decision-comment">Comment for the provider</label>
                      <div class="nhsuk-hint" id="decision-comment-hint">
                        Needed to request changes or to find the report not assured. The provider is emailed
                        it.
                      </div>
                      @if (errors()['decision-comment']; as error) {
                        <span class="nhsuk-error-message" id="decision-comment-error">
                          <span class="nhsuk-u-visually-hidden">Error: </span>{{ error }}
                        </span>
                      }
                      <textarea
                        class="nhsuk-textarea"
                        [class.nhsuk-textarea--error]="!!errors()['decision-comment']"
                        id="decision-comment"
                        name="decision-comment"
                        rows="5"
                        [attr.aria-describedby]="describedBy('decision-comment')"
                        [attr.aria-invalid]="errors()['decision-comment'] ? 'true' : null"
                        [value]="decisionComment()"
                        (input)="decisionComment.set(valueOf($event))"
                      ></textarea>
                    </div>
                  }
                  <div class="nhsuk-button-group">
                    @for (option of decisions(); track option.to) {
                      <button
                        class="nhsuk-button"
                        type="button"
                        [class.nhsuk-button--secondary]="option.look === 'secondary'"
                        [class.nhsuk-button--warning]="option.look === 'warning'"
                        [disabled]="busy()"
                        (click)="decide(option)"
                      >
                        {{ option.label }}
                      </button>
                    }
                  </div>
                </form>
              } @else if (!review.canDecide) {
                <div class="nhsuk-inset-text">
                  <span class="nhsuk-u-visually-hidden">Information: </span>
                  <p>
                    Only the co-ordinating commissioner decides this report’s assurance: due regard cannot be
                    delegated. You can comment{{
                      checklistNow()?.canPropose ? ' and recommend a decision' : ''
                    }}.
                  </p>
                </div>
              }

              @if (checklistNow(); as checklist) {
                <h2 class="nhsuk-heading-m">Assurance checklist</h2>
                <wres-review-checklist
                  [checklist]="checklist"
                  [choices]="assessments()"
                  [errors]="errors()"
                  [busy]="busy()"
                  (rate)="assessments.set(choose(assessments(), $event.item, { rating: $event.rating }))"
                  (note)="assessments.set(choose(assessments(), $event.item, { note: $event.note }))"
                  (save)="saveRatings()"
                />
              }

              @if (conversation().recommendations.length > 0 || checklistNow()?.canPropose) {
                <h2 class="nhsuk-heading-m" id="recommendation-heading">
                  Recommendation to the commissioner
                </h2>
                @for (entry of conversation().recommendations; track entry.at) {
                  <div class="nhsuk-card">
                    <div class="nhsuk-card__content">
                      <p class="nhsuk-body-s nhsuk-u-secondary-text-colour">
                        {{ entry.by }}, {{ entry.when }}, on version {{ entry.version }}
                      </p>
                      <p class="nhsuk-card__description app-pre-line">{{ entry.text }}</p>
                    </div>
                  </div>
                }
                @if (checklistNow()?.canPropose) {
                  <form novalidate aria-labelledby="recommendation-heading" (submit)="recommend($event)">
                    <div
                      class="nhsuk-form-group"
                      [class.nhsuk-form-group--error]="!!errors()['recommendation-text']"
                    >
                      <label class="nhsuk-label" for="recommendation-text">Your recommendation</label>
                      <div class="nhsuk-hint" id="recommendation-text-hint">
                        The co-ordinating commissioner sees it; the decision stays with them.
                      </div>
                      @if (errors()['recommendation-text']; as error) {
                        <span class="nhsuk-error-message" id="recommendation-text-error">
                          <span class="nhsuk-u-visually-hidden">Error: </span>{{ error }}
                        </span>
                      }
                      <textarea
                        class="nhsuk-textarea"
                        [class.nhsuk-textarea--error]="!!errors()['recommendation-text']"
                        id="recommendation-text"
                        rows="5"
                        [attr.aria-describedby]="describedBy('recommendation-text')"
                        [attr.aria-invalid]="errors()['recommendation-text'] ? 'true' : null"
                        [value]="recommendation()"
                        (input)="recommendation.set(valueOf($event))"
                      ></textarea>
                    </div>
                    @for (choice of proposals(); track choice.item) {
                      <div class="nhsuk-form-group">
                        <fieldset class="nhsuk-fieldset">
                          <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
                            Proposed rating: {{ choice.label }}
                          </legend>
                          <div class="nhsuk-radios nhsuk-radios--small">
                            @for (option of proposalOptions; track option.value; let index = $index) {
                              <div class="nhsuk-radios__item">
                                <input
                                  class="nhsuk-radios__input"
                                  type="radio"
                                  [id]="'proposal-' + choice.item + '-' + index"
                                  [name]="'proposal-' + choice.item"
                                  [checked]="choice.rating === option.value"
                                  (change)="
                                    proposals.set(choose(proposals(), choice.item, { rating: option.value }))
                                  "
                                />
                                <label
                                  class="nhsuk-label nhsuk-radios__label"
                                  [for]="'proposal-' + choice.item + '-' + index"
                                  >{{ option.text }}</label
                                >
                              </div>
                            }
                          </div>
                        </fieldset>
                      </div>
                    }
                    <button class="nhsuk-button nhsuk-button--secondary" type="submit" [disabled]="busy()">
                      Send recommendation
                    </button>
                  </form>
                }
              }

              <h2 class="nhsuk-heading-m" id="comments-heading">Comments</h2>
              @let talk = conversation();
              @if (talk.decisions.length > 0) {
                <h3 class="nhsuk-heading-s">Decisions</h3>
                <ul class="nhsuk-list">
                  @for (entry of talk.decisions; track entry.at) {
                    <li>
                      <p class="nhsuk-body-s nhsuk-u-margin-bottom-1">
                        <strong>{{ entry.decision }}</strong> by {{ entry.by }}, {{ entry.when }}
                      </p>
                      <p class="app-pre-line">{{ entry.text }}</p>
                    </li>
                  }
                </ul>
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
              } @empty {
                <p>No comments yet.</p>
              }
              <form novalidate aria-labelledby="comments-heading" (submit)="addComment($event)">
                <wres-select
                  fieldId="comment-subject"
                  label="What the comment is about"
                  [options]="subjectOptions"
                  [(value)]="commentSubject"
                />
                <div class="nhsuk-form-group" [class.nhsuk-form-group--error]="!!errors()['comment-text']">
                  <label class="nhsuk-label" for="comment-text">Comment</label>
                  <div class="nhsuk-hint" id="comment-text-hint">
                    The provider sees comments, so it can answer them in its next version.
                  </div>
                  @if (errors()['comment-text']; as error) {
                    <span class="nhsuk-error-message" id="comment-text-error">
                      <span class="nhsuk-u-visually-hidden">Error: </span>{{ error }}
                    </span>
                  }
                  <textarea
                    class="nhsuk-textarea"
                    [class.nhsuk-textarea--error]="!!errors()['comment-text']"
                    id="comment-text"
                    rows="4"
                    [attr.aria-describedby]="describedBy('comment-text')"
                    [attr.aria-invalid]="errors()['comment-text'] ? 'true' : null"
                    [value]="commentText()"
                    (input)="commentText.set(valueOf($event))"
                  ></textarea>
                </div>
                <button class="nhsuk-button nhsuk-button--secondary" type="submit" [disabled]="busy()">
                  Add comment
                </button>
              </form>
            </div>

            <div class="nhsuk-grid-column-two-thirds">
              @if (loaded.version; as version) {
                <h2>Version {{ version.version }}, as submitted</h2>
                @if (loaded.report; as report) {
                  @if (lastYear()?.status === 'failed') {
                    <div class="nhsuk-inset-text">
                      <span class="nhsuk-u-visually-hidden">Information: </span>
                      <p>
                        Last year’s report could not be loaded, so this year’s figures are shown without last
                        year’s beside them. Try again later.
                      </p>
                    </div>
                  }
                  <wres-report-view
                    [document]="report.document"
                    [indicators]="report.indicators"
                    [contractYear]="version.contractYear"
                    [details]="version.details"
                    [warnings]="version.warnings"
                    [previous]="lastYearBeside()"
                  />
                } @else {
                  <p>This version cannot be shown in the report’s layout.</p>
                }
              }
            </div>
          </div>
        }
      }
    }
  `,
  styles: `
    .app-facts dt {
      font-weight: bold;
    }
    .app-facts dd {
      margin: 0 0 16px;
    }
    .app-pre-line {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
})
export class ReviewPage {
  private readonly api = inject(ReviewsApi);
  private readonly submissions = inject(SubmissionsApi);
  private readonly title = inject(Title);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  /** Route parameters: the provider's id and the contract year as "2025-26". */
  readonly providerId = input.required<string>();
  readonly year = input.required<string>();

  protected readonly subjectOptions = COMMENT_SUBJECT_OPTIONS;
  protected readonly proposalOptions: ReadonlyArray<{ value: RagRating | ''; text: string }> = [
    { value: '', text: 'No proposal' },
    ...RATING_CHOICES.map((choice) => ({ value: choice.value, text: `${choice.text}: ${choice.hint}` })),
  ];
  protected readonly when = formatLondonDateTime;
  protected readonly choose = withChoice;

  private readonly request = computed((): ReviewRequest | null => {
    const contractYear = contractYearFromPath(this.year());
    return contractYear ? { providerId: this.providerId(), contractYear } : null;
  });

  protected readonly state = toSignal(
    toObservable(this.request).pipe(
      switchMap((request) =>
        request
          ? this.load(request).pipe(toLoadState<Loaded>())
          : of<LoadState<Loaded>>({ status: 'not-found' }),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<Loaded> },
  );

  private readonly loaded = computed(() => {
    const current = this.state();
    return current.status === 'loaded' ? current.value : null;
  });

  /**
   * Last year's report, as the provider's report pages show it beside this year's. Loaded on its own, so the
   * review neither waits for it nor fails with it; null until it arrives.
   */
  protected readonly lastYear = toSignal(
    toObservable(this.request).pipe(
      switchMap((request) =>
        request
          ? previousYearReport(this.submissions, request.providerId, request.contractYear).pipe(
              startWith(null),
            )
          : of(null),
      ),
    ),
    { initialValue: null },
  );
  protected readonly lastYearBeside = computed(() => previousBeside(this.lastYear()));

  /** The review and checklist as they stand after this page's own actions. */
  protected readonly reviewNow = linkedSignal(() => this.loaded()?.review ?? null);
  protected readonly checklistNow = linkedSignal(() => this.loaded()?.checklist ?? null);

  protected readonly decisions = computed(() => decisionsFor(this.reviewNow()?.state ?? null));
  protected readonly takesComment = computed(() =>
    this.decisions().some((option) => option.to !== 'in-review'),
  );
  protected readonly conversation = computed(() => conversationOf(this.reviewNow()?.events ?? []));
  protected readonly reportBase = computed(() => ['/reports', this.providerId(), this.year()]);

  protected readonly decisionComment = signal('');
  protected readonly commentSubject = signal('');
  protected readonly commentText = signal('');
  protected readonly recommendation = signal('');
  protected readonly assessments = linkedSignal((): RatingChoice[] => {
    const checklist = this.checklistNow();
    return checklist ? ratingChoicesOf(checklist, 'assessment') : [];
  });
  protected readonly proposals = linkedSignal((): RatingChoice[] => {
    const checklist = this.checklistNow();
    return checklist ? ratingChoicesOf(checklist, 'blank') : [];
  });

  protected readonly busy = signal(false);
  protected readonly errors = signal<FieldErrors>({});
  protected readonly problems = signal<ErrorSummaryItem[]>([]);
  protected readonly notice = signal<{ heading: string; line: string } | null>(null);

  constructor() {
    errorPrefixedTitle(computed(() => this.problems().length > 0));
    effect(() => {
      const review = this.loaded()?.review;
      if (review)
        this.title.setTitle(formatPageTitle(`Review: ${review.providerName}, ${review.contractYear}`));
      if (this.state().status === 'not-found') this.title.setTitle(formatPageTitle('Page not found'));
    });
  }

  protected tagOf(review: Review) {
    return reviewStateTag(review.state);
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }

  /** A field's hint and, when there is one, its error. */
  protected describedBy(fieldId: string): string {
    return this.errors()[fieldId] ? `${fieldId}-hint ${fieldId}-error` : `${fieldId}-hint`;
  }

  protected async decide(option: DecisionOption): Promise<void> {
    const problem = decisionProblem(option, this.decisionComment());
    if (problem) return this.showProblems({ 'decision-comment': problem });
    const comment = this.decisionComment().trim();
    await this.act(
      async (request) => {
        const review = await firstValueFrom(
          this.api.transition(request.providerId, request.contractYear, option.to, comment || undefined),
        );
        this.reviewNow.set(review);
        this.decisionComment.set('');
        await this.refreshChecklist(request);
        return decisionNotice(option.to);
      },
      { comment: 'decision-comment' },
    );
  }

  protected async addComment(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.commentText().trim()) return this.showProblems({ 'comment-text': 'Enter your comment' });
    await this.act(
      async (request) => {
        const review = await firstValueFrom(
          this.api.comment(
            request.providerId,
            request.contractYear,
            this.commentText().trim(),
            this.commentSubject() || undefined,
          ),
        );
        this.reviewNow.set(review);
        this.commentText.set('');
        return {
          heading: 'Comment added',
          line: 'The comment is on the review for everyone who can see it.',
        };
      },
      { text: 'comment-text' },
    );
  }

  protected async recommend(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.recommendation().trim())
      return this.showProblems({ 'recommendation-text': 'Enter your recommendation' });
    await this.act(
      async (request) => {
        const review = await firstValueFrom(
          this.api.recommend(
            request.providerId,
            request.contractYear,
            this.recommendation().trim(),
            ratingsToSend(this.proposals()),
          ),
        );
        this.reviewNow.set(review);
        this.recommendation.set('');
        await this.refreshChecklist(request);
        return {
          heading: 'Recommendation sent',
          line: 'The co-ordinating commissioner can see it beside the checklist.',
        };
      },
      { text: 'recommendation-text' },
    );
  }

  protected async saveRatings(): Promise<void> {
    const ratings = ratingsToSend(this.assessments());
    const first = this.assessments()[0];
    if (ratings.length === 0 && first)
      return this.showProblems({ [`rating-${first.item}`]: 'Choose a rating for at least one item' });
    await this.act(async (request) => {
      this.checklistNow.set(
        await firstValueFrom(this.api.assess(request.providerId, request.contractYear, ratings)),
      );
      return { heading: 'Ratings saved', line: 'The checklist’s overall rating takes them into account.' };
    }, {});
  }

  /**
   * Runs an action against the API once at a time, then shows what happened, or its problems: those the API
   * names by field (through `fields`, API path to field id) beside their fields, the rest in the summary.
   */
  private async act(
    action: (request: ReviewRequest) => Promise<{ heading: string; line: string }>,
    fields: Record<string, string>,
  ): Promise<void> {
    const request = this.request();
    if (!request || this.busy()) return;
    this.busy.set(true);
    this.notice.set(null);
    this.showProblems({});
    try {
      this.notice.set(await action(request));
      afterNextRender(
        () => {
          const banner = this.document.getElementById('review-notice');
          if (banner) focusProgrammatically(banner);
        },
        { injector: this.injector },
      );
    } catch (error: unknown) {
      const named: FieldErrors = {};
      const other: ErrorSummaryItem[] = [];
      for (const problem of fieldProblems(error)) {
        const fieldId = fields[problem.path];
        if (fieldId) named[fieldId] = problem.messages.join('. ');
        else other.push({ text: problem.messages.join('. ') });
      }
      if (Object.keys(named).length === 0 && other.length === 0)
        other.push({ text: errorMessage(error) ?? SERVICE_PROBLEM_MESSAGE });
      this.showProblems(named, other);
    } finally {
      this.busy.set(false);
    }
  }

  private showProblems(fields: FieldErrors, other: ErrorSummaryItem[] = []): void {
    this.errors.set(fields);
    const linked = Object.entries(fields).flatMap(([fieldId, text]) => (text ? [{ text, fieldId }] : []));
    this.problems.set([...linked, ...other]);
    if (linked.length > 0 || other.length > 0) this.notice.set(null);
  }

  private async refreshChecklist(request: ReviewRequest): Promise<void> {
    try {
      this.checklistNow.set(
        await firstValueFrom(this.api.checklist(request.providerId, request.contractYear)),
      );
    } catch {
      // The decision stands; the checklist shown is the one from before it until the page is loaded again.
    }
  }

  private load({ providerId, contractYear }: ReviewRequest): Observable<Loaded> {
    return this.api.get(providerId, contractYear).pipe(
      switchMap((review) => {
        if (!review.state || !review.reviewedVersion)
          return of<Loaded>({ review, version: null, report: null, checklist: null });
        return forkJoin({
          version: this.submissions.version(providerId, contractYear, review.reviewedVersion),
          checklist: this.api.checklist(providerId, contractYear),
        }).pipe(
          map(({ version, checklist }) => ({
            review,
            version,
            report: reviewedReportOf(version),
            checklist,
          })),
        );
      }),
    );
  }
}

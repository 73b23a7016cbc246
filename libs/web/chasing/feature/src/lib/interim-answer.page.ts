import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import type { InterimRequest } from '@wres/shared/contracts';
import { ChasingApi } from '@wres/web/chasing/data-access';
import {
  BackLinkComponent,
  errorMessage,
  errorPrefixedTitle,
  ErrorSummaryComponent,
  ErrorSummaryItem,
  FieldErrors,
  fieldProblems,
  formatPageTitle,
  LoadState,
  NoticeStore,
  PageNotFoundComponent,
  problemsToFieldErrors,
  SERVICE_PROBLEM_MESSAGE,
  ServiceProblemComponent,
  summaryItems,
  SummaryListComponent,
  SummaryListRow,
  TextareaComponent,
  textRow,
  toLoadState,
} from '@wres/web/shared/ui';
import { firstValueFrom, map, switchMap } from 'rxjs';
import { daysFromDueDate, dueText, formatDate, londonToday } from './chasing-text.model';
import {
  ANSWER_FIELD_ORDER,
  FIGURES_FIELD,
  PROGRESS_FIELD,
  toAnswer,
  validateAnswer,
} from './interim-answer.model';

/** `/interim-requests/:id/answer`: the provider's short interim report, in answer to one request. */
@Component({
  selector: 'wres-interim-answer-page',
  imports: [
    BackLinkComponent,
    ErrorSummaryComponent,
    PageNotFoundComponent,
    ServiceProblemComponent,
    SummaryListComponent,
    TextareaComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading the interim-report request</p>
      }
      @case ('not-found') {
        <wres-page-not-found />
      }
      @case ('failed') {
        <wres-service-problem />
      }
      @case ('loaded') {
        @let request = current.value;
        <wres-back-link link="/interim-requests" text="Interim reports" />
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            @if (problems().length > 0) {
              <wres-error-summary [items]="problems()" />
            }
            <h1>
              <span class="nhsuk-caption-l">{{ request.provider.name }}, {{ request.contractYear }}</span>
              Send your interim report
            </h1>
            <wres-summary-list [rows]="requestRows()" />
            @if (request.status === 'answered') {
              <p>You have answered this request.</p>
            } @else {
              <form novalidate (submit)="submit($event)">
                <wres-textarea
                  [fieldId]="progressField"
                  label="What progress have you made on your WRES actions?"
                  [boldLabel]="true"
                  hint="Say what you have done since your last report, against the actions in your plan"
                  [rows]="8"
                  [error]="errors()[progressField]"
                  [(value)]="progress"
                />
                <wres-textarea
                  [fieldId]="figuresField"
                  label="Updated figures (optional)"
                  [boldLabel]="true"
                  hint="Any figures updated since your last report, for example: BME staff appointed from shortlisting, 12 of 140"
                  [rows]="4"
                  [error]="errors()[figuresField]"
                  [(value)]="figures"
                />
                <button class="nhsuk-button" type="submit">Send interim report</button>
              </form>
            }
          </div>
        </div>
      }
    }
  `,
})
export class InterimAnswerPage {
  private readonly api = inject(ChasingApi);
  private readonly notices = inject(NoticeStore);
  private readonly router = inject(Router);
  private readonly title = inject(Title);

  /** The request's id, from the route. */
  readonly id = input.required<string>();

  /** The caller's own requests are all it may see, so the one asked for is found among them. */
  protected readonly state = toSignal(
    toObservable(this.id).pipe(
      switchMap((id) =>
        this.api.interimRequests().pipe(
          map((requests) => {
            const found = requests.find((request) => request.id === id);
            if (!found) throw new HttpErrorResponse({ status: 404 });
            return found;
          }),
          toLoadState<InterimRequest>(),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<InterimRequest> },
  );

  protected readonly progress = signal('');
  protected readonly figures = signal('');
  protected readonly errors = signal<FieldErrors>({});
  private readonly general = signal<ErrorSummaryItem[]>([]);
  private submitting = false;

  protected readonly progressField = PROGRESS_FIELD;
  protected readonly figuresField = FIGURES_FIELD;

  protected readonly requestRows = computed((): SummaryListRow[] => {
    const current = this.state();
    if (current.status !== 'loaded') return [];
    const request = current.value;
    const today = londonToday();
    return [
      textRow('Asked by', `${request.commissioner.name} (${request.requestedBy})`),
      textRow('Their message', request.message),
      textRow(
        'Due',
        request.status === 'answered'
          ? formatDate(request.dueDate)
          : `${formatDate(request.dueDate)} (${dueText(daysFromDueDate(request.dueDate, today)).toLowerCase()})`,
      ),
    ];
  });

  protected readonly problems = computed(() => [
    ...this.general(),
    ...summaryItems(this.errors(), ANSWER_FIELD_ORDER),
  ]);

  constructor() {
    this.title.setTitle(formatPageTitle('Send your interim report'));
    errorPrefixedTitle(computed(() => this.problems().length > 0));
    effect(() => {
      if (this.state().status === 'not-found') this.title.setTitle(formatPageTitle('Page not found'));
    });
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const current = this.state();
    if (this.submitting || current.status !== 'loaded') return;
    const input = { progress: this.progress(), updatedFigures: this.figures() };
    const errors = validateAnswer(input);
    this.general.set([]);
    this.errors.set(errors);
    if (Object.keys(errors).length > 0) return;

    this.submitting = true;
    try {
      const answered = await firstValueFrom(this.api.answerInterimRequest(current.value.id, toAnswer(input)));
      this.notices.set({
        heading: 'Interim report sent',
        lines: [
          `${answered.commissioner.name} can now read your interim report for ${answered.contractYear}.`,
        ],
      });
      await this.router.navigateByUrl('/interim-requests');
    } catch (error: unknown) {
      if (error instanceof HttpErrorResponse && error.status === 400) {
        const { fields, other } = problemsToFieldErrors(fieldProblems(error), [...ANSWER_FIELD_ORDER]);
        this.errors.set(fields);
        this.general.set(other.map((text) => ({ text })));
      } else if (error instanceof HttpErrorResponse && (error.status === 404 || error.status === 409)) {
        this.general.set([{ text: errorMessage(error) ?? 'This request can no longer be answered' }]);
      } else {
        this.general.set([{ text: SERVICE_PROBLEM_MESSAGE }]);
      }
    } finally {
      this.submitting = false;
    }
  }
}

import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { Permission } from '@wres/shared/contracts';
import type { Reviewer, ReviewQueueRow } from '@wres/shared/contracts';
import { SessionStore } from '@wres/web/auth/data-access';
import { CONTRACT_YEARS } from '@wres/web/contracts/data-access';
import {
  countText,
  filtersFromParams,
  isFiltered,
  OVERDUE_OPTIONS,
  paramsOf,
  queryOf,
  queueRowView,
  RATING_OPTIONS,
  reviewerFilterOptions,
  reviewLink,
  ReviewsApi,
  STATE_OPTIONS,
} from '@wres/web/reviews/data-access';
import type { QueueFilters, QueueRowView } from '@wres/web/reviews/data-access';
import {
  CalendarDatePipe,
  ErrorSummaryComponent,
  ErrorSummaryItem,
  FieldErrors,
  LoadState,
  NotificationBannerComponent,
  SERVICE_PROBLEM_MESSAGE,
  SelectComponent,
  ServiceProblemComponent,
  TagComponent,
  errorMessage,
  errorPrefixedTitle,
  fieldProblems,
  focusProgrammatically,
  toLoadState,
} from '@wres/web/shared/ui';
import { catchError, filter, firstValueFrom, map, of, switchMap } from 'rxjs';
import {
  assignedNotice,
  assigneeOptions,
  assignmentProblemsToErrors,
  assignmentSummary,
  isAssignable,
  REPORTS_FIELD,
  REVIEWER_FIELD,
  reportFieldId,
  reportKey,
  selectedText,
  toAssignmentRequest,
  validateAssignment,
} from './review-assignment.model';

const YEAR_OPTIONS: ReadonlyArray<{ value: string; text: string }> = [
  { value: '', text: 'Every year' },
  ...[...CONTRACT_YEARS].reverse().map((year) => ({ value: year, text: year })),
];

/**
 * `/reviews`: the reports a commissioner or CSU analyst reviews, overdue first, filtered by year, state,
 * checklist rating, whether the review is overdue and who reviews it. The filters live in the address. A
 * co-ordinating commissioner selects reports and gives them to one of its users to review, or takes them back.
 */
@Component({
  selector: 'wres-review-queue-page',
  imports: [
    CalendarDatePipe,
    ErrorSummaryComponent,
    NotificationBannerComponent,
    RouterLink,
    SelectComponent,
    ServiceProblemComponent,
    TagComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (problems().length > 0) {
      <wres-error-summary [items]="problems()" />
    }
    @if (notice(); as done) {
      <div tabindex="-1" id="assignment-confirmation">
        <wres-notification-banner variant="success" [heading]="done.heading">
          @for (line of done.lines; track $index) {
            <p class="nhsuk-body">{{ line }}</p>
          }
        </wres-notification-banner>
      </div>
    }
    <h1>Reports to review</h1>
    <p>
      Submitted WRES reports you can see, with where each review stands and its checklist rating. Overdue
      reviews come first. Only the co-ordinating commissioner decides a report's assurance.
    </p>
    <form
      class="app-filters"
      novalidate
      role="search"
      aria-label="Filter reports to review"
      (submit)="apply($event)"
    >
      <div class="nhsuk-grid-row">
        <div class="nhsuk-grid-column-one-quarter">
          <wres-select
            fieldId="contractYear"
            label="Contract year"
            [options]="yearOptions"
            [(value)]="year"
          />
        </div>
        <div class="nhsuk-grid-column-one-quarter">
          <wres-select
            fieldId="state"
            label="Review state"
            [options]="stateOptions"
            [(value)]="reviewState"
          />
        </div>
        <div class="nhsuk-grid-column-one-quarter">
          <wres-select fieldId="rag" label="Checklist rating" [options]="ratingOptions" [(value)]="rating" />
        </div>
        <div class="nhsuk-grid-column-one-quarter">
          <wres-select
            fieldId="overdue"
            label="Overdue"
            [options]="overdueOptions"
            [(value)]="overdueChoice"
          />
        </div>
      </div>
      <div class="nhsuk-grid-row">
        <div class="nhsuk-grid-column-one-quarter">
          <wres-select
            fieldId="reviewer"
            label="Reviewer"
            [options]="reviewerOptions()"
            [(value)]="reviewerChoice"
          />
        </div>
      </div>
      <button class="nhsuk-button nhsuk-button--secondary" type="submit">Filter reports</button>
    </form>

    @let current = loaded();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading reports to review</p>
      }
      @case ('loaded') {
        @let rows = current.value;
        <p role="status">
          {{ count(rows.length) }}
          @if (filtered()) {
            match these filters · <a href="" (click)="clear($event)">Clear filters</a>
          }
        </p>
        @if (rows.length > 0) {
          <table class="nhsuk-table nhsuk-table--responsive" role="table">
            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
              Reports to review, overdue first
            </caption>
            <thead class="nhsuk-table__head" role="rowgroup">
              <tr class="nhsuk-table__row" role="row">
                @if (selecting()) {
                  <th class="nhsuk-table__header" scope="col" role="columnheader">
                    <span class="nhsuk-u-visually-hidden">Select</span>
                  </th>
                }
                @for (heading of headings; track heading) {
                  <th class="nhsuk-table__header" scope="col" role="columnheader">{{ heading }}</th>
                }
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (view of rows; track view.row.providerId + view.row.contractYear) {
                @let row = view.row;
                <tr class="nhsuk-table__row" role="row">
                  @if (selecting()) {
                    <td class="nhsuk-table__cell" role="cell">
                      @if (assignable(row)) {
                        @let id = fieldId(row);
                        @let rowError = errors()[id];
                        <div
                          class="nhsuk-form-group app-select-report"
                          [class.nhsuk-form-group--error]="!!rowError"
                        >
                          @if (rowError) {
                            <span class="nhsuk-error-message" [id]="id + '-error'">
                              <span class="nhsuk-u-visually-hidden">Error: </span>{{ rowError }}
                            </span>
                          }
                          <div class="nhsuk-checkboxes nhsuk-checkboxes--small">
                            <div class="nhsuk-checkboxes__item">
                              <input
                                class="nhsuk-checkboxes__input"
                                type="checkbox"
                                [id]="id"
                                [name]="id"
                                [checked]="selected().has(key(row))"
                                [attr.aria-describedby]="rowError ? id + '-error' : null"
                                (change)="toggle(row, $event)"
                              />
                              <label class="nhsuk-label nhsuk-checkboxes__label" [for]="id">
                                <span class="nhsuk-u-visually-hidden"
                                  >Select {{ row.providerName }}, {{ row.contractYear }}</span
                                >
                              </label>
                            </div>
                          </div>
                        </div>
                      }
                    </td>
                  }
                  <td class="nhsuk-table__cell" role="cell">
                    <span class="nhsuk-table__heading" aria-hidden="true">Provider </span>
                    <a [routerLink]="link(row.providerId, row.contractYear)"
                      >{{ row.providerName
                      }}<span class="nhsuk-u-visually-hidden"> ({{ row.contractYear }})</span></a
                    >
                    <span class="nhsuk-body-s nhsuk-u-secondary-text-colour app-block">
                      {{ row.odsCode }}, version {{ row.reviewedVersion }}
                    </span>
                  </td>
                  <td class="nhsuk-table__cell" role="cell">
                    <span class="nhsuk-table__heading" aria-hidden="true">Year </span>
                    {{ row.contractYear }}
                  </td>
                  <td class="nhsuk-table__cell" role="cell">
                    <span class="nhsuk-table__heading" aria-hidden="true">Review </span>
                    <wres-tag [text]="view.state.text" [colour]="view.state.colour" />
                    @if (row.late) {
                      <span class="nhsuk-body-s app-block">Report submitted late</span>
                    }
                  </td>
                  <td class="nhsuk-table__cell" role="cell">
                    <span class="nhsuk-table__heading" aria-hidden="true">Checklist </span>
                    <wres-tag [text]="view.rating.text" [colour]="view.rating.colour" />
                    @if (view.unrated) {
                      <span class="nhsuk-body-s app-block">{{ view.unrated }}</span>
                    }
                  </td>
                  <td class="nhsuk-table__cell" role="cell">
                    <span class="nhsuk-table__heading" aria-hidden="true">Review due by </span>
                    {{ row.reviewDueBy | calendarDate }}
                    @if (row.overdue) {
                      <wres-tag class="app-block" text="Overdue" colour="red" />
                    }
                  </td>
                  <td class="nhsuk-table__cell" role="cell">
                    <span class="nhsuk-table__heading" aria-hidden="true">Decided by </span>
                    {{ view.decidedBy }}
                  </td>
                  <td class="nhsuk-table__cell" role="cell">
                    <span class="nhsuk-table__heading" aria-hidden="true">Reviewer </span>
                    {{ view.reviewer }}
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }
        @if (selecting()) {
          <form class="app-assign" novalidate aria-labelledby="assign-heading" (submit)="assign($event)">
            <h2 class="nhsuk-heading-m" id="assign-heading">Assign selected reports</h2>
            <div class="nhsuk-form-group" [class.nhsuk-form-group--error]="!!errors()[reportsField]">
              <p class="nhsuk-body" id="reports-selected">{{ selectedCount() }}</p>
              @if (errors()[reportsField]; as reportsError) {
                <span class="nhsuk-error-message" id="reports-error">
                  <span class="nhsuk-u-visually-hidden">Error: </span>{{ reportsError }}
                </span>
              }
            </div>
            <wres-select
              [fieldId]="reviewerField"
              label="Reviewer for the selected reports"
              hint="Someone at your organisation to review them, or nobody to take them back"
              placeholder="Choose a reviewer"
              [options]="assignees()"
              [error]="errors()[reviewerField]"
              [(value)]="assignee"
            />
            <button class="nhsuk-button" type="submit">Assign selected reports</button>
          </form>
        }
      }
      @default {
        <wres-service-problem />
      }
    }
  `,
  styles: `
    .app-block {
      display: block;
      margin-top: 4px;
    }
    .app-select-report {
      margin-bottom: 0;
    }
    .app-assign {
      margin-top: 32px;
    }
  `,
})
export class ReviewQueuePage {
  private readonly api = inject(ReviewsApi);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  /** Query parameters, bound by the router. */
  readonly contractYear = input<string | undefined>();
  readonly state = input<string | undefined>();
  readonly rag = input<string | undefined>();
  readonly overdue = input<string | undefined>();
  readonly reviewer = input<string | undefined>();

  protected readonly yearOptions = YEAR_OPTIONS;
  protected readonly stateOptions = STATE_OPTIONS;
  protected readonly ratingOptions = RATING_OPTIONS;
  protected readonly overdueOptions = OVERDUE_OPTIONS;
  protected readonly count = countText;
  protected readonly headings = [
    'Provider',
    'Year',
    'Review',
    'Checklist',
    'Review due by',
    'Decided by',
    'Reviewer',
  ];
  protected readonly reportsField = REPORTS_FIELD;
  protected readonly reviewerField = REVIEWER_FIELD;
  protected readonly fieldId = reportFieldId;
  protected readonly key = reportKey;

  /** A commissioner, who may give its organisation's reports to its users to review. */
  private readonly canAssign = computed(() => this.session.can(Permission.ReviewsDecide));
  private readonly meId = computed(() => this.session.me()?.id ?? null);

  protected readonly filters = computed((): QueueFilters =>
    filtersFromParams(
      {
        contractYear: this.contractYear(),
        state: this.state(),
        rag: this.rag(),
        overdue: this.overdue(),
        reviewer: this.reviewer(),
      },
      CONTRACT_YEARS,
    ),
  );
  protected readonly filtered = computed(() => isFiltered(this.filters()));

  /** The form's values, reset to the address's whenever it changes. */
  protected readonly year = linkedSignal(() => this.filters().contractYear);
  protected readonly reviewState = linkedSignal(() => this.filters().state);
  protected readonly rating = linkedSignal(() => this.filters().rag);
  protected readonly overdueChoice = linkedSignal(() => this.filters().overdue);
  protected readonly reviewerChoice = linkedSignal(() => this.filters().reviewer);

  /** Bumped to read the queue again after an assignment, keeping the table in place meanwhile. */
  private readonly reload = signal(0);
  private quietReload = false;

  protected readonly loaded = toSignal(
    toObservable(computed(() => ({ filters: this.filters(), reload: this.reload() }))).pipe(
      switchMap(({ filters }) => {
        const quiet = this.quietReload;
        this.quietReload = false;
        return this.api.queue(queryOf(filters)).pipe(
          map((queue): QueueRowView[] => queue.rows.map((row) => queueRowView(row, this.meId()))),
          toLoadState<QueueRowView[]>(),
          filter((next) => !quiet || next.status !== 'loading'),
        );
      }),
    ),
    { initialValue: { status: 'loading' } as LoadState<QueueRowView[]> },
  );

  /** Who the caller's organisation can give reports to; nobody to list for anyone else. */
  private readonly reviewers = toSignal(
    toObservable(this.canAssign).pipe(
      switchMap((can) => (can ? this.api.reviewers().pipe(catchError(() => of<Reviewer[]>([]))) : of([]))),
    ),
    { initialValue: [] as Reviewer[] },
  );

  private readonly rows = computed(() => {
    const current = this.loaded();
    return current.status === 'loaded' ? current.value.map((view) => view.row) : [];
  });
  protected readonly reviewerOptions = computed(() =>
    reviewerFilterOptions(
      {
        reviewers: this.reviewers(),
        rows: this.rows(),
        chosen: this.filters().reviewer,
        canBeAssigned: this.canAssign(),
      },
      this.meId(),
    ),
  );

  /** The shown reports the caller can give to a reviewer, in the table's order. */
  private readonly assignableRows = computed(() =>
    this.rows().filter((row) => isAssignable(row, this.canAssign())),
  );
  protected readonly selecting = computed(() => this.assignableRows().length > 0);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  /** Only reports still shown are sent: one hidden by a filter is never given away unseen. */
  private readonly selectedRows = computed(() =>
    this.assignableRows().filter((row) => this.selected().has(reportKey(row))),
  );
  protected readonly selectedCount = computed(() => selectedText(this.selectedRows().length));
  protected readonly assignees = computed(() => assigneeOptions(this.reviewers(), this.meId()));
  protected readonly assignee = signal('');
  protected readonly errors = signal<FieldErrors>({});
  private readonly general = signal<ErrorSummaryItem[]>([]);
  protected readonly notice = signal<{ heading: string; lines: string[] } | null>(null);
  private submitting = false;

  protected readonly problems = computed(() => [
    ...this.general(),
    ...assignmentSummary(this.errors(), this.assignableRows()),
  ]);

  constructor() {
    errorPrefixedTitle(computed(() => this.problems().length > 0));
  }

  protected link(providerId: string, contractYear: string): string[] {
    return reviewLink(providerId, contractYear);
  }

  protected assignable(row: ReviewQueueRow): boolean {
    return isAssignable(row, this.canAssign());
  }

  protected apply(event: Event): void {
    event.preventDefault();
    const filters: QueueFilters = {
      contractYear: this.year(),
      state: this.reviewState(),
      rag: this.rating(),
      overdue: this.overdueChoice(),
      reviewer: this.reviewerChoice(),
    };
    this.resetForm();
    void this.router.navigate(['/reviews'], { queryParams: paramsOf(filters) });
  }

  protected clear(event: Event): void {
    event.preventDefault();
    this.resetForm();
    void this.router.navigate(['/reviews']);
  }

  protected toggle(row: ReviewQueueRow, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.selected.update((selected) => {
      const next = new Set(selected);
      if (checked) next.add(reportKey(row));
      else next.delete(reportKey(row));
      return next;
    });
  }

  protected async assign(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submitting) return;
    const selected = this.selectedRows();
    const assignee = this.assignee();
    const errors = validateAssignment(selected, assignee);
    this.general.set([]);
    this.notice.set(null);
    this.errors.set(errors);
    if (Object.keys(errors).length > 0) return;

    this.submitting = true;
    const request = toAssignmentRequest(selected, assignee);
    try {
      const result = await firstValueFrom(this.api.assign(request));
      const name =
        request.reviewerId === null
          ? null
          : request.reviewerId === this.meId()
            ? 'you'
            : (this.reviewers().find((reviewer) => reviewer.userId === request.reviewerId)?.displayName ??
              'the reviewer');
      this.notice.set(assignedNotice(result, name));
      this.selected.set(new Set());
      this.assignee.set('');
      this.quietReload = true;
      this.reload.update((n) => n + 1);
      afterNextRender(
        () => {
          const banner = this.document.getElementById('assignment-confirmation');
          if (banner) {
            focusProgrammatically(banner);
            banner.scrollIntoView({ block: 'start' });
          }
        },
        { injector: this.injector },
      );
    } catch (error: unknown) {
      if (error instanceof HttpErrorResponse && error.status === 400) {
        const { fields, other } = assignmentProblemsToErrors(fieldProblems(error), request.reports);
        this.errors.set(fields);
        this.general.set(other.map((text) => ({ text })));
      } else if (error instanceof HttpErrorResponse && error.status === 403) {
        this.general.set([{ text: errorMessage(error) ?? 'You cannot assign reviewers' }]);
      } else {
        this.general.set([{ text: SERVICE_PROBLEM_MESSAGE }]);
      }
    } finally {
      this.submitting = false;
    }
  }

  private resetForm(): void {
    this.selected.set(new Set());
    this.errors.set({});
    this.general.set([]);
    this.notice.set(null);
  }
}

import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import type { PlanAction } from '@wres/shared/contracts';
import { ActionPlansApi } from '@wres/web/action-plans/data-access';
import {
  BackLinkComponent,
  DateInputComponent,
  errorMessage,
  errorPrefixedTitle,
  ErrorSummaryComponent,
  ErrorSummaryItem,
  FieldErrors,
  fieldProblems,
  formatPageTitle,
  NoticeStore,
  PageNotFoundComponent,
  RadiosComponent,
  SERVICE_PROBLEM_MESSAGE,
  ServiceProblemComponent,
  summaryItems,
  SummaryListComponent,
  SummaryListRow,
  TextareaComponent,
  textRow,
} from '@wres/web/shared/ui';
import { firstValueFrom } from 'rxjs';
import {
  PROGRESS_FIELDS,
  ProgressFormInput,
  apiProblemsToErrors,
  progressNotice,
  toProgressCreate,
  validateProgress,
} from './action-form.model';
import { dueText, formatDate, indicatorText, planLink, statusOptions, statusText } from './action-plan.model';
import { planOnRoute } from './plan-on-route';

/**
 * `/action-plans/:providerId/:year/actions/:actionId/updates/new`: a dated note of the progress made on an
 * action ("Update September 2021 …"), which may also move its status or revise its due date ("Propose to
 * amend the timescale for completion to March 2022").
 */
@Component({
  selector: 'wres-progress-update-page',
  imports: [
    BackLinkComponent,
    DateInputComponent,
    ErrorSummaryComponent,
    PageNotFoundComponent,
    RadiosComponent,
    ServiceProblemComponent,
    SummaryListComponent,
    TextareaComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading the action</p>
      }
      @case ('failed') {
        <wres-service-problem />
      }
      @case ('loaded') {
        @let plan = current.value;
        @if (action(); as action) {
          <wres-back-link [link]="backLink()" text="Action plan" />
          <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
              @if (problems().length > 0) {
                <wres-error-summary [items]="problems()" />
              }
              <h1>
                <span class="nhsuk-caption-l"
                  >{{ plan.providerName }}, action plan {{ plan.contractYear }}</span
                >
                Add a progress update
              </h1>
              <wres-summary-list [rows]="actionRows()" />
              @if (!plan.canEdit) {
                <div class="nhsuk-inset-text">
                  <span class="nhsuk-u-visually-hidden">Information: </span>
                  <p>Only {{ plan.providerName }}’s own WRES report submitters can update its action plan.</p>
                </div>
              } @else {
                <form novalidate (submit)="submit($event)">
                  <wres-textarea
                    fieldId="text"
                    label="What progress has been made?"
                    hint="For example: Update September 2021: staff survey updated. It is dated today and shown to your commissioner."
                    [rows]="6"
                    [error]="errors()['text']"
                    [(value)]="text"
                  />
                  <wres-radios
                    fieldId="status"
                    legend="What is the action’s status now?"
                    hint="Leave it as it is if it has not changed"
                    [options]="statuses()"
                    [error]="errors()['status']"
                    [(value)]="status"
                  />
                  <wres-date-input
                    fieldId="dueDate"
                    legend="Revised due date (optional)"
                    [hint]="
                      'Only if the timescale has changed: it is due ' +
                      date(action.dueDate) +
                      ' now. For example, 31 3 2027'
                    "
                    [error]="errors()['dueDate']"
                    [(day)]="day"
                    [(month)]="month"
                    [(year)]="dueYear"
                  />
                  <button class="nhsuk-button" type="submit">Add progress update</button>
                </form>
              }
            </div>
          </div>
        } @else {
          <wres-page-not-found />
        }
      }
      @default {
        <wres-page-not-found />
      }
    }
  `,
})
export class ProgressUpdatePage {
  private readonly api = inject(ActionPlansApi);
  private readonly notices = inject(NoticeStore);
  private readonly router = inject(Router);
  private readonly title = inject(Title);

  /** Route parameters: the provider's id, the contract year as "2024-25", and the action's id. */
  readonly providerId = input.required<string>();
  readonly year = input.required<string>();
  readonly actionId = input.required<string>();

  private readonly route = planOnRoute(this.providerId, this.year);
  private readonly request = this.route.request;
  protected readonly state = this.route.state;

  protected readonly action = computed((): PlanAction | null => {
    const current = this.state();
    if (current.status !== 'loaded') return null;
    return current.value.actions.find((action) => action.id === this.actionId()) ?? null;
  });

  protected readonly backLink = this.route.backLink;

  protected readonly actionRows = computed((): SummaryListRow[] => {
    const action = this.action();
    if (!action) return [];
    return [
      textRow('Action', action.task),
      textRow('Indicator', indicatorText(action.indicator)),
      textRow('Owner', action.ownerName),
      textRow('Due', dueText(action)),
      textRow('Status', statusText(action)),
    ];
  });

  protected readonly statuses = computed(() => statusOptions(this.action()?.status ?? 'not-started'));
  protected readonly date = formatDate;

  protected readonly text = signal('');
  protected readonly status = linkedSignal<string>(() => this.action()?.status ?? '');
  protected readonly day = signal('');
  protected readonly month = signal('');
  protected readonly dueYear = signal('');

  protected readonly errors = signal<FieldErrors>({});
  private readonly general = signal<ErrorSummaryItem[]>([]);
  protected readonly problems = computed(() => [
    ...this.general(),
    ...summaryItems(this.errors(), PROGRESS_FIELDS),
  ]);
  private submitting = false;

  constructor() {
    effect(() => {
      const current = this.state();
      if (current.status === 'loading' || current.status === 'failed') return;
      if (current.status === 'loaded' && this.action())
        this.title.setTitle(
          formatPageTitle(`Add a progress update, action plan ${current.value.contractYear}`),
        );
      else this.title.setTitle(formatPageTitle('Page not found'));
    });
    errorPrefixedTitle(computed(() => this.problems().length > 0));
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const request = this.request();
    const action = this.action();
    if (this.submitting || !request || !action) return;
    const input: ProgressFormInput = {
      text: this.text(),
      status: this.status(),
      day: this.day(),
      month: this.month(),
      year: this.dueYear(),
    };
    const errors = validateProgress(input, action);
    this.general.set([]);
    this.errors.set(errors);
    if (Object.keys(errors).length > 0) return;

    this.submitting = true;
    try {
      const { providerId, contractYear } = request;
      const updated = await firstValueFrom(
        this.api.addProgressUpdate(providerId, contractYear, action.id, toProgressCreate(input, action)),
      );
      this.notices.set(progressNotice(action, updated));
      await this.router.navigate(planLink(providerId, contractYear));
    } catch (error: unknown) {
      if (error instanceof HttpErrorResponse && error.status === 400) {
        const { fields, other } = apiProblemsToErrors(fieldProblems(error), PROGRESS_FIELDS);
        this.errors.set(fields);
        this.general.set(other.map((text) => ({ text })));
      } else if (error instanceof HttpErrorResponse && [403, 404, 409].includes(error.status)) {
        this.general.set([{ text: errorMessage(error) ?? 'You cannot update this action' }]);
      } else {
        this.general.set([{ text: SERVICE_PROBLEM_MESSAGE }]);
      }
    } finally {
      this.submitting = false;
    }
  }
}

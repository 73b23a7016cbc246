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
  SelectComponent,
  SERVICE_PROBLEM_MESSAGE,
  ServiceProblemComponent,
  summaryItems,
  TextareaComponent,
  TextInputComponent,
} from '@wres/web/shared/ui';
import { firstValueFrom } from 'rxjs';
import {
  ACTION_FIELDS,
  ActionFormInput,
  EMPTY_ACTION_FORM,
  actionFormOf,
  addedNotice,
  apiProblemsToErrors,
  editedNotice,
  toActionCreate,
  toActionEdit,
  validateAction,
} from './action-form.model';
import { formatDate, indicatorOptions, planLink } from './action-plan.model';
import { planOnRoute } from './plan-on-route';

/**
 * `/action-plans/:providerId/:year/actions/new` and `…/actions/:actionId/edit`: the provider adds an action to
 * its plan (what, the outcome, the indicator, the owner and when it is due) or changes one's wording and
 * owner. The due date and status then change only through a progress update, so each change is dated.
 */
@Component({
  selector: 'wres-action-form-page',
  imports: [
    BackLinkComponent,
    DateInputComponent,
    ErrorSummaryComponent,
    PageNotFoundComponent,
    SelectComponent,
    ServiceProblemComponent,
    TextInputComponent,
    TextareaComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading the action plan</p>
      }
      @case ('not-found') {
        <wres-page-not-found />
      }
      @case ('failed') {
        <wres-service-problem />
      }
      @case ('loaded') {
        @let plan = current.value;
        @if (editing() && !action()) {
          <wres-page-not-found />
        } @else {
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
                {{ heading() }}
              </h1>
              @if (!plan.canEdit) {
                <div class="nhsuk-inset-text">
                  <span class="nhsuk-u-visually-hidden">Information: </span>
                  <p>Only {{ plan.providerName }}’s own WRES report submitters can change its action plan.</p>
                </div>
              } @else {
                <form novalidate (submit)="submit($event)">
                  <wres-textarea
                    fieldId="task"
                    label="What will be done"
                    hint="The action, as your action plan words it"
                    [rows]="4"
                    [error]="errors()['task']"
                    [(value)]="task"
                  />
                  <wres-textarea
                    fieldId="outcome"
                    label="Outcome (optional)"
                    hint="What the action aims to achieve, for example: advance equality of opportunity"
                    [rows]="3"
                    [error]="errors()['outcome']"
                    [(value)]="outcome"
                  />
                  <wres-select
                    fieldId="indicator"
                    label="Which WRES indicator does it address?"
                    hint="Choose Whole plan for an action about the plan or the WRES as a whole"
                    [options]="indicators"
                    [error]="errors()['indicator']"
                    [(value)]="indicator"
                  />
                  <wres-text-input
                    fieldId="ownerName"
                    label="Owner"
                    hint="The person or role responsible, for example Head of Learning and Development"
                    autocomplete="off"
                    [error]="errors()['ownerName']"
                    [(value)]="ownerName"
                  />
                  <wres-text-input
                    fieldId="ownerEmail"
                    label="Owner’s email address"
                    hint="Reminders go to this address as the due date nears and passes"
                    type="email"
                    autocomplete="off"
                    [error]="errors()['ownerEmail']"
                    [(value)]="ownerEmail"
                  />
                  @if (action(); as existing) {
                    <div class="nhsuk-inset-text">
                      <span class="nhsuk-u-visually-hidden">Information: </span>
                      <p>
                        Due {{ date(existing.dueDate) }}. To change the due date or the status, add a progress
                        update, so the change is dated and explained.
                      </p>
                    </div>
                    <button class="nhsuk-button" type="submit">Save changes</button>
                  } @else {
                    <wres-date-input
                      fieldId="dueDate"
                      legend="When is the action due?"
                      hint="For example, 31 3 2026"
                      [error]="errors()['dueDate']"
                      [(day)]="day"
                      [(month)]="month"
                      [(year)]="dueYear"
                    />
                    <button class="nhsuk-button" type="submit">Add action</button>
                  }
                </form>
              }
            </div>
          </div>
        }
      }
    }
  `,
})
export class ActionFormPage {
  private readonly api = inject(ActionPlansApi);
  private readonly notices = inject(NoticeStore);
  private readonly router = inject(Router);
  private readonly title = inject(Title);

  /** Route parameters: the provider's id, the contract year as "2024-25", and the action when editing. */
  readonly providerId = input.required<string>();
  readonly year = input.required<string>();
  readonly actionId = input<string>();

  private readonly route = planOnRoute(this.providerId, this.year);
  private readonly request = this.route.request;
  protected readonly state = this.route.state;

  protected readonly editing = computed(() => !!this.actionId());
  protected readonly action = computed((): PlanAction | null => {
    const current = this.state();
    const id = this.actionId();
    if (current.status !== 'loaded' || !id) return null;
    return current.value.actions.find((action) => action.id === id) ?? null;
  });
  protected readonly heading = computed(() => (this.editing() ? 'Edit action' : 'Add an action'));
  protected readonly backLink = this.route.backLink;

  private readonly initial = computed((): ActionFormInput => {
    const action = this.action();
    return action ? actionFormOf(action) : EMPTY_ACTION_FORM;
  });
  protected readonly task = linkedSignal(() => this.initial().task);
  protected readonly outcome = linkedSignal(() => this.initial().outcome);
  protected readonly indicator = linkedSignal(() => this.initial().indicator);
  protected readonly ownerName = linkedSignal(() => this.initial().ownerName);
  protected readonly ownerEmail = linkedSignal(() => this.initial().ownerEmail);
  protected readonly day = signal('');
  protected readonly month = signal('');
  protected readonly dueYear = signal('');

  protected readonly indicators = indicatorOptions();
  protected readonly date = formatDate;
  protected readonly errors = signal<FieldErrors>({});
  private readonly general = signal<ErrorSummaryItem[]>([]);
  protected readonly problems = computed(() => [
    ...this.general(),
    ...summaryItems(this.errors(), ACTION_FIELDS),
  ]);
  private submitting = false;

  constructor() {
    effect(() => {
      const current = this.state();
      const notFound =
        current.status === 'not-found' || (this.editing() && current.status === 'loaded' && !this.action());
      if (notFound) this.title.setTitle(formatPageTitle('Page not found'));
      else if (current.status === 'loaded')
        this.title.setTitle(formatPageTitle(`${this.heading()}, action plan ${current.value.contractYear}`));
    });
    errorPrefixedTitle(computed(() => this.problems().length > 0));
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const request = this.request();
    if (this.submitting || !request) return;
    const existing = this.action();
    const input: ActionFormInput = {
      task: this.task(),
      outcome: this.outcome(),
      indicator: this.indicator(),
      ownerName: this.ownerName(),
      ownerEmail: this.ownerEmail(),
      day: this.day(),
      month: this.month(),
      year: this.dueYear(),
    };
    const errors = validateAction(input, { withDueDate: !existing });
    this.general.set([]);
    this.errors.set(errors);
    if (Object.keys(errors).length > 0) return;

    this.submitting = true;
    try {
      const { providerId, contractYear } = request;
      const saved = existing
        ? await firstValueFrom(
            this.api.editAction(providerId, contractYear, existing.id, toActionEdit(input)),
          )
        : await firstValueFrom(this.api.addAction(providerId, contractYear, toActionCreate(input)));
      this.notices.set(existing ? editedNotice(saved) : addedNotice(saved));
      await this.router.navigate(planLink(providerId, contractYear));
    } catch (error: unknown) {
      if (error instanceof HttpErrorResponse && error.status === 400) {
        const { fields, other } = apiProblemsToErrors(fieldProblems(error), ACTION_FIELDS);
        this.errors.set(fields);
        this.general.set(other.map((text) => ({ text })));
      } else if (error instanceof HttpErrorResponse && error.status === 409) {
        this.general.set([
          {
            text:
              errorMessage(error) ??
              `No WRES report is required of this provider for ${request.contractYear}, so it has no action plan to add to`,
          },
        ]);
      } else if (error instanceof HttpErrorResponse && (error.status === 403 || error.status === 404)) {
        this.general.set([{ text: errorMessage(error) ?? 'You cannot change this action plan' }]);
      } else {
        this.general.set([{ text: SERVICE_PROBLEM_MESSAGE }]);
      }
    } finally {
      this.submitting = false;
    }
  }
}

import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { REPORT_STATUS_LABELS } from '@wres/shared/contracts';
import type { ChasedProviderSummary } from '@wres/shared/contracts';
import { ChasingApi } from '@wres/web/chasing/data-access';
import {
  contractYearFromPath,
  contractYearToPath,
  currentContractYear,
} from '@wres/web/contracts/data-access';
import { YearPickerComponent } from '@wres/web/contracts/feature';
import {
  BackLinkComponent,
  DateInputComponent,
  ErrorSummaryComponent,
  ErrorSummaryItem,
  FieldErrors,
  LoadState,
  NotificationBannerComponent,
  SERVICE_PROBLEM_MESSAGE,
  SelectComponent,
  ServiceProblemComponent,
  TextareaComponent,
  errorMessage,
  errorPrefixedTitle,
  fieldProblems,
  focusProgrammatically,
  formatPageTitle,
  summaryItems,
  toLoadState,
} from '@wres/web/shared/ui';
import { filter, firstValueFrom, switchMap } from 'rxjs';
import { count, londonToday } from './chasing-text.model';
import {
  DUE_DATE_FIELD,
  MESSAGE_FIELD,
  PROVIDERS_FIELD,
  PROVIDER_FILTERS,
  ProviderFilter,
  fieldOrder,
  filterProviders,
  isProviderFilter,
  providerFieldId,
  requestProblemsToErrors,
  requestedSummary,
  toInterimRequest,
  validateInterimRequest,
} from './interim-request-form.model';

/**
 * `/chasing/interim-requests/new`: ask one provider, or a chosen set, for an interim report in one action, with
 * a due date and a message. Each provider gets its own request, emails and reminders.
 */
@Component({
  selector: 'wres-interim-request-form-page',
  imports: [
    BackLinkComponent,
    DateInputComponent,
    ErrorSummaryComponent,
    NotificationBannerComponent,
    RouterLink,
    SelectComponent,
    ServiceProblemComponent,
    TextareaComponent,
    YearPickerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wres-back-link link="/chasing" [queryParams]="{ year: yearPath() }" text="Chasing board" />
    <div class="nhsuk-grid-row">
      <div class="nhsuk-grid-column-two-thirds">
        @if (problems().length > 0) {
          <wres-error-summary [items]="problems()" />
        }
        @if (notice(); as done) {
          <div tabindex="-1" id="request-confirmation">
            <wres-notification-banner variant="success" [heading]="done.heading">
              @for (line of done.lines; track $index) {
                <p class="nhsuk-body">{{ line }}</p>
              }
              <p class="nhsuk-body">
                <a routerLink="/chasing" [queryParams]="{ year: yearPath() }">Back to the chasing board</a>
              </p>
            </wres-notification-banner>
          </div>
        }
        <h1>
          <span class="nhsuk-caption-l">Chasing, {{ contractYear() }}</span>
          Request interim reports
        </h1>
        <p>
          Ask providers for a short interim report on the progress of their WRES action plans. Each provider
          gets its own request, with reminders before and after the due date until it answers.
        </p>
        <wres-year-picker [year]="contractYear()" (show)="showYear($event)" />
      </div>
    </div>

    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading the providers you co-ordinate</p>
      }
      @case ('loaded') {
        @if (current.value.length === 0) {
          <p>
            You do not co-ordinate any {{ contractYear() }} contracts with providers in scope of the WRES
            annual report, so there is no one to ask.
          </p>
        } @else {
          <form
            class="app-chasing-filter"
            novalidate
            role="search"
            aria-label="Filter providers"
            (submit)="applyFilter($event)"
          >
            <wres-select
              fieldId="filter"
              label="Providers to list"
              [options]="filterOptions"
              [(value)]="filterChoice"
            />
            <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">
              Filter providers
            </button>
          </form>

          <form novalidate (submit)="submit($event)">
            <div class="nhsuk-form-group" [class.nhsuk-form-group--error]="providersInError()">
              <fieldset class="nhsuk-fieldset" aria-describedby="providers-hint">
                <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
                  Which providers do you want to ask?
                </legend>
                <div class="nhsuk-hint" id="providers-hint">
                  {{ shown().length }} of {{ count(current.value.length, 'provider') }} in scope whose
                  {{ contractYear() }} contracts you co-ordinate. {{ selected().size }} selected.
                </div>
                @if (errors()[providersField]; as providersError) {
                  <span class="nhsuk-error-message" id="providers-error">
                    <span class="nhsuk-u-visually-hidden">Error: </span>{{ providersError }}
                  </span>
                }
                @if (shown().length === 0) {
                  <p>No providers match this filter.</p>
                } @else {
                  <div class="nhsuk-checkboxes">
                    <div class="nhsuk-checkboxes__item app-chasing-select-all">
                      <input
                        class="nhsuk-checkboxes__input"
                        type="checkbox"
                        [id]="providersField"
                        [name]="providersField"
                        [checked]="allSelected()"
                        [attr.aria-describedby]="errors()[providersField] ? 'providers-error' : null"
                        (change)="selectAll($event)"
                      />
                      <label class="nhsuk-label nhsuk-checkboxes__label" [for]="providersField">
                        Select all {{ count(shown().length, 'provider') }} shown
                      </label>
                    </div>
                    @for (row of shown(); track row.provider.id) {
                      @let id = fieldId(row.provider.id);
                      <div class="nhsuk-checkboxes__item">
                        <input
                          class="nhsuk-checkboxes__input"
                          type="checkbox"
                          [id]="id"
                          [name]="id"
                          [checked]="selected().has(row.provider.id)"
                          [attr.aria-describedby]="id + '-hint' + (errors()[id] ? ' ' + id + '-error' : '')"
                          (change)="toggle(row.provider.id, $event)"
                        />
                        <label class="nhsuk-label nhsuk-checkboxes__label" [for]="id">{{
                          row.provider.name
                        }}</label>
                        <div class="nhsuk-hint nhsuk-checkboxes__hint" [id]="id + '-hint'">
                          {{ describe(row) }}
                        </div>
                        @if (errors()[id]; as providerError) {
                          <span class="nhsuk-error-message nhsuk-checkboxes__hint" [id]="id + '-error'">
                            <span class="nhsuk-u-visually-hidden">Error: </span>{{ providerError }}
                          </span>
                        }
                      </div>
                    }
                  </div>
                }
              </fieldset>
            </div>

            <div class="nhsuk-grid-row">
              <div class="nhsuk-grid-column-two-thirds">
                <wres-date-input
                  [fieldId]="dueDateField"
                  legend="When is the interim report due?"
                  hint="For example, 18 12 2026"
                  [error]="errors()[dueDateField]"
                  [(day)]="day"
                  [(month)]="month"
                  [(year)]="dueYear"
                />
                <wres-textarea
                  [fieldId]="messageField"
                  label="Message to the providers"
                  [boldLabel]="true"
                  hint="Say what you want to know, for example how the actions in their plan for indicator 2 are progressing"
                  [error]="errors()[messageField]"
                  [(value)]="message"
                />
                <button class="nhsuk-button" type="submit">Request interim reports</button>
              </div>
            </div>
          </form>
        }
      }
      @default {
        <wres-service-problem />
      }
    }
  `,
  styles: `
    .app-chasing-filter {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0 16px;
    }
    /* Level with the select below its label; the select's own form group keeps the space beneath. */
    .app-chasing-filter .nhsuk-button {
      margin-top: 32px;
    }
    .app-chasing-select-all {
      margin-bottom: 16px;
    }
  `,
})
export class InterimRequestFormPage {
  private readonly api = inject(ChasingApi);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  /** The contract year from the query string, "2025-26"; the current year when absent or not a year. */
  readonly year = input<string>();

  protected readonly contractYear = computed(
    () => contractYearFromPath(this.year()) ?? currentContractYear(),
  );
  protected readonly yearPath = computed(() => contractYearToPath(this.contractYear()));
  private readonly reload = signal(0);

  protected readonly state = toSignal(
    toObservable(computed(() => ({ year: this.contractYear(), reload: this.reload() }))).pipe(
      switchMap(({ year, reload }) =>
        this.api.providers(year).pipe(
          toLoadState<ChasedProviderSummary[]>(),
          // Refreshing the counts after a request keeps the form in place meanwhile.
          filter((next) => next.status !== 'loading' || reload === 0),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<ChasedProviderSummary[]> },
  );

  protected readonly filterOptions = PROVIDER_FILTERS;
  protected readonly filterChoice = signal<string>('all');
  private readonly filter = signal<ProviderFilter>('all');
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly day = signal('');
  protected readonly month = signal('');
  protected readonly dueYear = signal('');
  protected readonly message = signal('');
  protected readonly errors = signal<FieldErrors>({});
  private readonly general = signal<ErrorSummaryItem[]>([]);
  protected readonly notice = signal<{ heading: string; lines: string[] } | null>(null);
  private submitting = false;

  protected readonly providersField = PROVIDERS_FIELD;
  protected readonly dueDateField = DUE_DATE_FIELD;
  protected readonly messageField = MESSAGE_FIELD;
  protected readonly fieldId = providerFieldId;
  protected readonly count = count;

  private readonly providers = computed(() => {
    const current = this.state();
    return current.status === 'loaded' ? current.value : [];
  });
  protected readonly shown = computed(() => filterProviders(this.providers(), this.filter()));
  protected readonly allSelected = computed(
    () => this.shown().length > 0 && this.shown().every((row) => this.selected().has(row.provider.id)),
  );
  protected readonly providersInError = computed(() =>
    Object.keys(this.errors()).some((field) => field === PROVIDERS_FIELD || field.startsWith('provider-')),
  );

  protected readonly problems = computed(() => [
    ...this.general(),
    ...summaryItems(this.errors(), fieldOrder(this.shown().map((row) => row.provider.id))),
  ]);

  constructor() {
    effect(() => this.title.setTitle(formatPageTitle(`Request interim reports, ${this.contractYear()}`)));
    errorPrefixedTitle(computed(() => this.problems().length > 0));
  }

  protected describe(row: ChasedProviderSummary): string {
    const parts = [`Annual report: ${REPORT_STATUS_LABELS[row.reportStatus].toLowerCase()}`];
    parts.push(
      row.interimRequests === 0
        ? 'not yet asked for an interim report this year'
        : `${count(row.interimRequests, 'interim report')} asked for this year` +
            (row.openInterimRequests > 0 ? `, ${row.openInterimRequests} unanswered` : ''),
    );
    if (row.recipients === 0) parts.push('nobody to email');
    if (row.remindersPaused) parts.push('reminders paused');
    return parts.join(' · ');
  }

  protected showYear(year: string): void {
    this.reload.set(0);
    this.selected.set(new Set());
    this.errors.set({});
    this.general.set([]);
    this.notice.set(null);
    void this.router.navigate([], { queryParams: { year: contractYearToPath(year) } });
  }

  protected applyFilter(event: Event): void {
    event.preventDefault();
    const choice = this.filterChoice();
    this.filter.set(isProviderFilter(choice) ? choice : 'all');
    // Only what is shown can be sent: a hidden provider stays unselected rather than asked unseen.
    const shown = new Set(this.shown().map((row) => row.provider.id));
    this.selected.update((selected) => new Set([...selected].filter((id) => shown.has(id))));
  }

  protected selectAll(event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.selected.set(checked ? new Set(this.shown().map((row) => row.provider.id)) : new Set());
  }

  protected toggle(providerId: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.selected.update((selected) => {
      const next = new Set(selected);
      if (checked) next.add(providerId);
      else next.delete(providerId);
      return next;
    });
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submitting) return;
    const shown = this.shown();
    const input = {
      providerIds: shown.map((row) => row.provider.id).filter((id) => this.selected().has(id)),
      day: this.day(),
      month: this.month(),
      year: this.dueYear(),
      message: this.message(),
    };
    const errors = validateInterimRequest(input, londonToday());
    this.general.set([]);
    this.notice.set(null);
    this.errors.set(errors);
    if (Object.keys(errors).length > 0) return;

    this.submitting = true;
    const request = toInterimRequest(input, this.contractYear());
    try {
      const created = await firstValueFrom(this.api.requestInterimReports(request));
      this.notice.set(requestedSummary(created));
      this.selected.set(new Set());
      this.day.set('');
      this.month.set('');
      this.dueYear.set('');
      this.message.set('');
      this.reload.update((n) => n + 1);
      afterNextRender(
        () => {
          const banner = this.document.getElementById('request-confirmation');
          if (banner) {
            focusProgrammatically(banner);
            banner.scrollIntoView({ block: 'start' });
          }
        },
        { injector: this.injector },
      );
    } catch (error: unknown) {
      if (error instanceof HttpErrorResponse && error.status === 400) {
        const names = new Map(this.providers().map((row) => [row.provider.id, row.provider.name]));
        const { fields, other } = requestProblemsToErrors(fieldProblems(error), request.providerIds, names);
        this.errors.set(fields);
        this.general.set(other.map((text) => ({ text })));
      } else if (error instanceof HttpErrorResponse && error.status === 403) {
        this.general.set([{ text: errorMessage(error) ?? 'You cannot request interim reports' }]);
      } else {
        this.general.set([{ text: SERVICE_PROBLEM_MESSAGE }]);
      }
    } finally {
      this.submitting = false;
    }
  }
}

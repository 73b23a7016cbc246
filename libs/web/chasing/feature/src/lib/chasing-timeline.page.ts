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
import { CHASING_EMAIL_LABELS, Permission } from '@wres/shared/contracts';
import type { ChasingTimeline, InterimRequest } from '@wres/shared/contracts';
import { SessionStore } from '@wres/web/auth/data-access';
import { ChasingApi } from '@wres/web/chasing/data-access';
import {
  contractYearFromPath,
  contractYearToPath,
  currentContractYear,
} from '@wres/web/contracts/data-access';
import { YearPickerComponent } from '@wres/web/contracts/feature';
import {
  BackLinkComponent,
  ErrorSummaryComponent,
  ErrorSummaryItem,
  FieldErrors,
  LoadState,
  NotificationBannerComponent,
  PageNotFoundComponent,
  SERVICE_PROBLEM_MESSAGE,
  ServiceProblemComponent,
  TagComponent,
  TextareaComponent,
  errorMessage,
  errorPrefixedTitle,
  fieldProblems,
  focusProgrammatically,
  formatPageTitle,
  problemsToFieldErrors,
  summaryItems,
  toLoadState,
} from '@wres/web/shared/ui';
import { combineLatest, filter, firstValueFrom, forkJoin, switchMap } from 'rxjs';
import { emailStatusTag, formatDate, formatDateTime, reminderStepText } from './chasing-text.model';
import { REASON_FIELD, reminderAbout, upcomingNote, validatePauseReason } from './chasing-timeline.model';
import { interimRequestTag } from './interim-answer.model';

interface TimelineView {
  timeline: ChasingTimeline;
  /** The year's interim-report requests to the provider, with any answers. */
  requests: InterimRequest[];
}

/**
 * `/chasing/providers/:providerId`: one provider's chasing in a year. The emails sent to its people (and any
 * that failed, with why), the reminders still to come, and pausing or resuming its reminders.
 */
@Component({
  selector: 'wres-chasing-timeline-page',
  imports: [
    BackLinkComponent,
    ErrorSummaryComponent,
    NotificationBannerComponent,
    PageNotFoundComponent,
    RouterLink,
    ServiceProblemComponent,
    TagComponent,
    TextareaComponent,
    YearPickerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading the chasing timeline</p>
      }
      @case ('not-found') {
        <wres-page-not-found />
      }
      @case ('failed') {
        <wres-service-problem />
      }
      @case ('loaded') {
        @let timeline = current.value.timeline;
        @let requests = current.value.requests;
        @if (canChase()) {
          <wres-back-link link="/chasing" [queryParams]="{ year: yearPath() }" text="Chasing board" />
        }
        @if (problems().length > 0) {
          <wres-error-summary [items]="problems()" />
        }
        @if (notice(); as done) {
          <div tabindex="-1" id="pause-confirmation">
            <wres-notification-banner variant="success" [heading]="done">
              <p class="nhsuk-body">
                {{
                  timeline.pause
                    ? 'No automatic reminders will be sent to this provider for ' +
                      contractYear() +
                      ' until you resume them.'
                    : 'Automatic reminders to this provider for ' +
                      contractYear() +
                      ' start again at the next daily run.'
                }}
              </p>
            </wres-notification-banner>
          </div>
        }
        <h1>
          <span class="nhsuk-caption-l">Chasing, {{ contractYear() }}</span>
          {{ timeline.provider.name }}
        </h1>
        <ul class="nhsuk-list">
          <li>
            <a [routerLink]="['/providers', timeline.provider.id]" [queryParams]="{ year: yearPath() }"
              >Contracts and deadlines of {{ timeline.provider.name }}</a
            >
          </li>
          <li>
            <a [routerLink]="['/reports', timeline.provider.id]"
              >WRES reports of {{ timeline.provider.name }}</a
            >
          </li>
        </ul>
        <wres-year-picker [year]="contractYear()" (show)="showYear($event)" />

        @if (timeline.pause; as pause) {
          <wres-notification-banner heading="Reminders are paused">
            <p class="nhsuk-body">
              {{ pause.pausedBy }} ({{ pause.pausedByOrganisation }}) paused the automatic reminders for
              {{ pause.contractYear }} on {{ dateTime(pause.pausedAt) }}.
            </p>
            <p class="nhsuk-body">Reason: {{ pause.reason }}</p>
            <p class="nhsuk-body">Commissioner letters and new interim-report requests are still sent.</p>
          </wres-notification-banner>
          @if (timeline.canPause) {
            <form novalidate (submit)="resume($event)">
              <button class="nhsuk-button nhsuk-button--secondary" type="submit">Resume reminders</button>
            </form>
          }
        }

        <h2>Reminders to come</h2>
        @if (timeline.upcoming.length === 0) {
          <p>
            No automatic reminders are due to {{ timeline.provider.name }} for {{ contractYear() }}: its
            report is submitted, its interim-report requests are answered, or their dates have passed.
          </p>
        } @else {
          @if (note(timeline); as why) {
            <div class="nhsuk-inset-text">
              <span class="nhsuk-u-visually-hidden">Information: </span>
              <p>{{ why }}</p>
            </div>
          }
          <table class="nhsuk-table">
            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
              Automatic reminders still to come, earliest first
            </caption>
            <thead class="nhsuk-table__head">
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="col">Date</th>
                <th class="nhsuk-table__header" scope="col">About</th>
                <th class="nhsuk-table__header" scope="col">When</th>
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (
                reminder of timeline.upcoming;
                track reminder.deadline + reminder.interimRequestId + reminder.step
              ) {
                <tr class="nhsuk-table__row">
                  <td class="nhsuk-table__cell nhsuk-u-nowrap">{{ date(reminder.date) }}</td>
                  <td class="nhsuk-table__cell">{{ about(reminder) }}</td>
                  <td class="nhsuk-table__cell">{{ step(reminder.offsetDays) }}</td>
                </tr>
              }
            </tbody>
          </table>
        }

        @if (timeline.canPause && !timeline.pause) {
          <h2 id="pause-heading">Pause reminders</h2>
          <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
              <p>
                Pausing stops the automatic reminders to {{ timeline.provider.name }} for
                {{ contractYear() }}: those about its annual report, its baseline data publication and any
                interim reports you asked for. Commissioner letters and new interim-report requests are still
                sent. Your reason is recorded in the audit trail and shown to others who chase this provider.
              </p>
              <form novalidate (submit)="pause($event)">
                <wres-textarea
                  [fieldId]="reasonField"
                  label="Why are you pausing the reminders?"
                  [boldLabel]="true"
                  hint="For example, the trust's board meets on 3 May and we agreed the report may follow that week"
                  [rows]="3"
                  [error]="errors()[reasonField]"
                  [(value)]="reason"
                />
                <button class="nhsuk-button nhsuk-button--secondary" type="submit">Pause reminders</button>
              </form>
            </div>
          </div>
        }

        <h2>Emails sent</h2>
        @if (timeline.emails.length === 0) {
          <p>
            No {{ contractYear() }} chasing emails have been sent to anyone at {{ timeline.provider.name }}.
          </p>
        } @else {
          <table class="nhsuk-table">
            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
              Chasing emails to people at
              {{
                timeline.provider.name
              }}, newest first
            </caption>
            <thead class="nhsuk-table__head">
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="col">When</th>
                <th class="nhsuk-table__header" scope="col">To</th>
                <th class="nhsuk-table__header" scope="col">Email</th>
                <th class="nhsuk-table__header" scope="col">Status</th>
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (email of timeline.emails; track email.id) {
                @let tag = statusTag(email.status);
                <tr class="nhsuk-table__row">
                  <td class="nhsuk-table__cell">{{ dateTime(email.sentAt ?? email.createdAt) }}</td>
                  <td class="nhsuk-table__cell app-chasing-address">
                    {{ email.recipientName }}
                    <span class="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0">{{
                      email.recipient
                    }}</span>
                  </td>
                  <td class="nhsuk-table__cell">
                    {{ email.subject }}
                    <span class="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0">{{
                      labels[email.template]
                    }}</span>
                  </td>
                  <td class="nhsuk-table__cell app-chasing-address">
                    <wres-tag [text]="tag.text" [colour]="tag.colour" />
                    @if (email.status !== 'sent' && email.error) {
                      <span class="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0">{{
                        email.error
                      }}</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }

        <h2>Interim-report requests</h2>
        @if (requests.length === 0) {
          <p>No one has asked {{ timeline.provider.name }} for an interim report for {{ contractYear() }}.</p>
        } @else {
          @for (request of requests; track request.id) {
            @let tag = requestTag(request);
            <div class="nhsuk-card">
              <div class="nhsuk-card__content">
                <h3 class="nhsuk-card__heading nhsuk-heading-s">
                  Due {{ date(request.dueDate) }}, asked by {{ request.commissioner.name }}
                </h3>
                <p><wres-tag [text]="tag.text" [colour]="tag.colour" /></p>
                <p class="app-chasing-text">{{ request.message }}</p>
                @if (request.answer; as answer) {
                  <h4 class="nhsuk-heading-xs">
                    Their answer{{ request.answeredAt ? ', ' + dateTime(request.answeredAt) : '' }}
                  </h4>
                  <p class="app-chasing-text">{{ answer.progress }}</p>
                  @if (answer.updatedFigures) {
                    <p class="app-chasing-text">
                      <strong>Updated figures:</strong> {{ answer.updatedFigures }}
                    </p>
                  }
                }
              </div>
            </div>
          }
        }

        @if (timeline.pauses.length > 0) {
          <h2>Pauses in {{ contractYear() }}</h2>
          <table class="nhsuk-table">
            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
              Who paused and resumed the reminders, newest first
            </caption>
            <thead class="nhsuk-table__head">
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="col">Paused</th>
                <th class="nhsuk-table__header" scope="col">Reason</th>
                <th class="nhsuk-table__header" scope="col">Resumed</th>
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (pause of timeline.pauses; track pause.id) {
                <tr class="nhsuk-table__row">
                  <td class="nhsuk-table__cell">
                    {{ dateTime(pause.pausedAt) }}
                    <span class="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0"
                      >by {{ pause.pausedBy }}, {{ pause.pausedByOrganisation }}</span
                    >
                  </td>
                  <td class="nhsuk-table__cell">{{ pause.reason }}</td>
                  <td class="nhsuk-table__cell">
                    @if (pause.resumedAt) {
                      {{ dateTime(pause.resumedAt) }}
                      <span class="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0"
                        >by {{ pause.resumedBy }}</span
                      >
                    } @else {
                      Still paused
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }
      }
    }
  `,
  styles: `
    .app-chasing-address {
      overflow-wrap: anywhere;
    }
    .app-chasing-text {
      overflow-wrap: anywhere;
      white-space: pre-line;
    }
  `,
})
export class ChasingTimelinePage {
  private readonly api = inject(ChasingApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  /** The provider's id, from the route. */
  readonly providerId = input.required<string>();
  /** The contract year from the query string, "2025-26"; the current year when absent or not a year. */
  readonly year = input<string>();

  protected readonly contractYear = computed(
    () => contractYearFromPath(this.year()) ?? currentContractYear(),
  );
  protected readonly yearPath = computed(() => contractYearToPath(this.contractYear()));
  private readonly reload = signal(0);

  protected readonly state = toSignal(
    combineLatest([
      toObservable(this.providerId),
      toObservable(this.contractYear),
      toObservable(this.reload),
    ]).pipe(
      switchMap(([providerId, year]) =>
        forkJoin({
          timeline: this.api.timeline(providerId, year),
          requests: this.api.interimRequests({ providerId, contractYear: year }),
        }).pipe(
          toLoadState<TimelineView>(),
          // Refreshing after a pause or resume keeps the page (and its banner) in place meanwhile.
          filter((next) => next.status !== 'loading' || !this.showing(providerId, year)),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<TimelineView> },
  );

  protected readonly reason = signal('');
  protected readonly errors = signal<FieldErrors>({});
  private readonly general = signal<ErrorSummaryItem[]>([]);
  protected readonly notice = signal<string | null>(null);
  private busy = false;

  protected readonly canChase = computed(() => this.session.can(Permission.ChasingSend));
  protected readonly reasonField = REASON_FIELD;
  protected readonly labels = CHASING_EMAIL_LABELS;
  protected readonly date = formatDate;
  protected readonly dateTime = formatDateTime;
  protected readonly step = reminderStepText;
  protected readonly about = reminderAbout;
  protected readonly statusTag = emailStatusTag;
  protected readonly note = upcomingNote;
  protected readonly requestTag = interimRequestTag;

  protected readonly problems = computed(() => [
    ...this.general(),
    ...summaryItems(this.errors(), [REASON_FIELD]),
  ]);

  constructor() {
    effect(() => {
      const current = this.state();
      if (current.status === 'loaded') {
        this.title.setTitle(
          formatPageTitle(`Chasing ${current.value.timeline.provider.name}, ${this.contractYear()}`),
        );
      }
      if (current.status === 'not-found') this.title.setTitle(formatPageTitle('Page not found'));
    });
    errorPrefixedTitle(computed(() => this.problems().length > 0));
  }

  private showing(providerId: string, contractYear: string): boolean {
    const current = this.state();
    return (
      current.status === 'loaded' &&
      current.value.timeline.provider.id === providerId &&
      current.value.timeline.contractYear === contractYear
    );
  }

  protected showYear(year: string): void {
    this.clearMessages();
    void this.router.navigate([], { queryParams: { year: contractYearToPath(year) } });
  }

  protected async pause(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const errors = validatePauseReason(this.reason());
    this.clearMessages();
    this.errors.set(errors);
    if (Object.keys(errors).length > 0) return;
    await this.change('Reminders paused', () =>
      this.api.pauseReminders(this.providerId(), {
        contractYear: this.contractYear(),
        reason: this.reason().trim(),
      }),
    );
    if (this.notice()) this.reason.set('');
  }

  protected async resume(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.clearMessages();
    await this.change('Reminders resumed', () =>
      this.api.resumeReminders(this.providerId(), this.contractYear()),
    );
  }

  private async change(done: string, call: () => ReturnType<ChasingApi['resumeReminders']>): Promise<void> {
    this.busy = true;
    try {
      await firstValueFrom(call());
      this.notice.set(done);
      this.reload.update((n) => n + 1);
      afterNextRender(
        () => {
          const banner = this.document.getElementById('pause-confirmation');
          if (banner) focusProgrammatically(banner);
        },
        { injector: this.injector },
      );
    } catch (error: unknown) {
      if (error instanceof HttpErrorResponse && error.status === 400) {
        const { fields, other } = problemsToFieldErrors(fieldProblems(error), [REASON_FIELD]);
        this.errors.set(fields);
        this.general.set(other.map((text) => ({ text })));
      } else if (error instanceof HttpErrorResponse && [403, 404, 409].includes(error.status)) {
        // Someone else paused or resumed meanwhile, or the caller may not: say so and show the page as it is.
        this.general.set([{ text: errorMessage(error) ?? SERVICE_PROBLEM_MESSAGE }]);
        this.reload.update((n) => n + 1);
      } else {
        this.general.set([{ text: SERVICE_PROBLEM_MESSAGE }]);
      }
    } finally {
      this.busy = false;
    }
  }

  private clearMessages(): void {
    this.errors.set({});
    this.general.set([]);
    this.notice.set(null);
  }
}

import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { CHASING_EMAIL_LABELS } from '@wres/shared/contracts';
import type { ChasingBoard } from '@wres/shared/contracts';
import { ChasingApi } from '@wres/web/chasing/data-access';
import {
  contractYearFromPath,
  contractYearToPath,
  currentContractYear,
} from '@wres/web/contracts/data-access';
import { YearPickerComponent } from '@wres/web/contracts/feature';
import {
  LoadState,
  ServiceProblemComponent,
  TagComponent,
  focusProgrammatically,
  formatPageTitle,
  toLoadState,
} from '@wres/web/shared/ui';
import { switchMap } from 'rxjs';
import { boardSections, interimDueTag, interimRequestsToChase, listedNote } from './chasing-board.model';
import { dueText, emailStatusTag, formatDate, formatDateTime, formatTime } from './chasing-text.model';

/**
 * `/chasing`: the co-ordinating commissioner's chasing board for a contract year. What is overdue or due this
 * week across the providers whose contracts it co-ordinates, and how today's emails went.
 */
@Component({
  selector: 'wres-chasing-board-page',
  imports: [RouterLink, ServiceProblemComponent, TagComponent, YearPickerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>
      <span class="nhsuk-caption-l">Chasing</span>
      Providers to chase in {{ contractYear() }}
    </h1>
    <wres-year-picker [year]="contractYear()" (show)="showYear($event)" />
    <div class="nhsuk-button-group">
      <a class="nhsuk-button" routerLink="/chasing/interim-requests/new" [queryParams]="{ year: yearPath() }"
        >Request interim reports</a
      >
      <a
        class="nhsuk-button nhsuk-button--secondary"
        routerLink="/chasing/letters"
        [queryParams]="{ year: yearPath() }"
        >Send a commissioner letter</a
      >
    </div>

    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading the chasing board</p>
      }
      @case ('loaded') {
        @let board = current.value;
        <p>
          For the {{ board.providers }} {{ board.providers === 1 ? 'provider' : 'providers' }} in scope of the
          WRES whose {{ contractYear() }} contracts you co-ordinate.
          @if (board.annualReportDueDate) {
            Their annual reports are due by {{ date(board.annualReportDueDate) }}.
          }
        </p>
        <dl class="nhsuk-summary-list">
          @for (section of sections(); track section.id) {
            <div class="nhsuk-summary-list__row">
              <dt class="nhsuk-summary-list__key">
                <a [attr.href]="'#' + section.id" (click)="jump($event, section.id)">{{ section.heading }}</a>
              </dt>
              <dd class="nhsuk-summary-list__value">{{ section.count }}</dd>
            </div>
          }
        </dl>

        <h2 id="overdue-reports">Overdue annual reports ({{ board.counts.overdueReports }})</h2>
        @if (board.overdueReports.length === 0) {
          <p>No annual reports for {{ contractYear() }} are overdue.</p>
        } @else {
          <table class="nhsuk-table">
            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
              Providers whose
              {{
                contractYear()
              }}
              annual report is overdue
            </caption>
            <thead class="nhsuk-table__head">
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="col">Provider</th>
                <th class="nhsuk-table__header" scope="col">Due</th>
                <th class="nhsuk-table__header" scope="col">How late</th>
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (report of board.overdueReports; track report.provider.id) {
                <tr class="nhsuk-table__row">
                  <td class="nhsuk-table__cell">
                    <a
                      [routerLink]="['/chasing/providers', report.provider.id]"
                      [queryParams]="{ year: yearPath() }"
                      >{{ report.provider.name }}</a
                    >
                  </td>
                  <td class="nhsuk-table__cell">{{ date(report.dueDate) }}</td>
                  <td class="nhsuk-table__cell">{{ due(report.daysFromDueDate) }}</td>
                </tr>
              }
            </tbody>
          </table>
        }

        <h2 id="reports-due">Annual reports due this week ({{ board.counts.reportsDueThisWeek }})</h2>
        @if (board.reportsDueThisWeek.length === 0) {
          <p>No annual reports for {{ contractYear() }} are due in the next 7 days.</p>
        } @else {
          <table class="nhsuk-table">
            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
              Providers whose
              {{
                contractYear()
              }}
              annual report is due in the next 7 days
            </caption>
            <thead class="nhsuk-table__head">
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="col">Provider</th>
                <th class="nhsuk-table__header" scope="col">Due</th>
                <th class="nhsuk-table__header" scope="col">When</th>
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (report of board.reportsDueThisWeek; track report.provider.id) {
                <tr class="nhsuk-table__row">
                  <td class="nhsuk-table__cell">
                    <a
                      [routerLink]="['/chasing/providers', report.provider.id]"
                      [queryParams]="{ year: yearPath() }"
                      >{{ report.provider.name }}</a
                    >
                  </td>
                  <td class="nhsuk-table__cell">{{ date(report.dueDate) }}</td>
                  <td class="nhsuk-table__cell">{{ due(report.daysFromDueDate) }}</td>
                </tr>
              }
            </tbody>
          </table>
        }

        @let interims = interimRequests();
        <h2 id="interim-requests">Interim reports overdue or due this week ({{ interims.length }})</h2>
        @if (interims.length === 0) {
          <p>
            No interim reports you asked for in {{ contractYear() }} are overdue or due in the next 7 days.
          </p>
        } @else {
          <table class="nhsuk-table">
            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
              Unanswered interim-report requests, overdue or due in the next 7 days
            </caption>
            <thead class="nhsuk-table__head">
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="col">Provider</th>
                <th class="nhsuk-table__header" scope="col">Asked</th>
                <th class="nhsuk-table__header" scope="col">Due</th>
                <th class="nhsuk-table__header" scope="col">Status</th>
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (request of interims; track request.id) {
                @let tag = interimTag(request.daysFromDueDate);
                <tr class="nhsuk-table__row">
                  <td class="nhsuk-table__cell">
                    <a
                      [routerLink]="['/chasing/providers', request.provider.id]"
                      [queryParams]="{ year: yearPath() }"
                      >{{ request.provider.name }}</a
                    >
                  </td>
                  <td class="nhsuk-table__cell app-chasing-message">{{ request.message }}</td>
                  <td class="nhsuk-table__cell">
                    {{ date(request.dueDate) }}
                    <span class="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0">{{
                      due(request.daysFromDueDate)
                    }}</span>
                  </td>
                  <td class="nhsuk-table__cell"><wres-tag [text]="tag.text" [colour]="tag.colour" /></td>
                </tr>
              }
            </tbody>
          </table>
        }

        <h2 id="sent-today">Emails sent today ({{ board.counts.sentToday }})</h2>
        @if (board.sentToday.length === 0) {
          <p>No {{ contractYear() }} chasing emails have been sent to these providers today.</p>
        } @else {
          @if (note(board.sentToday.length, board.counts.sentToday); as listed) {
            <p>{{ listed }}</p>
          }
          <table class="nhsuk-table">
            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
              Chasing emails sent today, newest first
            </caption>
            <thead class="nhsuk-table__head">
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="col">Time</th>
                <th class="nhsuk-table__header" scope="col">Provider</th>
                <th class="nhsuk-table__header" scope="col">To</th>
                <th class="nhsuk-table__header" scope="col">Email</th>
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (email of board.sentToday; track email.id) {
                <tr class="nhsuk-table__row">
                  <td class="nhsuk-table__cell nhsuk-u-nowrap">
                    {{ email.sentAt ? time(email.sentAt) : '' }}
                  </td>
                  <td class="nhsuk-table__cell">
                    <a
                      [routerLink]="['/chasing/providers', email.provider.id]"
                      [queryParams]="{ year: yearPath() }"
                      >{{ email.provider.name }}</a
                    >
                  </td>
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
                </tr>
              }
            </tbody>
          </table>
        }

        <h2 id="failed">Emails that failed ({{ board.counts.failed }})</h2>
        @if (board.failed.length === 0) {
          <p>No {{ contractYear() }} chasing emails to these providers have failed.</p>
        } @else {
          <p>
            The mail server would not accept these. Check the addresses with the providers, or contact them
            another way.
          </p>
          @if (note(board.failed.length, board.counts.failed); as listed) {
            <p>{{ listed }}</p>
          }
          <table class="nhsuk-table">
            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
              Chasing emails that failed, newest first, with the reason
            </caption>
            <thead class="nhsuk-table__head">
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="col">Provider</th>
                <th class="nhsuk-table__header" scope="col">To</th>
                <th class="nhsuk-table__header" scope="col">Email</th>
                <th class="nhsuk-table__header" scope="col">Reason</th>
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (email of board.failed; track email.id) {
                @let tag = statusTag(email.status);
                <tr class="nhsuk-table__row">
                  <td class="nhsuk-table__cell">
                    <a
                      [routerLink]="['/chasing/providers', email.provider.id]"
                      [queryParams]="{ year: yearPath() }"
                      >{{ email.provider.name }}</a
                    >
                  </td>
                  <td class="nhsuk-table__cell app-chasing-address">
                    {{ email.recipientName }}
                    <span class="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0">{{
                      email.recipient
                    }}</span>
                  </td>
                  <td class="nhsuk-table__cell">
                    {{ email.subject }}
                    <span class="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0"
                      >{{ labels[email.template] }}, {{ dateTime(email.createdAt) }}</span
                    >
                  </td>
                  <td class="nhsuk-table__cell app-chasing-address">
                    <wres-tag [text]="tag.text" [colour]="tag.colour" />
                    <span class="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0">{{
                      email.error ?? 'No reason given'
                    }}</span>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }
      }
      @default {
        <wres-service-problem />
      }
    }
  `,
  styles: `
    .app-chasing-address,
    .app-chasing-message {
      overflow-wrap: anywhere;
    }
  `,
})
export class ChasingBoardPage {
  private readonly api = inject(ChasingApi);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly document = inject(DOCUMENT);

  /** The contract year from the query string, "2025-26"; the current year when absent or not a year. */
  readonly year = input<string>();

  protected readonly contractYear = computed(
    () => contractYearFromPath(this.year()) ?? currentContractYear(),
  );
  protected readonly yearPath = computed(() => contractYearToPath(this.contractYear()));

  protected readonly state = toSignal(
    toObservable(this.contractYear).pipe(
      switchMap((year) => this.api.board(year).pipe(toLoadState<ChasingBoard>())),
    ),
    { initialValue: { status: 'loading' } as LoadState<ChasingBoard> },
  );

  private readonly board = computed(() => {
    const current = this.state();
    return current.status === 'loaded' ? current.value : null;
  });
  protected readonly sections = computed(() => {
    const board = this.board();
    return board ? boardSections(board) : [];
  });
  protected readonly interimRequests = computed(() => {
    const board = this.board();
    return board ? interimRequestsToChase(board) : [];
  });

  protected readonly labels = CHASING_EMAIL_LABELS;
  protected readonly date = formatDate;
  protected readonly dateTime = formatDateTime;
  protected readonly time = formatTime;
  protected readonly due = dueText;
  protected readonly interimTag = interimDueTag;
  protected readonly statusTag = emailStatusTag;
  protected readonly note = listedNote;

  constructor() {
    effect(() => this.title.setTitle(formatPageTitle(`Chasing, ${this.contractYear()}`)));
  }

  protected showYear(year: string): void {
    void this.router.navigate([], { queryParams: { year: contractYearToPath(year) } });
  }

  /** Moves to a section's heading, as an in-page link would without leaving the route. */
  protected jump(event: Event, id: string): void {
    const heading = this.document.getElementById(id);
    if (!heading) return;
    event.preventDefault();
    focusProgrammatically(heading);
    heading.scrollIntoView({ block: 'start' });
  }
}

import { formatLondonDateTime, todayInLondon } from '@wres/domain/calendar';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import {
  Contract,
  ObligationDeadline,
  PROVIDER_KIND_LABELS,
  Permission,
  ProviderScope,
  ScopeHistoryEntry,
} from '@wres/shared/contracts';
import { SessionStore } from '@wres/web/auth/data-access';
import {
  CONTRACT_FORM_LABELS,
  ContractsApi,
  ProviderScopeApi,
  SCOPE_DECISION_REASON_LABELS,
  SCOPE_STATUS_LABELS,
  contractYearFromPath,
  currentContractYear,
  formatMoney,
} from '@wres/web/contracts/data-access';
import {
  BackLinkComponent,
  CalendarDatePipe,
  errorMessage,
  ErrorSummaryComponent,
  ErrorSummaryItem,
  formatPageTitle,
  LoadState,
  Notice,
  NoticeStore,
  NotificationBannerComponent,
  PageNotFoundComponent,
  SERVICE_PROBLEM_MESSAGE,
  ServiceProblemComponent,
  SummaryListComponent,
  SummaryListRow,
  TagColour,
  TagComponent,
  textRow,
  toLoadState,
} from '@wres/web/shared/ui';
import { combineLatest, firstValueFrom, forkJoin, switchMap } from 'rxjs';
import { YearPickerComponent } from './year-picker.component';

interface ProviderYear {
  scope: ProviderScope;
  contracts: Contract[];
}

interface DeadlineRow extends ObligationDeadline {
  clause: string;
  title: string;
}

const TIMING_WORDS: Record<ObligationDeadline['timing'], string> = {
  'as-at': 'As at',
  by: 'By',
  before: 'Before',
};

/** One provider in one contract year: its contracts, what they oblige it to do and why, and by when. */
@Component({
  selector: 'wres-provider-page',
  imports: [
    BackLinkComponent,
    CalendarDatePipe,
    ErrorSummaryComponent,
    NotificationBannerComponent,
    PageNotFoundComponent,
    RouterLink,
    ServiceProblemComponent,
    SummaryListComponent,
    TagComponent,
    YearPickerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading provider</p>
      }
      @case ('not-found') {
        <wres-page-not-found />
      }
      @case ('failed') {
        <wres-service-problem />
      }
      @case ('loaded') {
        @let scope = current.value.scope;
        @let contracts = current.value.contracts;
        @if (!isProviderUser()) {
          <wres-back-link link="/providers" text="All providers" />
        }
        @if (problems().length > 0) {
          <wres-error-summary [items]="problems()" />
        }
        @if (notice(); as notice) {
          <wres-notification-banner variant="success" [heading]="notice.heading">
            @for (line of notice.lines; track $index) {
              <p class="nhsuk-body">{{ line }}</p>
            }
          </wres-notification-banner>
        }
        <h1>
          <span class="nhsuk-caption-l">{{ isProviderUser() ? 'My contracts' : 'Provider' }}</span>
          {{ scope.provider.name }}
        </h1>

        <wres-summary-list [rows]="summaryRows()" />
        @if (canReadReports()) {
          <p>
            <a [routerLink]="['/reports', scope.provider.id]"
              >{{ isProviderUser() ? 'Your' : scope.provider.name + '’s' }} WRES reports, year by year</a
            >
          </p>
          @if (!isProviderUser()) {
            <p>
              <a
                [routerLink]="['/chasing/providers', scope.provider.id]"
                [queryParams]="{ year: contractYear() }"
                >Chasing in {{ contractYear() }}: emails sent to {{ scope.provider.name }} and reminders to
                come</a
              >
            </p>
          }
        }

        <wres-year-picker [year]="contractYear()" (show)="showYear($event)" />

        <h2>Contracts in {{ contractYear() }}</h2>
        @if (contracts.length === 0) {
          <p>No contracts are recorded for {{ scope.provider.name }} in {{ contractYear() }}.</p>
        }
        @for (contract of contracts; track contract.id; let index = $index) {
          <table class="nhsuk-table">
            <caption class="nhsuk-table__caption nhsuk-table__caption--s">
              {{
                formLabels[contract.form]
              }}
              contract{{
                contracts.length > 1 ? ' ' + (index + 1) : ''
              }}: expected NHS income
              {{
                money(contract.expectedIncomePence)
              }}
            </caption>
            <thead class="nhsuk-table__head">
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="col">Commissioner</th>
                <th class="nhsuk-table__header" scope="col">Role on the contract</th>
                <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">
                  Expected NHS income
                </th>
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (line of contract.commissioners; track line.commissionerId) {
                <tr class="nhsuk-table__row">
                  <td class="nhsuk-table__cell">{{ line.name }}</td>
                  <td class="nhsuk-table__cell">
                    @if (line.coordinating) {
                      <strong>Co-ordinating commissioner</strong>
                    } @else {
                      Associate commissioner
                    }
                  </td>
                  <td class="nhsuk-table__cell nhsuk-table__cell--numeric">
                    {{ money(line.expectedIncomePence) }}
                  </td>
                </tr>
              }
            </tbody>
          </table>
          @if (canChange(contract)) {
            <p>
              <a [routerLink]="['/contracts', contract.id, 'edit']"
                >Change this contract<span class="nhsuk-u-visually-hidden">
                  ({{ formLabels[contract.form] }}, {{ contractYear() }})</span
                ></a
              >
            </p>
          }
        }
        @if (canManage()) {
          <p>
            <a
              class="nhsuk-button nhsuk-button--secondary"
              routerLink="/contracts/new"
              [queryParams]="{ providerId: scope.provider.id, year: contractYear() }"
              >Record a contract for {{ contractYear() }}</a
            >
          </p>
        }

        @if (scope.obligations.length > 0) {
          <h2>Obligations in {{ contractYear() }}</h2>
          <table class="nhsuk-table">
            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
              Contract obligations for
              {{
                scope.provider.name
              }}
              in
              {{
                contractYear()
              }}
            </caption>
            <thead class="nhsuk-table__head">
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="col">Clause</th>
                <th class="nhsuk-table__header" scope="col">Obligation</th>
                <th class="nhsuk-table__header" scope="col">Applies?</th>
                <th class="nhsuk-table__header" scope="col">Why</th>
                <th class="nhsuk-table__header" scope="col">Scope</th>
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (obligation of scope.obligations; track obligation.clause) {
                <tr class="nhsuk-table__row">
                  <th class="nhsuk-table__header" scope="row">{{ obligation.clause }}</th>
                  <td class="nhsuk-table__cell">{{ obligation.title }}</td>
                  <td class="nhsuk-table__cell nhsuk-u-nowrap">
                    <wres-tag
                      [text]="obligation.applies ? 'Applies' : 'Does not apply'"
                      [colour]="obligation.applies ? 'blue' : 'grey'"
                    />
                  </td>
                  <td class="nhsuk-table__cell">{{ obligation.explanation }}</td>
                  <td class="nhsuk-table__cell">{{ statusLabels[obligation.scopeStatus] }}</td>
                </tr>
              }
            </tbody>
          </table>

          @if (canConfirm()) {
            <div class="nhsuk-inset-text">
              <span class="nhsuk-u-visually-hidden">Information: </span>
              <p>
                This scope is presumed from the contracts. As co-ordinating commissioner, check the
                obligations and confirm them.
              </p>
            </div>
            <form novalidate (submit)="confirm($event)">
              <button class="nhsuk-button" type="submit">Confirm scope for {{ contractYear() }}</button>
            </form>
          }

          <h2>Deadlines in {{ contractYear() }}</h2>
          @if (deadlines().length === 0) {
            <p>There are no dated deadlines for {{ scope.provider.name }} in {{ contractYear() }}.</p>
          } @else {
            <table class="nhsuk-table">
              <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
                Deadlines for
                {{
                  scope.provider.name
                }}
                in
                {{
                  contractYear()
                }}
              </caption>
              <thead class="nhsuk-table__head">
                <tr class="nhsuk-table__row">
                  <th class="nhsuk-table__header" scope="col">Date</th>
                  <th class="nhsuk-table__header" scope="col">What</th>
                  <th class="nhsuk-table__header" scope="col">Status</th>
                </tr>
              </thead>
              <tbody class="nhsuk-table__body">
                @for (deadline of deadlines(); track deadline.key) {
                  <tr class="nhsuk-table__row">
                    <td class="nhsuk-table__cell nhsuk-u-nowrap">
                      {{ timingWords[deadline.timing] }} {{ deadline.dueDate | calendarDate }}
                    </td>
                    <td class="nhsuk-table__cell">
                      {{ deadline.description }}
                      <span class="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-display-block">
                        {{ deadline.clause }}: {{ deadline.title }} ·
                        {{ deadline.actor === 'provider' ? 'Provider' : 'Commissioner' }}
                      </span>
                    </td>
                    <td class="nhsuk-table__cell">
                      @let status = deadlineStatus(deadline);
                      <wres-tag [text]="status.text" [colour]="status.colour" />
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          }
        }

        <h2>Scope history for {{ contractYear() }}</h2>
        @if (scope.history.length === 0) {
          <p>No scope decisions have been made for {{ scope.provider.name }} in {{ contractYear() }}.</p>
        } @else {
          <table class="nhsuk-table">
            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
              How the scope of
              {{
                scope.provider.name
              }}
              for
              {{
                contractYear()
              }}
              was decided, newest first
            </caption>
            <thead class="nhsuk-table__head">
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="col">When</th>
                <th class="nhsuk-table__header" scope="col">Who</th>
                <th class="nhsuk-table__header" scope="col">Reason</th>
                <th class="nhsuk-table__header" scope="col">What changed</th>
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (entry of scope.history; track entry.id) {
                <tr class="nhsuk-table__row">
                  <td class="nhsuk-table__cell">{{ when(entry.decidedAt) }}</td>
                  <td class="nhsuk-table__cell">{{ entry.decidedBy?.displayName ?? 'The service' }}</td>
                  <td class="nhsuk-table__cell">{{ reasonLabels[entry.reason] }}</td>
                  <td class="nhsuk-table__cell">
                    @if (incomeChange(entry); as income) {
                      <p class="nhsuk-body-s">{{ income }}</p>
                    }
                    @if (entry.explanations.length === 0) {
                      <p class="nhsuk-body-s">No change to the obligations.</p>
                    } @else {
                      <ul class="nhsuk-list nhsuk-body-s">
                        @for (change of entry.explanations; track change.clause) {
                          <li>
                            <strong>{{ change.clause }}:</strong>
                            @if (change.before) {
                              {{ change.before }} <span aria-hidden="true">→</span
                              ><span class="nhsuk-u-visually-hidden">changed to</span>
                            }
                            {{ change.after ?? 'No longer in the rules for the year.' }}
                          </li>
                        }
                      </ul>
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
})
export class ProviderPage {
  private readonly contractsApi = inject(ContractsApi);
  private readonly scopeApi = inject(ProviderScopeApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly title = inject(Title);

  /** The provider's id, from the route. */
  readonly id = input.required<string>();
  /** The contract year from the query string, "2015/16"; the current year when absent or not a year. */
  readonly year = input<string>();

  protected readonly contractYear = computed(
    () => contractYearFromPath(this.year()) ?? currentContractYear(),
  );
  private readonly reload = signal(0);

  protected readonly state = toSignal(
    combineLatest([toObservable(this.id), toObservable(this.contractYear), toObservable(this.reload)]).pipe(
      switchMap(([id, contractYear]) =>
        forkJoin({
          scope: this.scopeApi.providerScope(id, contractYear),
          contracts: this.contractsApi.list({ providerId: id, contractYear }),
        }).pipe(toLoadState<ProviderYear>()),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<ProviderYear> },
  );

  protected readonly notice = signal<Notice | null>(inject(NoticeStore).take());
  protected readonly problems = signal<ErrorSummaryItem[]>([]);
  private confirming = false;

  protected readonly formLabels = CONTRACT_FORM_LABELS;
  protected readonly statusLabels = SCOPE_STATUS_LABELS;
  protected readonly reasonLabels = SCOPE_DECISION_REASON_LABELS;
  protected readonly timingWords = TIMING_WORDS;
  protected readonly money = formatMoney;

  protected readonly isProviderUser = computed(() => this.session.me()?.organisation.kind === 'provider');
  protected readonly canManage = computed(() => this.session.can(Permission.ContractsManage));
  protected readonly canReadReports = computed(() => this.session.can(Permission.SubmissionsRead));

  private readonly loaded = computed(() => {
    const current = this.state();
    return current.status === 'loaded' ? current.value : null;
  });

  protected readonly summaryRows = computed((): SummaryListRow[] => {
    const value = this.loaded();
    if (!value) return [];
    const { provider, decision, scopeStatus } = value.scope;
    return [
      textRow('ODS code', provider.odsCode),
      textRow(
        'Provider type',
        provider.providerKind ? PROVIDER_KIND_LABELS[provider.providerKind] : 'Not known',
      ),
      ...(decision
        ? [
            textRow(`Expected NHS income in ${this.contractYear()}`, formatMoney(decision.totalIncomePence)),
            textRow(
              'Small provider',
              decision.smallProvider
                ? `Yes: expected NHS income does not exceed ${formatMoney(decision.thresholdPence)}`
                : `No: expected NHS income exceeds ${formatMoney(decision.thresholdPence)}`,
            ),
          ]
        : []),
      textRow('Scope', scopeStatus ? SCOPE_STATUS_LABELS[scopeStatus] : 'No contracts this year'),
    ];
  });

  protected readonly deadlines = computed((): DeadlineRow[] => {
    const value = this.loaded();
    if (!value) return [];
    return value.scope.obligations
      .flatMap((obligation) =>
        obligation.deadlines.map((deadline) => ({
          ...deadline,
          clause: obligation.clause,
          title: obligation.title,
        })),
      )
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  });

  /** Only a co-ordinating commissioner on one of the year's contracts confirms, and only a presumed scope. */
  protected readonly canConfirm = computed(() => {
    const value = this.loaded();
    const me = this.session.me();
    if (!value || !me || !this.canManage() || value.scope.scopeStatus !== 'presumed') return false;
    return value.contracts.some((contract) =>
      contract.commissioners.some((line) => line.coordinating && line.commissionerId === me.organisation.id),
    );
  });

  constructor() {
    effect(() => {
      const current = this.state();
      if (current.status === 'loaded') {
        this.title.setTitle(formatPageTitle(`${current.value.scope.provider.name}, ${this.contractYear()}`));
      }
      if (current.status === 'not-found') this.title.setTitle(formatPageTitle('Page not found'));
    });
  }

  /** Admins may change any contract; commissioners those their organisation is on. */
  protected canChange(contract: Contract): boolean {
    const me = this.session.me();
    if (!me || !this.canManage()) return false;
    return (
      me.role === 'admin' || contract.commissioners.some((line) => line.commissionerId === me.organisation.id)
    );
  }

  protected showYear(year: string): void {
    this.notice.set(null);
    this.problems.set([]);
    void this.router.navigate([], { queryParams: { year }, queryParamsHandling: 'merge' });
  }

  protected deadlineStatus(deadline: ObligationDeadline): { text: string; colour: TagColour } {
    const today = todayInLondon(new Date());
    if (deadline.dueDate < today) return { text: 'Date passed', colour: 'grey' };
    const soon = new Date(`${today}T00:00:00Z`);
    soon.setUTCDate(soon.getUTCDate() + 30);
    return deadline.dueDate <= soon.toISOString().slice(0, 10)
      ? { text: 'Due soon', colour: 'orange' }
      : { text: 'Upcoming', colour: 'blue' };
  }

  protected when(isoDateTime: string): string {
    return formatLondonDateTime(isoDateTime);
  }

  protected incomeChange(entry: ScopeHistoryEntry): string | null {
    const after = formatMoney(entry.totalIncomePence);
    if (entry.previousTotalIncomePence === null) return `Expected NHS income ${after}.`;
    if (entry.previousTotalIncomePence === entry.totalIncomePence) return null;
    return `Expected NHS income ${formatMoney(entry.previousTotalIncomePence)} → ${after}.`;
  }

  protected async confirm(event: Event): Promise<void> {
    event.preventDefault();
    const value = this.loaded();
    if (this.confirming || !value) return;
    this.confirming = true;
    this.problems.set([]);
    try {
      await firstValueFrom(this.scopeApi.confirm(value.scope.provider.id, this.contractYear()));
      this.notice.set({
        heading: `Scope for ${this.contractYear()} confirmed`,
        lines: [
          `The obligations of ${value.scope.provider.name} for ${this.contractYear()} are now confirmed.`,
        ],
      });
      this.reload.update((count) => count + 1);
    } catch (error: unknown) {
      const forbidden = error instanceof HttpErrorResponse && error.status === 403;
      this.problems.set([
        {
          text: forbidden
            ? (errorMessage(error) ?? 'You cannot confirm this scope')
            : SERVICE_PROBLEM_MESSAGE,
        },
      ]);
    } finally {
      this.confirming = false;
    }
  }
}

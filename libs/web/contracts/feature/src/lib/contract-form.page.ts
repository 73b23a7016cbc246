import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  WritableSignal,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { contractYearEnd, contractYearStart } from '@wres/domain/scope';
import type { Contract, ContractWriteResult, OrganisationSummary } from '@wres/shared/contracts';
import { SessionStore } from '@wres/web/auth/data-access';
import {
  CONTRACT_FORM_LABELS,
  CONTRACT_YEAR_OPTIONS,
  ContractsApi,
  contractYearFromPath,
  currentContractYear,
  formatMoney,
} from '@wres/web/contracts/data-access';
import { OrganisationsApi } from '@wres/web/organisations/data-access';
import {
  BackLinkComponent,
  errorMessage,
  errorPrefixedTitle,
  ErrorSummaryComponent,
  ErrorSummaryItem,
  FieldErrors,
  fieldProblems,
  LoadState,
  NoticeStore,
  PageNotFoundComponent,
  problemsToFieldErrors,
  RadioOption,
  RadiosComponent,
  SelectComponent,
  SelectOption,
  SERVICE_PROBLEM_MESSAGE,
  ServiceProblemComponent,
  summaryItems,
  SummaryListComponent,
  SummaryListRow,
  TextInputComponent,
  textRow,
  toLoadState,
} from '@wres/web/shared/ui';
import { firstValueFrom, forkJoin, map, of, switchMap, tap } from 'rxjs';
import {
  CommissionerLineInput,
  LINES_FIELD,
  commissionerIdField,
  contractFieldOrder,
  coordinatingField,
  incomeField,
  isContractForm,
  problemsInWords,
  toCommissionerRequests,
  validateContract,
} from './contract-form.model';

interface FormData {
  organisations: OrganisationSummary[];
  /** The contract being changed; null when recording a new one. */
  contract: Contract | null;
}

interface Line {
  key: number;
  commissionerId: WritableSignal<string>;
  income: WritableSignal<string>;
}

const FORM_OPTIONS: readonly RadioOption[] = [
  { value: 'standard', text: CONTRACT_FORM_LABELS.standard },
  { value: 'shorter', text: CONTRACT_FORM_LABELS.shorter },
];

const INCOME_HINT = 'In pounds, for example £180,000';

/** Record a contract (`/contracts/new`) or change one (`/contracts/:id/edit`): its form and commissioners. */
@Component({
  selector: 'wres-contract-form-page',
  imports: [
    BackLinkComponent,
    ErrorSummaryComponent,
    PageNotFoundComponent,
    RadiosComponent,
    SelectComponent,
    ServiceProblemComponent,
    SummaryListComponent,
    TextInputComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading the contract form</p>
      }
      @case ('not-found') {
        <wres-page-not-found />
      }
      @case ('failed') {
        <wres-service-problem />
      }
      @case ('loaded') {
        <wres-back-link [link]="backLink().link" [queryParams]="backLink().queryParams" />
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            @if (problems().length > 0) {
              <wres-error-summary [items]="problems()" />
            }
            @if (current.value.contract; as contract) {
              <h1>
                <span class="nhsuk-caption-l">{{ contract.provider.name }}</span>
                Change the {{ contract.contractYear }} contract
              </h1>
              <wres-summary-list [rows]="fixedRows()" />
            } @else {
              <h1>Record a contract</h1>
              <p>Record an NHS Standard Contract and the NHS income you expect under it for the year.</p>
            }

            <form novalidate (submit)="save($event)">
              @if (!current.value.contract) {
                <wres-select
                  fieldId="providerId"
                  label="Provider"
                  placeholder="Choose a provider"
                  [options]="providerOptions()"
                  [error]="errors()['providerId']"
                  [(value)]="provider"
                />
                <wres-select
                  fieldId="contractYear"
                  label="Contract year"
                  hint="April to March"
                  [options]="yearOptions"
                  [error]="errors()['contractYear']"
                  [(value)]="contractYear"
                />
              }
              <wres-radios
                fieldId="form"
                legend="Form of contract"
                [options]="formOptions"
                [error]="errors()['form']"
                [(value)]="form"
              />

              <div class="app-commissioners" [class.nhsuk-form-group--error]="!!errors()['commissioners']">
                <h2 class="nhsuk-heading-m" id="commissioners-heading" tabindex="-1">Commissioners</h2>
                <p class="nhsuk-hint" id="commissioners-hint">
                  List every commissioner on the contract with the NHS income you expect from it in
                  {{ yearInWords() }}. Choose one co-ordinating commissioner: it receives the provider's WRES
                  report and leads assurance.
                </p>
                @if (errors()['commissioners']; as linesError) {
                  <span class="nhsuk-error-message" id="commissioners-error">
                    <span class="nhsuk-u-visually-hidden">Error: </span>{{ linesError }}
                  </span>
                }
                @for (line of lines(); track line.key; let index = $index) {
                  <fieldset class="nhsuk-fieldset app-commissioner-line">
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
                      Commissioner {{ index + 1 }}
                    </legend>
                    <wres-select
                      label="Commissioner"
                      placeholder="Choose a commissioner"
                      [fieldId]="commissionerIdField(index)"
                      [options]="commissionerOptions()"
                      [error]="errors()[commissionerIdField(index)]"
                      [(value)]="line.commissionerId"
                    />
                    <wres-text-input
                      [fieldId]="incomeField(index)"
                      [label]="'Expected NHS income in ' + yearInWords()"
                      [hint]="incomeHint"
                      [width]="10"
                      autocomplete="off"
                      [error]="errors()[incomeField(index)]"
                      [(value)]="line.income"
                    />
                    <div class="nhsuk-form-group">
                      <div class="nhsuk-radios">
                        <div class="nhsuk-radios__item">
                          <input
                            class="nhsuk-radios__input"
                            type="radio"
                            name="coordinating"
                            [id]="coordinatingField(index)"
                            [value]="line.key"
                            [checked]="coordinating() === line.key"
                            [attr.aria-describedby]="errors()['commissioners'] ? 'commissioners-error' : null"
                            (change)="coordinating.set(line.key)"
                          />
                          <label class="nhsuk-label nhsuk-radios__label" [for]="coordinatingField(index)">
                            Co-ordinating commissioner
                          </label>
                        </div>
                      </div>
                    </div>
                    @if (lines().length > 1) {
                      <button
                        class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                        type="button"
                        (click)="removeLine(line.key)"
                      >
                        Remove<span class="nhsuk-u-visually-hidden"> commissioner {{ index + 1 }}</span>
                      </button>
                    }
                  </fieldset>
                }
                <button
                  class="nhsuk-button nhsuk-button--secondary"
                  type="button"
                  id="add-commissioner"
                  (click)="addLine()"
                >
                  Add another commissioner
                </button>
              </div>

              <button class="nhsuk-button" type="submit">
                {{ current.value.contract ? 'Save changes' : 'Record contract' }}
              </button>
            </form>
          </div>
        </div>
      }
    }
  `,
  styles: `
    .app-commissioner-line {
      border-left: 4px solid #d8dde0;
      padding-left: 16px;
      margin-bottom: 24px;
    }
  `,
})
export class ContractFormPage {
  private readonly contractsApi = inject(ContractsApi);
  private readonly organisationsApi = inject(OrganisationsApi);
  private readonly session = inject(SessionStore);
  private readonly notices = inject(NoticeStore);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  /** The contract to change, from the route; absent when recording a new one. */
  readonly id = input<string>();
  /** From the query string when recording: the provider and year to start with. */
  readonly providerIdParam = input<string | undefined>(undefined, { alias: 'providerId' });
  readonly year = input<string>();

  protected readonly provider = signal('');
  protected readonly contractYear = signal('');
  protected readonly form = signal('');
  protected readonly lines = signal<Line[]>([]);
  /** The key of the co-ordinating line. */
  protected readonly coordinating = signal<number | null>(null);
  protected readonly errors = signal<FieldErrors>({});
  private readonly general = signal<ErrorSummaryItem[]>([]);
  private nextKey = 0;
  private submitting = false;

  protected readonly formOptions = FORM_OPTIONS;
  protected readonly yearOptions = CONTRACT_YEAR_OPTIONS;
  protected readonly incomeHint = INCOME_HINT;
  protected readonly commissionerIdField = commissionerIdField;
  protected readonly incomeField = incomeField;
  protected readonly coordinatingField = coordinatingField;

  protected readonly state = toSignal(
    toObservable(this.id).pipe(
      switchMap((id) =>
        forkJoin({
          organisations: this.organisationsApi.list(),
          contract: id ? this.contractsApi.get(id) : of(null),
        }).pipe(
          tap((data) => this.start(data)),
          map((data): FormData => data),
          toLoadState<FormData>(),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<FormData> },
  );

  private readonly data = computed(() => {
    const current = this.state();
    return current.status === 'loaded' ? current.value : null;
  });

  /** The year the income is for: the contract's when changing it, else the one chosen. */
  private readonly effectiveYear = computed(() => this.data()?.contract?.contractYear ?? this.contractYear());
  protected readonly yearInWords = computed(() => this.effectiveYear() || 'the contract year');

  protected readonly providerOptions = computed((): SelectOption[] =>
    (this.data()?.organisations ?? [])
      .filter((organisation) => organisation.kind === 'provider')
      .map((organisation) => ({
        value: organisation.id,
        text: `${organisation.name} (${organisation.odsCode})`,
      })),
  );

  /** CCGs and ICBs the user can see that existed during the year, plus any already chosen. */
  protected readonly commissionerOptions = computed((): SelectOption[] => {
    const year = this.effectiveYear();
    const chosen = new Set(this.lines().map((line) => line.commissionerId()));
    return (this.data()?.organisations ?? [])
      .filter((organisation) => organisation.kind === 'ccg' || organisation.kind === 'icb')
      .filter((organisation) => chosen.has(organisation.id) || !year || existedDuring(organisation, year))
      .map((organisation) => ({ value: organisation.id, text: organisation.name }));
  });

  protected readonly fixedRows = computed((): SummaryListRow[] => {
    const contract = this.data()?.contract;
    if (!contract) return [];
    return [
      textRow('Provider', `${contract.provider.name} (${contract.provider.odsCode})`),
      textRow('Contract year', contract.contractYear),
      textRow('Expected NHS income now', formatMoney(contract.expectedIncomePence)),
    ];
  });

  protected readonly backLink = computed(() => {
    const contract = this.data()?.contract;
    const providerId = contract?.provider.id ?? this.providerIdParam();
    if (!providerId) return { link: '/providers', queryParams: null };
    const year = contract?.contractYear ?? contractYearFromPath(this.year());
    return { link: `/providers/${providerId}`, queryParams: year ? { year } : null };
  });

  protected readonly problems = computed(() => [
    ...this.general(),
    ...summaryItems(this.errors(), contractFieldOrder(this.lines().length, !this.data()?.contract)).map(
      (item) =>
        item.fieldId === LINES_FIELD
          ? { ...item, fieldId: this.lines().length > 0 ? coordinatingField(0) : 'add-commissioner' }
          : item,
    ),
  ]);

  constructor() {
    errorPrefixedTitle(computed(() => this.problems().length > 0));
  }

  /** Fills the form from the contract being changed, or from the query string and the user's organisation. */
  private start({ organisations, contract }: FormData): void {
    if (contract) {
      this.form.set(contract.form);
      this.lines.set(
        contract.commissioners.map((line) =>
          this.newLine(line.commissionerId, formatMoney(line.expectedIncomePence)),
        ),
      );
      const index = contract.commissioners.findIndex((line) => line.coordinating);
      this.coordinating.set(index >= 0 ? this.lines()[index].key : null);
      return;
    }
    const providerId = this.providerIdParam() ?? '';
    this.provider.set(
      organisations.some((o) => o.id === providerId && o.kind === 'provider') ? providerId : '',
    );
    this.contractYear.set(contractYearFromPath(this.year()) ?? currentContractYear());
    this.form.set('');
    const mine = this.session.me()?.organisation;
    const own = mine && (mine.kind === 'ccg' || mine.kind === 'icb') ? mine.id : '';
    const first = this.newLine(own, '');
    this.lines.set([first]);
    this.coordinating.set(own ? first.key : null);
  }

  private newLine(commissionerId: string, income: string): Line {
    return { key: this.nextKey++, commissionerId: signal(commissionerId), income: signal(income) };
  }

  protected addLine(): void {
    this.lines.update((lines) => [...lines, this.newLine('', '')]);
    this.clearLineErrors();
    const index = this.lines().length - 1;
    afterNextRender(() => this.document.getElementById(commissionerIdField(index))?.focus(), {
      injector: this.injector,
    });
  }

  protected removeLine(key: number): void {
    this.lines.update((lines) => lines.filter((line) => line.key !== key));
    if (this.coordinating() === key) this.coordinating.set(null);
    this.clearLineErrors();
    afterNextRender(() => this.document.getElementById('commissioners-heading')?.focus(), {
      injector: this.injector,
    });
  }

  /** Line errors are by position, so they no longer fit once a line is added or removed. */
  private clearLineErrors(): void {
    this.errors.update((errors) =>
      Object.fromEntries(Object.entries(errors).filter(([field]) => !field.startsWith('commissioners'))),
    );
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const data = this.data();
    if (this.submitting || !data) return;
    const contract = data.contract;
    const lines: CommissionerLineInput[] = this.lines().map((line) => ({
      commissionerId: line.commissionerId(),
      income: line.income(),
      coordinating: line.key === this.coordinating(),
    }));
    const errors = validateContract({
      providerId: contract ? undefined : this.provider(),
      contractYear: contract ? undefined : this.contractYear(),
      form: this.form(),
      lines,
    });
    this.general.set([]);
    this.errors.set(errors);
    const form = this.form();
    if (Object.keys(errors).length > 0 || !isContractForm(form)) return;

    this.submitting = true;
    try {
      const commissioners = toCommissionerRequests(lines);
      const result = contract
        ? await firstValueFrom(this.contractsApi.change(contract.id, { form, commissioners }))
        : await firstValueFrom(
            this.contractsApi.record({
              providerId: this.provider(),
              contractYear: this.contractYear(),
              form,
              commissioners,
            }),
          );
      await this.done(result, contract ? 'changed' : 'recorded');
    } catch (error: unknown) {
      if (error instanceof HttpErrorResponse && error.status === 400) {
        const fieldIds = contractFieldOrder(lines.length, !contract);
        const { fields, other } = problemsToFieldErrors(problemsInWords(fieldProblems(error)), fieldIds);
        this.errors.set(fields);
        this.general.set(other.map((text) => ({ text })));
      } else if (error instanceof HttpErrorResponse && (error.status === 403 || error.status === 404)) {
        this.general.set([{ text: errorMessage(error) ?? 'You cannot record this contract' }]);
      } else {
        this.general.set([{ text: SERVICE_PROBLEM_MESSAGE }]);
      }
    } finally {
      this.submitting = false;
    }
  }

  private async done(result: ContractWriteResult, what: 'recorded' | 'changed'): Promise<void> {
    const { contract, scope, changes } = result;
    this.notices.set({
      heading: `Contract ${what}`,
      lines: [
        `${contract.provider.name}'s expected NHS income for ${contract.contractYear} is now ${formatMoney(scope.totalIncomePence)}.`,
        ...changes.map((change) => change.summary),
      ],
    });
    await this.router.navigate(['/providers', contract.provider.id], {
      queryParams: { year: contract.contractYear },
    });
  }
}

/** Some part of the organisation's existence falls within the contract year, as the API requires. */
function existedDuring(organisation: OrganisationSummary, contractYear: string): boolean {
  return (
    (organisation.validFrom === null || organisation.validFrom <= contractYearEnd(contractYear)) &&
    (organisation.validTo === null || organisation.validTo >= contractYearStart(contractYear))
  );
}

import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { CONTRACT_IMPORT_COLUMNS, PROVIDER_KINDS, PROVIDER_KIND_LABELS } from '@wres/shared/contracts';
import type {
  ContractImportPreview,
  ContractImportProblem,
  ContractImportResult,
} from '@wres/shared/contracts';
import {
  CONTRACT_IMPORT_FILE_FIELD,
  ContractImportApi,
  UploadState,
  isContractImportErrorBody,
} from '@wres/web/contracts/data-access';
import {
  BackLinkComponent,
  ErrorSummaryComponent,
  ErrorSummaryItem,
  FileUploadComponent,
  NotificationBannerComponent,
  SERVICE_PROBLEM_MESSAGE,
  SummaryListComponent,
  SummaryListRow,
  UploadProgressComponent,
  errorMessage,
  errorPrefixedTitle,
  fieldProblems,
  focusProgrammatically,
  problemsToFieldErrors,
  textRow,
  fileUploadSummary,
} from '@wres/web/shared/ui';
import type { Observable } from 'rxjs';
import {
  CONTRACT_LIST_EXTENSIONS,
  checkContractList,
  contractsInWords,
  importSummaryInWords,
  problemInWords,
} from './contract-import.model';

/** The id of the problems table's heading, which error summary links point at. */
const PROBLEMS_ID = 'import-problems';

const COLUMN_HELP: Record<(typeof CONTRACT_IMPORT_COLUMNS)[number], string> = {
  'ODS code': "The provider's ODS code, for example RX1 or NE0001",
  'Provider name': "The provider's name, used to add providers the service does not know yet",
  'Provider kind': PROVIDER_KINDS.map((kind) => PROVIDER_KIND_LABELS[kind]).join(', '),
  'Contract year': 'April to March, for example 2024/25',
  'Expected NHS income (£)':
    'The NHS income your organisation expects to pay the provider in the year, in pounds, for example £180,000',
  'Co-ordinating': 'Yes if your organisation is the co-ordinating commissioner on the contract, otherwise No',
};

interface Progress {
  action: 'check' | 'import';
  percent: number;
}

/** `/contracts/import`: a commissioner checks a contract list (.csv or .xlsx), then imports it in one go. */
@Component({
  selector: 'wres-contract-import-page',
  imports: [
    BackLinkComponent,
    ErrorSummaryComponent,
    FileUploadComponent,
    NotificationBannerComponent,
    RouterLink,
    SummaryListComponent,
    UploadProgressComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wres-back-link link="/providers" />
    <div class="nhsuk-grid-row">
      <div class="nhsuk-grid-column-two-thirds">
        @if (problems().length > 0) {
          <wres-error-summary [items]="problems()" [description]="summaryDescription()" />
        }
        @if (result(); as done) {
          <div id="import-done">
            <wres-notification-banner variant="success" heading="Contract list imported">
              <p>{{ contractsInWords(done.rows) }} imported from {{ fileName() }}.</p>
              @for (line of importSummaryInWords(done.summary); track $index) {
                <p>{{ line }}</p>
              }
              <p>
                <a class="nhsuk-notification-banner__link" routerLink="/providers"
                  >Back to the provider register</a
                >
              </p>
            </wres-notification-banner>
          </div>
        }

        <h1>Import contracts</h1>
        @if (result()) {
          <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="startAgain()">
            Import another contract list
          </button>
        } @else {
          <p>
            Record many contracts at once from a spreadsheet of your organisation's contracts. The service
            checks the whole file first and shows what it would change; nothing is recorded until you import
            it.
          </p>
          <table class="nhsuk-table">
            <caption class="nhsuk-table__caption nhsuk-table__caption--s">
              Columns the contract list needs, in its first row
            </caption>
            <thead class="nhsuk-table__head">
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="col">Column</th>
                <th class="nhsuk-table__header" scope="col">What to enter</th>
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (column of columns; track column) {
                <tr class="nhsuk-table__row">
                  <th class="nhsuk-table__header" scope="row">{{ column }}</th>
                  <td class="nhsuk-table__cell">{{ columnHelp[column] }}</td>
                </tr>
              }
            </tbody>
          </table>
          <p>Put one contract on each row. Blank rows are skipped.</p>

          <form novalidate (submit)="check($event)">
            <wres-file-upload
              [fieldId]="fileField"
              label="Contract list (CSV or XLSX)"
              hint="A .csv or .xlsx file no larger than 5 MB, with the column names above in its first row"
              [accept]="accept"
              [error]="fileError()"
              (fileChange)="choose($event)"
            />
            @if (progress(); as sending) {
              @if (sending.action === 'check') {
                <wres-upload-progress label="Sending the contract list" [percent]="sending.percent" />
              }
            }
            <button class="nhsuk-button" type="submit">Check file</button>
          </form>

          @if (preview(); as checked) {
            <h2 id="import-preview" tabindex="-1">
              {{ checked.valid ? 'Ready to import' : 'The contract list cannot be imported yet' }}
            </h2>
            <p>{{ fileName() }}: {{ contractsInWords(checked.rows) }} read.</p>
            <wres-summary-list [rows]="previewRows()" />
            @if (checked.scopeChanges.length > 0) {
              <table class="nhsuk-table">
                <caption class="nhsuk-table__caption nhsuk-table__caption--s">
                  Providers whose obligations would change
                </caption>
                <thead class="nhsuk-table__head">
                  <tr class="nhsuk-table__row">
                    <th class="nhsuk-table__header" scope="col">Provider</th>
                    <th class="nhsuk-table__header" scope="col">Contract year</th>
                    <th class="nhsuk-table__header" scope="col">Change</th>
                  </tr>
                </thead>
                <tbody class="nhsuk-table__body">
                  @for (change of checked.scopeChanges; track change.odsCode + change.contractYear) {
                    <tr class="nhsuk-table__row">
                      <td class="nhsuk-table__cell">{{ change.providerName }} ({{ change.odsCode }})</td>
                      <td class="nhsuk-table__cell">{{ change.contractYear }}</td>
                      <td class="nhsuk-table__cell">{{ change.changes.join('; ') }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            }
            @if (checked.valid) {
              <p>Nothing has been recorded yet.</p>
              @if (progress(); as sending) {
                @if (sending.action === 'import') {
                  <wres-upload-progress
                    label="Importing the contract list"
                    doneText="Uploaded: importing the contracts"
                    [percent]="sending.percent"
                  />
                }
              }
              <button class="nhsuk-button" type="button" (click)="importFile()">
                Import {{ contractsInWords(checked.rows) }}
              </button>
            }
          }

          @if (rowProblems().length > 0) {
            <h2 [id]="problemsId" tabindex="-1">Problems in the contract list</h2>
            <p>Correct these rows in the spreadsheet, save it, then check the file again.</p>
            <table class="nhsuk-table">
              <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
                Problems in the contract list, by line and column
              </caption>
              <thead class="nhsuk-table__head">
                <tr class="nhsuk-table__row">
                  <th class="nhsuk-table__header" scope="col">Line</th>
                  <th class="nhsuk-table__header" scope="col">Column</th>
                  <th class="nhsuk-table__header" scope="col">Problem</th>
                </tr>
              </thead>
              <tbody class="nhsuk-table__body">
                @for (problem of rowProblems(); track $index) {
                  <tr class="nhsuk-table__row">
                    <td class="nhsuk-table__cell">{{ problem.line }}</td>
                    <td class="nhsuk-table__cell">{{ problem.column }}</td>
                    <td class="nhsuk-table__cell">{{ problem.message }}</td>
                  </tr>
                }
              </tbody>
            </table>
          }
        }
      </div>
    </div>
  `,
})
export class ContractImportPage {
  private readonly api = inject(ContractImportApi);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly columns = CONTRACT_IMPORT_COLUMNS;
  protected readonly columnHelp = COLUMN_HELP;
  protected readonly fileField = CONTRACT_IMPORT_FILE_FIELD;
  protected readonly problemsId = PROBLEMS_ID;
  protected readonly accept = CONTRACT_LIST_EXTENSIONS.join(',');
  protected readonly contractsInWords = contractsInWords;
  protected readonly importSummaryInWords = importSummaryInWords;

  private readonly file = signal<File | null>(null);
  /** The name of the file last checked or imported. */
  protected readonly fileName = signal('');
  protected readonly fileError = signal<string | null>(null);
  private readonly general = signal<ErrorSummaryItem[]>([]);
  protected readonly progress = signal<Progress | null>(null);
  protected readonly preview = signal<ContractImportPreview | null>(null);
  /** Row problems from the last check, or from an import the API refused. */
  protected readonly rowProblems = signal<ContractImportProblem[]>([]);
  protected readonly result = signal<ContractImportResult | null>(null);

  protected readonly problems = computed((): ErrorSummaryItem[] =>
    fileUploadSummary({
      fileField: CONTRACT_IMPORT_FILE_FIELD,
      fileError: this.fileError(),
      general: this.general(),
      problems: this.rowProblems(),
      inWords: problemInWords,
      tableId: PROBLEMS_ID,
    }),
  );

  protected readonly summaryDescription = computed(() =>
    this.rowProblems().length > 0
      ? 'Nothing has been imported. Correct these rows in the contract list, then check the file again.'
      : null,
  );

  protected readonly previewRows = computed((): SummaryListRow[] => {
    const summary = this.preview()?.summary;
    if (!summary) return [];
    return [
      textRow('Providers to add', String(summary.providersToCreate)),
      textRow('Contracts to create', String(summary.contractsToCreate)),
      textRow('Contracts to update', String(summary.contractsToUpdate)),
      textRow('Contracts already up to date', String(summary.contractsUnchanged)),
      textRow('Providers whose obligations change', String(summary.providersChangingScope)),
    ];
  });

  constructor() {
    errorPrefixedTitle(computed(() => this.problems().length > 0));
  }

  /** A new file makes the last check meaningless. */
  protected choose(file: File | null): void {
    this.file.set(file);
    this.preview.set(null);
  }

  protected check(event: Event): void {
    event.preventDefault();
    if (this.progress()) return;
    const file = this.file();
    if (!this.clientCheck(file) || !file) return;
    this.send('check', file, this.api.preview(file), (preview) => {
      this.preview.set(preview);
      this.rowProblems.set(preview.problems);
      // The error summary takes focus when there are problems; otherwise the result does.
      if (preview.valid) this.focusAfterRender('import-preview');
    });
  }

  protected importFile(): void {
    const file = this.file();
    if (this.progress() || !file || !this.preview()?.valid) return;
    if (!this.clientCheck(file)) return;
    this.send('import', file, this.api.import(file), (result) => {
      this.preview.set(null);
      this.result.set(result);
      this.focusAfterRender('import-done');
    });
  }

  protected startAgain(): void {
    this.result.set(null);
    this.file.set(null);
    this.fileName.set('');
  }

  private clientCheck(file: File | null): boolean {
    const problem = checkContractList(file);
    this.reset();
    this.fileError.set(problem);
    return problem === null;
  }

  private reset(): void {
    this.fileError.set(null);
    this.general.set([]);
    this.rowProblems.set([]);
    this.result.set(null);
  }

  private send<T>(
    action: Progress['action'],
    file: File,
    upload: Observable<UploadState<T>>,
    done: (value: T) => void,
  ): void {
    this.fileName.set(file.name);
    this.progress.set({ action, percent: 0 });
    upload.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (state) => {
        if (state.status === 'uploading') {
          this.progress.set({ action, percent: state.percent });
        } else {
          this.progress.set(null);
          done(state.value);
        }
      },
      error: (error: unknown) => {
        this.progress.set(null);
        this.failed(error);
      },
    });
  }

  private failed(error: unknown): void {
    if (!(error instanceof HttpErrorResponse)) {
      this.general.set([{ text: SERVICE_PROBLEM_MESSAGE }]);
      return;
    }
    if (error.status === 413) {
      this.preview.set(null);
      this.fileError.set(errorMessage(error) ?? 'The contract list must be smaller than 5 MB');
    } else if (error.status === 400) {
      const { fields, other } = problemsToFieldErrors(fieldProblems(error), [CONTRACT_IMPORT_FILE_FIELD]);
      const rows = isContractImportErrorBody(error.error) ? error.error.rowProblems : [];
      // A refused file, or rows that went wrong since the check (someone changed the contracts meanwhile).
      if (fields[CONTRACT_IMPORT_FILE_FIELD] || rows.length > 0) this.preview.set(null);
      this.fileError.set(fields[CONTRACT_IMPORT_FILE_FIELD] ?? null);
      this.rowProblems.set(rows);
      // Row problems come as paths like "line 12, Expected NHS income (£)" too: the table shows them.
      this.general.set(rows.length > 0 ? [] : other.map((text) => ({ text })));
      if (rows.length === 0 && !fields[CONTRACT_IMPORT_FILE_FIELD] && other.length === 0) {
        this.general.set([{ text: errorMessage(error) ?? SERVICE_PROBLEM_MESSAGE }]);
      }
    } else if (error.status === 403 || error.status === 409) {
      this.general.set([{ text: errorMessage(error) ?? 'You cannot import this contract list' }]);
    } else {
      this.general.set([{ text: SERVICE_PROBLEM_MESSAGE }]);
    }
  }

  private focusAfterRender(id: string): void {
    afterNextRender(
      () => {
        const element = this.document.getElementById(id);
        if (element) focusProgrammatically(element);
      },
      { injector: this.injector },
    );
  }
}

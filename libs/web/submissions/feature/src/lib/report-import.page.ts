import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import type { TemplateImportProblem } from '@wres/shared/contracts';
import { contractYearFromPath } from '@wres/web/contracts/data-access';
import { SubmissionsApi, TEMPLATE_IMPORT_FILE_FIELD } from '@wres/web/submissions/data-access';
import {
  BackLinkComponent,
  errorMessage,
  errorPrefixedTitle,
  ErrorSummaryComponent,
  ErrorSummaryItem,
  fieldProblems,
  FileUploadComponent,
  fileUploadSummary,
  formatPageTitle,
  NoticeStore,
  PageNotFoundComponent,
  problemsToFieldErrors,
  SERVICE_PROBLEM_MESSAGE,
  UploadProgressComponent,
} from '@wres/web/shared/ui';
import { reportLink } from './report-context';
import {
  TEMPLATE_EXTENSIONS,
  checkTemplateFile,
  isTemplateImportErrorBody,
  templateProblemInWords,
} from './report-import.model';

/** The id of the problems table's heading, which error summary links point at. */
const PROBLEMS_ID = 'template-problems';

/**
 * `/reports/:providerId/:year/import`: the provider uploads a filled-in reporting template (.xlsx or .csv),
 * which fills in the draft's figures. A refused file lists every problem by sheet, row and column.
 */
@Component({
  selector: 'wres-report-import-page',
  imports: [
    BackLinkComponent,
    ErrorSummaryComponent,
    FileUploadComponent,
    PageNotFoundComponent,
    RouterLink,
    UploadProgressComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (contractYear(); as contractYear) {
      <wres-back-link [link]="taskList().join('/')" text="Back to your report" />
      <div class="nhsuk-grid-row">
        <div class="nhsuk-grid-column-two-thirds">
          @if (problems().length > 0) {
            <wres-error-summary [items]="problems()" [description]="summaryDescription()" />
          }
          <h1>
            <span class="nhsuk-caption-l">WRES report {{ contractYear }}</span>
            Import from a spreadsheet
          </h1>
          <p>
            Upload the WRES reporting template with your figures filled in. Importing replaces the figures in
            your draft with the ones in the spreadsheet; nothing is sent to your commissioner until you
            submit.
          </p>
          <p>
            If you do not have the template yet,
            <a [href]="templateUrl('xlsx')" download>download it as an Excel spreadsheet (XLSX)</a> or
            <a [href]="templateUrl('csv')" download>as CSV</a>.
          </p>

          <form novalidate (submit)="upload($event)">
            <wres-file-upload
              [fieldId]="fileField"
              label="Filled-in template (XLSX or CSV)"
              hint="An .xlsx or .csv file no larger than 2 MB"
              [accept]="accept"
              [error]="fileError()"
              (fileChange)="choose($event)"
            />
            @if (percent() !== null) {
              <wres-upload-progress
                label="Sending the template"
                doneText="Uploaded: reading the figures"
                [percent]="percent() ?? 0"
              />
            }
            <button class="nhsuk-button" type="submit">Import figures</button>
          </form>
          <p><a [routerLink]="taskList()">Cancel and go back to your report</a></p>

          @if (templateProblems().length > 0) {
            <h2 [id]="problemsId" tabindex="-1">Problems in the spreadsheet</h2>
            <p>
              Nothing has been imported. Correct these cells in the spreadsheet, save it, then import it
              again.
            </p>
            <table class="nhsuk-table">
              <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
                Problems in the spreadsheet, by sheet, row and column
              </caption>
              <thead class="nhsuk-table__head">
                <tr class="nhsuk-table__row">
                  <th class="nhsuk-table__header" scope="col">Sheet</th>
                  <th class="nhsuk-table__header" scope="col">Row</th>
                  <th class="nhsuk-table__header" scope="col">Column</th>
                  <th class="nhsuk-table__header" scope="col">Problem</th>
                </tr>
              </thead>
              <tbody class="nhsuk-table__body">
                @for (problem of templateProblems(); track $index) {
                  <tr class="nhsuk-table__row">
                    <td class="nhsuk-table__cell">{{ problem.sheet }}</td>
                    <td class="nhsuk-table__cell">{{ problem.row ?? 'Whole sheet' }}</td>
                    <td class="nhsuk-table__cell">
                      {{ problem.column ?? (problem.row === null ? '' : 'Whole row') }}
                    </td>
                    <td class="nhsuk-table__cell">{{ problem.message }}</td>
                  </tr>
                }
              </tbody>
            </table>
          }
        </div>
      </div>
    } @else {
      <wres-page-not-found />
    }
  `,
})
export class ReportImportPage {
  private readonly api = inject(SubmissionsApi);
  private readonly router = inject(Router);
  private readonly notices = inject(NoticeStore);
  private readonly destroyRef = inject(DestroyRef);
  private readonly title = inject(Title);

  readonly providerId = input.required<string>();
  /** "2025-26", from the route. */
  readonly year = input.required<string>();

  protected readonly fileField = TEMPLATE_IMPORT_FILE_FIELD;
  protected readonly problemsId = PROBLEMS_ID;
  protected readonly accept = TEMPLATE_EXTENSIONS.join(',');

  protected readonly contractYear = computed(() => contractYearFromPath(this.year()));
  protected readonly taskList = computed(() =>
    reportLink(this.providerId(), this.contractYear() ?? this.year()),
  );

  private readonly file = signal<File | null>(null);
  protected readonly fileError = signal<string | null>(null);
  private readonly general = signal<ErrorSummaryItem[]>([]);
  protected readonly templateProblems = signal<TemplateImportProblem[]>([]);
  /** 0 to 100 while a file is on its way; null otherwise. */
  protected readonly percent = signal<number | null>(null);

  protected readonly problems = computed((): ErrorSummaryItem[] =>
    fileUploadSummary({
      fileField: TEMPLATE_IMPORT_FILE_FIELD,
      fileError: this.fileError(),
      general: this.general(),
      problems: this.templateProblems(),
      inWords: templateProblemInWords,
      tableId: PROBLEMS_ID,
    }),
  );

  protected readonly summaryDescription = computed(() =>
    this.templateProblems().length > 0
      ? 'Nothing has been imported. Correct the spreadsheet, then import it again.'
      : null,
  );

  constructor() {
    errorPrefixedTitle(computed(() => this.problems().length > 0));
    effect(() => {
      const year = this.contractYear();
      this.title.setTitle(
        formatPageTitle(year ? `Import from a spreadsheet – WRES report ${year}` : 'Page not found'),
      );
    });
  }

  protected templateUrl(format: 'xlsx' | 'csv'): string {
    const year = this.contractYear();
    return year ? this.api.templateUrl(this.providerId(), year, format) : '';
  }

  protected choose(file: File | null): void {
    this.file.set(file);
  }

  protected upload(event: Event): void {
    event.preventDefault();
    const year = this.contractYear();
    if (this.percent() !== null || !year) return;
    const file = this.file();
    const problem = checkTemplateFile(file);
    this.fileError.set(problem);
    this.general.set([]);
    this.templateProblems.set([]);
    if (problem || !file) return;

    this.percent.set(0);
    this.api
      .importTemplate(this.providerId(), year, file)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (state) => {
          if (state.status === 'uploading') {
            this.percent.set(state.percent);
            return;
          }
          this.percent.set(null);
          this.notices.set({
            heading: 'Figures imported',
            lines: [
              `The figures in ${file.name} are now in your draft. Check each section before you submit.`,
            ],
          });
          void this.router.navigate(this.taskList());
        },
        error: (error: unknown) => {
          this.percent.set(null);
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
      this.fileError.set(errorMessage(error) ?? 'The template must be smaller than 2 MB');
    } else if (error.status === 400) {
      const rows = isTemplateImportErrorBody(error.error) ? error.error.templateProblems : [];
      const { fields, other } = problemsToFieldErrors(fieldProblems(error), [TEMPLATE_IMPORT_FILE_FIELD]);
      this.fileError.set(fields[TEMPLATE_IMPORT_FILE_FIELD] ?? null);
      this.templateProblems.set(rows);
      // Cell problems also come as paths ("Indicators 2-4!C5"): the table shows them.
      const general = rows.length > 0 ? [] : other.map((text) => ({ text }));
      if (rows.length === 0 && general.length === 0 && !fields[TEMPLATE_IMPORT_FILE_FIELD]) {
        general.push({ text: errorMessage(error) ?? 'The template could not be read' });
      }
      this.general.set(general);
    } else if ([403, 404, 409].includes(error.status)) {
      this.general.set([{ text: errorMessage(error) ?? 'You cannot import figures into this report' }]);
    } else {
      this.general.set([{ text: SERVICE_PROBLEM_MESSAGE }]);
    }
  }
}

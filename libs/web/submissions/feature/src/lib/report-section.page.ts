import { DOCUMENT, NgTemplateOutlet } from '@angular/common';
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
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { SessionStore } from '@wres/web/auth/data-access';
import { contractYearFromPath } from '@wres/web/contracts/data-access';
import { SubmissionsApi } from '@wres/web/submissions/data-access';
import {
  BackLinkComponent,
  ErrorSummaryComponent,
  ErrorSummaryItem,
  LoadState,
  PageNotFoundComponent,
  SERVICE_PROBLEM_MESSAGE,
  ServiceProblemComponent,
  errorMessage,
  errorPrefixedTitle,
  fieldProblems,
  focusField,
  formatPageTitle,
  summaryItems,
  toLoadState,
} from '@wres/web/shared/ui';
import { firstValueFrom, map, of, switchMap } from 'rxjs';
import { ReportContext, loadReport, reportLink } from './report-context';
import { FieldChange, ReportFieldComponent } from './report-field.component';
import { ETHNICITY_COLUMNS, ETHNICITY_GROUP_LABELS } from './report-paths.model';
import { INDICATOR_DESCRIPTIONS, findSection } from './report-sections.model';
import {
  FieldErrors,
  FormField,
  FormValues,
  SaveMode,
  SectionForm,
  isShown,
  problemsOnFields,
  readSection,
  sectionForm,
  writeSection,
} from './section-form.model';

interface SectionPageData {
  report: ReportContext;
  form: SectionForm;
}

const INTRODUCTIONS: Partial<Record<string, string>> = {
  'reporting-period':
    'The workforce figures in your report are for staff in post on the last day of the reporting period.',
  'links-and-sign-off':
    'Your report must be published on your website, with its action plan, and signed off on behalf of your board.',
  declaration: 'Before you submit, declare that the information in your report is accurate.',
};

/**
 * `/reports/:providerId/:year/sections/:section`: one section of the provider's report. "Save and continue"
 * needs the section complete and right and goes back to the task list; "Save and come back later" keeps
 * what is there. Either way the whole draft is saved. Problems are checked in the browser with the
 * domain's own rules, and any the API finds land on the same fields.
 */
@Component({
  selector: 'wres-report-section-page',
  imports: [
    BackLinkComponent,
    ErrorSummaryComponent,
    NgTemplateOutlet,
    PageNotFoundComponent,
    ReportFieldComponent,
    RouterLink,
    ServiceProblemComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading the section</p>
      }
      @case ('not-found') {
        <wres-page-not-found />
      }
      @case ('failed') {
        <wres-service-problem />
      }
      @case ('loaded') {
        @let report = current.value.report;
        @let form = current.value.form;
        @let section = form.section;
        <wres-back-link [link]="taskListLink()" text="Back to your report" />
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            @if (problems().length > 0) {
              <wres-error-summary [items]="problems()" />
            }
            <h1>
              <span class="nhsuk-caption-l">WRES report {{ report.contractYear }}</span>
              {{ section.title }}
            </h1>
            @if (section.indicator !== null) {
              <p class="nhsuk-lede-text">{{ descriptions[section.indicator] }}</p>
            } @else if (introductions[section.id]; as introduction) {
              <p>{{ introduction }}</p>
            }
          </div>
        </div>

        <form novalidate (submit)="save($event, 'complete')">
          <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
              @if (form.cannotReport; as cannotReport) {
                <wres-report-field
                  [field]="cannotReport"
                  [values]="values()"
                  [error]="errors()[cannotReport.id]"
                  [conditional]="true"
                  (valueChange)="change($event)"
                >
                  @if (form.missingReason; as reason) {
                    <wres-report-field
                      [field]="reason"
                      [values]="values()"
                      [error]="errors()[reason.id]"
                      (valueChange)="change($event)"
                    />
                  }
                </wres-report-field>
              }
            </div>
          </div>

          @if (reporting()) {
            @if (form.bandTables.length > 0) {
              <div class="nhsuk-grid-row">
                <div class="nhsuk-grid-column-two-thirds">
                  <p>
                    Give the headcount of substantive staff in each pay band at the end of the reporting
                    period, by ethnicity. Enter 0 where a band has no staff of a group, and leave a whole row
                    blank for a band you do not have. Unknown means not stated or not known.
                  </p>
                  <p>
                    Totals are optional: give the totals from your own records and the rows are checked
                    against them.
                  </p>
                </div>
              </div>
              @for (table of form.bandTables; track table.staffGroup) {
                <div class="app-band-table">
                  <table class="nhsuk-table">
                    <caption class="nhsuk-table__caption nhsuk-table__caption--m">
                      {{
                        table.caption
                      }}
                    </caption>
                    <thead class="nhsuk-table__head">
                      <tr class="nhsuk-table__row">
                        <th class="nhsuk-table__header" scope="col">Band</th>
                        @for (column of columns; track column) {
                          <th class="nhsuk-table__header" scope="col">{{ columnLabels[column] }}</th>
                        }
                      </tr>
                    </thead>
                    <tbody class="nhsuk-table__body">
                      @for (row of table.rows; track row.band) {
                        <tr class="nhsuk-table__row">
                          <th class="nhsuk-table__header" scope="row">{{ row.label }}</th>
                          @for (cell of row.cells; track cell.id) {
                            <td class="nhsuk-table__cell">
                              <ng-container *ngTemplateOutlet="cellInput; context: { $implicit: cell }" />
                            </td>
                          }
                        </tr>
                      }
                      <tr class="nhsuk-table__row">
                        <th class="nhsuk-table__header" scope="row">Total (optional)</th>
                        @for (cell of table.totals; track cell.id) {
                          <td class="nhsuk-table__cell">
                            <ng-container *ngTemplateOutlet="cellInput; context: { $implicit: cell }" />
                          </td>
                        }
                      </tr>
                    </tbody>
                  </table>
                </div>
              }
            }

            <div class="nhsuk-grid-row">
              <div class="nhsuk-grid-column-two-thirds">
                @for (group of form.groups; track group.legend) {
                  @if (groupShown(group.fields)) {
                    @if (group.fields.length === 1 && !group.hint) {
                      @for (field of group.fields; track field.id) {
                        @if (shown(field)) {
                          <wres-report-field
                            [field]="field"
                            [values]="values()"
                            [error]="errors()[field.id]"
                            (valueChange)="change($event)"
                          />
                        }
                      }
                    } @else {
                      <fieldset class="nhsuk-fieldset nhsuk-u-margin-bottom-5">
                        <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
                          {{ group.legend }}
                        </legend>
                        @if (group.hint) {
                          <div class="nhsuk-hint">{{ group.hint }}</div>
                        }
                        @for (field of group.fields; track field.id) {
                          @if (shown(field)) {
                            <wres-report-field
                              [field]="field"
                              [values]="values()"
                              [error]="errors()[field.id]"
                              (valueChange)="change($event)"
                            />
                          }
                        }
                      </fieldset>
                    }
                  }
                }

                @if (form.narrative; as narrative) {
                  <wres-report-field
                    [field]="narrative"
                    [values]="values()"
                    [error]="errors()[narrative.id]"
                    [boldLabel]="true"
                    (valueChange)="change($event)"
                  />
                }
              </div>
            </div>
          }

          <div class="nhsuk-button-group">
            <button class="nhsuk-button" type="submit">Save and continue</button>
            <button
              class="nhsuk-button nhsuk-button--secondary"
              type="button"
              (click)="save($event, 'partial')"
            >
              Save and come back later
            </button>
          </div>
          <p><a [routerLink]="taskListLink()">Cancel and go back to your report</a></p>
        </form>

        <ng-template #cellInput let-cell>
          <div
            class="nhsuk-form-group nhsuk-u-margin-bottom-0"
            [class.nhsuk-form-group--error]="!!errors()[cell.id]"
          >
            <label class="nhsuk-label nhsuk-u-visually-hidden" [for]="cell.id">{{ cell.label }}</label>
            @if (errors()[cell.id]; as cellError) {
              <span class="nhsuk-error-message" [id]="cell.id + '-error'">
                <span class="nhsuk-u-visually-hidden">Error: </span>{{ cellError }}
              </span>
            }
            <input
              class="nhsuk-input nhsuk-input--width-5"
              [class.nhsuk-input--error]="!!errors()[cell.id]"
              type="text"
              inputmode="numeric"
              spellcheck="false"
              autocomplete="off"
              [id]="cell.id"
              [name]="cell.id"
              [value]="values()[cell.id] ?? ''"
              [attr.aria-describedby]="errors()[cell.id] ? cell.id + '-error' : null"
              [attr.aria-invalid]="errors()[cell.id] ? 'true' : null"
              (input)="cellChanged(cell.id, $event)"
            />
          </div>
        </ng-template>
      }
    }
  `,
  styles: `
    .app-band-table {
      overflow-x: auto;
      margin-bottom: 32px;
    }
    .app-band-table .nhsuk-table {
      margin-bottom: 0;
      /* Equal columns in every staff group's table, however long an error message in a cell. */
      table-layout: fixed;
      min-width: 600px;
    }
    .app-band-table th:first-child {
      width: 34%;
    }
    .app-band-table .nhsuk-error-message {
      font-size: 16px;
    }
  `,
})
export class ReportSectionPage {
  private readonly api = inject(SubmissionsApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly title = inject(Title);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  readonly providerId = input.required<string>();
  /** "2025-26", from the route. */
  readonly year = input.required<string>();
  /** The section's id, such as "indicator-2". */
  readonly section = input.required<string>();

  protected readonly descriptions = INDICATOR_DESCRIPTIONS;
  protected readonly introductions = INTRODUCTIONS;
  protected readonly columns = ETHNICITY_COLUMNS;
  protected readonly columnLabels = ETHNICITY_GROUP_LABELS;

  protected readonly values = signal<FormValues>({});
  protected readonly errors = signal<FieldErrors>({});
  private readonly general = signal<ErrorSummaryItem[]>([]);
  private saving = false;

  private readonly request = computed(() => {
    const contractYear = contractYearFromPath(this.year());
    const section = findSection(this.section());
    return contractYear && section ? { providerId: this.providerId(), contractYear, section } : null;
  });

  protected readonly state = toSignal(
    toObservable(this.request).pipe(
      switchMap((request) => {
        if (!request) return of<LoadState<SectionPageData>>({ status: 'not-found' });
        const me = this.session.me();
        const own = me ? { id: me.organisation.id, name: me.organisation.name } : null;
        return loadReport(this.api, request.providerId, request.contractYear, own).pipe(
          map((report): SectionPageData => {
            const form = sectionForm(request.section, report.rules);
            this.start(form, report);
            return { report, form };
          }),
          toLoadState<SectionPageData>(),
        );
      }),
    ),
    { initialValue: { status: 'loading' } as LoadState<SectionPageData> },
  );

  private readonly data = computed(() => {
    const current = this.state();
    return current.status === 'loaded' ? current.value : null;
  });

  protected readonly taskListLink = computed(() => {
    const data = this.data();
    return data ? reportLink(data.report.providerId, data.report.contractYear).join('/') : '/reports';
  });

  /** The indicator's figures are asked for unless it is marked as one that cannot be reported. */
  protected readonly reporting = computed(() => {
    const cannotReport = this.data()?.form.cannotReport;
    return !cannotReport || !this.values()[cannotReport.id];
  });

  protected readonly problems = computed((): ErrorSummaryItem[] => {
    const form = this.data()?.form;
    const order = form
      ? form.fields.filter((field) => isShown(field, this.values())).map((field) => field.id)
      : [];
    return [...this.general(), ...summaryItems(this.errors(), order)];
  });

  constructor() {
    errorPrefixedTitle(computed(() => this.problems().length > 0));
    effect(() => {
      const data = this.data();
      if (data) {
        this.title.setTitle(
          formatPageTitle(`${data.form.section.title} – WRES report ${data.report.contractYear}`),
        );
      }
    });
  }

  /** Fills the form from the draft, and follows a link from the check page to the field it names. */
  private start(form: SectionForm, report: ReportContext): void {
    this.values.set(readSection(form, report.draft));
    this.errors.set({});
    this.general.set([]);
    const fragment = this.route.snapshot.fragment;
    if (fragment) {
      afterNextRender(() => focusField(this.document, fragment), { injector: this.injector });
    }
  }

  protected shown(field: FormField): boolean {
    return isShown(field, this.values());
  }

  protected groupShown(fields: readonly FormField[]): boolean {
    return fields.some((field) => isShown(field, this.values()));
  }

  protected change({ key, value }: FieldChange): void {
    this.values.update((values) => ({ ...values, [key]: value }));
  }

  protected cellChanged(id: string, event: Event): void {
    this.change({ key: id, value: (event.target as HTMLInputElement).value });
  }

  protected async save(event: Event, mode: SaveMode): Promise<void> {
    event.preventDefault();
    const data = this.data();
    if (this.saving || !data) return;
    const { report, form } = data;
    const values = this.values();
    const { draft, errors } = writeSection(form, values, report.draft, mode, report.rules);
    this.general.set([]);
    this.errors.set(errors);
    if (Object.keys(errors).length > 0) return;

    this.saving = true;
    try {
      await firstValueFrom(
        this.api.saveDraft(report.providerId, report.contractYear, {
          document: draft.document,
          details: draft.details,
        }),
      );
      await this.router.navigateByUrl(this.taskListLink());
    } catch (error: unknown) {
      if (error instanceof HttpErrorResponse && error.status === 400) {
        const { fields, other } = problemsOnFields(fieldProblems(error), form, values, draft.document);
        this.errors.set(fields);
        this.general.set(other.map((text) => ({ text })));
      } else if (error instanceof HttpErrorResponse && [403, 404, 409].includes(error.status)) {
        this.general.set([{ text: errorMessage(error) ?? 'You cannot change this report' }]);
      } else {
        this.general.set([{ text: SERVICE_PROBLEM_MESSAGE }]);
      }
    } finally {
      this.saving = false;
    }
  }
}

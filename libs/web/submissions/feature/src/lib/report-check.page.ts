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
import { RouterLink } from '@angular/router';
import { previousContractYear } from '@wres/domain/scope';
import { computeIndicators, type WresDocument } from '@wres/domain/wres';
import type { SubmissionVersion } from '@wres/shared/contracts';
import { SessionStore } from '@wres/web/auth/data-access';
import { contractYearFromPath, contractYearToPath } from '@wres/web/contracts/data-access';
import { SubmissionsApi } from '@wres/web/submissions/data-access';
import {
  BackLinkComponent,
  LoadState,
  PageNotFoundComponent,
  SERVICE_PROBLEM_MESSAGE,
  ServiceProblemComponent,
  errorMessage,
  errorPrefixedTitle,
  fieldProblems,
  focusProgrammatically,
  formatPageTitle,
  toLoadState,
} from '@wres/web/shared/ui';
import { ReportViewComponent } from '@wres/web/submissions/ui';
import { Observable, catchError, firstValueFrom, map, of, switchMap } from 'rxjs';
import { detailRows, problemCountsBySection, problemsInWords } from './report-check.model';
import { ReportContext, loadReport, reportLink, sectionLink, versionLink } from './report-context';
import { ReportProblemItem, ReportProblemsComponent } from './report-problems.component';
import { reportProblems, reportWarnings } from './report-sections.model';
import { SubmittedReport, submittedReportOf } from './report-version.model';

interface PreviousReport extends SubmittedReport {
  contractYear: string;
}

interface CheckPageData {
  report: ReportContext;
  /** Last year's latest submitted report, to show beside this year's; null when there is none. */
  previous: PreviousReport | null;
}

/**
 * `/reports/:providerId/:year/check`: the provider's draft as the report it will be, with the indicators
 * worked out in the browser from the counts, its details with links to change them, and "Submit report".
 * The API checks everything again; each problem it finds links to the section where it is put right.
 */
@Component({
  selector: 'wres-report-check-page',
  imports: [
    BackLinkComponent,
    PageNotFoundComponent,
    ReportProblemsComponent,
    ReportViewComponent,
    RouterLink,
    ServiceProblemComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading your report</p>
      }
      @case ('not-found') {
        <wres-page-not-found />
      }
      @case ('failed') {
        <wres-service-problem />
      }
      @case ('loaded') {
        @let report = current.value.report;
        @if (submitted(); as version) {
          <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
              <div class="nhsuk-panel" id="report-submitted">
                <h1 class="nhsuk-panel__heading">Report submitted</h1>
                <div class="nhsuk-panel__body">
                  Version {{ version.version }} of your WRES report for {{ report.contractYear }}
                </div>
              </div>
              <p>Your co-ordinating commissioner can now see this version of your report and review it.</p>
              @if (version.late) {
                <p>It was submitted after the due date, with the reason you gave.</p>
              }
              <p>
                If you change your report and submit it again, it becomes a new version. This version stays as
                it is.
              </p>
              <ul class="nhsuk-list">
                <li>
                  <a [routerLink]="versionLink(report, version.version)"
                    >View version {{ version.version }} of your report</a
                  >
                </li>
                <li>
                  <a [routerLink]="taskListLink()">Back to your WRES report for {{ report.contractYear }}</a>
                </li>
              </ul>
            </div>
          </div>
        } @else {
          <wres-back-link [link]="taskListLink().join('/')" text="Back to your report" />
          <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
              @if (submitProblems().length > 0) {
                <wres-report-problems
                  [items]="submitProblems()"
                  description="Nothing has been submitted. Put these right, then submit your report again."
                />
              }
              <h1>
                <span class="nhsuk-caption-l">{{ report.providerName }}</span>
                Check your report
              </h1>
              <p>
                This is your WRES report for {{ report.contractYear }} as your commissioner will see it, with
                the indicators worked out from your figures. Check it before you submit it.
              </p>

              @if (problemCounts().length > 0 && submitProblems().length === 0) {
                <div class="nhsuk-card nhsuk-card--warning">
                  <div class="nhsuk-card__content">
                    <h2 class="nhsuk-card__heading">You cannot submit your report yet</h2>
                    <p class="nhsuk-card__description">These sections still need something:</p>
                    <ul class="nhsuk-list nhsuk-list--bullet">
                      @for (entry of problemCounts(); track entry.section) {
                        <li>
                          <a [routerLink]="sectionLink(report, entry.section)">{{ entry.title }}</a>
                          ({{ entry.count }} {{ entry.count === 1 ? 'problem' : 'problems' }})
                        </li>
                      }
                    </ul>
                  </div>
                </div>
              }

              <h2>Your answers</h2>
              <dl class="nhsuk-summary-list">
                @for (row of rows(); track row.key) {
                  <div class="nhsuk-summary-list__row">
                    <dt class="nhsuk-summary-list__key">{{ row.key }}</dt>
                    <dd class="nhsuk-summary-list__value app-break-words">{{ row.value }}</dd>
                    <dd class="nhsuk-summary-list__actions">
                      <a [routerLink]="sectionLink(report, row.section)"
                        >Change<span class="nhsuk-u-visually-hidden"> {{ row.change }}</span></a
                      >
                    </dd>
                  </div>
                }
              </dl>
            </div>
          </div>

          <h2>Preview of your report</h2>
          @if (preview(); as shown) {
            <wres-report-view
              [document]="shown.document"
              [indicators]="shown.indicators"
              [contractYear]="report.contractYear"
              [details]="report.draft.details"
              [warnings]="warnings()"
              [previous]="current.value.previous"
            />
          } @else {
            <div class="nhsuk-inset-text">
              <span class="nhsuk-u-visually-hidden">Information: </span>
              <p>
                The preview appears once every indicator has its figures, or a reason it cannot be reported.
              </p>
            </div>
          }

          <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
              <h2>Submit your report</h2>
              <p>
                By submitting this report you are sending it to your co-ordinating commissioner. Each
                submission is kept as a version: you can submit a changed report later, and this one will stay
                readable.
              </p>
              <form novalidate (submit)="submit($event)">
                <button class="nhsuk-button" type="submit">Submit report</button>
              </form>
            </div>
          </div>
        }
      }
    }
  `,
  styles: `
    .app-break-words {
      overflow-wrap: anywhere;
    }
  `,
})
export class ReportCheckPage {
  private readonly api = inject(SubmissionsApi);
  private readonly session = inject(SessionStore);
  private readonly title = inject(Title);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  readonly providerId = input.required<string>();
  /** "2025-26", from the route. */
  readonly year = input.required<string>();

  protected readonly submitted = signal<SubmissionVersion | null>(null);
  protected readonly submitProblems = signal<ReportProblemItem[]>([]);
  private submitting = false;

  private readonly request = computed(() => {
    const contractYear = contractYearFromPath(this.year());
    return contractYear ? { providerId: this.providerId(), contractYear } : null;
  });

  protected readonly state = toSignal(
    toObservable(this.request).pipe(
      switchMap((request) => {
        if (!request) return of<LoadState<CheckPageData>>({ status: 'not-found' });
        const me = this.session.me();
        const own = me ? { id: me.organisation.id, name: me.organisation.name } : null;
        return loadReport(this.api, request.providerId, request.contractYear, own).pipe(
          switchMap((report) =>
            this.previousYear(report).pipe(map((previous): CheckPageData => ({ report, previous }))),
          ),
          toLoadState<CheckPageData>(),
        );
      }),
    ),
    { initialValue: { status: 'loading' } as LoadState<CheckPageData> },
  );

  private readonly report = computed(() => {
    const current = this.state();
    return current.status === 'loaded' ? current.value.report : null;
  });

  private readonly problems = computed(() => {
    const report = this.report();
    return report ? reportProblems(report.draft, report.rules) : [];
  });
  protected readonly problemCounts = computed(() => problemCountsBySection(this.problems()));
  protected readonly warnings = computed(() => {
    const report = this.report();
    return report ? reportWarnings(report.draft, report.rules) : [];
  });
  protected readonly rows = computed(() => {
    const report = this.report();
    return report ? detailRows(report.draft, report.rules) : [];
  });

  /** Worked out in the browser, so the provider sees the figures before anything is sent. */
  protected readonly preview = computed(() => {
    const report = this.report();
    if (!report || this.problems().some((problem) => problem.path.startsWith('document.'))) return null;
    const document = report.draft.document as unknown as WresDocument;
    return { document, indicators: computeIndicators(document).indicators };
  });

  protected readonly taskListLink = computed(() => {
    const report = this.report();
    return report ? reportLink(report.providerId, report.contractYear) : ['/reports'];
  });

  constructor() {
    errorPrefixedTitle(computed(() => this.submitProblems().length > 0));
    effect(() => {
      const report = this.report();
      if (!report) return;
      const version = this.submitted();
      this.title.setTitle(
        formatPageTitle(
          version
            ? `Report submitted – WRES report ${report.contractYear}`
            : `Check your report – WRES report ${report.contractYear}`,
        ),
      );
    });
  }

  protected sectionLink(report: ReportContext, section: string): string[] {
    return sectionLink(report.providerId, report.contractYear, section);
  }

  protected versionLink(report: ReportContext, version: number): string[] {
    return versionLink(report.providerId, report.contractYear, version);
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const report = this.report();
    if (this.submitting || !report) return;
    this.submitting = true;
    this.submitProblems.set([]);
    try {
      const version = await firstValueFrom(this.api.submit(report.providerId, report.contractYear));
      this.submitted.set(version);
      afterNextRender(
        () => {
          const panel = this.document.getElementById('report-submitted');
          if (panel) focusProgrammatically(panel);
        },
        { injector: this.injector },
      );
    } catch (error: unknown) {
      this.submitProblems.set(this.problemItems(report, error));
    } finally {
      this.submitting = false;
    }
  }

  private problemItems(report: ReportContext, error: unknown): ReportProblemItem[] {
    if (error instanceof HttpErrorResponse && error.status === 400) {
      const problems = problemsInWords(fieldProblems(error), report.draft, report.rules);
      if (problems.length === 0) return [{ text: errorMessage(error) ?? 'The report has problems' }];
      return problems.map((problem) => ({
        text: problem.text,
        link: problem.section ? this.sectionLink(report, problem.section) : undefined,
        fragment: problem.fieldId ?? undefined,
      }));
    }
    if (error instanceof HttpErrorResponse && [403, 404, 409].includes(error.status)) {
      return [{ text: errorMessage(error) ?? 'You cannot submit this report' }];
    }
    return [{ text: SERVICE_PROBLEM_MESSAGE }];
  }

  /** Last year's latest submitted version, for the preview to show beside this year's; any failure means none. */
  private previousYear(report: ReportContext): Observable<PreviousReport | null> {
    const lastYear = contractYearFromPath(contractYearToPath(previousContractYear(report.contractYear)));
    if (!lastYear) return of(null);
    return this.api.get(report.providerId, lastYear).pipe(
      switchMap((submission) =>
        submission.currentVersion > 0
          ? this.api.version(report.providerId, lastYear, submission.currentVersion).pipe(
              map((version) => {
                const submitted = submittedReportOf(version);
                return submitted ? { contractYear: lastYear, ...submitted } : null;
              }),
            )
          : of(null),
      ),
      catchError(() => of(null)),
    );
  }
}

import { formatLondonDateTime } from '@wres/domain/calendar';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import type { SubmissionVersion } from '@wres/shared/contracts';
import { contractYearFromPath } from '@wres/web/contracts/data-access';
import {
  BackLinkComponent,
  LoadState,
  PageNotFoundComponent,
  ServiceProblemComponent,
  SummaryListComponent,
  SummaryListRow,
  TagComponent,
  formatPageTitle,
  textRow,
  toLoadState,
} from '@wres/web/shared/ui';
import { SubmissionsApi } from '@wres/web/submissions/data-access';
import { ReportViewComponent } from '@wres/web/submissions/ui';
import { Observable, catchError, forkJoin, map, of, switchMap } from 'rxjs';
import { previousYearReport } from './previous-year-report';
import { PreviousYear, SubmittedReport, previousBeside, submittedReportOf } from './report-version.model';

interface VersionRequest {
  providerId: string;
  contractYear: string;
  version: number;
}

interface ReportVersion {
  version: SubmissionVersion;
  report: SubmittedReport;
  previous: PreviousYear;
  /** Null when the provider's name could not be fetched: the report still shows. */
  providerName: string | null;
}

/**
 * One submitted version of a provider's WRES report (`/reports/:providerId/:year/versions/:version`), in the
 * template's layout with last year's headline figures beside it, ready to print.
 */
@Component({
  selector: 'wres-report-version-page',
  imports: [
    BackLinkComponent,
    PageNotFoundComponent,
    ReportViewComponent,
    ServiceProblemComponent,
    SummaryListComponent,
    TagComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <p role="status">Loading the report</p>
      }
      @case ('not-found') {
        <wres-page-not-found />
      }
      @case ('failed') {
        <wres-service-problem />
      }
      @case ('loaded') {
        @let loaded = current.value;
        @let submitted = loaded.version;
        <wres-back-link [link]="backLink()" [text]="'Back to the ' + submitted.contractYear + ' report'" />
        <h1>
          @if (loaded.providerName; as providerName) {
            <span class="nhsuk-caption-l">{{ providerName }}</span>
          }
          WRES annual report {{ submitted.contractYear }}, version {{ submitted.version }}
        </h1>

        @if (submitted.late) {
          <div class="nhsuk-inset-text">
            <span class="nhsuk-u-visually-hidden">Information: </span>
            <p><wres-tag text="Submitted late" colour="orange" /></p>
            <p>Reason given: {{ lateReason() ?? 'No reason was given.' }}</p>
          </div>
        }

        <wres-summary-list [rows]="submissionRows()" />

        <button
          class="nhsuk-button nhsuk-button--secondary nhsuk-u-display-none-print"
          type="button"
          (click)="print()"
        >
          Print this report
        </button>

        @if (loaded.previous.status === 'failed') {
          <div class="nhsuk-inset-text">
            <span class="nhsuk-u-visually-hidden">Information: </span>
            <p>
              Last year’s report could not be loaded, so this year’s figures are shown without last year’s
              beside them. Try again later.
            </p>
          </div>
        }

        <wres-report-view
          [document]="loaded.report.document"
          [indicators]="loaded.report.indicators"
          [contractYear]="submitted.contractYear"
          [details]="submitted.details"
          [warnings]="submitted.warnings"
          [previous]="previous()"
        />
      }
    }
  `,
})
export class ReportVersionPage {
  private readonly api = inject(SubmissionsApi);
  private readonly title = inject(Title);
  private readonly document = inject(DOCUMENT);

  /** Route parameters: the provider's id, the contract year as "2018-19" and the version number. */
  readonly providerId = input.required<string>();
  readonly year = input.required<string>();
  readonly version = input.required<string>();

  /** Null when the address cannot name a version: shown as not found without asking the API. */
  private readonly request = computed((): VersionRequest | null => {
    const contractYear = contractYearFromPath(this.year());
    const version = Number(this.version());
    if (!contractYear || !Number.isInteger(version) || version < 1) return null;
    return { providerId: this.providerId(), contractYear, version };
  });

  protected readonly state = toSignal(
    toObservable(this.request).pipe(
      switchMap((request) =>
        request
          ? this.load(request).pipe(toLoadState())
          : of<LoadState<ReportVersion>>({ status: 'not-found' }),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<ReportVersion> },
  );

  private readonly loaded = computed(() => {
    const current = this.state();
    return current.status === 'loaded' ? current.value : null;
  });

  protected readonly backLink = computed(
    () => `/reports/${encodeURIComponent(this.providerId())}/${encodeURIComponent(this.year())}`,
  );

  protected readonly previous = computed(() => previousBeside(this.loaded()?.previous));

  /** The version records why it was late; older drafts kept it only in the details. */
  protected readonly lateReason = computed(() => {
    const version = this.loaded()?.version;
    return version?.lateReason || version?.details.lateReason || null;
  });

  protected readonly submissionRows = computed((): SummaryListRow[] => {
    const version = this.loaded()?.version;
    if (!version) return [];
    return [
      textRow('Submitted by', version.submittedBy.displayName),
      textRow('Submitted', this.when(version.submittedAt)),
    ];
  });

  constructor() {
    effect(() => {
      const current = this.state();
      if (current.status === 'loaded') {
        const { version, providerName } = current.value;
        const page = `WRES annual report ${version.contractYear}, version ${version.version}`;
        // The title also names the file when the report is printed to PDF.
        this.title.setTitle(formatPageTitle(providerName ? `${providerName}: ${page}` : page));
      }
      if (current.status === 'not-found') this.title.setTitle(formatPageTitle('Page not found'));
    });
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  private when(isoDateTime: string): string {
    return formatLondonDateTime(isoDateTime);
  }

  private load({ providerId, contractYear, version }: VersionRequest): Observable<ReportVersion> {
    return forkJoin({
      version: this.api.version(providerId, contractYear, version),
      previous: previousYearReport(this.api, providerId, contractYear),
      // Only for the heading: the report stands without it.
      providerName: this.api.reports(providerId).pipe(
        map((reports) => reports.provider.name),
        catchError(() => of(null)),
      ),
    }).pipe(
      map(({ version: submitted, previous, providerName }) => {
        const report = submittedReportOf(submitted);
        // An unreadable version is a service problem, not something the user can fix.
        if (!report) throw new Error(`Version ${version} of ${contractYear} cannot be read`);
        return { version: submitted, report, previous, providerName };
      }),
    );
  }
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { IndicatorResults, WresDocument } from '@wres/domain/wres';
import type { SubmissionDetails } from '@wres/shared/contracts';
import { SummaryListComponent, SummaryListRow, formatCalendarDate, textRow } from '@wres/web/shared/ui';
import { BandTableComponent } from './band-table.component';
import { BoardTableComponent } from './board-table.component';
import { IndicatorSectionComponent } from './indicator-section.component';
import { RelativeLikelihoodComponent } from './relative-likelihood.component';
import { IndicatorKey } from './report-labels';
import { ReportDetailsComponent } from './report-details.component';
import { buildReportView } from './report-view.model';
import { SurveyResultComponent } from './survey-result.component';

/**
 * A WRES report in the reporting template's layout: what it covers, the submission's details, then the
 * nine indicators with their tables, significance, small-number cautions and narratives. Given last year's
 * report it shows last year's headline figures beside this year's. Raw counts are shown: this is the
 * provider's and its commissioners' own view, not a published one.
 */
@Component({
  selector: 'wres-report-view',
  imports: [
    BandTableComponent,
    BoardTableComponent,
    IndicatorSectionComponent,
    RelativeLikelihoodComponent,
    ReportDetailsComponent,
    SummaryListComponent,
    SurveyResultComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let report = view();
    @let lastYear = report.previousContractYear;
    <div class="wres-report">
      <h2>About this report</h2>
      <wres-summary-list [rows]="aboutRows()" />

      @if (details(); as details) {
        <wres-report-details [details]="details" />
      }

      @if (warnings().length > 0) {
        <div class="nhsuk-inset-text">
          <span class="nhsuk-u-visually-hidden">Information: </span>
          <h2 class="nhsuk-heading-s">Warnings when this version was submitted</h2>
          <ul class="nhsuk-list nhsuk-list--bullet">
            @for (warning of warnings(); track $index) {
              <li>{{ warning.message }}</li>
            }
          </ul>
        </div>
      }

      <h2>How to read the indicators</h2>
      <ul class="nhsuk-list nhsuk-list--bullet">
        <li>
          Indicators 2 to 4 give a relative likelihood: 1.00 means White and BME staff are equally likely;
          above 1 means BME staff fare worse.
        </li>
        <li>
          Indicators 5 to 8 compare the percentages of White and BME respondents to the NHS Staff Survey; the
          difference is BME minus White, in percentage points.
        </li>
        <li>
          “Statistically significant” means the difference between White and BME staff is unlikely to be
          chance alone (95% confidence).
        </li>
        <li>
          Figures are worked out from the counts and rounded only for display: relative likelihoods to 2
          decimal places, percentages to 1.
        </li>
        <li>
          Counts are shown as submitted, without redaction, for the provider and its commissioners. Small
          counts could identify people: do not publish this view as it stands.
        </li>
      </ul>

      <wres-indicator-section
        [indicator]="report.i1"
        [contractYear]="report.contractYear"
        [previousContractYear]="lastYear"
        [narrative]="narrative('i1')"
      >
        @if (report.i1.body; as body) {
          @for (table of body.tables; track table.staffGroup) {
            <wres-band-table [table]="table" [previousContractYear]="body.previousContractYear" />
          }
          <p>{{ body.overall }}</p>
        }
      </wres-indicator-section>

      @for (indicator of report.relativeLikelihoods; track indicator.key) {
        <wres-indicator-section
          [indicator]="indicator"
          [contractYear]="report.contractYear"
          [previousContractYear]="lastYear"
          [narrative]="narrative(indicator.key)"
        >
          @if (indicator.body; as body) {
            <wres-relative-likelihood [result]="body" />
          }
        </wres-indicator-section>
      }

      @for (indicator of report.surveys; track indicator.key) {
        <wres-indicator-section
          [indicator]="indicator"
          [contractYear]="report.contractYear"
          [previousContractYear]="lastYear"
          [narrative]="narrative(indicator.key)"
        >
          @if (indicator.body; as body) {
            <wres-survey-result [result]="body" />
          }
        </wres-indicator-section>
      }

      <wres-indicator-section
        [indicator]="report.i9"
        [contractYear]="report.contractYear"
        [previousContractYear]="lastYear"
        [narrative]="narrative('i9')"
      >
        @if (report.i9.body; as board) {
          <wres-board-table [rows]="board.rows" [caption]="board.caption" />
          <p>
            Boards are small: one member joining or leaving moves these percentages a lot, so read a change
            from last year with that in mind.
          </p>
        }
      </wres-indicator-section>
    </div>
  `,
})
export class ReportViewComponent {
  readonly document = input.required<WresDocument>();
  readonly indicators = input.required<IndicatorResults>();
  /** "2018/19". */
  readonly contractYear = input.required<string>();
  readonly details = input<SubmissionDetails | null>(null);
  readonly warnings = input<ReadonlyArray<{ path: string; message: string }>>([]);
  /** Last year's report, to show its headline figures beside this year's. */
  readonly previous = input<{
    contractYear: string;
    document: WresDocument;
    indicators: IndicatorResults;
  } | null>(null);

  protected readonly view = computed(() =>
    buildReportView(this.document(), this.indicators(), this.contractYear(), this.previous()),
  );

  protected readonly aboutRows = computed((): SummaryListRow[] => {
    const report = this.view();
    return [
      textRow('Contract year', report.contractYear),
      textRow('Workforce data as at', formatCalendarDate(report.reportingPeriodEnd)),
      textRow(
        'Staff who self-reported their ethnicity',
        report.selfReportedEthnicity.reason === null
          ? `${report.selfReportedEthnicity.text} (${report.selfReportedCounts})`
          : `${report.selfReportedEthnicity.text}: ${report.selfReportedEthnicity.reason}`,
      ),
      ...(report.workforcePercentBme && report.workforcePercentBme.reason === null
        ? [
            textRow(
              'BME staff in the workforce',
              `${report.workforcePercentBme.text} of staff of known ethnicity`,
            ),
          ]
        : []),
      ...(report.previousContractYear
        ? [
            textRow(
              'Compared with',
              `${report.previousContractYear}: last year's headline figures are shown beside this year's`,
            ),
          ]
        : []),
    ];
  });

  protected narrative(key: IndicatorKey): string | null {
    return this.details()?.narratives?.[key]?.trim() || null;
  }
}

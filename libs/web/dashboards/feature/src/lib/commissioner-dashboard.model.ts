import { INDICATOR_DESCRIPTIONS } from '@wres/domain/reporting';
import { REPORT_STATUS_LABELS } from '@wres/shared/contracts';
import type {
  CommissionerDashboard,
  CommissionerDashboardProvider,
  CommissionerDashboardSummary,
  DashboardScope,
  Figure,
  HeadlineBoardGap,
  HeadlineIndicators,
  HeadlineRelativeLikelihood,
  HeadlineSurveyGap,
  IndicatorMeasure,
  ReportStatus,
  ReviewState,
} from '@wres/shared/contracts';
import {
  NOT_COMPUTABLE_TEXT,
  NoteNumbers,
  TrendMarkerView,
  contractYearPath,
  daysLateText,
  formatInterval,
  formatMeasure,
  isNotComputable,
  significanceText,
  trendMarkerView,
} from './dashboard-format.model';

/**
 * The commissioner dashboard as the page shows it: counts in words, a status tag per report (words first,
 * colour only reinforcing them) and headline indicators with their confidence intervals, significance and
 * trend markers. No Angular here.
 */

export interface CountLine {
  label: string;
  count: number;
}

export interface SummaryGroup {
  id: string;
  heading: string;
  lines: CountLine[];
  /** A sentence under the counts, e.g. how late late reports were. */
  note: string | null;
}

/** The headline cards: the few counts a commissioner looks for first. */
export interface HeadlineCount {
  label: string;
  count: number;
  description: string;
}

export function headlineCounts(summary: CommissionerDashboardSummary): HeadlineCount[] {
  const submitted = summary.reports.submittedOnTime + summary.reports.submittedLate;
  return [
    {
      label: 'Providers',
      count: summary.providers,
      description: 'on contracts it co-ordinates this year',
    },
    { label: 'In scope', count: summary.scope.inScope, description: 'must send a WRES annual report' },
    {
      label: 'Scope presumed',
      count: summary.scope.presumed,
      description: 'awaiting confirmation by the co-ordinating commissioner',
    },
    {
      label: 'Submitted',
      count: submitted,
      description: `${summary.reports.submittedOnTime} on time, ${summary.reports.submittedLate} late`,
    },
    { label: 'Overdue', count: summary.reports.overdue, description: 'past the due date, not yet submitted' },
    { label: 'Assured', count: summary.assurance.assured, description: 'reports assured after review' },
  ];
}

export function summaryGroups(summary: CommissionerDashboardSummary): SummaryGroup[] {
  const { scope, reports, assurance, lateness } = summary;
  return [
    {
      id: 'scope',
      heading: 'Scope',
      lines: [
        { label: 'In scope', count: scope.inScope },
        { label: 'Exempt', count: scope.exempt },
        { label: 'Exempt: small provider', count: scope.exemptSmallProvider },
        { label: 'Exempt: provider type not covered', count: scope.exemptProviderKind },
        { label: 'Not yet decided', count: scope.notDecided },
        { label: 'Presumed, awaiting confirmation', count: scope.presumed },
        { label: 'Confirmed', count: scope.confirmed },
      ],
      note:
        summary.associateProviders > 0
          ? `${summary.associateProviders} more ${plural(summary.associateProviders, 'provider')} on contracts where it is only an associate commissioner ${summary.associateProviders === 1 ? 'is' : 'are'} listed below but not counted.`
          : null,
    },
    {
      id: 'reports',
      heading: 'Annual reports',
      lines: [
        { label: 'Submitted on time', count: reports.submittedOnTime },
        { label: 'Submitted late', count: reports.submittedLate },
        { label: 'Overdue', count: reports.overdue },
        { label: 'Due, not yet overdue', count: reports.due },
        { label: 'Not required', count: reports.notRequired },
      ],
      note: latenessNote(lateness),
    },
    {
      id: 'assurance',
      heading: 'Assurance',
      lines: [
        { label: 'Awaiting review', count: assurance.awaitingReview },
        { label: 'In review', count: assurance.inReview },
        { label: 'Changes requested', count: assurance.changesRequested },
        { label: 'Resubmitted', count: assurance.resubmitted },
        { label: 'Assured', count: assurance.assured },
        { label: 'Not assured', count: assurance.notAssured },
      ],
      note: null,
    },
  ];
}

export function latenessNote(lateness: CommissionerDashboardSummary['lateness']): string | null {
  if (lateness.medianDaysLate === null || lateness.maxDaysLate === null) return null;
  return (
    `Late reports arrived a median of ${daysLateText(lateness.medianDaysLate)}, ` +
    `the latest ${daysLateText(lateness.maxDaysLate)}.`
  );
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

// ---- Status tags ----

/** The NHS.UK tag colours the dashboards use. */
export type DashboardTagColour = 'blue' | 'red' | 'green' | 'orange' | 'grey' | 'yellow' | 'white';

export interface StatusTag {
  text: string;
  colour: DashboardTagColour;
}

const REPORT_STATUS_COLOURS: { readonly [S in ReportStatus]: DashboardTagColour } = {
  due: 'blue',
  overdue: 'red',
  submitted: 'green',
  'submitted-late': 'orange',
  'not-required': 'grey',
};

export function reportStatusTag(status: ReportStatus): StatusTag {
  return { text: REPORT_STATUS_LABELS[status] ?? status, colour: REPORT_STATUS_COLOURS[status] ?? 'grey' };
}

export const REVIEW_STATE_LABELS: { readonly [S in ReviewState]: string } = {
  submitted: 'Awaiting review',
  'in-review': 'In review',
  'changes-requested': 'Changes requested',
  resubmitted: 'Resubmitted',
  assured: 'Assured',
  'not-assured': 'Not assured',
};

export const SCOPE_LABELS: { readonly [S in DashboardScope]: string } = {
  applies: 'In scope',
  'small-provider-exempt': 'Exempt: small provider',
  'provider-kind-not-covered': 'Exempt: provider type not covered',
  'not-decided': 'Not yet decided',
};

// ---- Headline indicators ----

export type HeadlineIndicator = Exclude<keyof HeadlineIndicators, 'version'>;

export const HEADLINE_INDICATORS: readonly HeadlineIndicator[] = [
  'i2',
  'i3',
  'i4',
  'i5',
  'i6',
  'i7',
  'i8',
  'i9',
];

/** Short column headings; the full wording is in each indicator's description. */
export const HEADLINE_HEADINGS: { readonly [I in HeadlineIndicator]: string } = {
  i2: 'Indicator 2: appointed from shortlisting (relative likelihood)',
  i3: 'Indicator 3: formal disciplinary process (relative likelihood)',
  i4: 'Indicator 4: non-mandatory training and CPD (relative likelihood)',
  i5: 'Indicator 5: harassment from patients or the public (BME minus White, points)',
  i6: 'Indicator 6: harassment from staff (BME minus White, points)',
  i7: 'Indicator 7: equal opportunities for progression (BME minus White, points)',
  i8: 'Indicator 8: discrimination from colleagues (BME minus White, points)',
  i9: 'Indicator 9: board minus workforce %BME (points)',
};

export interface HeadlineCellView {
  indicator: HeadlineIndicator;
  /** "1.97", "+2.0", "Not computable" or "" (nothing submitted). */
  figure: string;
  /** "95% CI 1.62 to 2.40", or the groups' percentages for survey and board figures. */
  detail: string | null;
  significance: string | null;
  smallNumbers: boolean;
  trend: TrendMarkerView | null;
  /** The number of the note explaining why the figure is not computable. */
  note: number | null;
}

function measureOf(indicator: HeadlineIndicator): IndicatorMeasure {
  return INDICATOR_DESCRIPTIONS[indicator].measure;
}

export function headlineCell(
  indicator: HeadlineIndicator,
  figure: Figure<HeadlineRelativeLikelihood | HeadlineSurveyGap | HeadlineBoardGap>,
  notes: NoteNumbers,
): HeadlineCellView {
  const empty = { indicator, detail: null, significance: null, smallNumbers: false, trend: null, note: null };
  if (isNotComputable(figure)) {
    return { ...empty, figure: NOT_COMPUTABLE_TEXT, note: notes.numberFor(figure.reason) };
  }
  const measure = measureOf(indicator);
  if ('relativeLikelihood' in figure) {
    return {
      ...empty,
      figure: formatMeasure(measure, figure.relativeLikelihood),
      detail: `95% CI ${formatInterval(measure, figure.ci95)}`,
      significance: significanceText(figure.significant),
      smallNumbers: figure.smallNumbers,
      trend: trendMarkerView(figure.trend),
    };
  }
  if ('whitePercent' in figure) {
    return {
      ...empty,
      figure: formatMeasure(measure, figure.differencePoints),
      detail: `BME ${formatMeasure('percent-bme', figure.bmePercent)}, White ${formatMeasure('percent-bme', figure.whitePercent)}`,
      significance: significanceText(figure.significant),
      smallNumbers: figure.smallNumbers,
      trend: trendMarkerView(figure.trend),
    };
  }
  return {
    ...empty,
    figure: formatMeasure(measure, figure.differencePoints),
    detail: `Board ${formatMeasure('percent-bme', figure.boardPercentBme)}, workforce ${formatMeasure('percent-bme', figure.workforcePercentBme)}`,
    trend: trendMarkerView(figure.trend),
  };
}

// ---- Provider rows ----

export interface ProviderRowView {
  id: string;
  name: string;
  odsCode: string;
  coordinating: boolean;
  scope: string;
  /** "Presumed" or "Confirmed"; null when scope is not decided. */
  scopeStatus: string | null;
  explanation: string | null;
  status: StatusTag;
  /** "12 days late" for reports submitted late. */
  lateness: string | null;
  /** ISO timestamp of the first version; null until submitted. */
  firstSubmittedAt: string | null;
  review: string;
  /** The report's page in the app: `/reports/:providerId/:year`. */
  reportLink: string[];
  /** Null until a version is submitted. */
  headline: HeadlineCellView[] | null;
}

export function providerRow(
  provider: CommissionerDashboardProvider,
  contractYear: string,
  notes: NoteNumbers,
): ProviderRowView {
  const indicators = provider.indicators;
  return {
    id: provider.provider.id,
    name: provider.provider.name,
    odsCode: provider.provider.odsCode,
    coordinating: provider.coordinating,
    scope: SCOPE_LABELS[provider.scope] ?? provider.scope,
    scopeStatus:
      provider.scopeStatus === null ? null : provider.scopeStatus === 'confirmed' ? 'Confirmed' : 'Presumed',
    explanation: provider.explanation,
    status: reportStatusTag(provider.status),
    lateness: provider.daysLate === null ? null : daysLateText(provider.daysLate),
    firstSubmittedAt: provider.firstSubmittedAt,
    review:
      provider.reviewState === null
        ? 'Not submitted'
        : (REVIEW_STATE_LABELS[provider.reviewState] ?? provider.reviewState),
    reportLink: ['/reports', provider.provider.id, contractYearPath(contractYear)],
    headline: indicators
      ? HEADLINE_INDICATORS.map((indicator) => headlineCell(indicator, indicators[indicator], notes))
      : null,
  };
}

export interface ProvidersView {
  rows: ProviderRowView[];
  /** Why figures are not computable, numbered as the cells refer to them. */
  notes: Array<{ number: number; text: string }>;
}

export function providersView(dashboard: CommissionerDashboard): ProvidersView {
  const notes = new NoteNumbers();
  const rows = dashboard.providers.map((provider) => providerRow(provider, dashboard.contractYear, notes));
  return { rows, notes: notes.notes() };
}

/** "Includes NHS Northfield CCG (before it was succeeded)": whose contracts the figures take in. */
export function includesText(dashboard: CommissionerDashboard): string | null {
  const others = dashboard.includes.filter((organisation) => organisation.id !== dashboard.commissioner.id);
  if (others.length === 0) return null;
  return `Includes contracts held by ${others.map((organisation) => organisation.name).join(' and ')}, its predecessor or successor.`;
}

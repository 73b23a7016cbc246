import type { ScopeStatus } from './contracts';
import type { OrganisationKind, ProviderKind } from './organisations';
import type { ReviewState } from './reviews';
import type { ScopeObligationBasis } from './scope';
import type { ReportStatus } from './submissions';

/*
 * Commissioner and CSU dashboards, trends and exports (architecture "See").
 *
 * Figures are unrounded numbers: round only for display (relative likelihoods 2 dp, percentages and points
 * 1 dp). A figure that cannot be computed is `{ notComputable: true, reason }`, never NaN or null.
 *
 * Small numbers (domain.md §7): a commissioner's own dashboard shows its providers' figures as they are.
 * Everything pooled across organisations, every pooled trend and every export is a `PublishedTable` (or
 * `PublishedCell`s), already suppressed on the server: counts from 1 to threshold−1 show as 'R', percentages
 * from them as 'R%', zeros as '–', and secondary suppression leaves no hidden cell recoverable from totals.
 * Render `display` as it is; `value` is null whenever the figure is hidden.
 */

/** Stands in for a figure that cannot be computed, with a reason a person can read. */
export interface NotComputableFigure {
  notComputable: true;
  reason: string;
}

export type Figure<T> = T | NotComputableFigure;

export interface Interval {
  lower: number;
  upper: number;
}

/** How a figure moved since the provider's previous year, judged on the figures as displayed. */
export type TrendMarker = 'better' | 'worse' | 'same' | 'not-comparable';

/** The indicators a dashboard reports on: i9 is the whole board, i9v voting and i9e executive members. */
export const DASHBOARD_INDICATORS = [
  'i1',
  'i2',
  'i3',
  'i4',
  'i5',
  'i6',
  'i7',
  'i8',
  'i9',
  'i9v',
  'i9e',
] as const;
export type DashboardIndicator = (typeof DASHBOARD_INDICATORS)[number];

/**
 * What a dashboard figure measures: %BME of known-ethnicity staff (i1); a relative likelihood, where 1 is
 * parity and above 1 means BME staff fare worse (i2-i4); BME % minus White %, in points (i5-i8); board %BME
 * minus workforce %BME, in points, negative when the board is less diverse than the workforce (i9).
 */
export type IndicatorMeasure =
  'percent-bme' | 'relative-likelihood' | 'difference-points' | 'board-gap-points';

export interface IndicatorDescription {
  indicator: DashboardIndicator;
  title: string;
  measure: IndicatorMeasure;
  /** Parity: 1 for relative likelihoods, 0 for differences and gaps; null for i1, which has none. */
  parity: number | null;
  /** Which side of parity is adverse for BME staff; null where neither (i1) or both (i9: away from 0). */
  adverse: 'above' | 'below' | null;
}

// ---- Published (suppressed) tables ----

/**
 * What a column holds. `count` columns are suppressed; `percent`, `ratio`, `points` and `flag` figures are
 * hidden when computed from hidden or small counts; `label`, `text`, `date` and `days` are shown as they are.
 */
export type TableColumnKind =
  'label' | 'text' | 'date' | 'days' | 'count' | 'percent' | 'ratio' | 'points' | 'flag';

export interface TableColumn {
  /** Stable key, e.g. 'whiteEvents'; rows' cells are keyed by it. */
  key: string;
  /** The heading a person reads, and the export's header cell. */
  label: string;
  kind: TableColumnKind;
  /**
   * Count columns: the set this column belongs to. In every row, a set's counts add up to the set's total
   * column (if it has one), and every count column adds up to the table's total row (if it has one).
   */
  partition?: string;
  /** Count columns: this column is the row total of the named set. */
  totalOf?: string;
  /** Figures: the count columns of the same row it is computed from; hidden when any of them is. */
  from?: string[];
  /** Percentages: the count columns added up for the numerator, and the denominator's column. */
  numerator?: string[];
  denominator?: string;
  /** Decimal places shown for numbers. */
  decimals?: number;
}

/**
 * shown: as computed. zero: a zero count ('–'). primary: a count from 1 to threshold−1 ('R'). secondary:
 * hidden so a primary cell cannot be worked out from totals ('R'). redacted: a figure computed from hidden
 * or small counts ('R' or 'R%'). not-computable: the figure has no value (display says why). empty: no
 * figure for this row (for example no report).
 */
export type PublishedCellStatus =
  'shown' | 'zero' | 'primary' | 'secondary' | 'redacted' | 'not-computable' | 'empty';

export interface PublishedCell {
  /** What to show: '1,234', '1.97', '23.1%', 'Yes', 'R', 'R%', '–', 'Not computable', '' (empty). */
  display: string;
  /**
   * The value as displayed, for charts and spreadsheets: numbers rounded to the column's decimals, text as
   * is, flags as booleans; null when hidden, zero-as-dash, not computable or empty.
   */
  value: number | string | boolean | null;
  status: PublishedCellStatus;
}

export interface PublishedRow {
  cells: Record<string, PublishedCell>;
}

export interface PublishedTable {
  /** Stable key, also the export's `table` parameter, e.g. 'reporting', 'pooled-i2'. */
  key: string;
  title: string;
  /** Counts from 1 to threshold−1 are hidden. */
  threshold: number;
  columns: TableColumn[];
  rows: PublishedRow[];
  /** The column totals (e.g. the whole region), when the table publishes them. */
  totalRow: PublishedRow | null;
  /** What a reader needs to know: who is counted, how figures were pooled. */
  notes: string[];
}

// ---- Commissioner dashboard ----

export interface DashboardOrganisation {
  id: string;
  name: string;
  odsCode: string;
  kind: OrganisationKind;
}

/** Headline relative likelihood (i2-i4) with its 95% CI; `ci95` is null where the CI cannot be computed. */
export interface HeadlineRelativeLikelihood {
  relativeLikelihood: number;
  ci95: Interval | null;
  significant: boolean;
  /** Any group count is small: the figure can swing widely from year to year (seed 003). */
  smallNumbers: boolean;
  trend: TrendMarker;
}

/** Headline survey result (i5-i8): BME % minus White %, with the two-proportion test. */
export interface HeadlineSurveyGap {
  whitePercent: number;
  bmePercent: number;
  differencePoints: number;
  significant: boolean;
  smallNumbers: boolean;
  trend: TrendMarker;
}

/** Headline board representation (i9, whole board): board %BME minus workforce %BME. */
export interface HeadlineBoardGap {
  boardPercentBme: number;
  workforcePercentBme: number;
  differencePoints: number;
  trend: TrendMarker;
}

export interface HeadlineIndicators {
  /** The submitted version these come from (the latest). */
  version: number;
  i2: Figure<HeadlineRelativeLikelihood>;
  i3: Figure<HeadlineRelativeLikelihood>;
  i4: Figure<HeadlineRelativeLikelihood>;
  i5: Figure<HeadlineSurveyGap>;
  i6: Figure<HeadlineSurveyGap>;
  i7: Figure<HeadlineSurveyGap>;
  i8: Figure<HeadlineSurveyGap>;
  i9: Figure<HeadlineBoardGap>;
}

/** Scope of the WRES annual report (SC13.5.2) as decided: in scope, exempt and why, or not yet decided. */
export type DashboardScope = ScopeObligationBasis | 'not-decided';

export interface CommissionerDashboardProvider {
  provider: { id: string; name: string; odsCode: string; providerKind: ProviderKind | null };
  /** The commissioner co-ordinates a contract with this provider; associates see the row but it is not counted. */
  coordinating: boolean;
  scope: DashboardScope;
  /** presumed until a co-ordinating commissioner confirms it; null when not decided. */
  scopeStatus: ScopeStatus | null;
  explanation: string | null;
  status: ReportStatus;
  /** ISO date the annual report is due (Europe/London); null when the year has no calendar. */
  dueDate: string | null;
  /** When the first version was submitted (ISO timestamp); its own late flag decides submitted late. */
  firstSubmittedAt: string | null;
  /** Calendar days after the due date the first version arrived; null unless submitted late. */
  daysLate: number | null;
  currentVersion: number;
  reviewState: ReviewState | null;
  /** Null until submitted. Trend markers compare with the provider's previous year's latest version. */
  indicators: HeadlineIndicators | null;
  /** api paths to drill down to the provider's reports, this year's report and its review. */
  links: { reports: string; report: string; review: string };
}

/** Counts over the providers the commissioner co-ordinates a contract with that year. */
export interface CommissionerDashboardSummary {
  providers: number;
  /** Providers the commissioner is only an associate for: listed, not counted here. */
  associateProviders: number;
  scope: {
    inScope: number;
    exempt: number;
    exemptSmallProvider: number;
    exemptProviderKind: number;
    notDecided: number;
    presumed: number;
    confirmed: number;
  };
  /** One status per provider (reportStatus): these add up to `providers`. */
  reports: {
    due: number;
    overdue: number;
    submittedOnTime: number;
    submittedLate: number;
    notRequired: number;
  };
  /** Over reports submitted late: calendar days after the due date; null when none were late. */
  lateness: { medianDaysLate: number | null; maxDaysLate: number | null };
  /** Where each submitted report is in assurance: these add up to submitted on time + late. */
  assurance: {
    awaitingReview: number;
    inReview: number;
    changesRequested: number;
    resubmitted: number;
    assured: number;
    notAssured: number;
  };
}

export interface CommissionerDashboard {
  contractYear: string;
  /** The commissioner asked about. */
  commissioner: DashboardOrganisation;
  /** It and its predecessor or successor, whose contracts are included (a CCG's passed to its ICB). */
  includes: DashboardOrganisation[];
  /** ISO date the year's annual report is due; null without a calendar. */
  dueDate: string | null;
  /** London's date the dashboard was drawn up (due and overdue depend on it). */
  asOf: string;
  summary: CommissionerDashboardSummary;
  /** Co-ordinated providers first, then associates; each by name. */
  providers: CommissionerDashboardProvider[];
  /** Tables for `GET .../commissioner/export?table=`. */
  exportTables: string[];
}

// ---- CSU dashboard ----

/** Reports expected by one commissioner that year, and how they arrived. */
export interface ReportingRateRow {
  commissioner: DashboardOrganisation;
  /** The WRES report applies and the commissioner co-ordinates a contract with the provider. */
  expected: number;
  submittedOnTime: number;
  submittedLate: number;
  overdue: number;
  /** Not yet submitted and not yet past the due date. */
  due: number;
  submitted: number;
  /** submitted ÷ expected × 100. */
  reportingRatePercent: Figure<number>;
  /** submitted on time ÷ expected × 100. */
  timelinessPercent: Figure<number>;
}

/** One provider's figure for an indicator, from its latest submitted version. */
export interface DistributionFigure {
  value: number;
  ci95: Interval | null;
  /** False where the indicator has no significance test (i1, i9). */
  significant: boolean;
  smallNumbers: boolean;
}

export interface DistributionSummary {
  /** Providers with a computable figure. */
  figures: number;
  notComputable: number;
  lowest: number | null;
  lowerQuartile: number | null;
  median: number | null;
  upperQuartile: number | null;
  highest: number | null;
  significantlyAdverse: number;
  significantlyFavourable: number;
  notSignificant: number;
  /** Figures without a significance test (i1, i9). */
  notTested: number;
}

export interface IndicatorDistribution extends IndicatorDescription {
  providers: Array<{
    provider: { id: string; name: string; odsCode: string };
    /** The commissioner the provider's figures are pooled under (see CsuDashboard.pooling). */
    commissionerId: string;
    figure: Figure<DistributionFigure>;
  }>;
  summary: DistributionSummary;
}

export interface CsuDashboard {
  contractYear: string;
  /** The CSU (or, for a commissioner or admin, the caller's organisation). */
  organisation: DashboardOrganisation;
  /** Commissioners in the caller's remit holding a co-ordinated contract that year. */
  commissioners: DashboardOrganisation[];
  asOf: string;
  dueDate: string | null;
  reporting: {
    rows: ReportingRateRow[];
    /** Sums of the rows: a provider co-ordinated by two commissioners is expected by each. */
    total: Omit<ReportingRateRow, 'commissioner'>;
  };
  /** Each indicator's spread across providers (latest versions), for a forest plot. */
  distributions: IndicatorDistribution[];
  /** Pooled figures (counts summed before any ratio), one suppressed table per indicator. */
  pooled: PublishedTable[];
  /** How providers are assigned to a commissioner for pooling, in words. */
  pooling: string;
  exportTables: string[];
}

// ---- Trends ----

export type TrendSubjectKind = 'provider' | 'portfolio' | 'region';

/** One year's figure: suppressed cells for pooled trends; cells shown as they are for a provider's own. */
export interface TrendFigure {
  value: PublishedCell;
  ciLower: PublishedCell | null;
  ciUpper: PublishedCell | null;
  significant: PublishedCell | null;
  /** Survey indicators: each group's percentage. */
  whitePercent?: PublishedCell;
  bmePercent?: PublishedCell;
}

export interface TrendSeries extends IndicatorDescription {
  /** Oldest first, one per contract year; figure null where there is no report (or nothing pooled). */
  points: Array<{ contractYear: string; figure: Figure<TrendFigure> | null }>;
}

export interface DashboardTrends {
  subject: { kind: TrendSubjectKind; organisation: DashboardOrganisation };
  /** Pooled trends are suppressed; a provider's own are not. */
  suppressed: boolean;
  threshold: number;
  contractYears: string[];
  series: TrendSeries[];
  notes: string[];
}

// ---- Exports ----

export const DASHBOARD_EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type DashboardExportFormat = (typeof DASHBOARD_EXPORT_FORMATS)[number];

/** The export as JSON (format=json): exactly the tables a CSV or XLSX export writes. */
export interface DashboardExport {
  dashboard: 'commissioner' | 'csu';
  contractYear: string;
  organisation: DashboardOrganisation;
  generatedAt: string;
  tables: PublishedTable[];
}

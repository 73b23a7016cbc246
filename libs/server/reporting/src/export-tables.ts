import {
  basisOf,
  describeIndicator,
  FigureCell,
  IndicatorCounts,
  providerFigure,
  publishTable,
  ReportTable,
  summariseDistribution,
  TableCellInput,
  TableRowInput,
} from '@wres/domain/reporting';
import { isNotComputable, notComputableResult } from '@wres/domain/wres';
import { DASHBOARD_INDICATORS } from '@wres/shared/contracts';
import type {
  CommissionerDashboardProvider,
  DashboardIndicator,
  DistributionFigure,
  Figure,
  PublishedTable,
  ReviewState,
  TableColumn,
  TableColumnKind,
} from '@wres/shared/contracts';
import type { CommissionerDashboardData, ComplianceCell } from './commissioner-dashboard.service';
import type { CsuDashboardData } from './csu-dashboard.service';

/*
 * Every table of the dashboards as it leaves the service: built from the same data the screen shows and
 * published (suppressed) by the reporting domain. Exports never carry raw small counts (domain.md §7).
 */

const SCOPE_ROWS: Array<[ComplianceCell['scope'], string]> = [
  ['applies', 'In scope'],
  ['small-provider-exempt', 'Exempt: small provider'],
  ['provider-kind-not-covered', 'Exempt: provider kind not covered'],
  ['not-decided', 'Not decided'],
];

const STATUS_ROWS: Array<[ComplianceCell['status'], string]> = [
  ['due', 'Due'],
  ['overdue', 'Overdue'],
  ['submitted', 'Submitted on time'],
  ['submitted-late', 'Submitted late'],
  ['not-required', 'Not required'],
];

const REVIEW_ROWS: Array<[ReviewState, string]> = [
  ['submitted', 'Awaiting review'],
  ['in-review', 'In review'],
  ['changes-requested', 'Changes requested'],
  ['resubmitted', 'Resubmitted'],
  ['assured', 'Assured'],
  ['not-assured', 'Not assured'],
];

function total(cells: readonly ComplianceCell[], where: (cell: ComplianceCell) => boolean): number {
  return cells.filter(where).reduce((sum, cell) => sum + cell.providers, 0);
}

/** Co-ordinated providers by scope decision and whether it is confirmed. */
export function scopeTable(cells: readonly ComplianceCell[]): ReportTable {
  const line = (label: string, where: (cell: ComplianceCell) => boolean): TableRowInput => ({
    name: label,
    presumed: total(cells, (cell) => where(cell) && cell.scopeStatus === 'presumed'),
    confirmed: total(cells, (cell) => where(cell) && cell.scopeStatus === 'confirmed'),
    notDecided: total(cells, (cell) => where(cell) && cell.scopeStatus === 'not-decided'),
    all: total(cells, where),
  });
  return {
    key: 'scope',
    title: 'Providers by scope of the WRES annual report (SC13.5.2)',
    columns: [
      { key: 'name', label: 'Scope', kind: 'label' },
      { key: 'presumed', label: 'Presumed', kind: 'count', partition: 'status' },
      { key: 'confirmed', label: 'Confirmed', kind: 'count', partition: 'status' },
      { key: 'notDecided', label: 'Not decided', kind: 'count', partition: 'status' },
      { key: 'all', label: 'All', kind: 'count', totalOf: 'status' },
    ],
    rows: SCOPE_ROWS.map(([scope, label]) => line(label, (cell) => cell.scope === scope)),
    totalRow: line('All providers', () => true),
    notes: ['Providers the commissioner co-ordinates a contract with that year.'],
  };
}

/** Co-ordinated providers by where their annual report stands. */
export function reportsTable(cells: readonly ComplianceCell[]): ReportTable {
  return {
    key: 'reports',
    title: 'WRES annual reports by status',
    columns: [
      { key: 'name', label: 'Report status', kind: 'label' },
      { key: 'providers', label: 'Providers', kind: 'count' },
    ],
    rows: STATUS_ROWS.map(([status, label]) => ({
      name: label,
      providers: total(cells, (cell) => cell.status === status),
    })),
    totalRow: { name: 'All providers', providers: total(cells, () => true) },
    notes: ['Submitted late: the first version arrived after the due date.'],
  };
}

/** Submitted reports by assurance state, on time or late. */
export function assuranceTable(cells: readonly ComplianceCell[]): ReportTable {
  const submitted = (cell: ComplianceCell) => cell.status === 'submitted' || cell.status === 'submitted-late';
  const line = (label: string, where: (cell: ComplianceCell) => boolean): TableRowInput => ({
    name: label,
    onTime: total(cells, (cell) => where(cell) && cell.status === 'submitted'),
    late: total(cells, (cell) => where(cell) && cell.status === 'submitted-late'),
    submitted: total(cells, (cell) => where(cell) && submitted(cell)),
  });
  return {
    key: 'assurance',
    title: 'Submitted reports by assurance state',
    columns: [
      { key: 'name', label: 'Assurance', kind: 'label' },
      { key: 'onTime', label: 'Submitted on time', kind: 'count', partition: 'timeliness' },
      { key: 'late', label: 'Submitted late', kind: 'count', partition: 'timeliness' },
      { key: 'submitted', label: 'Submitted', kind: 'count', totalOf: 'timeliness' },
    ],
    rows: REVIEW_ROWS.map(([state, label]) =>
      line(label, (cell) => submitted(cell) && cell.reviewState === state),
    ),
    totalRow: line('All submitted reports', submitted),
  };
}

const HEADLINE_RL = ['i2', 'i3', 'i4'] as const;
const NO_INTERVAL = notComputableResult('The confidence interval cannot be computed');
const HEADLINE_SURVEY = ['i5', 'i6', 'i7', 'i8'] as const;

function headlineColumns(): TableColumn[] {
  const number = (indicator: string) => `Indicator ${indicator.slice(1)}`;
  return [
    ...HEADLINE_RL.flatMap((indicator): TableColumn[] => [
      { key: `${indicator}Value`, label: `${number(indicator)}: relative likelihood`, kind: 'ratio' },
      { key: `${indicator}CiLower`, label: `${number(indicator)}: 95% CI lower`, kind: 'ratio' },
      { key: `${indicator}CiUpper`, label: `${number(indicator)}: 95% CI upper`, kind: 'ratio' },
      { key: `${indicator}Significant`, label: `${number(indicator)}: significant`, kind: 'flag' },
      { key: `${indicator}Trend`, label: `${number(indicator)}: since last year`, kind: 'text' },
    ]),
    ...HEADLINE_SURVEY.flatMap((indicator): TableColumn[] => [
      { key: `${indicator}Value`, label: `${number(indicator)}: BME minus White (points)`, kind: 'points' },
      { key: `${indicator}Significant`, label: `${number(indicator)}: significant`, kind: 'flag' },
      { key: `${indicator}Trend`, label: `${number(indicator)}: since last year`, kind: 'text' },
    ]),
    { key: 'i9Value', label: 'Indicator 9: board minus workforce (points)', kind: 'points' },
    { key: 'i9Trend', label: 'Indicator 9: since last year', kind: 'text' },
  ];
}

function headlineCells(
  provider: CommissionerDashboardProvider,
  counts: { current: IndicatorCounts; previous: IndicatorCounts } | undefined,
): TableRowInput {
  const indicators = provider.indicators;
  if (!indicators) return {};
  // Null where the counts are not known: publication then hides the figure rather than trust it.
  const basis = (indicator: DashboardIndicator) => basisOf(indicator, counts?.current ?? {});
  // A marker compares two years' figures, so it hides when either year's counts are small.
  const trendBasis = (indicator: DashboardIndicator) => {
    const current = basis(indicator);
    const previous = basisOf(indicator, counts?.previous ?? {});
    return current && previous ? [...current, ...previous] : null;
  };
  const cells: Record<string, TableCellInput> = {};
  const put = <T>(
    indicator: DashboardIndicator,
    figure: Figure<T>,
    values: Record<string, (value: T) => FigureCell['value']>,
  ) => {
    for (const [suffix, pick] of Object.entries(values)) {
      const key = `${indicator}${suffix}`;
      if (isNotComputable(figure)) {
        cells[key] = suffix === 'Trend' ? 'not comparable' : figure;
        continue;
      }
      cells[key] = {
        value: pick(figure),
        basis: suffix === 'Trend' ? trendBasis(indicator) : basis(indicator),
      };
    }
  };
  const trendWords = (trend: string) => trend.replace('-', ' ');
  for (const indicator of HEADLINE_RL) {
    put(indicator, indicators[indicator], {
      Value: (f) => f.relativeLikelihood,
      CiLower: (f) => f.ci95?.lower ?? NO_INTERVAL,
      CiUpper: (f) => f.ci95?.upper ?? NO_INTERVAL,
      Significant: (f) => f.significant,
      Trend: (f) => trendWords(f.trend),
    });
  }
  for (const indicator of HEADLINE_SURVEY) {
    put(indicator, indicators[indicator], {
      Value: (f) => f.differencePoints,
      Significant: (f) => f.significant,
      Trend: (f) => trendWords(f.trend),
    });
  }
  put('i9', indicators.i9, { Value: (f) => f.differencePoints, Trend: (f) => trendWords(f.trend) });
  return cells;
}

/** Each provider's report status and headline figures; figures from small counts are redacted. */
export function commissionerProvidersTable(data: CommissionerDashboardData): ReportTable {
  const words = (text: string | null) => (text === null ? null : text.replace(/-/g, ' '));
  return {
    key: 'providers',
    title: 'Providers: report status and headline indicators',
    columns: [
      { key: 'name', label: 'Provider', kind: 'label' },
      { key: 'odsCode', label: 'ODS code', kind: 'text' },
      { key: 'coordinating', label: 'Co-ordinating commissioner', kind: 'text' },
      { key: 'scope', label: 'Scope', kind: 'text' },
      { key: 'scopeStatus', label: 'Scope status', kind: 'text' },
      { key: 'status', label: 'Report status', kind: 'text' },
      { key: 'dueDate', label: 'Due date', kind: 'date' },
      { key: 'firstSubmitted', label: 'First submitted', kind: 'date' },
      { key: 'daysLate', label: 'Days late', kind: 'days' },
      { key: 'version', label: 'Latest version', kind: 'text' },
      { key: 'reviewState', label: 'Assurance', kind: 'text' },
      ...headlineColumns(),
    ],
    rows: data.dashboard.providers.map((provider): TableRowInput => ({
      name: provider.provider.name,
      odsCode: provider.provider.odsCode,
      coordinating: provider.coordinating ? 'Yes' : 'No (associate)',
      scope: words(provider.scope),
      scopeStatus: words(provider.scopeStatus),
      status: words(provider.status),
      dueDate: provider.dueDate,
      firstSubmitted: provider.firstSubmittedAt?.slice(0, 10) ?? null,
      daysLate: provider.daysLate,
      version: provider.currentVersion > 0 ? String(provider.currentVersion) : null,
      reviewState: words(provider.reviewState),
      ...headlineCells(provider, data.counts.get(provider.provider.id)),
    })),
    notes: [
      'Relative likelihoods above 1 mean BME staff fare worse; survey figures are BME % minus White %.',
      'A figure computed from a count below the threshold shows as R.',
    ],
  };
}

export function commissionerTables(data: CommissionerDashboardData, threshold?: number): PublishedTable[] {
  return [
    scopeTable(data.cells),
    reportsTable(data.cells),
    assuranceTable(data.cells),
    commissionerProvidersTable(data),
  ].map((table) => publishTable(table, { threshold }));
}

// ---- CSU ----

/** Reports expected by each commissioner and how they arrived, with the rates. */
export function reportingTable(data: CsuDashboardData): ReportTable {
  const { rows, total: all } = data.dashboard.reporting;
  const line = (label: string, row: Omit<(typeof rows)[number], 'commissioner'>): TableRowInput => ({
    name: label,
    expected: row.expected,
    submittedOnTime: row.submittedOnTime,
    submittedLate: row.submittedLate,
    overdue: row.overdue,
    due: row.due,
    reportingRate: row.reportingRatePercent,
    timeliness: row.timelinessPercent,
  });
  return {
    key: 'reporting',
    title: 'Reporting rate and timeliness by commissioner',
    columns: [
      { key: 'name', label: 'Commissioner', kind: 'label' },
      { key: 'expected', label: 'Reports expected', kind: 'count', totalOf: 'reports' },
      { key: 'submittedOnTime', label: 'Submitted on time', kind: 'count', partition: 'reports' },
      { key: 'submittedLate', label: 'Submitted late', kind: 'count', partition: 'reports' },
      { key: 'overdue', label: 'Overdue', kind: 'count', partition: 'reports' },
      { key: 'due', label: 'Not yet due', kind: 'count', partition: 'reports' },
      {
        key: 'reportingRate',
        label: 'Reporting rate',
        kind: 'percent',
        numerator: ['submittedOnTime', 'submittedLate'],
        denominator: 'expected',
      },
      {
        key: 'timeliness',
        label: 'On time',
        kind: 'percent',
        numerator: ['submittedOnTime'],
        denominator: 'expected',
      },
    ],
    rows: rows.map((row) => line(row.commissioner.name, row)),
    totalRow: line('All commissioners', all),
    notes: [
      'A report is expected where the WRES annual report applies and the commissioner co-ordinates a contract with the provider; a provider co-ordinated by two commissioners is expected by each.',
    ],
  };
}

interface FigureColumns {
  readonly columns: TableColumn[];
  readonly cells: (figure: Figure<DistributionFigure>) => Record<string, FigureCell['value']>;
}

function figureColumns(indicator: DashboardIndicator): FigureColumns {
  const { measure, title } = describeIndicator(indicator);
  const short =
    title.split(':')[0] + (indicator === 'i9v' ? ' (voting)' : indicator === 'i9e' ? ' (executive)' : '');
  const kind: TableColumnKind =
    measure === 'percent-bme' ? 'percent' : measure === 'relative-likelihood' ? 'ratio' : 'points';
  const withCi = measure !== 'board-gap-points';
  const tested = measure === 'relative-likelihood' || measure === 'difference-points';
  const value = {
    'percent-bme': '%BME',
    'relative-likelihood': 'relative likelihood',
    'difference-points': 'BME minus White (points)',
    'board-gap-points': 'board minus workforce (points)',
  }[measure];
  const columns: TableColumn[] = [
    { key: `${indicator}Value`, label: `${short}: ${value}`, kind },
    ...(withCi
      ? [
          { key: `${indicator}CiLower`, label: `${short}: 95% CI lower`, kind },
          { key: `${indicator}CiUpper`, label: `${short}: 95% CI upper`, kind },
        ]
      : []),
    ...(tested
      ? [{ key: `${indicator}Significant`, label: `${short}: significant`, kind: 'flag' as const }]
      : []),
  ];
  return {
    columns,
    cells: (figure) => {
      const pick = (get: (f: DistributionFigure) => FigureCell['value']) =>
        isNotComputable(figure) ? figure : get(figure);
      return {
        [`${indicator}Value`]: pick((f) => f.value),
        ...(withCi
          ? {
              [`${indicator}CiLower`]: pick((f) => f.ci95?.lower ?? NO_INTERVAL),
              [`${indicator}CiUpper`]: pick((f) => f.ci95?.upper ?? NO_INTERVAL),
            }
          : {}),
        ...(tested ? { [`${indicator}Significant`]: pick((f) => f.significant) } : {}),
      };
    },
  };
}

/** Every provider's figure for every indicator, each redacted where its counts are small. */
export function csuProvidersTable(data: CsuDashboardData): ReportTable {
  const names = new Map(data.dashboard.commissioners.map((c) => [c.id, c.name]));
  const layouts = DASHBOARD_INDICATORS.map((indicator) => ({ indicator, ...figureColumns(indicator) }));
  return {
    key: 'providers',
    title: 'Indicators by provider (latest submitted version)',
    columns: [
      { key: 'name', label: 'Provider', kind: 'label' },
      { key: 'odsCode', label: 'ODS code', kind: 'text' },
      { key: 'commissioner', label: 'Pooled under', kind: 'text' },
      ...layouts.flatMap((layout) => layout.columns),
    ],
    rows: data.reported.map((entry): TableRowInput => {
      const cells: Record<string, TableCellInput> = {
        name: entry.provider.name,
        odsCode: entry.provider.odsCode,
        commissioner: names.get(entry.commissionerId) ?? null,
      };
      for (const layout of layouts) {
        const basis = basisOf(layout.indicator, entry.counts);
        const figure = providerFigure(layout.indicator, entry.results, entry.counts);
        for (const [key, value] of Object.entries(layout.cells(figure))) {
          cells[key] = value === null ? null : { value, basis };
        }
      }
      return cells;
    }),
    notes: [
      'A figure computed from a count below the threshold (in either group, events or not) shows as R.',
    ],
  };
}

/**
 * How each indicator is spread across providers, over the figures the providers table publishes: a summary
 * over hidden figures would give them away (the lowest is one provider's figure), so they are left out.
 */
export function distributionTable(data: CsuDashboardData, providers: PublishedTable): ReportTable {
  const rows = DASHBOARD_INDICATORS.map((indicator): TableRowInput => {
    const figures = data.reported
      .map((entry, i) => ({ entry, shown: providers.rows[i].cells[`${indicator}Value`].status === 'shown' }))
      .filter(({ shown }) => shown)
      .map(({ entry }) => providerFigure(indicator, entry.results, entry.counts));
    const summary = summariseDistribution(indicator, figures);
    return {
      name: describeIndicator(indicator).title,
      measure: describeIndicator(indicator).measure.replace(/-/g, ' '),
      figures: summary.figures,
      significantlyAdverse: summary.significantlyAdverse,
      significantlyFavourable: summary.significantlyFavourable,
      notSignificant: summary.notSignificant,
      notTested: summary.notTested,
      lowest: summary.lowest,
      lowerQuartile: summary.lowerQuartile,
      median: summary.median,
      upperQuartile: summary.upperQuartile,
      highest: summary.highest,
    };
  });
  const statistic = (key: string, label: string): TableColumn => ({ key, label, kind: 'ratio', decimals: 2 });
  return {
    key: 'distribution',
    title: 'Distribution of each indicator across providers',
    columns: [
      { key: 'name', label: 'Indicator', kind: 'label' },
      { key: 'measure', label: 'Measure', kind: 'text' },
      { key: 'figures', label: 'Providers with a published figure', kind: 'count', totalOf: 'significance' },
      {
        key: 'significantlyAdverse',
        label: 'Significantly adverse',
        kind: 'count',
        partition: 'significance',
      },
      {
        key: 'significantlyFavourable',
        label: 'Significantly favourable',
        kind: 'count',
        partition: 'significance',
      },
      { key: 'notSignificant', label: 'Not significant', kind: 'count', partition: 'significance' },
      { key: 'notTested', label: 'No test', kind: 'count', partition: 'significance' },
      statistic('lowest', 'Lowest'),
      statistic('lowerQuartile', 'Lower quartile'),
      statistic('median', 'Median'),
      statistic('upperQuartile', 'Upper quartile'),
      statistic('highest', 'Highest'),
    ],
    rows,
    notes: [
      'Over the providers whose figure the providers table publishes; figures from small counts are left out.',
      'Adverse: worse for BME staff (relative likelihood above 1; BME % above White % for indicators 5, 6 and 8, below for 7).',
    ],
  };
}

export function csuTables(data: CsuDashboardData, threshold?: number): PublishedTable[] {
  const reporting = publishTable(reportingTable(data), { threshold });
  const providers = publishTable(csuProvidersTable(data), { threshold });
  const distribution = publishTable(distributionTable(data, providers), { threshold });
  return [reporting, providers, distribution, ...data.dashboard.pooled];
}

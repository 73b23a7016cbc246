import { formatNumber, formatPercent } from '@wres/domain/wres';
import type {
  CsuDashboard,
  DistributionFigure,
  Figure,
  IndicatorDistribution,
  IndicatorMeasure,
  ReportingRateRow,
} from '@wres/shared/contracts';
import { CHART_COLOURS, ChartSeries, ChartSpec, DASHES, PointShape, referenceLine } from './chart.model';
import {
  NOT_COMPUTABLE_TEXT,
  NoteNumbers,
  axisTitle,
  decimalsOf,
  formatInterval,
  formatMeasure,
  isNotComputable,
} from './dashboard-format.model';

/**
 * The CSU dashboard as the page shows it: reporting by commissioner, and each indicator's spread across
 * providers as a forest plot with the same figures as a table. No Angular here.
 */

// ---- Reporting rate and timeliness ----

export interface ReportingRowView {
  /** Null for the total row. */
  commissionerId: string | null;
  name: string;
  expected: string;
  submittedOnTime: string;
  submittedLate: string;
  overdue: string;
  due: string;
  reportingRate: string;
  timeliness: string;
  total: boolean;
}

function percentText(figure: Figure<number>): string {
  return isNotComputable(figure) ? NOT_COMPUTABLE_TEXT : formatPercent(figure);
}

function reportingRow(
  row: Omit<ReportingRateRow, 'commissioner'>,
  commissioner: { id: string; name: string } | null,
  totalName: string,
): ReportingRowView {
  return {
    commissionerId: commissioner?.id ?? null,
    name: commissioner?.name ?? totalName,
    expected: formatNumber(row.expected),
    submittedOnTime: formatNumber(row.submittedOnTime),
    submittedLate: formatNumber(row.submittedLate),
    overdue: formatNumber(row.overdue),
    due: formatNumber(row.due),
    reportingRate: percentText(row.reportingRatePercent),
    timeliness: percentText(row.timelinessPercent),
    total: commissioner === null,
  };
}

export function reportingRows(dashboard: CsuDashboard): ReportingRowView[] {
  return [
    ...dashboard.reporting.rows.map((row) => reportingRow(row, row.commissioner, '')),
    reportingRow(dashboard.reporting.total, null, 'All commissioners'),
  ];
}

// ---- Distributions ----

export type SignificanceCategory = 'adverse' | 'favourable' | 'not-significant' | 'not-tested';

interface CategoryStyle {
  label: string;
  colour: string;
  pointShape: PointShape;
}

/** Each category has its own shape as well as colour, and the table says it in words. */
export const SIGNIFICANCE_CATEGORIES: { readonly [C in SignificanceCategory]: CategoryStyle } = {
  adverse: {
    label: 'Significantly adverse for BME staff',
    colour: CHART_COLOURS.red,
    pointShape: 'triangle',
  },
  favourable: {
    label: 'Significantly favourable for BME staff',
    colour: CHART_COLOURS.darkGreen,
    pointShape: 'rect',
  },
  'not-significant': {
    label: 'Not statistically significant',
    colour: CHART_COLOURS.blue,
    pointShape: 'circle',
  },
  'not-tested': { label: 'No significance test', colour: CHART_COLOURS.purple, pointShape: 'rectRot' },
};

const CATEGORY_ORDER: readonly SignificanceCategory[] = [
  'adverse',
  'favourable',
  'not-significant',
  'not-tested',
];

function isTested(measure: IndicatorMeasure): boolean {
  return measure === 'relative-likelihood' || measure === 'difference-points';
}

/** As the API counts them: significant and on the side of parity that is adverse for BME staff, or not. */
export function significanceCategory(
  distribution: Pick<IndicatorDistribution, 'measure' | 'parity' | 'adverse'>,
  figure: DistributionFigure,
): SignificanceCategory {
  const { measure, parity, adverse } = distribution;
  if (!isTested(measure) || parity === null || adverse === null) return 'not-tested';
  if (!figure.significant || figure.value === parity) return 'not-significant';
  return figure.value > parity === (adverse === 'above') ? 'adverse' : 'favourable';
}

export interface DistributionRowView {
  providerId: string;
  provider: string;
  commissioner: string;
  figure: string;
  interval: string;
  significance: string;
  smallNumbers: boolean;
  note: number | null;
}

export interface DistributionView {
  indicator: string;
  title: string;
  /** Shown under the heading and read as the chart's summary. */
  summary: string;
  /** The chart's accessible name: what it shows, and where the figures are. */
  chartLabel: string;
  /** Null when no provider has a figure: there is nothing to draw. */
  chart: ChartSpec | null;
  /** Figures the chart cannot draw (0 on a log scale), named so they are looked for in the table. */
  chartNote: string | null;
  /** Computable figures lowest first (the chart's order, top to bottom), then those not computable. */
  rows: DistributionRowView[];
  notes: Array<{ number: number; text: string }>;
}

type Entry = IndicatorDistribution['providers'][number];
type ComputableEntry = Entry & { figure: DistributionFigure };

export function distributionView(
  distribution: IndicatorDistribution,
  commissionerNames: ReadonlyMap<string, string>,
): DistributionView {
  const { measure } = distribution;
  const computable = distribution.providers
    .filter((entry): entry is ComputableEntry => !isNotComputable(entry.figure))
    .sort((a, b) => a.figure.value - b.figure.value || a.provider.name.localeCompare(b.provider.name));
  const notComputable = distribution.providers.filter((entry) => isNotComputable(entry.figure));
  const notes = new NoteNumbers();
  const commissioner = (entry: Entry) => commissionerNames.get(entry.commissionerId) ?? '';

  const rows: DistributionRowView[] = [
    ...computable.map((entry) => ({
      providerId: entry.provider.id,
      provider: entry.provider.name,
      commissioner: commissioner(entry),
      figure: formatMeasure(measure, entry.figure.value),
      interval:
        entry.figure.ci95 === null && !isTested(measure) ? '' : formatInterval(measure, entry.figure.ci95),
      significance: SIGNIFICANCE_CATEGORIES[significanceCategory(distribution, entry.figure)].label,
      smallNumbers: entry.figure.smallNumbers,
      note: null,
    })),
    ...notComputable.map((entry) => ({
      providerId: entry.provider.id,
      provider: entry.provider.name,
      commissioner: commissioner(entry),
      figure: NOT_COMPUTABLE_TEXT,
      interval: '',
      significance: '',
      smallNumbers: false,
      note: isNotComputable(entry.figure) ? notes.numberFor(entry.figure.reason) : null,
    })),
  ];

  const summary = distributionSummaryText(distribution);
  const drawable = measure === 'relative-likelihood' ? computable.filter(drawableOnLogScale) : computable;
  const chartNote = leftOutNote(
    measure,
    computable.filter((entry) => !drawable.includes(entry)),
  );
  return {
    indicator: distribution.indicator,
    title: distribution.title,
    summary,
    chartLabel:
      `Chart of ${distribution.title}, one row per provider. ${summary} ` +
      (chartNote ? `${chartNote} ` : '') +
      'The figures are in the table that follows.',
    chart: drawable.length === 0 ? null : forestChart(distribution, drawable),
    chartNote,
    rows,
    notes: notes.notes(),
  };
}

/** "7 providers have a figure and 3 cannot be computed. Median 1.13, …": the spread in words. */
export function distributionSummaryText(distribution: IndicatorDistribution): string {
  const { summary, measure } = distribution;
  const format = (value: number) => formatMeasure(measure, value);
  const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;
  const parts: string[] = [];
  parts.push(
    summary.notComputable > 0
      ? `${count(summary.figures, 'provider has a figure', 'providers have a figure')}; ${count(summary.notComputable, 'figure cannot', 'figures cannot')} be computed.`
      : `${count(summary.figures, 'provider has a figure', 'providers have a figure')}.`,
  );
  if (
    summary.median !== null &&
    summary.lowerQuartile !== null &&
    summary.upperQuartile !== null &&
    summary.lowest !== null &&
    summary.highest !== null
  ) {
    parts.push(
      `Median ${format(summary.median)} (middle half ${format(summary.lowerQuartile)} to ${format(summary.upperQuartile)}), ` +
        `from ${format(summary.lowest)} to ${format(summary.highest)}.`,
    );
  }
  if (summary.figures > 0) {
    parts.push(
      summary.notTested === summary.figures
        ? 'This indicator has no significance test.'
        : `Significantly adverse for BME staff: ${summary.significantlyAdverse}; significantly favourable: ` +
            `${summary.significantlyFavourable}; not statistically significant: ${summary.notSignificant}.`,
    );
  }
  return parts.join(' ');
}

/** The log scale cannot show 0 (nor an interval reaching it): such figures are left to the table. */
function drawableOnLogScale(entry: ComputableEntry): boolean {
  return entry.figure.value > 0 && (entry.figure.ci95 === null || entry.figure.ci95.lower > 0);
}

/** Says which figures the chart leaves out, so the chart's reader knows to find them in the table. */
export function leftOutNote(measure: IndicatorMeasure, leftOut: readonly ComputableEntry[]): string | null {
  if (leftOut.length === 0) return null;
  const names = leftOut.map(
    (entry) => `${entry.provider.name} (${formatMeasure(measure, entry.figure.value)})`,
  );
  return `Not drawn, because a log scale cannot show 0; in the table: ${names.join(', ')}.`;
}

/** One row per provider: its interval as a bar, its figure as a marker shaped by significance. */
export function forestChart(
  distribution: IndicatorDistribution,
  computable: readonly ComputableEntry[],
): ChartSpec {
  const { measure, parity, summary } = distribution;
  // Ratios on a log scale, where 0.5 and 2 sit the same distance either side of parity.
  const n = computable.length;
  const categories = computable.map((entry) => entry.provider.name);
  const byCategory = computable.map((entry) => significanceCategory(distribution, entry.figure));
  const markers: ChartSeries[] = CATEGORY_ORDER.filter((category) => byCategory.includes(category)).map(
    (category) => ({
      label: SIGNIFICANCE_CATEGORIES[category].label,
      values: computable.map((entry, i) => (byCategory[i] === category ? entry.figure.value : null)),
      colour: SIGNIFICANCE_CATEGORIES[category].colour,
      pointShape: SIGNIFICANCE_CATEGORIES[category].pointShape,
      pointRadius: 6,
      dash: null,
      lineWidth: 0,
    }),
  );
  const references: ChartSeries[] = [];
  if (parity !== null) {
    references.push(
      referenceLine(
        `Parity (${formatMeasure(measure, parity)})`,
        parity,
        n,
        CHART_COLOURS.black,
        DASHES.dotted,
      ),
    );
  }
  if (summary.median !== null && n > 1) {
    references.push(
      referenceLine(
        `Median across providers (${formatMeasure(measure, summary.median)})`,
        summary.median,
        n,
        CHART_COLOURS.darkPink,
        DASHES.dashed,
      ),
    );
  }
  const hasIntervals = computable.some((entry) => entry.figure.ci95 !== null);
  const logarithmic = measure === 'relative-likelihood';
  return {
    kind: 'forest',
    categories,
    valueAxisTitle: axisTitle(measure, logarithmic),
    logarithmic,
    decimals: decimalsOf(measure),
    intervals: hasIntervals
      ? {
          label: '95% confidence interval',
          colour: CHART_COLOURS.darkGrey,
          values: computable.map((entry) =>
            entry.figure.ci95 ? ([entry.figure.ci95.lower, entry.figure.ci95.upper] as const) : null,
          ),
        }
      : null,
    series: [...markers, ...references],
  };
}

export function distributionViews(dashboard: CsuDashboard): DistributionView[] {
  const names = new Map(dashboard.commissioners.map((commissioner) => [commissioner.id, commissioner.name]));
  return dashboard.distributions.map((distribution) => distributionView(distribution, names));
}

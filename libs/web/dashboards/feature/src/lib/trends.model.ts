import type {
  DashboardTrends,
  IndicatorMeasure,
  PublishedCell,
  TrendFigure,
  TrendSeries,
  TrendSubjectKind,
} from '@wres/shared/contracts';
import { CHART_COLOURS, ChartSeries, ChartSpec, DASHES, referenceLine } from './chart.model';
import {
  NOT_COMPUTABLE_TEXT,
  NoteNumbers,
  axisTitle,
  decimalsOf,
  formatMeasure,
  isNotComputable,
} from './dashboard-format.model';

/**
 * Trends across contract years as the page shows them: a line chart per indicator, the same figures as a
 * table, and the trend in words. Pooled trends arrive suppressed: hidden figures ('R', 'R%') leave a gap in
 * the line and show as they are in the table. No Angular here.
 */

export const NO_FIGURE_TEXT = 'No figure';

/** What the figure line is called in the legend and the table. */
export const FIGURE_LABELS: { readonly [M in IndicatorMeasure]: string } = {
  'relative-likelihood': 'Relative likelihood',
  'percent-bme': '%BME',
  'difference-points': 'BME minus White (points)',
  'board-gap-points': 'Board minus workforce (points)',
};

export const SUBJECT_DESCRIPTIONS: { readonly [K in TrendSubjectKind]: string } = {
  provider: 'One provider’s own figures, from the latest submitted version of each year’s report.',
  portfolio: 'The providers a commissioner co-ordinates contracts with, their counts pooled each year.',
  region: 'Every provider co-ordinated by the commissioners in the remit, their counts pooled each year.',
};

/** A drawable number: shown, not hidden or empty. */
export function chartValue(cell: PublishedCell | null | undefined): number | null {
  return cell && cell.status === 'shown' && typeof cell.value === 'number' ? cell.value : null;
}

type Point = TrendSeries['points'][number];

function shownFigure(point: Point): TrendFigure | null {
  return point.figure && !isNotComputable(point.figure) ? point.figure : null;
}

export interface TrendTableColumn {
  key: 'value' | 'ciLower' | 'ciUpper' | 'significant' | 'whitePercent' | 'bmePercent';
  label: string;
  numeric: boolean;
}

export interface TrendTableRow {
  contractYear: string;
  /** Keyed by column; the cell's display as given ('R', 'R%' and '–' included). */
  cells: Record<string, string>;
  note: number | null;
}

export interface TrendView {
  indicator: string;
  title: string;
  summary: string;
  chartLabel: string;
  /** Null when no year has a figure to draw. */
  chart: ChartSpec | null;
  /** Years the chart cannot draw (0 on a log scale). */
  chartNote: string | null;
  columns: TrendTableColumn[];
  rows: TrendTableRow[];
  notes: Array<{ number: number; text: string }>;
}

function columnsOf(series: TrendSeries): TrendTableColumn[] {
  const figures = series.points.map(shownFigure).filter((figure): figure is TrendFigure => figure !== null);
  const has = (key: keyof TrendFigure) =>
    figures.some((figure) => figure[key] !== null && figure[key] !== undefined);
  const columns: TrendTableColumn[] = [{ key: 'value', label: FIGURE_LABELS[series.measure], numeric: true }];
  if (has('ciLower')) columns.push({ key: 'ciLower', label: '95% CI lower', numeric: true });
  if (has('ciUpper')) columns.push({ key: 'ciUpper', label: '95% CI upper', numeric: true });
  if (has('significant'))
    columns.push({ key: 'significant', label: 'Statistically significant', numeric: false });
  if (has('whitePercent')) columns.push({ key: 'whitePercent', label: 'White %', numeric: true });
  if (has('bmePercent')) columns.push({ key: 'bmePercent', label: 'BME %', numeric: true });
  return columns;
}

/**
 * The trend in words, from the figures as shown: first and latest, lowest and highest, and how many years
 * are hidden for small numbers or have no figure.
 */
export function trendWording(series: TrendSeries): string {
  const shown = series.points.flatMap((point) => {
    const figure = shownFigure(point);
    const value = chartValue(figure?.value);
    return figure && value !== null
      ? [{ year: point.contractYear, value, display: figure.value.display }]
      : [];
  });
  const hidden = series.points.filter((point) => {
    const figure = shownFigure(point);
    return figure !== null && ['primary', 'secondary', 'redacted'].includes(figure.value.status);
  }).length;
  const without = series.points.length - shown.length - hidden;
  const parts: string[] = [];
  if (shown.length === 0) parts.push('No year has a figure to show.');
  else if (shown.length === 1) parts.push(`Only ${shown[0].year} has a figure to show: ${shown[0].display}.`);
  else {
    const first = shown[0];
    const last = shown[shown.length - 1];
    parts.push(`From ${first.display} in ${first.year} to ${last.display} in ${last.year}.`);
    if (shown.length > 2) {
      const lowest = shown.reduce((a, b) => (b.value < a.value ? b : a));
      const highest = shown.reduce((a, b) => (b.value > a.value ? b : a));
      parts.push(
        `Lowest ${lowest.display} in ${lowest.year}; highest ${highest.display} in ${highest.year}.`,
      );
    }
  }
  if (hidden > 0) {
    parts.push(`${hidden} ${hidden === 1 ? 'year is' : 'years are'} hidden because of small numbers (R).`);
  }
  if (without > 0) {
    parts.push(`${without} ${without === 1 ? 'year has' : 'years have'} no figure.`);
  }
  return parts.join(' ');
}

/** Ratios go on a log scale, which cannot show 0: those years are left to the table. */
function onScale(series: TrendSeries, value: number | null): number | null {
  return series.measure === 'relative-likelihood' && value !== null && value <= 0 ? null : value;
}

/** Years whose figure the chart cannot draw, named so they are looked for in the table. */
export function trendLeftOutNote(series: TrendSeries): string | null {
  const leftOut = series.points.flatMap((point) => {
    const figure = shownFigure(point);
    const value = chartValue(figure?.value);
    return figure && value !== null && onScale(series, value) === null
      ? [`${point.contractYear} (${figure.value.display})`]
      : [];
  });
  return leftOut.length === 0
    ? null
    : `Not drawn, because a log scale cannot show 0; in the table: ${leftOut.join(', ')}.`;
}

export function trendChart(series: TrendSeries): ChartSpec | null {
  const figures = series.points.map(shownFigure);
  const values = figures.map((figure) => onScale(series, chartValue(figure?.value)));
  if (values.every((value) => value === null)) return null;
  const lower = figures.map((figure) => onScale(series, chartValue(figure?.ciLower)));
  const upper = figures.map((figure) => onScale(series, chartValue(figure?.ciUpper)));
  const lines: ChartSeries[] = [
    {
      label: FIGURE_LABELS[series.measure],
      values,
      colour: CHART_COLOURS.blue,
      pointShape: 'circle',
      pointRadius: 5,
      dash: DASHES.solid,
      lineWidth: 3,
    },
  ];
  if (lower.some((value) => value !== null)) {
    lines.push({
      label: '95% CI lower',
      values: lower,
      colour: CHART_COLOURS.darkGrey,
      pointShape: 'triangle',
      pointRadius: 4,
      dash: DASHES.dashed,
      lineWidth: 2,
    });
  }
  if (upper.some((value) => value !== null)) {
    lines.push({
      label: '95% CI upper',
      values: upper,
      colour: CHART_COLOURS.darkGrey,
      pointShape: 'rectRot',
      pointRadius: 4,
      dash: DASHES.longDash,
      lineWidth: 2,
    });
  }
  if (series.parity !== null) {
    lines.push(
      referenceLine(
        `Parity (${formatMeasure(series.measure, series.parity)})`,
        series.parity,
        series.points.length,
        CHART_COLOURS.black,
        DASHES.dotted,
      ),
    );
  }
  const logarithmic = series.measure === 'relative-likelihood';
  return {
    kind: 'trend',
    categories: series.points.map((point) => point.contractYear),
    valueAxisTitle: axisTitle(series.measure, logarithmic),
    logarithmic,
    decimals: decimalsOf(series.measure),
    intervals: null,
    series: lines,
  };
}

export function trendView(series: TrendSeries, subjectName: string): TrendView {
  const columns = columnsOf(series);
  const notes = new NoteNumbers();
  const rows = series.points.map((point): TrendTableRow => {
    if (point.figure === null) {
      return { contractYear: point.contractYear, cells: { value: NO_FIGURE_TEXT }, note: null };
    }
    if (isNotComputable(point.figure)) {
      return {
        contractYear: point.contractYear,
        cells: { value: NOT_COMPUTABLE_TEXT },
        note: notes.numberFor(point.figure.reason),
      };
    }
    const figure = point.figure;
    const cells: Record<string, string> = {};
    for (const column of columns) cells[column.key] = figure[column.key]?.display ?? '';
    return { contractYear: point.contractYear, cells, note: null };
  });
  const years = series.points.map((point) => point.contractYear);
  const span = years.length > 0 ? `, ${years[0]} to ${years[years.length - 1]}` : '';
  const summary = trendWording(series);
  const chartNote = trendLeftOutNote(series);
  return {
    indicator: series.indicator,
    title: series.title,
    summary,
    chartLabel:
      `Line chart of ${series.title} for ${subjectName}${span}. ${summary} ` +
      (chartNote ? `${chartNote} ` : '') +
      'The figures are in the table that follows.',
    chart: trendChart(series),
    chartNote,
    columns,
    rows,
    notes: notes.notes(),
  };
}

export function trendViews(trends: DashboardTrends): TrendView[] {
  return trends.series.map((series) => trendView(series, trends.subject.organisation.name));
}

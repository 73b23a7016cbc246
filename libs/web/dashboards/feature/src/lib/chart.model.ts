/**
 * A chart described in the dashboards' own terms, independent of the chart library, so what is drawn can be
 * tested without a browser. The renderer turns it into the library's configuration. No Angular here.
 */

/** Marker shapes, so series differ by shape as well as colour (WCAG 1.4.1). */
export type PointShape = 'circle' | 'triangle' | 'rect' | 'rectRot' | 'crossRot' | 'star' | 'line';

/**
 * NHS identity colours with at least 3:1 contrast against the white page (WCAG 1.4.11): the pale and
 * warm yellow and orange of the palette are left out.
 */
export const CHART_COLOURS = {
  blue: '#005eb8',
  darkBlue: '#003087',
  darkGrey: '#425563',
  black: '#212b32',
  red: '#d5281b',
  darkGreen: '#006747',
  purple: '#330072',
  darkPink: '#7c2855',
} as const;

/** Dash patterns, for lines that must differ by more than colour. */
export const DASHES = {
  solid: [] as number[],
  dashed: [8, 4],
  dotted: [2, 3],
  longDash: [14, 6],
} as const;

export interface ChartSeries {
  /** The legend's words, and the tooltip's. */
  label: string;
  /** One per category; null where there is nothing to draw (no report, hidden for small numbers). */
  values: ReadonlyArray<number | null>;
  colour: string;
  pointShape: PointShape;
  /** 0 hides the markers (a reference line). */
  pointRadius: number;
  /** null draws markers only; otherwise the line's dash pattern ([] is solid). */
  dash: readonly number[] | null;
  lineWidth: number;
}

export interface ChartSpec {
  /**
   * trend: categories (contract years) along the bottom, a line per series. forest: categories (providers)
   * down the side, each with a confidence interval bar and a marker for its figure.
   */
  kind: 'trend' | 'forest';
  categories: readonly string[];
  /** The value axis's title. */
  valueAxisTitle: string;
  /** Ratios are drawn on a log scale, where 0.5 and 2 sit the same distance from parity. */
  logarithmic: boolean;
  /** Decimal places for tick and tooltip labels. */
  decimals: number;
  /** Forest plots: each category's interval, from lower to upper; null where there is none. */
  intervals: {
    label: string;
    colour: string;
    values: ReadonlyArray<readonly [number, number] | null>;
  } | null;
  series: readonly ChartSeries[];
}

/** A reference line across every category: parity, or a median. */
export function referenceLine(
  label: string,
  value: number,
  categories: number,
  colour: string,
  dash: readonly number[],
): ChartSeries {
  return {
    label,
    values: Array.from({ length: categories }, () => value),
    colour,
    pointShape: 'line',
    pointRadius: 0,
    dash,
    lineWidth: 2,
  };
}

/** Room for a forest plot: a band per provider plus the axis and legend. */
export function forestHeight(categories: number): number {
  return Math.max(220, 120 + categories * 34);
}

/** One entry of a chart's key: its words, and a sample of the line and marker drawn for it. */
export interface LegendItem {
  label: string;
  colour: string;
  /** null for a line without markers. */
  marker: Exclude<PointShape, 'line'> | null;
  /** null for markers without a line; [] for a solid line. */
  dash: readonly number[] | null;
  lineWidth: number;
}

/**
 * The chart's key, in the page rather than on the canvas: it wraps and zooms with the text, screen readers
 * read it, and each sample shows the series' dash pattern and marker shape as well as its colour.
 */
export function legendItems(spec: ChartSpec): LegendItem[] {
  const items: LegendItem[] = spec.series.map((series) => ({
    label: series.label,
    colour: series.colour,
    marker: series.pointShape === 'line' || series.pointRadius === 0 ? null : series.pointShape,
    dash: series.dash,
    lineWidth: Math.max(series.lineWidth, 2),
  }));
  if (spec.intervals) {
    items.push({
      label: spec.intervals.label,
      colour: spec.intervals.colour,
      marker: null,
      dash: [],
      lineWidth: 4,
    });
  }
  return items;
}

/** 1, 2 or 5 times a power of ten, at least `rough`: the steps people read axes in. */
export function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const mantissa = rough / power;
  return (mantissa <= 1 ? 1 : mantissa <= 2 ? 2 : mantissa <= 5 ? 5 : 10) * power;
}

function isMultipleOf(value: number, step: number): boolean {
  const ratio = value / step;
  return Math.abs(ratio - Math.round(ratio)) < 1e-6;
}

/**
 * Which of a log scale's ticks get a label, so labels never crowd: across more than a tenfold range, those
 * at 1, 2 and 5 times a power of ten; across less, those on a round step (about six labels).
 */
export function isLabelledOnLogScale(value: number, ticks: readonly number[]): boolean {
  if (!(value > 0)) return false;
  const positive = ticks.filter((tick) => tick > 0);
  if (positive.length === 0) return true;
  const low = Math.min(...positive);
  const high = Math.max(...positive);
  if (high / low > 10) {
    const mantissa = value / 10 ** Math.floor(Math.log10(value) + 1e-9);
    return [1, 2, 5].some((round) => Math.abs(mantissa - round) < 1e-6);
  }
  return isMultipleOf(value, niceStep((high - low) / 6));
}

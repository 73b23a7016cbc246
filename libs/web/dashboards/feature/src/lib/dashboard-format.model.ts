import { RELATIVE_LIKELIHOOD_DECIMALS, formatNumber, formatPercent, formatPoints } from '@wres/domain/wres';
import type {
  Figure,
  IndicatorMeasure,
  Interval,
  NotComputableFigure,
  TrendMarker,
} from '@wres/shared/contracts';

/**
 * How the dashboards write figures, significance and trend markers. Figures arrive unrounded and are
 * rounded only here, for display (relative likelihoods 2 dp, percentages and points 1 dp). No Angular, so
 * it can be tested on its own.
 */

export const NOT_COMPUTABLE_TEXT = 'Not computable';

export function isNotComputable<T>(figure: Figure<T>): figure is NotComputableFigure {
  return typeof figure === 'object' && figure !== null && 'notComputable' in figure && figure.notComputable;
}

/** Decimal places a measure is shown to. */
export function decimalsOf(measure: IndicatorMeasure): number {
  return measure === 'relative-likelihood' ? RELATIVE_LIKELIHOOD_DECIMALS : 1;
}

/** "1.97", "36.9%", "+2.0" or "−15.5": a figure as a person reads it. */
export function formatMeasure(measure: IndicatorMeasure, value: number): string {
  switch (measure) {
    case 'relative-likelihood':
      return formatNumber(value, RELATIVE_LIKELIHOOD_DECIMALS);
    case 'percent-bme':
      return formatPercent(value);
    case 'difference-points':
    case 'board-gap-points':
      return formatPoints(value);
  }
}

/** A chart's value axis: short enough to fit beside a chart, with where parity is. */
export const AXIS_TITLES: { readonly [M in IndicatorMeasure]: string } = {
  'relative-likelihood': 'Relative likelihood (1 is parity)',
  'percent-bme': '%BME of known ethnicity',
  'difference-points': 'BME minus White, points',
  'board-gap-points': 'Board minus workforce, points',
};

/** The value axis's title; ratios are drawn on a log scale, and the title says so. */
export function axisTitle(measure: IndicatorMeasure, logarithmic: boolean): string {
  return logarithmic ? `${AXIS_TITLES[measure]}, log scale` : AXIS_TITLES[measure];
}

/** "1.62 to 2.40": a 95% confidence interval; "not computable" when there is none. */
export function formatInterval(measure: IndicatorMeasure, interval: Interval | null): string {
  if (interval === null) return 'not computable';
  return `${formatMeasure(measure, interval.lower)} to ${formatMeasure(measure, interval.upper)}`;
}

export function significanceText(significant: boolean): string {
  return significant ? 'Statistically significant' : 'Not statistically significant';
}

/** A trend marker as an arrow for the eye, a word beside it, and the whole sentence for screen readers. */
export interface TrendMarkerView {
  readonly marker: TrendMarker;
  /** Shown, hidden from assistive technology: the word beside it says the same. */
  readonly symbol: string;
  readonly text: string;
  /** Read after the word: "than the previous year". */
  readonly hiddenText: string;
}

const TREND_MARKERS: { readonly [M in TrendMarker]: { symbol: string; text: string; hiddenText: string } } = {
  better: { symbol: '▲', text: 'Better', hiddenText: ' than the previous year' },
  worse: { symbol: '▼', text: 'Worse', hiddenText: ' than the previous year' },
  same: { symbol: '●', text: 'Same', hiddenText: ' as the previous year' },
  'not-comparable': { symbol: '–', text: 'No comparison', hiddenText: ' with the previous year' },
};

export function trendMarkerView(marker: TrendMarker): TrendMarkerView {
  return { marker, ...(TREND_MARKERS[marker] ?? TREND_MARKERS['not-comparable']) };
}

/** What the trend markers mean, for the key above a table that uses them. */
export const TREND_MARKER_KEY =
  '▲ better or ▼ worse than the provider’s previous year: closer to or further from equal outcomes for BME ' +
  'and White staff, judged on the figures as shown. ● the same. – no figure to compare with.';

/** "12 days late", "1 day late". */
export function daysLateText(days: number): string {
  return `${formatNumber(days)} ${days === 1 ? 'day' : 'days'} late`;
}

/** "2024/25" → "2024-25", the form contract years take in addresses. */
export function contractYearPath(contractYear: string): string {
  return contractYear.replace('/', '-');
}

/**
 * Numbered notes for the reasons figures cannot be computed, so a table shows "Not computable (note 1)"
 * and says why once underneath, however many cells share the reason.
 */
export class NoteNumbers {
  private readonly reasons: string[] = [];

  /** The note's number, 1 upwards; the same reason always gets the same number. */
  numberFor(reason: string): number {
    const found = this.reasons.indexOf(reason);
    if (found >= 0) return found + 1;
    this.reasons.push(reason);
    return this.reasons.length;
  }

  notes(): Array<{ number: number; text: string }> {
    return this.reasons.map((text, index) => ({ number: index + 1, text }));
  }
}

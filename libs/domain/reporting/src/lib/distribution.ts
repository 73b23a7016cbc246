import { Computed, isNotComputable } from '@wres/domain/wres';
import type { DashboardIndicator, DistributionFigure, DistributionSummary } from '@wres/shared/contracts';
import { INDICATOR_DESCRIPTIONS, isTested } from './indicator-descriptions';

/**
 * The q-th quantile (0-1) of values sorted ascending, interpolating between order statistics (Hyndman and
 * Fan's type 7, the default of R and spreadsheets' QUARTILE.INC), so a reader can check it in Excel.
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError('No values to take a quantile of');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`A quantile is between 0 and 1, got ${q}`);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/**
 * How an indicator is spread across providers: quartiles of the computable figures, and how many differ
 * significantly from parity on the side adverse to BME staff or the other. Figures without a test (i1, i9)
 * are counted as not tested.
 */
export function summariseDistribution(
  indicator: DashboardIndicator,
  figures: readonly Computed<DistributionFigure>[],
): DistributionSummary {
  const { parity, adverse } = INDICATOR_DESCRIPTIONS[indicator];
  const computable = figures.filter((figure): figure is DistributionFigure => !isNotComputable(figure));
  const sorted = computable.map((figure) => figure.value).sort((a, b) => a - b);
  const summary: DistributionSummary = {
    figures: computable.length,
    notComputable: figures.length - computable.length,
    lowest: sorted.length ? sorted[0] : null,
    lowerQuartile: sorted.length ? quantile(sorted, 0.25) : null,
    median: sorted.length ? quantile(sorted, 0.5) : null,
    upperQuartile: sorted.length ? quantile(sorted, 0.75) : null,
    highest: sorted.length ? sorted[sorted.length - 1] : null,
    significantlyAdverse: 0,
    significantlyFavourable: 0,
    notSignificant: 0,
    notTested: 0,
  };
  for (const figure of computable) {
    if (!isTested(indicator) || parity === null || adverse === null) summary.notTested++;
    else if (!figure.significant || figure.value === parity) summary.notSignificant++;
    else if (figure.value > parity === (adverse === 'above')) summary.significantlyAdverse++;
    else summary.significantlyFavourable++;
  }
  return summary;
}

import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/** The two-sided critical value for a confidence level, e.g. 1.959964 for 0.95. */
export function criticalValue(confidenceLevel: number): number {
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
    throw new RangeError(`Confidence level must be strictly between 0 and 1, got ${confidenceLevel}`);
  }
  return normalQuantile(1 - (1 - confidenceLevel) / 2, 0, 1);
}

/** Two-sided p-value for a standard normal test statistic. */
export function twoSidedPValue(z: number): number {
  // The lower tail of -|z| avoids the cancellation in 1 - cdf(|z|) for large z.
  return Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));
}

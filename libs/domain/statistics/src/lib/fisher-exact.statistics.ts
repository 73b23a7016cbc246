import hypergeometricCdf from '@stdlib/stats-base-dists-hypergeometric-cdf';
import hypergeometricPmf from '@stdlib/stats-base-dists-hypergeometric-pmf';

import { GroupCount, isCount } from './group-count.model';

/**
 * Relative tolerance when comparing table probabilities with the observed one, so tables that are equally
 * likely in exact arithmetic are not dropped by floating-point noise (the convention R's fisher.test uses).
 */
export const FISHER_RELATIVE_TOLERANCE = 1e-7;

/**
 * Two-sided Fisher's exact test for a 2x2 table (focal events/non-events, reference events/non-events):
 * the sum of the probabilities of every table with the same margins that is no more likely than the
 * observed one. Returns undefined for counts that do not form a table.
 */
export function fisherExactPValue(focal: GroupCount, reference: GroupCount): number | undefined {
  const counts = [focal.events, focal.total, reference.events, reference.total];
  if (!counts.every(isCount) || focal.events > focal.total || reference.events > reference.total) {
    return undefined;
  }
  // Focal events ~ Hypergeometric(population N, successes K, draws n).
  const population = focal.total + reference.total;
  const successes = focal.events + reference.events;
  const draws = focal.total;
  const pmf = (x: number): number => hypergeometricPmf(x, population, successes, draws);
  const lowest = Math.max(0, draws + successes - population);
  const highest = Math.min(draws, successes);
  const cutOff = pmf(focal.events) * (1 + FISHER_RELATIVE_TOLERANCE);

  // The distribution is unimodal, so the tables no more likely than the observed one form two tails:
  // [lowest, lowerEnd] and [upperStart, highest]. Find the ends by bisection rather than visiting
  // every table, then sum each tail with the cumulative distribution.
  const mode = Math.min(
    highest,
    Math.max(lowest, Math.floor(((draws + 1) * (successes + 1)) / (population + 2))),
  );
  if (pmf(mode) <= cutOff) return 1;

  const lowerEnd = lastAtOrBelow(lowest, mode - 1, (x) => pmf(x) <= cutOff);
  const upperStart = firstAtOrAbove(mode + 1, highest, (x) => pmf(x) <= cutOff);
  const lowerTail = lowerEnd === undefined ? 0 : hypergeometricCdf(lowerEnd, population, successes, draws);
  // P(X >= u) as the lower tail of the focal non-events, avoiding 1 - cdf cancellation.
  const upperTail =
    upperStart === undefined
      ? 0
      : hypergeometricCdf(draws - upperStart, population, population - successes, draws);
  return Math.min(1, lowerTail + upperTail);
}

/** Largest x in [from, to] with accept(x), where accept holds on a prefix of the range. */
function lastAtOrBelow(from: number, to: number, accept: (x: number) => boolean): number | undefined {
  if (to < from || !accept(from)) return undefined;
  let low = from;
  let high = to;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (accept(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Smallest x in [from, to] with accept(x), where accept holds on a suffix of the range. */
function firstAtOrAbove(from: number, to: number, accept: (x: number) => boolean): number | undefined {
  if (to < from || !accept(to)) return undefined;
  let low = from;
  let high = to;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (accept(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

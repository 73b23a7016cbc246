import { fisherExactPValue } from './fisher-exact.statistics';
import { countProblem, GroupCount } from './group-count.model';
import { twoSidedPValue } from './normal-distribution.statistics';
import { DEFAULT_GROUP_LABELS, GroupLabels, NotComputable, notComputable } from './not-computable.model';
import {
  oddsRatio,
  OddsRatio,
  relativeLikelihood,
  RelativeLikelihood,
} from './relative-likelihood.statistics';
import { DEFAULT_SMALL_NUMBERS_POLICY, hasSmallNumbers, SmallNumbersPolicy } from './small-numbers.policy';

/** Expected cell counts below this send the comparison to Fisher's exact test. */
export const MINIMUM_EXPECTED_CELL_COUNT = 5;

export type SignificanceTestName = 'katz' | 'fisher';

export interface SignificanceTest {
  readonly computable: true;
  readonly test: SignificanceTestName;
  readonly pValue: number;
  readonly significant: boolean;
}

export interface RateComparison {
  readonly relativeLikelihood: RelativeLikelihood;
  readonly oddsRatio: OddsRatio;
  readonly significance: SignificanceTest | NotComputable;
  readonly smallNumbers: boolean;
}

export interface RateComparisonOptions {
  readonly confidenceLevel?: number;
  readonly labels?: GroupLabels;
  readonly smallNumbersPolicy?: SmallNumbersPolicy;
}

/**
 * Compares the focal group's rate with the reference group's: relative likelihood (focal ÷ reference)
 * with its Katz interval, odds ratio, and a significance test. The test is the Wald z-test on ln RL
 * (so it agrees with whether the Katz interval excludes 1) unless an expected cell count is below 5 or a
 * cell is zero, when Fisher's exact test is used instead.
 */
export function compareRates(
  focal: GroupCount,
  reference: GroupCount,
  options: RateComparisonOptions = {},
): RateComparison {
  const labels = options.labels ?? DEFAULT_GROUP_LABELS;
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  const ratioOptions = { confidenceLevel, labels };
  const rl = relativeLikelihood(focal, reference, ratioOptions);
  const or = oddsRatio(focal, reference, ratioOptions);
  const problem = countProblem(focal, 'focal') ?? countProblem(reference, 'reference');
  if (problem) {
    return {
      relativeLikelihood: rl,
      oddsRatio: or,
      significance: notComputable(problem, 'significance test', labels),
      smallNumbers: true,
    };
  }
  const alpha = 1 - confidenceLevel;
  const smallNumbers = hasSmallNumbers(
    [focal, reference],
    options.smallNumbersPolicy ?? DEFAULT_SMALL_NUMBERS_POLICY,
  );
  // The z-test needs a finite, non-zero standard error of ln RL; otherwise only the exact test is valid.
  const katz =
    rl.computable && rl.standardErrorOfLog ? { rl: rl.value, se: rl.standardErrorOfLog } : undefined;

  let significance: SignificanceTest;
  if (katz && minimumExpectedCellCount(focal, reference) >= MINIMUM_EXPECTED_CELL_COUNT) {
    const pValue = twoSidedPValue(Math.log(katz.rl) / katz.se);
    significance = { computable: true, test: 'katz', pValue, significant: pValue < alpha };
  } else {
    // Counts were checked above, so the exact test always has a table to work on.
    const pValue = fisherExactPValue(focal, reference) ?? 1;
    significance = { computable: true, test: 'fisher', pValue, significant: pValue < alpha };
  }
  return { relativeLikelihood: rl, oddsRatio: or, significance, smallNumbers };
}

/** Smallest expected count of the 2x2 table under no difference between the groups. */
export function minimumExpectedCellCount(focal: GroupCount, reference: GroupCount): number {
  const population = focal.total + reference.total;
  if (population === 0) return 0;
  const events = focal.events + reference.events;
  const nonEvents = population - events;
  const smallerGroup = Math.min(focal.total, reference.total);
  return (smallerGroup * Math.min(events, nonEvents)) / population;
}

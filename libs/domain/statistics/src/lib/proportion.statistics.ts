import { criticalValue, twoSidedPValue } from './normal-distribution.statistics';
import {
  ConfidenceInterval,
  DEFAULT_GROUP_LABELS,
  GroupLabels,
  NotComputable,
  notComputable,
} from './not-computable.model';

/**
 * A group's survey result. Surveys often publish a percentage rather than a count, so the proportion is
 * any value in [0, 1], not necessarily a whole number of respondents.
 */
export interface SampleProportion {
  readonly proportion: number;
  readonly respondents: number;
}

export type IntervalMethod = 'wilson' | 'normal';

export interface ProportionOptions {
  readonly confidenceLevel?: number;
  readonly method?: IntervalMethod;
  readonly labels?: GroupLabels;
}

export function proportionFromCount(events: number, respondents: number): SampleProportion {
  return { proportion: respondents > 0 ? events / respondents : 0, respondents };
}

export function proportionFromPercent(percent: number, respondents: number): SampleProportion {
  return { proportion: percent / 100, respondents };
}

function isUsable(sample: SampleProportion): boolean {
  return (
    Number.isFinite(sample.proportion) &&
    sample.proportion >= 0 &&
    sample.proportion <= 1 &&
    Number.isFinite(sample.respondents) &&
    sample.respondents > 0
  );
}

/**
 * Confidence interval for a proportion. Wilson by default: unlike the normal (Wald) interval it stays
 * inside [0, 1] and behaves at 0% and 100%, which small survey groups produce.
 */
export function proportionInterval(
  sample: SampleProportion,
  options: ProportionOptions = {},
): ConfidenceInterval | NotComputable {
  const labels = options.labels ?? DEFAULT_GROUP_LABELS;
  if (!isUsable(sample)) {
    const kind = sample.respondents === 0 ? 'empty-group' : 'invalid-counts';
    return notComputable({ kind, group: 'focal' }, 'confidence interval', labels);
  }
  const level = options.confidenceLevel ?? 0.95;
  const z = criticalValue(level);
  const p = sample.proportion;
  const n = sample.respondents;
  if ((options.method ?? 'wilson') === 'normal') {
    const margin = z * Math.sqrt((p * (1 - p)) / n);
    return { computable: true, lower: Math.max(0, p - margin), upper: Math.min(1, p + margin), level };
  }
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const margin = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0% and 100% the bound is exactly the observed value; floating point would leave a tiny residue.
  const lower = p === 0 ? 0 : Math.max(0, centre - margin);
  const upper = p === 1 ? 1 : Math.min(1, centre + margin);
  return { computable: true, lower, upper, level };
}

export interface TwoProportionTest {
  readonly computable: true;
  /** Focal proportion minus reference proportion, on the 0-1 scale. */
  readonly difference: number;
  /** Unpooled (Wald) interval for the difference. */
  readonly differenceCi: ConfidenceInterval;
  readonly z: number;
  readonly pValue: number;
  readonly significant: boolean;
}

/**
 * Pooled two-proportion z-test of focal against reference. When both groups are at 0% or both at 100%
 * there is no variation to test, and the groups do not differ: p = 1.
 */
export function twoProportionTest(
  focal: SampleProportion,
  reference: SampleProportion,
  options: Omit<ProportionOptions, 'method'> = {},
): TwoProportionTest | NotComputable {
  const labels = options.labels ?? DEFAULT_GROUP_LABELS;
  for (const [group, sample] of [
    ['focal', focal],
    ['reference', reference],
  ] as const) {
    if (!isUsable(sample)) {
      const kind = sample.respondents === 0 ? 'empty-group' : 'invalid-counts';
      return notComputable({ kind, group }, 'significance test', labels);
    }
  }
  const level = options.confidenceLevel ?? 0.95;
  const z = criticalValue(level);
  const difference = focal.proportion - reference.proportion;
  const n1 = focal.respondents;
  const n2 = reference.respondents;
  const pooled = (focal.proportion * n1 + reference.proportion * n2) / (n1 + n2);
  const pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const statistic = pooledSe > 0 ? difference / pooledSe : 0;
  const pValue = pooledSe > 0 ? twoSidedPValue(statistic) : 1;
  const unpooledSe = Math.sqrt(
    (focal.proportion * (1 - focal.proportion)) / n1 +
      (reference.proportion * (1 - reference.proportion)) / n2,
  );
  return {
    computable: true,
    difference,
    differenceCi: {
      computable: true,
      lower: difference - z * unpooledSe,
      upper: difference + z * unpooledSe,
      level,
    },
    z: statistic,
    pValue,
    significant: pValue < 1 - level,
  };
}

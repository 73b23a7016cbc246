import { countProblem, GroupCount } from './group-count.model';
import { criticalValue } from './normal-distribution.statistics';
import {
  ConfidenceInterval,
  DEFAULT_GROUP_LABELS,
  GroupLabels,
  IntervalEstimate,
  NotComputable,
  notComputable,
  NotComputableCause,
} from './not-computable.model';

/** A ratio (relative likelihood or odds ratio) with its log-scale standard error and confidence interval. */
export interface RatioEstimate {
  readonly computable: true;
  readonly value: number;
  /** Standard error of ln(value); absent when the interval is not computable. */
  readonly standardErrorOfLog?: number;
  readonly ci: IntervalEstimate;
}

export type RelativeLikelihood = RatioEstimate | NotComputable;
export type OddsRatio = RatioEstimate | NotComputable;

export interface RatioOptions {
  readonly confidenceLevel?: number;
  readonly labels?: GroupLabels;
}

/**
 * Relative likelihood (risk ratio) of the focal group's rate over the reference group's rate,
 * with the Katz log interval: SE(ln RL) = sqrt(1/a - 1/n1 + 1/b - 1/n2).
 */
export function relativeLikelihood(
  focal: GroupCount,
  reference: GroupCount,
  options: RatioOptions = {},
): RelativeLikelihood {
  const labels = options.labels ?? DEFAULT_GROUP_LABELS;
  const problem = countProblem(focal, 'focal') ?? countProblem(reference, 'reference');
  if (problem) return notComputable(problem, 'relative likelihood', labels);
  const { events: a, total: n1 } = focal;
  const { events: b, total: n2 } = reference;
  if (b === 0) return notComputable({ kind: 'no-events', group: 'reference' }, 'relative likelihood', labels);

  const value = a / n1 / (b / n2);
  if (a === 0) {
    return {
      computable: true,
      value,
      ci: notComputable({ kind: 'no-events', group: 'focal' }, 'confidence interval', labels),
    };
  }
  // Rounding can make the variance a tiny negative number when a = n1 and b = n2.
  const standardErrorOfLog = Math.sqrt(Math.max(0, 1 / a - 1 / n1 + 1 / b - 1 / n2));
  return { computable: true, value, standardErrorOfLog, ci: logInterval(value, standardErrorOfLog, options) };
}

/**
 * Odds ratio a(n2-b) / ((n1-a)b) with the Woolf log interval,
 * SE(ln OR) = sqrt(1/a + 1/(n1-a) + 1/b + 1/(n2-b)). Shown beside the RL when outcomes are common.
 */
export function oddsRatio(focal: GroupCount, reference: GroupCount, options: RatioOptions = {}): OddsRatio {
  const labels = options.labels ?? DEFAULT_GROUP_LABELS;
  const problem = countProblem(focal, 'focal') ?? countProblem(reference, 'reference');
  if (problem) return notComputable(problem, 'odds ratio', labels);
  const a = focal.events;
  const c = focal.total - a;
  const b = reference.events;
  const d = reference.total - b;
  if (c === 0) return notComputable({ kind: 'all-events', group: 'focal' }, 'odds ratio', labels);
  if (b === 0) return notComputable({ kind: 'no-events', group: 'reference' }, 'odds ratio', labels);

  const value = (a * d) / (c * b);
  if (a === 0 || d === 0) {
    const cause: NotComputableCause =
      a === 0 ? { kind: 'no-events', group: 'focal' } : { kind: 'all-events', group: 'reference' };
    return { computable: true, value, ci: notComputable(cause, 'confidence interval', labels) };
  }
  const standardErrorOfLog = Math.sqrt(1 / a + 1 / c + 1 / b + 1 / d);
  return { computable: true, value, standardErrorOfLog, ci: logInterval(value, standardErrorOfLog, options) };
}

function logInterval(value: number, standardErrorOfLog: number, options: RatioOptions): ConfidenceInterval {
  const level = options.confidenceLevel ?? 0.95;
  const margin = criticalValue(level) * standardErrorOfLog;
  const logValue = Math.log(value);
  return { computable: true, lower: Math.exp(logValue - margin), upper: Math.exp(logValue + margin), level };
}

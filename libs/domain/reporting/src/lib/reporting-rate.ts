import { isCount } from '@wres/domain/statistics';
import { Computed, notComputableResult } from '@wres/domain/wres';

/**
 * Where the reports one commissioner expects for a year stand: each expected report is exactly one of
 * submitted on time, submitted late, overdue or still due, so the four add up to `expected`.
 */
export interface ReportingTally {
  readonly expected: number;
  readonly submittedOnTime: number;
  readonly submittedLate: number;
  readonly overdue: number;
  readonly due: number;
}

export interface ReportingRate extends ReportingTally {
  readonly submitted: number;
  /** Submitted (on time or late) ÷ expected × 100. */
  readonly reportingRatePercent: Computed<number>;
  /** Submitted on time ÷ expected × 100: the share that arrived by the deadline. */
  readonly timelinessPercent: Computed<number>;
}

export function reportingRate(tally: ReportingTally): ReportingRate {
  const { expected, submittedOnTime, submittedLate, overdue, due } = tally;
  for (const [name, value] of Object.entries(tally)) {
    if (!isCount(value)) throw new RangeError(`${name} must be a whole number of 0 or more, got ${value}`);
  }
  if (submittedOnTime + submittedLate + overdue + due !== expected) {
    throw new RangeError(
      `Reports on time (${submittedOnTime}), late (${submittedLate}), overdue (${overdue}) and due (${due}) ` +
        `must add up to those expected (${expected})`,
    );
  }
  const submitted = submittedOnTime + submittedLate;
  const percentOf = (count: number): Computed<number> =>
    expected === 0
      ? notComputableResult('No reports were expected, so there is no rate')
      : (100 * count) / expected;
  return {
    ...tally,
    submitted,
    reportingRatePercent: percentOf(submitted),
    timelinessPercent: percentOf(submittedOnTime),
  };
}

/** Tallies added together, e.g. for every commissioner a CSU supports. */
export function addTallies(tallies: readonly ReportingTally[]): ReportingTally {
  return tallies.reduce<ReportingTally>(
    (sum, tally) => ({
      expected: sum.expected + tally.expected,
      submittedOnTime: sum.submittedOnTime + tally.submittedOnTime,
      submittedLate: sum.submittedLate + tally.submittedLate,
      overdue: sum.overdue + tally.overdue,
      due: sum.due + tally.due,
    }),
    { expected: 0, submittedOnTime: 0, submittedLate: 0, overdue: 0, due: 0 },
  );
}

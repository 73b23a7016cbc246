import { addDays, compareDates, todayInLondon } from '@wres/domain/calendar';
import type { IsoDate } from '@wres/domain/calendar';
import type { ReviewState } from '@wres/shared/contracts';

export interface LinkRecheckPolicy {
  /** How old the last check must be before the links are checked again. */
  everyMs: number;
  /** How many days after the annual-report deadline the links are still re-checked. */
  graceDays: number;
}

/**
 * Daily, until 60 days after the deadline: commissioners review after the deadline, and the links must still
 * work while they do.
 */
export const DEFAULT_LINK_RECHECK_POLICY: LinkRecheckPolicy = { everyMs: 24 * 3_600_000, graceDays: 60 };

/** Review states with no way on: once a report is assured or not, its links are evidence already read. */
export const FINAL_REVIEW_STATES: readonly ReviewState[] = ['assured', 'not-assured'];

export interface LinkCheckDueQuestion {
  now: Date;
  /** When the version's links were last checked; null when never. */
  lastCheckedAt: Date | null;
  /** Where the report's review stands; null when it has none. */
  reviewState: ReviewState | null;
  /** The year's annual-report deadline; null for a year without a calendar. */
  annualReportDueDate: IsoDate | null;
}

/**
 * Whether a submitted version's links should be checked now. Every version is checked once, unless its
 * review is already final; after that, again once the last check is a day old, while the review is open and
 * until the deadline plus the grace period (a year without a deadline gets only the first check).
 */
export function linkCheckDue(
  question: LinkCheckDueQuestion,
  policy: LinkRecheckPolicy = DEFAULT_LINK_RECHECK_POLICY,
): boolean {
  if (question.reviewState && FINAL_REVIEW_STATES.includes(question.reviewState)) return false;
  if (question.lastCheckedAt === null) return true;
  if (question.now.getTime() - question.lastCheckedAt.getTime() < policy.everyMs) return false;
  if (question.annualReportDueDate === null) return false;
  const lastDay = addDays(question.annualReportDueDate, policy.graceDays);
  return compareDates(todayInLondon(question.now), lastDay) <= 0;
}

import { addDays, compareDates, todayInLondon } from '@wres/domain/calendar';
import type { IsoDate } from '@wres/domain/calendar';
import type { ReviewState } from '@wres/shared/contracts';

/** The states in which a report waits for the commissioner rather than for the provider. */
export const AWAITING_COMMISSIONER: readonly ReviewState[] = ['submitted', 'in-review', 'resubmitted'];

/** The last day a review is in time: the year's allowance in days from the London day of the (re)submission. */
export function reviewDueBy(submittedAt: Date, reviewWithinDays: number): IsoDate {
  return addDays(todayInLondon(submittedAt), reviewWithinDays);
}

/** Waiting for the commissioner after the day the review was due by. */
export function isReviewOverdue(state: ReviewState, dueBy: IsoDate, today: IsoDate): boolean {
  return AWAITING_COMMISSIONER.includes(state) && compareDates(today, dueBy) > 0;
}

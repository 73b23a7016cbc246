import { daysBetween, parseIsoDate } from './calendar-date';
import type { IsoDate } from './calendar-date';

export const DEADLINE_STATUSES = ['upcoming', 'due-soon', 'due-today', 'overdue', 'met'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** How far ahead a deadline counts as due soon, unless the caller says otherwise. */
export const DEFAULT_DUE_SOON_DAYS = 14;

export interface DeadlineStatusQuestion {
  dueDate: IsoDate;
  /** London's date now: see todayInLondon. */
  today: IsoDate;
  /** When the deadline was met, if it has been; a late one is still met (see metLate). */
  metOn?: IsoDate | null;
  dueSoonDays?: number;
}

/** Where a deadline stands today. */
export function deadlineStatus(question: DeadlineStatusQuestion): DeadlineStatus {
  const { dueDate, today, metOn = null, dueSoonDays = DEFAULT_DUE_SOON_DAYS } = question;
  if (!Number.isSafeInteger(dueSoonDays) || dueSoonDays < 0) {
    throw new RangeError(`dueSoonDays must be a whole number of days, not ${dueSoonDays}.`);
  }
  const daysLeft = daysBetween(parseIsoDate(today), parseIsoDate(dueDate));
  if (metOn !== null) {
    parseIsoDate(metOn);
    return 'met';
  }
  if (daysLeft < 0) return 'overdue';
  if (daysLeft === 0) return 'due-today';
  return daysLeft <= dueSoonDays ? 'due-soon' : 'upcoming';
}

/** Whole days until the deadline: negative once it has passed. */
export function daysUntilDue(dueDate: IsoDate, today: IsoDate): number {
  return daysBetween(today, dueDate);
}

/** Met, but after the last day that was in time. */
export function metLate(dueDate: IsoDate, metOn: IsoDate): boolean {
  return daysBetween(dueDate, metOn) > 0;
}

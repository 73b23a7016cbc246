import { compareDates, parseIsoDate } from './calendar-date';
import type { IsoDate } from './calendar-date';

/** Where one year's annual report stands, as the tag a person reads beside it. */
export type ReportStatus = 'due' | 'overdue' | 'submitted' | 'submitted-late' | 'not-required';

export interface ReportStatusQuestion {
  /** The obligation applies that year (a small provider's, for example, does not). */
  applies: boolean;
  /** The annual report's due date; null where the year has no calendar, so it can never be overdue. */
  dueDate: IsoDate | null;
  /** London's date now: see todayInLondon. */
  today: IsoDate;
  /**
   * The first submitted version, if any. Its own late flag decides "submitted late": a resubmission after
   * the deadline does not make a report that arrived in time late.
   */
  firstSubmission: { late: boolean } | null;
}

export function reportStatus(question: ReportStatusQuestion): ReportStatus {
  const { applies, dueDate, today, firstSubmission } = question;
  parseIsoDate(today);
  if (firstSubmission) return firstSubmission.late ? 'submitted-late' : 'submitted';
  // A report sent before the obligation was lifted still counts above; an unsent one is no longer owed.
  if (!applies) return 'not-required';
  if (dueDate === null) return 'due';
  return compareDates(parseIsoDate(dueDate), today) < 0 ? 'overdue' : 'due';
}

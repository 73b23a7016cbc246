import type { ChasingTimeline, UpcomingReminder } from '@wres/shared/contracts';
import type { FieldErrors } from '@wres/web/shared/ui';
import { formatDate } from './chasing-text.model';

export const REASON_FIELD = 'reason';
/** As the API allows. */
export const MAX_REASON = 2_000;

export function validatePauseReason(reason: string): FieldErrors {
  const trimmed = reason.trim();
  if (!trimmed) return { [REASON_FIELD]: 'Enter why you are pausing the reminders' };
  if (trimmed.length > MAX_REASON)
    return { [REASON_FIELD]: `The reason must be ${MAX_REASON.toLocaleString('en-GB')} characters or fewer` };
  return {};
}

/** "Annual report due 1 May 2026", "Interim report due 18 December 2026". */
export function reminderAbout(reminder: Pick<UpcomingReminder, 'what' | 'dueDate'>): string {
  const what = reminder.what.charAt(0).toUpperCase() + reminder.what.slice(1);
  return `${what} due ${formatDate(reminder.dueDate)}`;
}

/** Why nothing is, or will be, sent: a pause, nobody to write to, or nothing left to remind of. */
export function upcomingNote(
  timeline: Pick<ChasingTimeline, 'pause' | 'recipients' | 'upcoming'>,
): string | null {
  if (timeline.upcoming.length === 0) return null;
  if (timeline.pause) return 'Reminders are paused: none of these will be sent until they are resumed.';
  if (timeline.recipients === 0)
    return 'Nobody at this provider has an active account, so these reminders will reach no one.';
  return null;
}

import { addDays, compareDates } from '@wres/domain/calendar';
import type { IsoDate } from '@wres/domain/calendar';
import { DEFAULT_REMINDER_POLICY, dueStep } from '@wres/server/reminders';
import type { ReminderPolicy, ReminderStep } from '@wres/server/reminders';

/** A reminder still to come for one deadline: its step and the day the sweep will write it. */
export interface ScheduledReminder {
  step: ReminderStep;
  date: IsoDate;
}

/**
 * The reminders still to come for a deadline, earliest first, as the sweep will send them: every step whose
 * day is after today, and the step due today unless it has been written already (`written` holds step keys).
 * A step due today whose own day has passed (the sweep was down) goes today, so it is dated today. Steps
 * whose window has closed unsent are never sent: after downtime the sweep sends only the latest due step.
 */
export function upcomingReminders(
  deadline: IsoDate,
  today: IsoDate,
  written: ReadonlySet<string> = new Set(),
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): ScheduledReminder[] {
  const dueNow = dueStep(deadline, today, policy);
  const later = [...policy.steps]
    .map((step) => ({ step, date: addDays(deadline, step.offsetDays) }))
    .filter(({ date }) => compareDates(date, today) > 0);
  const now = dueNow && !written.has(dueNow.key) ? [{ step: dueNow, date: today }] : [];
  return [...now, ...later].sort(
    (a, b) => compareDates(a.date, b.date) || a.step.offsetDays - b.step.offsetDays,
  );
}

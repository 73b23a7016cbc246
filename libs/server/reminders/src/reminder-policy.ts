import { addDays, daysBetween } from '@wres/domain/calendar';
import type { IsoDate } from '@wres/domain/calendar';

/** One reminder: how many days from the deadline it falls (negative before, 0 on the day, positive after). */
export interface ReminderStep {
  /** Stable name used in outbox dedupe keys, e.g. "before-28", "due-today", "overdue-7". */
  key: string;
  offsetDays: number;
}

export interface ReminderPolicy {
  /** The steps, in any order; offsets must differ. */
  steps: readonly ReminderStep[];
  /**
   * How long the last step stays due. Every other step is due until the next one falls due; the last has no
   * next, and without a limit a deadline years past would still be chased.
   */
  finalStepWindowDays: number;
}

export function reminderStep(offsetDays: number): ReminderStep {
  if (!Number.isSafeInteger(offsetDays))
    throw new RangeError(`A reminder falls a whole number of days from its deadline, not ${offsetDays}.`);
  const key =
    offsetDays < 0 ? `before-${-offsetDays}` : offsetDays === 0 ? 'due-today' : `overdue-${offsetDays}`;
  return { key, offsetDays };
}

/** Reminders 28, 14, 7 and 1 days before a deadline and on the day; chasers 1, 7 and 14 days after. */
export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  steps: [-28, -14, -7, -1, 0, 1, 7, 14].map(reminderStep),
  finalStepWindowDays: 7,
};

/**
 * The step due today for a deadline: the latest step whose day has come, while the next step has not.
 * After downtime the sweep therefore sends only the latest due step, never a burst of stale ones. Null when
 * nothing is due (too early, or past the last step's window).
 */
export function dueStep(
  deadline: IsoDate,
  today: IsoDate,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): ReminderStep | null {
  const steps = [...policy.steps].sort((a, b) => a.offsetDays - b.offsetDays);
  const offset = daysBetween(deadline, today);
  for (let index = steps.length - 1; index >= 0; index--) {
    const step = steps[index];
    if (step.offsetDays > offset) continue;
    const next = steps[index + 1];
    const until = next ? next.offsetDays : step.offsetDays + policy.finalStepWindowDays;
    return offset < until ? step : null;
  }
  return null;
}

/**
 * The due dates that have a step due today under the policy, from the latest deadline whose last step has
 * closed to the earliest whose first step has come: what a sweep needs to read, and nothing older.
 */
export function reminderDueDates(
  today: IsoDate,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): { from: IsoDate; to: IsoDate } {
  const offsets = policy.steps.map((step) => step.offsetDays);
  const last = Math.max(...offsets) + policy.finalStepWindowDays - 1;
  return { from: addDays(today, -last), to: addDays(today, -Math.min(...offsets)) };
}

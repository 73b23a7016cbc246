import { formatLondonDateTime, todayInLondon } from '@wres/domain/calendar';
import type { ChasingEmailStatus } from '@wres/shared/contracts';

/**
 * Words for the chasing pages, with no Angular here so they can be tested on their own. The words carry the
 * meaning; a tag's colour only reinforces it.
 */

export type TagColour = 'blue' | 'red' | 'green' | 'orange' | 'grey';

export interface Tag {
  readonly text: string;
  readonly colour: TagColour;
}

/** "1 day", "3 days": a count with its noun. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** From whole days past a due date: "6 days overdue", "Due today", "Due in 3 days". */
export function dueText(daysFromDueDate: number): string {
  if (daysFromDueDate > 0) return `${count(daysFromDueDate, 'day')} overdue`;
  if (daysFromDueDate === 0) return 'Due today';
  return `Due in ${count(-daysFromDueDate, 'day')}`;
}

/** A reminder step by its days from the deadline: "7 days before", "On the due date", "1 day after". */
export function reminderStepText(offsetDays: number): string {
  if (offsetDays < 0) return `${count(-offsetDays, 'day')} before`;
  if (offsetDays === 0) return 'On the due date';
  return `${count(offsetDays, 'day')} after`;
}

const EMAIL_STATUS_TAGS: { readonly [S in ChasingEmailStatus]: Tag } = {
  sent: { text: 'Sent', colour: 'green' },
  pending: { text: 'Waiting to send', colour: 'blue' },
  failed: { text: 'Failed', colour: 'red' },
};

export function emailStatusTag(status: ChasingEmailStatus): Tag {
  return EMAIL_STATUS_TAGS[status] ?? { text: status, colour: 'grey' };
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2026-05-01" → "1 May 2026". Calendar dates carry no time, so they are formatted in UTC. */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : LONG_DATE.format(date);
}

/** "2026-11-23T10:15:00Z" → "23 November 2026 at 10:15am", in London time. */
export const formatDateTime = formatLondonDateTime;

/** "2026-11-23T10:15:00Z" → "10:15am", in London time: for things that happened today. */
export function formatTime(isoDateTime: string): string {
  const full = formatDateTime(isoDateTime);
  const at = full.lastIndexOf(' at ');
  return at < 0 ? full : full.slice(at + 4);
}

/** Today in Europe/London as YYYY-MM-DD, to compare with calendar dates. */
export function londonToday(now: Date = new Date()): string {
  return todayInLondon(now);
}

/** Whole days from a due date to today (both YYYY-MM-DD): positive when overdue, as the API counts them. */
export function daysFromDueDate(dueDate: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / 86_400_000);
}

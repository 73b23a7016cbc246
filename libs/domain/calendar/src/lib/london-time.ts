import type { IsoDate } from './calendar-date';

// Built once: creating a formatter loads time-zone data, and the sweep asks for today often.
const LONDON_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date in London at an instant. Deadlines fall due by London's day, and for an hour each
 * summer night (23:00-24:00 UTC) London is already on the next day.
 */
export function todayInLondon(now: Date): IsoDate {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new RangeError('todayInLondon needs a valid instant.');
  }
  const parts = LONDON_DATE.formatToParts(now);
  const part = (type: 'year' | 'month' | 'day') =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

const LONDON_DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  // Not hour12: for en-GB that counts 0 to 11, and half past midnight would read "0:30am".
  hourCycle: 'h12',
  timeZone: 'Europe/London',
});

/**
 * "2026-11-23T10:15:00Z" → "23 November 2026 at 10:15am", in London time, as the NHS style guide writes a
 * moment; anything that is not an instant is shown as it came.
 */
export function formatLondonDateTime(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  const parts = LONDON_DATE_TIME.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const dayPeriod = part('dayPeriod').toLowerCase().replace(/\s|\./g, '');
  return `${part('day')} ${part('month')} ${part('year')} at ${part('hour')}:${part('minute')}${dayPeriod}`;
}

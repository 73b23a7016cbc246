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

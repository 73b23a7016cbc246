import { Pipe, PipeTransform } from '@angular/core';

// Calendar dates carry no time of day, so format them in UTC: in any other zone "2013-04-01"
// could come out as the 31st of March.
const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Formats an ISO calendar date (YYYY-MM-DD) as "1 April 2013". */
export function formatCalendarDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : LONG_DATE.format(date);
}

@Pipe({ name: 'calendarDate' })
export class CalendarDatePipe implements PipeTransform {
  transform(isoDate: string | null | undefined, fallback = ''): string {
    return isoDate ? formatCalendarDate(isoDate) : fallback;
  }
}

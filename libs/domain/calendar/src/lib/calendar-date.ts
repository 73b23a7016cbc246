/**
 * A calendar date in Europe/London written "YYYY-MM-DD". Deadlines are days, not instants, so arithmetic runs
 * on whole days counted in UTC, where no clock change can add or lose an hour.
 */
export type IsoDate = string;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export class InvalidDateError extends RangeError {
  constructor(readonly value: unknown) {
    super(`"${String(value)}" is not a calendar date written YYYY-MM-DD.`);
    this.name = 'InvalidDateError';
  }
}

/** Days since 1970-01-01, or null when the text is not a real date ("2015-02-29", "2015-4-1" are not). */
function dayNumberOf(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return null;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not turn years 0-99 into 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return Math.round(date.getTime() / MS_PER_DAY);
}

function dateOfDayNumber(dayNumber: number): IsoDate {
  const date = new Date(dayNumber * MS_PER_DAY);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  if (date.getUTCFullYear() > 9999 || date.getUTCFullYear() < 0) throw new InvalidDateError(dayNumber);
  return `${year}-${month}-${day}`;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return dayNumberOf(value) !== null;
}

/** Checks a date and hands it back, so bad data fails where it enters rather than deep in a sum. */
export function parseIsoDate(value: unknown): IsoDate {
  if (dayNumberOf(value) === null) throw new InvalidDateError(value);
  return value as IsoDate;
}

function dayNumber(date: IsoDate): number {
  const result = dayNumberOf(date);
  if (result === null) throw new InvalidDateError(date);
  return result;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`Can only add whole days, not ${days}.`);
  return dateOfDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Same day and month in another year; 29 February becomes 28 February in a year that lacks it. */
export function addYears(date: IsoDate, years: number): IsoDate {
  dayNumber(date);
  if (!Number.isSafeInteger(years)) throw new RangeError(`Can only add whole years, not ${years}.`);
  const [year, month, day] = date.split('-').map(Number);
  const targetYear = year + years;
  const leap = (targetYear % 4 === 0 && targetYear % 100 !== 0) || targetYear % 400 === 0;
  const targetDay = month === 2 && day === 29 && !leap ? 28 : day;
  const text = `${String(targetYear).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
  return parseIsoDate(text);
}

/** Negative when a is earlier, for sorting; ISO dates also sort as text, but this checks them. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return dayNumber(a) - dayNumber(b);
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "1 July 2015", as NHS letters and the GOV.UK style write dates. */
export function formatLongDate(date: IsoDate): string {
  dayNumber(date);
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/*
 * The NHS.UK date input pattern asks for a date in three boxes. Reading what was typed, and the words for
 * what is wrong with it, are the same for every form that asks for one.
 */

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** The date typed in three parts, as YYYY-MM-DD, or null when it is not a real date. */
export function dateFromParts(day: string, month: string, year: string): string | null {
  const [d, m, y] = [day, month, year].map((part) => part.trim());
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1) return null;
  if (date.getUTCDate() !== Number(d)) return null;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** "2025-03-31" → day "31", month "3", year "2025", to fill the date input. */
export function partsOfDate(isoDate: string | null): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? '');
  return match
    ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] }
    : { day: '', month: '', year: '' };
}

/**
 * The problem with a date typed in three parts, in the words of the NHS.UK date input pattern; `name` is how
 * the message names it ("due date"), `example` a real date written as it would be typed. An optional date
 * left empty has none.
 */
export function datePartsProblem(
  parts: DateParts,
  {
    name,
    required,
    missing,
    example = '31 3 2026',
  }: { name: string; required: boolean; missing: string; example?: string },
): string | null {
  const empty = (
    [
      ['day', parts.day],
      ['month', parts.month],
      ['year', parts.year],
    ] as const
  ).filter(([, value]) => value.trim() === '');
  if (empty.length === 3) return required ? missing : null;
  if (empty.length > 0) return `The ${name} must include a ${empty.map(([part]) => part).join(' and a ')}`;
  if (dateFromParts(parts.day, parts.month, parts.year) === null)
    return `The ${name} must be a real date, for example ${example}`;
  return null;
}

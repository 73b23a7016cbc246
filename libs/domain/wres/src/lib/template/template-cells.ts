import { isIsoDate } from '../wres-document.validation';
import { TemplateCellValue } from './template-layout';

/*
 * Reading one cell of an uploaded template. A spreadsheet may give a number as a number or, from CSV or a
 * cell formatted as text, as the text a person typed ("5,178", "23.1%"): both are read the same way.
 */

/** A cell read: blank, its value, or what is wrong with it (a phrase to follow the figure's name). */
export type CellReading<T> =
  | { readonly blank: true }
  | { readonly blank: false; readonly value: T }
  | { readonly blank: false; readonly problem: string };

const BLANK = { blank: true } as const;
const value = <T>(read: T): CellReading<T> => ({ blank: false, value: read });
const problem = <T>(message: string): CellReading<T> => ({ blank: false, problem: message });

export function isBlankCell(cell: TemplateCellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** How a problem quotes what it found: text in quotes (shortened), numbers and TRUE/FALSE as shown. */
export function describeCell(cell: TemplateCellValue | undefined): string {
  if (isBlankCell(cell)) return 'nothing';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number') return String(cell);
  const text = String(cell).replace(/\s+/g, ' ').trim();
  return `"${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`;
}

/** Decimal text as typed, with thousands separators allowed: "5178", "5,178", "-3", "23.1". */
const NUMBER_TEXT = /^-?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;

function numberOf(cell: TemplateCellValue): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim();
  return NUMBER_TEXT.test(text) ? Number(text.replace(/,/g, '')) : undefined;
}

/** Seed 004 publishes "R" and "R%" for small numbers; the template takes the counts behind them. */
function isRedactionMark(cell: TemplateCellValue): boolean {
  return typeof cell === 'string' && /^r%?$/i.test(cell.trim());
}

const REDACTED =
  'found "R": enter the actual figure (small numbers are redacted only when figures are published)';

export function readCount(cell: TemplateCellValue): CellReading<number> {
  if (isBlankCell(cell)) return BLANK;
  if (isRedactionMark(cell)) return problem(REDACTED);
  const number = numberOf(cell);
  if (number === undefined || number < 0) {
    return problem(`expected a whole number of 0 or more, found ${describeCell(cell)}`);
  }
  if (!Number.isSafeInteger(number)) {
    return problem(`expected a whole number (a count of people), found ${describeCell(cell)}`);
  }
  return value(number);
}

export function readPercent(cell: TemplateCellValue): CellReading<number> {
  if (isBlankCell(cell)) return BLANK;
  if (isRedactionMark(cell)) return problem(REDACTED);
  const number = numberOf(typeof cell === 'string' ? cell.trim().replace(/\s*%$/, '') : cell);
  if (number === undefined || number < 0 || number > 100) {
    return problem(`expected a percentage from 0 to 100, found ${describeCell(cell)}`);
  }
  return value(number);
}

/** An ISO date, or a UK date as Excel shows one ("31/03/2019"). */
export function readDate(cell: TemplateCellValue): CellReading<string> {
  if (isBlankCell(cell)) return BLANK;
  const text = typeof cell === 'string' ? cell.trim() : '';
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = uk ? `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}` : text;
  if (!isIsoDate(iso)) return problem(`expected a date written like 2019-03-31, found ${describeCell(cell)}`);
  return value(iso);
}

export function readText(cell: TemplateCellValue): CellReading<string> {
  if (isBlankCell(cell)) return BLANK;
  if (typeof cell === 'boolean') return problem(`expected words, found ${describeCell(cell)}`);
  return value(String(cell).trim());
}

/** Headings compare on letters and digits only, so "Band 8A" and " band 8a " are the same heading. */
export function labelKey(cell: TemplateCellValue | undefined): string {
  return isBlankCell(cell)
    ? ''
    : String(cell)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '');
}

/** The segments of a document path: `indicator1.rows[4].white` is indicator1, rows, 4, white. */
function segments(path: string): string[] {
  return path.match(/[^.[\]]+/g) ?? [];
}

/** The value at a path of a JSON value, or undefined where any step is missing. */
export function valueAt(root: unknown, path: string): unknown {
  let current = root;
  for (const segment of segments(path)) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Sets a value at a path, making objects (and arrays, for numeric segments) on the way. */
export function setValueAt(root: Record<string, unknown>, path: string, next: unknown): void {
  const steps = segments(path);
  let current: Record<string, unknown> = root;
  steps.forEach((segment, index) => {
    if (index === steps.length - 1) {
      current[segment] = next;
      return;
    }
    if (typeof current[segment] !== 'object' || current[segment] === null) {
      current[segment] = /^\d+$/.test(steps[index + 1]) ? [] : {};
    }
    current = current[segment] as Record<string, unknown>;
  });
}

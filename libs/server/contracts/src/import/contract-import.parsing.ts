import { formatPounds, InvalidContractYearError, parseContractYear, parsePounds } from '@wres/domain/scope';
import { CONTRACT_IMPORT_COLUMNS, PROVIDER_KIND_LABELS, PROVIDER_KINDS } from '@wres/shared/contracts';
import type { ContractImportColumn, ContractImportProblem, ProviderKind } from '@wres/shared/contracts';

/*
 * Reading a commissioner's contract list, one cell and one row at a time. Pure: no database, no files.
 * Each reader answers with the value or with a message that reads on its own beside the line and column.
 */

/** A cell as the spreadsheet reader hands it over: what the cell shows, typed where the file typed it. */
export type CellValue = string | number | boolean | Date | null;

export type Parsed<T> = { value: T } | { problem: string };

/** Where each column is in the sheet (0-based). */
export type ColumnPositions = Record<ContractImportColumn, number>;

/** One data row with every cell read; null where the cell is blank or could not be read (see problems). */
export interface ImportRow {
  line: number;
  odsCode: string | null;
  providerName: string | null;
  providerKind: ProviderKind | null;
  contractYear: string | null;
  expectedIncomePence: number | null;
  coordinating: boolean | null;
}

export const MAX_PROVIDER_NAME_LENGTH = 200;
const ODS_CODE = /^[A-Z0-9]{3,10}$/;

/** What a cell says, as text: trimmed, inner runs of spaces made one. Empty for a blank cell. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).replace(/\s+/g, ' ').trim();
}

/** Headers compare on letters and digits only: "ODS code", " ods  Code ", "Co-ordinating", "Coordinating". */
export function headerKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const COLUMN_KEYS = new Map(CONTRACT_IMPORT_COLUMNS.map((column) => [headerKey(column), column] as const));

/**
 * Finds each column in the header row, whatever its case, spacing or position. Other columns (notes, say)
 * are ignored. Reports columns that are missing and columns given twice, which would be ambiguous.
 */
export function matchHeaders(cells: readonly CellValue[]): {
  positions: Partial<ColumnPositions>;
  missing: ContractImportColumn[];
  repeated: ContractImportColumn[];
} {
  const positions: Partial<ColumnPositions> = {};
  const repeated = new Set<ContractImportColumn>();
  cells.forEach((cell, index) => {
    const column = COLUMN_KEYS.get(headerKey(cellText(cell)));
    if (column === undefined) return;
    if (positions[column] !== undefined) repeated.add(column);
    else positions[column] = index;
  });
  const missing = CONTRACT_IMPORT_COLUMNS.filter((column) => positions[column] === undefined);
  return { positions, missing, repeated: [...repeated] };
}

export function odsCodeOf(value: CellValue): Parsed<string | null> {
  const text = cellText(value).toUpperCase();
  if (text === '') return { problem: "Enter the provider's ODS code" };
  if (!ODS_CODE.test(text)) {
    return { problem: `"${cellText(value)}" is not an ODS code: use 3 to 10 letters and digits, like RD1` };
  }
  return { value: text };
}

export function providerNameOf(value: CellValue): Parsed<string | null> {
  const text = cellText(value);
  if (text === '') return { value: null };
  if (text.length > MAX_PROVIDER_NAME_LENGTH) {
    return { problem: `The provider name must be ${MAX_PROVIDER_NAME_LENGTH} characters or fewer` };
  }
  return { value: text };
}

/** Words for each kind as people write them: the code, its label, and the label without "provider" or "NHS". */
const KIND_ALIASES: ReadonlyMap<string, ProviderKind> = (() => {
  const aliases = new Map<string, ProviderKind>();
  const add = (text: string, kind: ProviderKind) => aliases.set(headerKey(text), kind);
  for (const kind of PROVIDER_KINDS) {
    const label = PROVIDER_KIND_LABELS[kind];
    add(kind, kind);
    add(label, kind);
    add(label.replace(/ provider$/i, ''), kind);
    add(label.replace(/ sector provider$/i, ''), kind);
    add(label.replace(/^NHS /, ''), kind);
    add(`${label.replace(/ provider$/i, '')}s`, kind);
  }
  add('NHS trusts', 'nhs-trust');
  add('FT', 'foundation-trust');
  add('NHS FT', 'foundation-trust');
  add('Independent provider', 'independent');
  add('Voluntary provider', 'voluntary');
  add('Voluntary and community sector', 'voluntary');
  add('GP practice', 'primary-care');
  return aliases;
})();

export const PROVIDER_KIND_HINT = 'NHS trust, NHS foundation trust, independent, voluntary or primary care';

/** "nhs-trust", "NHS trust", "NHS Foundation Trust", "Independent sector provider", "primary care", ... */
export function providerKindOf(value: CellValue): Parsed<ProviderKind | null> {
  const text = cellText(value);
  if (text === '') return { value: null };
  const kind = KIND_ALIASES.get(headerKey(text));
  if (kind === undefined)
    return { problem: `"${text}" is not a kind of provider: use ${PROVIDER_KIND_HINT}` };
  return { value: kind };
}

/** "2015/16", as everywhere else; a cell the spreadsheet turned into a date is named as such. */
export function contractYearOf(value: CellValue): Parsed<string> {
  if (value instanceof Date) {
    return {
      problem: `The contract year was read as the date ${cellText(value)}: format the column as text and write it like 2024/25`,
    };
  }
  const text = cellText(value);
  if (text === '') return { problem: 'Enter the contract year, like 2024/25' };
  try {
    return { value: parseContractYear(text).contractYear };
  } catch (error) {
    if (error instanceof InvalidContractYearError) return { problem: error.message };
    throw error;
  }
}

const AMOUNT_HINT = 'write it in pounds, like 180000 or £180,000.50';

/**
 * Pounds into whole pence: a number cell (180000.5) or text ("180000", "£180,000.50"). Refuses negatives,
 * fractions of a penny and anything that is not money, saying which.
 */
export function poundsToPence(value: CellValue): Parsed<number> {
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      return { problem: `The expected NHS income is not a number: ${AMOUNT_HINT}` };
    if (value < 0) return { problem: `The expected NHS income must not be negative (${value} was given)` };
    const pence = Math.round(value * 100);
    if (Math.abs(value * 100 - pence) > 1e-6) {
      return {
        problem: `The expected NHS income ${value} has fractions of a penny: give at most 2 decimal places`,
      };
    }
    if (!Number.isSafeInteger(pence))
      return { problem: 'The expected NHS income is too large to hold exactly' };
    return { value: pence };
  }
  const text = cellText(value);
  if (text === '') return { problem: `Enter the expected NHS income: ${AMOUNT_HINT}` };
  if (typeof value === 'boolean' || value instanceof Date) {
    return { problem: `"${text}" is not an amount of money: ${AMOUNT_HINT}` };
  }
  const unsigned = /^(?:-|−|\((.*)\)$)/.exec(text);
  if (unsigned !== null) {
    const magnitude = parsePounds(unsigned[1] ?? text.slice(1));
    if (magnitude !== null) {
      return { problem: `The expected NHS income must not be negative (${text} was given)` };
    }
  }
  const pence = parsePounds(text);
  if (pence === null) {
    if (/^£?\s*[\d,]+\.\d{3,}$/.test(text)) {
      return {
        problem: `The expected NHS income ${text} has fractions of a penny: give at most 2 decimal places`,
      };
    }
    return { problem: `"${text}" is not an amount of money: ${AMOUNT_HINT}` };
  }
  return { value: pence };
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/** Yes or no (also y/n, true/false, 1/0, a tick box). */
export function coordinatingOf(value: CellValue): Parsed<boolean> {
  if (typeof value === 'boolean') return { value };
  const text = cellText(value).toLowerCase();
  if (YES.has(text)) return { value: true };
  if (NO.has(text)) return { value: false };
  const given = text === '' ? '' : ` ("${cellText(value)}" was given)`;
  return {
    problem: `Enter yes or no: is your organisation the co-ordinating commissioner on this contract?${given}`,
  };
}

/** Reads every cell of one data row, collecting a problem for each cell that cannot be read. */
export function readImportRow(
  line: number,
  cells: readonly CellValue[],
  positions: ColumnPositions,
): { row: ImportRow; problems: ContractImportProblem[] } {
  const problems: ContractImportProblem[] = [];
  const read = <T>(column: ContractImportColumn, reader: (value: CellValue) => Parsed<T>): T | null => {
    const parsed = reader(cells[positions[column]] ?? null);
    if ('problem' in parsed) {
      problems.push({ line, column, message: parsed.problem });
      return null;
    }
    return parsed.value;
  };
  const row: ImportRow = {
    line,
    odsCode: read('ODS code', odsCodeOf),
    providerName: read('Provider name', providerNameOf),
    providerKind: read('Provider kind', providerKindOf),
    contractYear: read('Contract year', contractYearOf),
    expectedIncomePence: read('Expected NHS income (£)', poundsToPence),
    coordinating: read('Co-ordinating', coordinatingOf),
  };
  return { row, problems };
}

/** A row with nothing in any cell is skipped, as people leave gaps. */
export function isBlankRow(cells: readonly CellValue[]): boolean {
  return cells.every((cell) => cellText(cell) === '');
}

/** Names compare without regard to case or spacing: "Riverside  hospice" is "Riverside Hospice". */
export function sameName(a: string, b: string): boolean {
  return cellText(a).toLowerCase() === cellText(b).toLowerCase();
}

/** "Lines 7 and 14", "Lines 7, 9 and 14". */
export function linesInWords(lines: readonly number[]): string {
  const sorted = [...lines].sort((a, b) => a - b).map(String);
  if (sorted.length === 1) return `line ${sorted[0]}`;
  return `lines ${sorted.slice(0, -1).join(', ')} and ${sorted[sorted.length - 1]}`;
}

/** "£180,000.50" for messages. */
export function poundsInWords(pence: number): string {
  return formatPounds(pence);
}

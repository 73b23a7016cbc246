import { Readable } from 'node:stream';
import { Workbook } from 'exceljs';
import type { CellValue as ExcelCellValue, Worksheet } from 'exceljs';
import type { CellValue } from './contract-import.parsing';

/** One non-blank row of a sheet, numbered as the spreadsheet numbers it (the first row is line 1). */
export interface SheetRow {
  line: number;
  cells: CellValue[];
}

/** The file as a whole cannot be used: wrong type, damaged, empty. The message says which, for the user. */
export class SpreadsheetFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpreadsheetFileError';
  }
}

export type SpreadsheetKind = 'csv' | 'xlsx';

/** More data rows than this is not a contract list; refuse it before doing any work. */
export const MAX_SHEET_ROWS = 20_000;

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Excel 97-2003 (.xls) and other OLE compound files. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Which reader a file needs, from its name (and what its first bytes say), or why it cannot be read. */
export function spreadsheetKindOf(fileName: string, content: Buffer): SpreadsheetKind {
  const name = fileName.trim();
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (extension === 'xls' || content.subarray(0, 4).equals(OLE_SIGNATURE)) {
    throw new SpreadsheetFileError(
      `${name || 'The file'} is an Excel 97-2003 workbook, which cannot be read: save it as .xlsx or .csv and upload that`,
    );
  }
  if (extension === 'xlsx') return 'xlsx';
  if (extension === 'csv') {
    if (content.subarray(0, 4).equals(ZIP_SIGNATURE)) {
      throw new SpreadsheetFileError(
        `${name} is named .csv but is an Excel workbook: save it as CSV, or upload it named .xlsx`,
      );
    }
    return 'csv';
  }
  throw new SpreadsheetFileError(
    `Upload a .csv or .xlsx file: ${name ? `"${name}"` : 'the file has no name and'} is neither`,
  );
}

/**
 * The rows of a CSV file or of an XLSX workbook's first sheet that has any, blank rows left out. Cells
 * keep the type the file gave them (numbers, dates, booleans); CSV cells are always text.
 */
export async function readSpreadsheet(fileName: string, content: Buffer): Promise<SheetRow[]> {
  const { sheets } = await openSpreadsheet(fileName, content);
  const sheet = sheets.find((candidate) => candidate.actualRowCount > 0) ?? sheets[0];
  if (sheet === undefined || sheet.actualRowCount === 0) {
    throw new SpreadsheetFileError('The file is empty: it has no header row and no contracts');
  }
  if (sheet.actualRowCount > MAX_SHEET_ROWS + 1) {
    throw new SpreadsheetFileError(
      `The file has ${sheet.actualRowCount - 1} rows: import at most ${MAX_SHEET_ROWS} at a time`,
    );
  }
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: CellValue[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(plainValue(row.getCell(column).value));
    rows.push({ line: row.number, cells });
  });
  return rows;
}

/**
 * Every sheet of an XLSX workbook, or the one sheet of a CSV file (its cells all text, as typed), after
 * refusing what cannot be read: an empty file, the wrong type, a damaged or renamed file.
 */
export async function openSpreadsheet(
  fileName: string,
  content: Buffer,
): Promise<{ kind: SpreadsheetKind; sheets: Worksheet[] }> {
  if (content.length === 0) throw new SpreadsheetFileError('The file is empty');
  const kind = spreadsheetKindOf(fileName, content);
  const sheets = kind === 'xlsx' ? (await xlsxWorkbook(content)).worksheets : [await csvSheet(content)];
  return { kind, sheets };
}

async function xlsxWorkbook(content: Buffer): Promise<Workbook> {
  const damaged = new SpreadsheetFileError(
    'The file could not be read as an Excel workbook (.xlsx): it may be damaged, or another kind of file renamed',
  );
  if (!content.subarray(0, 4).equals(ZIP_SIGNATURE)) throw damaged;
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw damaged;
  }
  return workbook;
}

async function csvSheet(content: Buffer): Promise<Worksheet> {
  if (content.includes(0)) {
    throw new SpreadsheetFileError(
      'The file is not a CSV text file: it may be damaged, or another kind of file renamed',
    );
  }
  const workbook = new Workbook();
  try {
    // Every cell stays text, as typed: no guessing at numbers or dates.
    return await workbook.csv.read(Readable.from([decodeText(content)]), { map: (value: string) => value });
  } catch {
    throw new SpreadsheetFileError(
      'The file could not be read as CSV: check it was saved as CSV (comma separated)',
    );
  }
}

/** UTF-8 (with or without the byte-order mark Excel writes), else Windows-1252, as older Excel saves CSV ("£" as 0xA3). */
export function decodeText(content: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    text = new TextDecoder('windows-1252').decode(content);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** What a cell shows: formulas by their result, rich text and links by their text, errors by their code. */
export function plainValue(value: ExcelCellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return plainValue(value.text as ExcelCellValue);
  if ('result' in value) return plainValue(value.result as ExcelCellValue);
  if ('formula' in value || 'sharedFormula' in value) return null;
  return String(value);
}

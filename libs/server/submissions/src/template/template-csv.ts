import type { TemplateCellValue, TemplateGrid, TemplateSheet } from '@wres/domain/wres';
import { columnLetter } from '@wres/domain/wres';
import { plainValue, SpreadsheetFileError } from '@wres/server/contracts';
import type { Worksheet } from 'exceljs';

/*
 * The template as one CSV file: a first column "Sheet" names the sheet each line belongs to, then that
 * sheet's cells, so the lines of a sheet, in order, are its rows. RFC 4180 quoting; UTF-8 with a byte-order
 * mark so Excel opens it as UTF-8.
 */

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const CSV_SHEET_COLUMN = 'Sheet';

/** Text Excel would run as a formula when it opens a CSV file; written with a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function writeTemplateCsv(sheets: readonly TemplateSheet[]): Buffer {
  const width = Math.max(...sheets.flatMap((sheet) => sheet.cells.map((cells) => cells.length)));
  const columns = Array.from({ length: width }, (_, column) => columnLetter(column));
  const lines = [
    [CSV_SHEET_COLUMN, ...columns],
    ...sheets.flatMap((sheet) =>
      sheet.cells.map((cells) => [sheet.name, ...columns.map((_, column) => csvText(cells[column] ?? null))]),
    ),
  ];
  const text = lines.map((line) => line.map(quoted).join(',')).join('\r\n');
  return Buffer.from(`\ufeff${text}\r\n`, 'utf8');
}

function csvText(value: TemplateCellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180: a field with a comma, quote or line break (or edge spaces, which Excel would trim) in quotes. */
function quoted(field: string): string {
  return /[",\r\n]/.test(field) || field !== field.trim() ? `"${field.replace(/"/g, '""')}"` : field;
}

/** The sheets of the template's CSV file, each line given to the sheet its first column names. */
export function csvGrids(sheet: Worksheet): TemplateGrid[] {
  const lines: Array<{ number: number; cells: TemplateCellValue[] }> = [];
  for (let number = 1; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    const cells: TemplateCellValue[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(csvValue(row.getCell(column).value));
    lines.push({ number, cells });
  }
  const [header, ...rest] = lines;
  if (
    !header ||
    String(header.cells[0] ?? '')
      .trim()
      .toLowerCase() !== CSV_SHEET_COLUMN.toLowerCase()
  ) {
    throw new SpreadsheetFileError(
      `The CSV file does not start with the template's "${CSV_SHEET_COLUMN}" column: download the template as ` +
        'CSV, fill it in, and upload it without adding or removing columns',
    );
  }
  const grids = new Map<string, TemplateCellValue[][]>();
  for (const line of rest) {
    if (line.cells.every((cell) => cell === null)) continue;
    const name = typeof line.cells[0] === 'string' ? line.cells[0].trim() : '';
    if (name === '') {
      throw new SpreadsheetFileError(
        `Line ${line.number} of the CSV file names no sheet in its first column ("${CSV_SHEET_COLUMN}"): ` +
          'every line of the template belongs to a sheet',
      );
    }
    grids.set(name, [...(grids.get(name) ?? []), line.cells.slice(1)]);
  }
  return [...grids].map(([name, cells]) => ({ name, cells }));
}

function csvValue(value: Parameters<typeof plainValue>[0]): TemplateCellValue {
  const plain = plainValue(value);
  if (typeof plain !== 'string') return plain instanceof Date ? plain.toISOString().slice(0, 10) : plain;
  if (plain.trim() === '') return null;
  // Undo the apostrophe written before text that would otherwise open as a formula.
  return /^'[=+\-@\t\r]/.test(plain) ? plain.slice(1) : plain;
}

import { Workbook } from 'exceljs';
import type { PublishedCell, PublishedTable, TableColumn } from '@wres/shared/contracts';

/*
 * Published tables written as files. Both formats hold exactly what the screen shows: a number where a
 * figure is shown (as displayed, e.g. rounded to 2 dp), and the published text ('R', 'R%', '–') elsewhere.
 * The first row is the header, body rows follow, and a table's total row comes last.
 */

/** Excel opens UTF-8 CSV correctly only with a byte order mark; '–' needs it. */
const BYTE_ORDER_MARK = '\uFEFF';

/** What goes in a file's cell: the displayed value as a plain number where it is one, else the text. */
export function exportValue(column: TableColumn, cell: PublishedCell | undefined): string | number {
  if (!cell) return '';
  if (
    cell.status === 'shown' &&
    typeof cell.value === 'number' &&
    column.kind !== 'label' &&
    column.kind !== 'text'
  ) {
    return cell.value;
  }
  return cell.display;
}

function tableLines(table: PublishedTable): Array<Array<string | number>> {
  const rows = table.totalRow ? [...table.rows, table.totalRow] : table.rows;
  return [
    table.columns.map((column) => column.label),
    ...rows.map((row) => table.columns.map((column) => exportValue(column, row.cells[column.key]))),
  ];
}

function csvField(value: string | number): string {
  const text = String(value);
  // A leading =, +, - or @ would run as a formula when the file is opened: quote it behind an apostrophe.
  const safe = /^[=+\-@]/.test(text) && typeof value !== 'number' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One table as RFC 4180 CSV, with a byte order mark and CRLF line ends. */
export function tableToCsv(table: PublishedTable): Buffer {
  const text = tableLines(table)
    .map((line) => line.map(csvField).join(','))
    .join('\r\n');
  return Buffer.from(`${BYTE_ORDER_MARK}${text}\r\n`, 'utf8');
}

const NUMBER_FORMAT: Partial<Record<TableColumn['kind'], (decimals: number) => string>> = {
  count: () => '#,##0',
  days: () => '0',
  ratio: (decimals) => (decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0'),
  points: (decimals) => (decimals > 0 ? `+0.${'0'.repeat(decimals)};-0.${'0'.repeat(decimals)};0` : '0'),
  percent: (decimals) => (decimals > 0 ? `0.${'0'.repeat(decimals)}"%"` : '0"%"'),
};

const DEFAULT_DECIMALS: Partial<Record<TableColumn['kind'], number>> = { ratio: 2, points: 1, percent: 1 };

/** Sheet names: at most 31 characters, none of []:*?/\. */
export function sheetName(key: string): string {
  return key.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
}

export interface WorkbookCover {
  readonly title: string;
  readonly lines: ReadonlyArray<readonly [string, string]>;
}

/**
 * A workbook with an "About" sheet (what, whose, when, and what R and – mean) and one sheet per table, named
 * by the table's key. Numbers are numeric cells formatted as the screen shows them.
 */
export async function tablesToXlsx(cover: WorkbookCover, tables: readonly PublishedTable[]): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'WRES assurance portal';
  const about = workbook.addWorksheet('About');
  about.addRow([cover.title]).font = { bold: true, size: 14 };
  for (const [label, value] of cover.lines) about.addRow([label, value]);
  about.addRow([]);
  about.addRow(['Sheet', 'Table', 'Notes']).font = { bold: true };
  for (const table of tables) about.addRow([sheetName(table.key), table.title, table.notes.join(' ')]);
  about.getColumn(1).width = 24;
  about.getColumn(2).width = 70;

  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.key));
    const [header, ...body] = tableLines(table);
    sheet.addRow(header).font = { bold: true };
    body.forEach((line, i) => {
      const row = sheet.addRow(line);
      if (table.totalRow && i === body.length - 1) row.font = { bold: true };
      table.columns.forEach((column, j) => {
        const format = NUMBER_FORMAT[column.kind];
        if (format && typeof line[j] === 'number') {
          row.getCell(j + 1).numFmt = format(column.decimals ?? DEFAULT_DECIMALS[column.kind] ?? 0);
        }
      });
    });
    table.columns.forEach((column, j) => {
      sheet.getColumn(j + 1).width = Math.min(40, Math.max(10, column.label.length + 2));
    });
    sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

import type { TemplateCellValue, TemplateGrid, TemplateInput, TemplateSheet } from '@wres/domain/wres';
import { plainValue } from '@wres/server/contracts';
import { Workbook } from 'exceljs';
import type { Border, Cell, DataValidation, Fill, Worksheet } from 'exceljs';

/*
 * The template as an Excel workbook: one worksheet per template sheet, headings bold, the cells a person
 * fills in pale yellow with a border, counts as whole numbers, and Excel's own checks on what is typed.
 */

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const INPUT_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const HEADING_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const THIN: Partial<Border> = { style: 'thin', color: { argb: 'FFA6A6A6' } };
const BOXED = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Column widths, in characters: wide enough for the labels, never so wide a sheet needs scrolling to read. */
const MIN_WIDTH = 10;
const MAX_WIDTH = 60;
const INPUT_WIDTH = 14;
const LINE_HEIGHT = 15;

/** Whole numbers with thousands separators; percentages to one decimal place; dates and words as typed. */
const NUMBER_FORMATS: { readonly [K in TemplateInput['kind']]: string } = {
  count: '#,##0',
  percent: '0.0',
  date: '@',
  text: '@',
};

const VALIDATIONS: { readonly [K in TemplateInput['kind']]?: DataValidation } = {
  count: {
    type: 'whole',
    operator: 'greaterThanOrEqual',
    formulae: [0],
    allowBlank: true,
    showErrorMessage: true,
    errorTitle: 'A count of people',
    error: 'Enter a whole number of 0 or more (the actual count, not "R").',
  },
  percent: {
    type: 'decimal',
    operator: 'between',
    formulae: [0, 100],
    allowBlank: true,
    showErrorMessage: true,
    errorTitle: 'A percentage',
    error: 'Enter a percentage from 0 to 100, e.g. 23.1 for 23.1%.',
  },
};

export async function writeTemplateXlsx(sheets: readonly TemplateSheet[]): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'WRES assurance portal';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    const widths = columnWidths(sheet);
    widths.forEach((width, index) => (worksheet.getColumn(index + 1).width = width));
    sheet.cells.forEach((_, index) => writeRow(worksheet, sheet, index, widths));
    for (const input of sheet.inputs) styleInput(worksheet.getCell(`${input.column}${input.row}`), input);
    // Keep the column headings in view down the long indicator 1 table.
    const lastHeading = sheet.rowKinds.lastIndexOf('heading') + 1;
    if (sheet.cells.length > 20 && lastHeading > 0) {
      worksheet.views = [{ state: 'frozen', ySplit: lastHeading, xSplit: 0 }];
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeRow(
  worksheet: Worksheet,
  sheet: TemplateSheet,
  index: number,
  widths: readonly number[],
): void {
  const row = worksheet.getRow(index + 1);
  const kind = sheet.rowKinds[index];
  const cells = sheet.cells[index];
  cells.forEach((value, column) => {
    if (value !== null) row.getCell(column + 1).value = value;
  });
  if (kind === 'title') {
    row.getCell(1).font = { bold: true, size: 14 };
  } else if (kind === 'note' && typeof cells[0] === 'string') {
    // A note runs across the sheet's columns and wraps, so it reads as a paragraph.
    const span = widths.length;
    if (span > 1) worksheet.mergeCells(index + 1, 1, index + 1, span);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.height =
      LINE_HEIGHT *
      linesFor(
        cells[0],
        widths.reduce((sum, width) => sum + width, 0),
      );
  } else if (kind === 'heading') {
    cells.forEach((value, column) => {
      if (value === null) return;
      const cell = row.getCell(column + 1);
      cell.font = { bold: true };
      cell.fill = HEADING_FILL;
      cell.border = BOXED;
      cell.alignment = { wrapText: true, vertical: 'bottom' };
    });
  } else if (kind === 'data') {
    let lines = 1;
    cells.forEach((value, column) => {
      if (typeof value !== 'string') return;
      row.getCell(column + 1).alignment = { wrapText: true, vertical: 'top' };
      lines = Math.max(lines, linesFor(value, widths[column]));
    });
    if (lines > 1) row.height = LINE_HEIGHT * lines;
  }
}

function styleInput(cell: Cell, input: TemplateInput): void {
  cell.fill = INPUT_FILL;
  cell.border = BOXED;
  cell.numFmt = NUMBER_FORMATS[input.kind];
  const validation = VALIDATIONS[input.kind];
  if (validation) cell.dataValidation = validation;
}

/** Each column as wide as its longest heading or label, within limits; input columns fit a large count. */
function columnWidths(sheet: TemplateSheet): number[] {
  const widths: number[] = [];
  const widen = (column: number, width: number) => {
    while (widths.length <= column) widths.push(MIN_WIDTH);
    widths[column] = Math.min(MAX_WIDTH, Math.max(widths[column], width));
  };
  sheet.cells.forEach((cells, index) => {
    if (sheet.rowKinds[index] !== 'heading' && sheet.rowKinds[index] !== 'data') return;
    cells.forEach((value, column) => {
      if (typeof value === 'string') widen(column, value.length + 2);
    });
  });
  for (const input of sheet.inputs) widen(input.column.charCodeAt(0) - 65, INPUT_WIDTH);
  return widths;
}

/** Roughly how many lines text wraps to in a width of so many characters. */
function linesFor(text: string, width: number): number {
  return Math.max(1, Math.ceil((text.length * 1.1) / Math.max(width, 1)));
}

/** Beyond these, nothing is part of the template: a bound on the work a large sheet can cause. */
const MAX_ROWS = 500;
const MAX_COLUMNS = 26;

/** Each worksheet as a grid of what its cells show. */
export function xlsxGrids(worksheets: readonly Worksheet[]): TemplateGrid[] {
  return worksheets.map((worksheet) => {
    const rows = Math.min(worksheet.rowCount, MAX_ROWS);
    const columns = Math.min(worksheet.columnCount, MAX_COLUMNS);
    const cells: TemplateCellValue[][] = [];
    for (let row = 1; row <= rows; row++) {
      const values: TemplateCellValue[] = [];
      for (let column = 1; column <= columns; column++) {
        const cell = worksheet.findCell(row, column);
        values.push(cell ? gridValue(cell) : null);
      }
      cells.push(values);
    }
    return { name: worksheet.name, cells };
  });
}

/**
 * What a cell shows, as the template reads it: dates as ISO dates; a number Excel shows as a percentage
 * (a person typed "23.1%" into the cell) as that percentage, not the fraction Excel stores.
 */
export function gridValue(cell: Cell): TemplateCellValue {
  // The rest of a merged block repeats its first cell's value; only the first cell holds it.
  if (cell.isMerged && cell.master.address !== cell.address) return null;
  const value = plainValue(cell.value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'number' && typeof cell.numFmt === 'string' && cell.numFmt.includes('%')) {
    return Number((value * 100).toPrecision(12));
  }
  return value;
}

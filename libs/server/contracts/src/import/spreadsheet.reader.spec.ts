import { Workbook } from 'exceljs';
import {
  decodeText,
  openSpreadsheet,
  readSpreadsheet,
  spreadsheetKindOf,
  SpreadsheetFileError,
} from './spreadsheet.reader';

describe('readSpreadsheet', () => {
  it('reads an XLSX sheet with real line numbers, skipping blank rows and keeping cell types', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Contracts');
    sheet.addRow(['ODS code', 'Expected NHS income (£)']);
    sheet.addRow(['RD1', 180000.5]);
    sheet.addRow([]);
    sheet.addRow([{ richText: [{ text: 'RD' }, { text: '2' }] }, { formula: '1+1', result: 2 }]);
    const rows = await readSpreadsheet('list.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(rows).toEqual([
      { line: 1, cells: ['ODS code', 'Expected NHS income (£)'] },
      { line: 2, cells: ['RD1', 180000.5] },
      { line: 4, cells: ['RD2', 2] },
    ]);
  });

  it('reads CSV as text, with or without a byte-order mark', async () => {
    const text = 'ODS code,Contract year,Expected NHS income (£)\r\nRD1,2024/25,"£180,000.50"\r\n';
    const rows = await readSpreadsheet('list.csv', Buffer.from(`\ufeff${text}`, 'utf8'));
    expect(rows).toEqual([
      { line: 1, cells: ['ODS code', 'Contract year', 'Expected NHS income (£)'] },
      { line: 2, cells: ['RD1', '2024/25', '£180,000.50'] },
    ]);
  });

  it('reads the pound sign from CSV that older Excel saved as Windows-1252', () => {
    expect(decodeText(Buffer.from([0xa3, 0x35]))).toBe('£5');
  });

  it.each([
    ['list.pdf', Buffer.from('%PDF'), 'Upload a .csv or .xlsx file: "list.pdf" is neither'],
    ['list.xlsx', Buffer.from('not a zip at all'), 'The file could not be read as an Excel workbook (.xlsx)'],
    [
      'list.xlsx',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      'The file could not be read as an Excel workbook',
    ],
    ['list.csv', Buffer.alloc(0), 'The file is empty'],
    ['list.csv', Buffer.from([0x41, 0x00, 0x42]), 'The file is not a CSV text file'],
    ['list.xls', Buffer.from('x'), 'list.xls is an Excel 97-2003 workbook'],
  ])('refuses %s (%#) saying why', async (name, content, message) => {
    const reading = readSpreadsheet(name, content);
    await expect(reading).rejects.toBeInstanceOf(SpreadsheetFileError);
    await expect(readSpreadsheet(name, content)).rejects.toThrow(message);
  });

  it('opens every sheet of a workbook, and a CSV file as one sheet', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('About').addRow(['Item']);
    workbook.addWorksheet('Indicator 1');
    const opened = await openSpreadsheet('t.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect([opened.kind, opened.sheets.map((sheet) => sheet.name)]).toEqual([
      'xlsx',
      ['About', 'Indicator 1'],
    ]);
    const csv = await openSpreadsheet('t.csv', Buffer.from('Sheet,A\r\nAbout,x\r\n'));
    expect([csv.kind, csv.sheets.length]).toEqual(['csv', 1]);
    await expect(openSpreadsheet('t.csv', Buffer.alloc(0))).rejects.toThrow('The file is empty');
  });

  it('notices a workbook named .csv', () => {
    expect(() => spreadsheetKindOf('list.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toThrow(
      'list.csv is named .csv but is an Excel workbook',
    );
    expect(spreadsheetKindOf('LIST.XLSX', Buffer.alloc(0))).toBe('xlsx');
  });
});

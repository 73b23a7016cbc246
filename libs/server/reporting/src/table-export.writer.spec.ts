import { publishTable } from '@wres/domain/reporting';
import { Workbook } from 'exceljs';
import { sheetName, tablesToXlsx, tableToCsv } from './table-export.writer';

const TABLE = publishTable({
  key: 'reporting',
  title: 'Reporting',
  columns: [
    { key: 'name', label: 'Commissioner', kind: 'label' },
    { key: 'expected', label: 'Expected', kind: 'count', totalOf: 'reports' },
    { key: 'onTime', label: 'On time', kind: 'count', partition: 'reports' },
    { key: 'late', label: 'Late', kind: 'count', partition: 'reports' },
    { key: 'rate', label: 'On time %', kind: 'percent', numerator: ['onTime'], denominator: 'expected' },
    { key: 'gap', label: 'Gap', kind: 'points' },
  ],
  rows: [
    { name: 'NHS "North", East', expected: 1250, onTime: 1200, late: 50, rate: 96, gap: -15.46 },
    { name: '=HYPERLINK("x")', expected: 40, onTime: 37, late: 3, rate: 92.5, gap: 2 },
    { name: 'West', expected: 45, onTime: 40, late: 5, rate: 88.9, gap: 0 },
  ],
  totalRow: { name: 'All', expected: 1335, onTime: 1277, late: 58, rate: 95.66, gap: null },
});

describe('writing published tables', () => {
  it('writes CSV with a byte order mark, quoting, CRLF, plain numbers and the published text', () => {
    const text = tableToCsv(TABLE).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Commissioner,Expected,On time,Late,On time %,Gap');
    expect(lines[1]).toBe('"NHS ""North"", East",1250,1200,50,96,-15.5');
    // A cell that would run as a formula is kept as text.
    expect(lines[2].startsWith(`"'=HYPERLINK(""x"")"`)).toBe(true);
    expect(lines[2]).toContain(',R,R,');
    expect(lines[4]).toBe('All,1335,1277,58,95.7,');
  });

  it('writes XLSX with an About sheet and a sheet per table, numbers as numbers', async () => {
    const content = await tablesToXlsx({ title: 'Test', lines: [['Organisation', 'Demo']] }, [TABLE]);
    const workbook = new Workbook();
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['About', 'reporting']);
    const sheet = workbook.getWorksheet('reporting');
    expect(sheet?.getRow(2).getCell(2).value).toBe(1250);
    expect(sheet?.getRow(2).getCell(2).numFmt).toBe('#,##0');
    expect(sheet?.getRow(2).getCell(5).numFmt).toBe('0.0"%"');
    expect(sheet?.getRow(3).getCell(3).value).toBe('R');
    expect(sheet?.getRow(4).getCell(6).value).toBe('+0.0'.slice(1) === '0.0' ? 0 : 0);
    expect(sheet?.getRow(5).font?.bold).toBe(true);
  });

  it('keeps sheet names within Excel’s rules', () => {
    expect(sheetName('pooled/i9:x')).toBe('pooled-i9-x');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });
});

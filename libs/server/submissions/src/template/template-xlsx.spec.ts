import { readWresTemplate, SEED_004_2018_19, wresTemplateSheets } from '@wres/domain/wres';
import { Workbook } from 'exceljs';
import type { Fill, Worksheet } from 'exceljs';
import { readTemplateFile } from './template-file';
import { gridValue, writeTemplateXlsx, xlsxGrids } from './template-xlsx';

const seedWorkbook = () =>
  writeTemplateXlsx(wresTemplateSheets({ document: SEED_004_2018_19, caption: 'RD1' }));

function sheetOf(workbook: Workbook, name: string): Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`The workbook has no "${name}" sheet`);
  return sheet;
}

async function load(content: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  return workbook;
}

describe('the template as an XLSX workbook', () => {
  it('has the template’s sheets, bold headings, a note on how to fill it in, and marked input cells', async () => {
    const workbook = await load(await seedWorkbook());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'About',
      'Indicator 1',
      'Indicators 2-4',
      'Indicators 5-8',
      'Indicator 9',
    ]);
    const about = sheetOf(workbook, 'About');
    expect(about.getCell('A4').value).toBe('How to fill this in');
    expect(about.getCell('A4').font?.bold).toBe(true);
    expect(String(about.getCell('A5').value)).toMatch(/^Type counts of people/);

    const sheet = sheetOf(workbook, 'Indicators 2-4');
    expect(sheet.getCell('C4').font?.bold).toBe(true);
    const input = sheet.getCell('C5');
    expect(input.value).toBe(3844);
    expect(input.numFmt).toBe('#,##0');
    expect((input.fill as Fill & { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFF2CC');
    expect(input.dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual' });
    // A label is not an input.
    expect(sheet.getCell('B5').fill).not.toMatchObject({ pattern: 'solid' });
    expect(sheetOf(workbook, 'Indicators 5-8').getCell('E5').numFmt).toBe('0.0');
  });

  it('sizes columns to their labels, within limits', async () => {
    const workbook = await load(await seedWorkbook());
    for (const sheet of workbook.worksheets) {
      for (const column of sheet.columns) {
        expect(column.width).toBeGreaterThanOrEqual(10);
        expect(column.width).toBeLessThanOrEqual(60);
      }
    }
    expect(sheetOf(workbook, 'Indicator 1').getColumn(2).width).toBeGreaterThan(30);
  });

  it('reads back to the document it was filled from', async () => {
    const { format, grids } = await readTemplateFile('template.xlsx', await seedWorkbook());
    expect(format).toBe('xlsx');
    const reading = readWresTemplate(grids, { expectedReportingPeriodEnd: '2019-03-31' });
    expect(reading.problems).toEqual([]);
    expect(reading.document).toEqual(SEED_004_2018_19);
  });

  it('reads what a person typed in Excel: a percentage, a date, text in a count cell', async () => {
    const workbook = await load(await seedWorkbook());
    const survey = sheetOf(workbook, 'Indicators 5-8');
    // As Excel does when "23.1%" is typed: the fraction, shown as a percentage. Styles are shared between
    // cells once loaded, so each edit gets a style of its own.
    const percent = survey.getCell('E5');
    percent.style = { ...percent.style, numFmt: '0.0%' };
    percent.value = 0.231;
    const date = sheetOf(workbook, 'About').getCell('B11');
    date.style = { ...date.style, numFmt: 'dd/mm/yyyy' };
    date.value = new Date(Date.UTC(2019, 2, 31));
    sheetOf(workbook, 'Indicators 2-4').getCell('D6').value = 'about 120';
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const reading = readWresTemplate((await readTemplateFile('filled.xlsx', content)).grids);
    expect(reading.problems).toEqual([
      {
        sheet: 'Indicators 2-4',
        row: 6,
        column: 'D',
        message: 'BME appointed from shortlisting: expected a whole number of 0 or more, found "about 120"',
      },
    ]);
    expect(reading.document.indicator5).toEqual(SEED_004_2018_19.indicator5);
    expect(reading.document.reportingPeriodEnd).toBe('2019-03-31');
  });

  it('reads a merged block’s value once, from its first cell', () => {
    const sheet = new Workbook().addWorksheet('Merged');
    sheet.getCell('A1').value = 'Note';
    sheet.mergeCells('A1:C1');
    sheet.getCell('A2').value = { formula: '1+1', result: 2 };
    expect(xlsxGrids([sheet])).toEqual([
      {
        name: 'Merged',
        cells: [
          ['Note', null, null],
          [2, null, null],
        ],
      },
    ]);
    expect(gridValue(sheet.getCell('B1'))).toBeNull();
  });
});

import { SEED_004_2017_18, SEED_004_2018_19 } from '../fixtures/seed-004.fixture';
import { Indicator1 } from '../wres-document.model';
import { TEMPLATE_FIELDS } from './template-layout';
import { TemplateSheet, wresTemplateSheets } from './template-writing';

/** The value at "C5" on a sheet. */
function cell(sheets: readonly TemplateSheet[], sheet: string, address: string): unknown {
  const [, letter, row] = /^([A-Z])(\d+)$/.exec(address) ?? [];
  const grid = sheets.find((candidate) => candidate.name === sheet);
  return grid?.cells[Number(row) - 1]?.[letter.charCodeAt(0) - 65];
}

describe('writing the WRES template', () => {
  it('lays out a blank template with headings and empty input cells', () => {
    const sheets = wresTemplateSheets();
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'About',
      'Indicator 1',
      'Indicators 2-4',
      'Indicators 5-8',
      'Indicator 9',
    ]);
    expect(cell(sheets, 'About', 'A4')).toBe('How to fill this in');
    expect(cell(sheets, 'Indicators 2-4', 'A4')).toBe('Indicator');
    expect(cell(sheets, 'Indicators 2-4', 'B5')).toBe('Shortlisted');
    expect(cell(sheets, 'Indicators 2-4', 'C4')).toBe('White');
    expect(cell(sheets, 'Indicator 1', 'B14')).toBe('Band 7');
    for (const sheet of sheets) {
      for (const input of sheet.inputs)
        expect(cell(sheets, sheet.name, `${input.column}${input.row}`)).toBeNull();
      expect(sheet.rowKinds).toHaveLength(sheet.cells.length);
    }
  });

  it('lists every input cell with what it takes', () => {
    const sheets = wresTemplateSheets();
    expect(sheets.flatMap((sheet) => sheet.inputs)).toHaveLength(TEMPLATE_FIELDS.length);
    expect(sheets[2].inputs[0]).toEqual({ row: 5, column: 'C', kind: 'count', label: 'White shortlisted' });
    expect(sheets[0].inputs[0]).toMatchObject({ row: 11, column: 'B', kind: 'date' });
    expect(sheets[3].inputs.filter((input) => input.kind === 'percent').map((input) => input.column)).toEqual(
      Array(12).fill('E'),
    );
  });

  it('fills the input cells from a document', () => {
    const sheets = wresTemplateSheets({ document: SEED_004_2018_19, caption: 'Northfield (RD1), 2018/19' });
    expect(cell(sheets, 'About', 'A2')).toBe('Northfield (RD1), 2018/19');
    expect(cell(sheets, 'About', 'B11')).toBe('2019-03-31');
    expect(cell(sheets, 'About', 'B13')).toBe(5307);
    // Clinical Band 6: 940 White, 167 BME, 30 unknown.
    expect(['B28', 'C28', 'D28', 'E28'].map((address) => cell(sheets, 'Indicator 1', address))).toEqual([
      'Band 6',
      940,
      167,
      30,
    ]);
    expect(cell(sheets, 'Indicator 1', 'C36')).toBe(3032);
    expect(cell(sheets, 'Indicators 2-4', 'C5')).toBe(3844);
    expect(cell(sheets, 'Indicators 2-4', 'D6')).toBe(124);
    expect(cell(sheets, 'Indicators 5-8', 'C5')).toBe(1991);
    expect(cell(sheets, 'Indicators 5-8', 'D5')).toBeNull();
    expect(cell(sheets, 'Indicators 5-8', 'E5')).toBe(23.1);
    expect(cell(sheets, 'Indicators 5-8', 'E7')).toBe(21.1);
    expect(cell(sheets, 'Indicator 9', 'C6')).toBe(1);
    expect(cell(sheets, 'Indicator 9', 'B8')).toBeNull();
  });

  it('fills a missing indicator’s reason and leaves its figures blank', () => {
    const sheets = wresTemplateSheets({ document: SEED_004_2017_18 });
    expect(cell(sheets, 'Indicator 1', 'B4')).toBe(
      'Band rows for 2017/18 are not reconstructed in this fixture',
    );
    expect(cell(sheets, 'Indicator 1', 'C7')).toBeNull();
    expect(cell(sheets, 'Indicator 9', 'B8')).toBe(4011);
  });

  it('puts indicator 1 rows on their own band whatever order a draft keeps them in', () => {
    const rows = [...(SEED_004_2018_19.indicator1 as Indicator1).rows].reverse();
    const sheets = wresTemplateSheets({ document: { indicator1: { rows } } });
    expect(cell(sheets, 'Indicator 1', 'C7')).toBe(11);
    expect(cell(sheets, 'Indicator 1', 'C37')).toBe(39);
    expect(cell(sheets, 'Indicator 1', 'C36')).toBeNull();
  });

  it('leaves blank what a draft holds in a form the template cannot show', () => {
    const draft = {
      reportingPeriodEnd: 20190331,
      indicator2: { white: { shortlisted: 'lots', appointed: Number.NaN }, bme: [] },
      indicator1: { rows: 'none' },
    };
    const sheets = wresTemplateSheets({ document: draft });
    for (const sheet of sheets) {
      for (const input of sheet.inputs)
        expect(cell(sheets, sheet.name, `${input.column}${input.row}`)).toBeNull();
    }
    expect(() => wresTemplateSheets({ document: 'not a document' })).not.toThrow();
  });
});

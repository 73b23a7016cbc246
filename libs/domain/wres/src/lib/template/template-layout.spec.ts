import { SEED_004_2017_18, SEED_004_2018_19 } from '../fixtures/seed-004.fixture';
import {
  columnLetter,
  sectionKeyOf,
  TEMPLATE_FIELDS,
  TEMPLATE_SECTIONS,
  TEMPLATE_SHEET_NAMES,
  WRES_TEMPLATE_LAYOUT,
} from './template-layout';

/** Every leaf path of a JSON value, as validation names them: `indicator1.rows[4].white`. */
function leafPaths(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leafPaths(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, path ? `${path}.${key}` : key));
  }
  return [path];
}

describe('the WRES template layout', () => {
  it('has the sheets of the reporting template, with names Excel accepts', () => {
    expect(WRES_TEMPLATE_LAYOUT.map((sheet) => sheet.name)).toEqual([...TEMPLATE_SHEET_NAMES]);
    for (const name of TEMPLATE_SHEET_NAMES) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[\\/?*[\]:]/);
    }
  });

  it('gives every figure of a document its own cell', () => {
    const cells = TEMPLATE_FIELDS.map((field) => `${field.sheet}!${field.column}:${field.row}`);
    expect(new Set(cells).size).toBe(cells.length);
    const paths = TEMPLATE_FIELDS.map((field) => field.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('has a cell for every figure seed 004 reports, in both years', () => {
    const paths = new Set(TEMPLATE_FIELDS.map((field) => field.path));
    const figures = [...leafPaths(SEED_004_2018_19), ...leafPaths(SEED_004_2017_18)].filter(
      // The staff group and band of an indicator 1 row are the row itself, not a cell.
      (path) => !/\.(staffGroup|band)$/.test(path),
    );
    expect(figures.filter((path) => !paths.has(path))).toEqual([]);
  });

  it('has a missing reason cell for each of the nine indicators', () => {
    const reasons = TEMPLATE_FIELDS.filter((field) => field.path.endsWith('.missingReason'));
    expect(reasons.map((field) => sectionKeyOf(field.path))).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `indicator${i}`),
    );
  });

  it('puts each section on one sheet, and every field in a section', () => {
    for (const field of TEMPLATE_FIELDS) {
      const section = TEMPLATE_SECTIONS.find((candidate) => candidate.key === sectionKeyOf(field.path));
      expect([field.path, section?.sheet]).toEqual([field.path, field.sheet]);
    }
  });

  it('labels bands and grades in plain English, in template order', () => {
    const indicator1 = WRES_TEMPLATE_LAYOUT[1];
    const labels = indicator1.rows.filter((row) => row.kind === 'data').map((row) => row.cells.slice(0, 2));
    expect(labels[0]).toEqual(['Missing reason', null]);
    expect(labels[1]).toEqual(['Non-clinical', 'Under Band 1']);
    expect(labels[9]).toEqual(['Non-clinical', 'Band 8a']);
    expect(labels[15]).toEqual(['Non-clinical', 'Stated total (optional)']);
    expect(labels[31]).toEqual(['Medical', 'Consultant']);
    expect(labels.at(-1)).toEqual(['Medical', 'Stated total (optional)']);
  });

  it.each([
    [0, 'A'],
    [2, 'C'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('names column %i as %s', (column, letter) => {
    expect(columnLetter(column)).toBe(letter);
  });

  it('finds the section of a path', () => {
    expect(sectionKeyOf('indicator1.rows[4].white')).toBe('indicator1');
    expect(sectionKeyOf('reportingPeriodEnd')).toBe('reportingPeriodEnd');
  });
});

import { SEED_004_2017_18, SEED_004_2018_19 } from '../fixtures/seed-004.fixture';
import { computeIndicators } from '../indicators.computation';
import { WresDocument } from '../wres-document.model';
import { readWresTemplate, TemplateGrid, TemplateProblem } from './template-reading';
import { asText, gridsOf, withCell, withCells } from './template-testing';
import { wresTemplateSheets } from './template-writing';

const filled = (document: unknown = SEED_004_2018_19) => gridsOf(wresTemplateSheets({ document }));
const blank = () => gridsOf(wresTemplateSheets());
const read = (grids: readonly TemplateGrid[]) =>
  readWresTemplate(grids, { expectedReportingPeriodEnd: '2019-03-31' });
/** Where each problem is, as a spreadsheet names cells: "Indicators 2-4!C5", or the sheet alone. */
const where = (problems: readonly TemplateProblem[]) =>
  problems.map(({ sheet, row, column }) => (row === null ? sheet : `${sheet}!${column ?? ''}${row}`));

describe('reading the WRES template', () => {
  describe('round trip', () => {
    it('reads seed 004’s 2018/19 template back to the same document and indicators', () => {
      const reading = read(filled());
      expect(reading.problems).toEqual([]);
      expect(reading.document).toEqual(SEED_004_2018_19);
      expect(computeIndicators(reading.document as WresDocument)).toEqual(
        computeIndicators(SEED_004_2018_19),
      );
    });

    it('reads the same document when every cell comes back as text, as from CSV', () => {
      const reading = read(asText(filled()));
      expect(reading.problems).toEqual([]);
      expect(reading.document).toEqual(SEED_004_2018_19);
    });

    it('reads 2017/18 back too: a missing indicator 1 and a stated workforce', () => {
      const reading = readWresTemplate(filled(SEED_004_2017_18));
      expect(reading.problems).toEqual([]);
      expect(reading.document).toEqual(SEED_004_2017_18);
    });

    it('reads survey counts as counts', () => {
      const document = {
        ...SEED_004_2018_19,
        indicator6: { white: { respondents: 1994, count: 375 }, bme: { respondents: 487, count: 98 } },
      };
      const reading = read(filled(document));
      expect(reading.problems).toEqual([]);
      expect(reading.document).toEqual(document);
    });

    it('reads figures typed as people type them: thousands separators, a % sign, a UK date', () => {
      const grids = withCells(asText(filled()), 'Indicators 2-4', { C5: '3,844', D5: ' 2525 ' });
      const typed = withCells(withCell(grids, 'Indicators 5-8', 'E5', '23.1%'), 'About', {
        B11: '31/03/2019',
      });
      const reading = read(typed);
      expect(reading.problems).toEqual([]);
      expect(reading.document).toEqual(SEED_004_2018_19);
    });
  });

  describe('a draft may be incomplete', () => {
    it('reads a blank template as an empty draft, with no problems', () => {
      expect(readWresTemplate(blank())).toEqual({ document: {}, problems: [] });
    });

    it('leaves out an indicator left entirely blank', () => {
      const grids = withCells(filled(), 'Indicators 2-4', { C5: null, D5: null, C6: null, D6: null });
      const reading = read(grids);
      expect(reading.problems).toEqual([]);
      const { indicator2: _left, ...rest } = SEED_004_2018_19;
      expect(reading.document).toEqual(rest);
    });

    it('reads a missing reason in place of the figures', () => {
      const grids = withCells(filled(), 'Indicators 2-4', {
        C5: null,
        D5: null,
        C6: null,
        D6: null,
        C7: 'Recruitment system replaced mid-year',
      });
      const reading = read(grids);
      expect(reading.problems).toEqual([]);
      expect(reading.document.indicator2).toEqual({ missingReason: 'Recruitment system replaced mid-year' });
    });

    it('leaves out stated totals, the published overall and the stated workforce when blank', () => {
      const grids = withCells(
        withCells(filled(), 'Indicator 1', { C21: null, D21: null, E21: null }),
        'Indicators 5-8',
        { C7: null, E7: null, E11: null },
      );
      const reading = read(grids);
      expect(reading.problems).toEqual([]);
      const i1 = reading.document.indicator1 as { statedTotals: object };
      expect(Object.keys(i1.statedTotals)).toEqual(['clinical', 'medical']);
      expect(reading.document.indicator5).not.toHaveProperty('publishedOverall');
      // Either half of the published overall line may be given alone.
      expect(reading.document.indicator6).toMatchObject({ publishedOverall: { respondents: 2481 } });
      expect(reading.document.indicator6).not.toHaveProperty('publishedOverall.percent');
    });
  });

  describe('problems, each at its sheet, row and column, with what was found', () => {
    it('refuses text in a count cell', () => {
      const reading = read(withCell(filled(), 'Indicators 2-4', 'D6', 'about 120'));
      expect(reading.problems).toEqual([
        {
          sheet: 'Indicators 2-4',
          row: 6,
          column: 'D',
          message: 'BME appointed from shortlisting: expected a whole number of 0 or more, found "about 120"',
        },
      ]);
      expect(reading.document).not.toHaveProperty('indicator2');
    });

    it('refuses negative and fractional counts, and percentages outside 0 to 100', () => {
      let grids = withCell(filled(), 'Indicator 1', 'C9', -3);
      grids = withCell(grids, 'Indicator 9', 'D5', 1.5);
      grids = withCell(grids, 'Indicators 5-8', 'E14', 175.3);
      const reading = read(grids);
      expect(where(reading.problems)).toEqual(['Indicator 1!C9', 'Indicators 5-8!E14', 'Indicator 9!D5']);
      expect(reading.problems.map((problem) => problem.message)).toEqual([
        'Non-clinical Band 2, White: expected a whole number of 0 or more, found -3',
        'BME percent: expected a percentage from 0 to 100, found 175.3',
        'All board members, Unknown: expected a whole number (a count of people), found 1.5',
      ]);
    });

    it('asks for each blank cell a partly filled indicator needs', () => {
      const grids = withCells(blank(), 'Indicators 2-4', { C5: 3844, D6: 124 });
      const reading = read(grids);
      expect(reading.problems).toEqual([
        {
          sheet: 'Indicators 2-4',
          row: 5,
          column: 'D',
          message: 'Indicator 2 is partly filled: enter BME shortlisted (0 if none)',
        },
        {
          sheet: 'Indicators 2-4',
          row: 6,
          column: 'C',
          message: 'Indicator 2 is partly filled: enter White appointed from shortlisting (0 if none)',
        },
      ]);
    });

    it('asks for the rest of a stated total line, and for a survey answer', () => {
      let grids = withCells(filled(), 'Indicator 1', { C36: null, E36: null });
      grids = withCells(grids, 'Indicators 5-8', { E6: null });
      const reading = read(grids);
      expect(where(reading.problems)).toEqual(['Indicator 1!C36', 'Indicator 1!E36', 'Indicators 5-8!D6']);
      expect(reading.problems[0].message).toBe(
        'Enter Clinical stated total, White (0 if none) too, or leave the whole line blank',
      );
      expect(reading.problems[2].message).toBe(
        'Indicator 5 is partly filled: enter BME number counted or BME percent',
      );
    });

    it('refuses both a survey count and a percentage', () => {
      const reading = read(withCell(filled(), 'Indicators 5-8', 'D9', 375));
      expect(reading.problems).toEqual([
        {
          sheet: 'Indicators 5-8',
          row: 9,
          column: 'E',
          message: 'Give White number counted or White percent, not both: clear one of them',
        },
      ]);
    });

    it('refuses figures and a missing reason together', () => {
      const reading = read(withCell(filled(), 'Indicator 9', 'B9', 'Not known'));
      expect(reading.problems).toEqual([
        {
          sheet: 'Indicator 9',
          row: 9,
          column: 'B',
          message: 'Indicator 9 has figures and a missing reason: clear one or the other',
        },
      ]);
    });

    it('reports what validation finds at the cell it came from', () => {
      let grids = withCell(filled(), 'Indicators 2-4', 'D6', 2600);
      grids = withCell(grids, 'Indicator 1', 'C36', 3033);
      grids = withCell(grids, 'Indicator 9', 'C6', 2);
      grids = withCell(grids, 'About', 'B11', '2018-03-31');
      const reading = read(grids);
      expect(where(reading.problems)).toEqual([
        'About!B11',
        'Indicator 1!C36',
        'Indicators 2-4!D6',
        'Indicator 9!C6',
      ]);
      expect(reading.problems.map((problem) => problem.message)).toEqual([
        "Reporting period end: Reporting period end 2018-03-31 does not match the cycle's 2019-03-31",
        'Clinical stated total, White: Clinical band rows add up to 3,032 White staff but the stated total is 3,033',
        'BME appointed from shortlisting: Appointed (2,600) cannot be more than shortlisted (2,525)',
        'Voting members, BME: Voting board members (BME) (2) cannot be more than board members in total (1)',
      ]);
    });

    it('does not complain that a part left blank is missing', () => {
      const grids = withCells(filled(), 'About', { B12: null, B13: null });
      const reading = read(grids);
      expect(reading.problems).toEqual([]);
      expect(reading.document).not.toHaveProperty('selfReportedEthnicity');
    });
  });

  describe('sheets and headings', () => {
    it('names a missing sheet and a renamed one', () => {
      const grids = filled().map((grid) =>
        grid.name === 'Indicators 2-4' ? { ...grid, name: 'Indicators 2 to 4' } : grid,
      );
      const reading = read(grids);
      expect(reading.problems).toEqual([
        {
          sheet: 'Indicators 2-4',
          row: null,
          column: null,
          message: expect.stringMatching(
            /^The file has no "Indicators 2-4" sheet \(it has "About", .*"Indicators 2 to 4"/,
          ),
        },
        {
          sheet: 'Indicators 2 to 4',
          row: null,
          column: null,
          message: expect.stringMatching(
            /^The WRES template has no sheet called "Indicators 2 to 4", so nothing on it was read/,
          ),
        },
      ]);
      expect(reading.document).not.toHaveProperty('indicator2');
      expect(reading.document).toHaveProperty('indicator5');
    });

    it('refuses a workbook that is not the template at all', () => {
      const reading = read([
        {
          name: 'Sheet1',
          cells: [
            ['Name', 'Total'],
            ['White', 4007],
          ],
        },
      ]);
      expect(where(reading.problems)).toEqual([
        'About',
        'Indicator 1',
        'Indicators 2-4',
        'Indicators 5-8',
        'Indicator 9',
        'Sheet1',
      ]);
      expect(reading.document).toEqual({});
    });

    it('ignores an empty extra sheet and a sheet name’s case, but not a second copy of a sheet', () => {
      const grids = [
        ...filled().map((grid) => (grid.name === 'Indicator 9' ? { ...grid, name: 'INDICATOR 9' } : grid)),
        { name: 'Sheet1', cells: [[null, '  ']] },
      ];
      expect(read(grids)).toEqual({ document: SEED_004_2018_19, problems: [] });
      const twice = read([...filled(), { ...filled()[4], name: 'Indicator  9' }]);
      expect(twice.problems).toEqual([
        expect.objectContaining({
          sheet: 'Indicator  9',
          row: null,
          message: expect.stringMatching(/two "Indicator 9"/),
        }),
      ]);
    });

    it('reads nothing from a sheet whose headings have moved, and says where', () => {
      // A row inserted above row 5 moves every indicator 2 to 4 figure down one.
      const grids = filled().map((grid) =>
        grid.name === 'Indicators 2-4'
          ? { ...grid, cells: [...grid.cells.slice(0, 4), [], ...grid.cells.slice(4)] }
          : grid,
      );
      const reading = read(grids);
      expect(where(reading.problems)).toEqual([
        'Indicators 2-4',
        'Indicators 2-4!A5',
        'Indicators 2-4!B5',
        'Indicators 2-4!B6',
        'Indicators 2-4!B7',
        'Indicators 2-4!A8',
      ]);
      expect(reading.problems[0].message).toMatch(
        /^Nothing on this sheet was read: .*\(7 more headings out of place/,
      );
      expect(reading.problems[1].message).toBe(
        'Expected the heading "2. Appointment from shortlisting (last 12 months)" here, found nothing',
      );
      expect(reading.problems[2].message).toBe('Expected the heading "Shortlisted" here, found nothing');
      expect(reading.document).not.toHaveProperty('indicator2');
      expect(reading.document).toHaveProperty('indicator1');
    });

    it('notices a heading typed over, whatever its case or spacing', () => {
      const same = read(withCell(filled(), 'Indicator 1', 'B15', ' band 8A '));
      expect(same.problems).toEqual([]);
      const moved = read(withCell(filled(), 'Indicator 1', 'B15', 'Band 8b'));
      expect(where(moved.problems)).toEqual(['Indicator 1', 'Indicator 1!B15']);
      expect(moved.problems[1].message).toBe('Expected the heading "Band 8a" here, found "Band 8b"');
    });
  });
});

import { SEED_004_2017_18, SEED_004_2018_19 } from './fixtures/seed-004.fixture';
import { isIsoDate, validateWresDocument } from './wres-document.validation';
import { Indicator1, WresDocument } from './wres-document.model';

const seedRows = (SEED_004_2018_19.indicator1 as Indicator1).rows;

function paths(doc: WresDocument): string[] {
  return validateWresDocument(doc).errors.map((problem) => problem.path);
}

describe('validateWresDocument', () => {
  it('accepts both seed 004 years', () => {
    expect(validateWresDocument(SEED_004_2018_19)).toMatchObject({ valid: true, errors: [] });
    expect(validateWresDocument(SEED_004_2017_18)).toMatchObject({ valid: true, errors: [] });
  });

  it('lists every problem at once, each by field path', () => {
    // Row 3 is non-clinical band 3; row 19 is clinical band 5.
    const rows = seedRows.map((row, index) =>
      index === 3 ? { ...row, white: -1 } : index === 19 ? { ...row, white: row.white + 1 } : row,
    );
    const doc = {
      ...SEED_004_2018_19,
      reportingPeriodEnd: '2019-02-30',
      indicator1: { ...(SEED_004_2018_19.indicator1 as Indicator1), rows },
      indicator2: { white: { shortlisted: 3844, appointed: 372 }, bme: { shortlisted: 124, appointed: 130 } },
      indicator3: { white: { cases: 43, headcount: 40 }, bme: { cases: 1.5, headcount: 1171 } },
      indicator4: { white: { accessed: 5000, headcount: 4007 }, bme: { accessed: 665, headcount: 1171 } },
      indicator5: { white: { respondents: 0, percent: 23.1 }, bme: { respondents: 488, percent: 124 } },
      indicator9: {
        all: { white: 13, bme: 1, unknown: 0 },
        voting: { white: 14, bme: 1, unknown: 0 },
        executive: { white: 4, bme: 2, unknown: 0 },
      },
    } satisfies WresDocument;
    const report = validateWresDocument(doc);
    expect(report.valid).toBe(false);
    expect(report.errors.map((problem) => problem.path)).toEqual([
      'reportingPeriodEnd',
      'indicator1.rows[3].white',
      'indicator1.statedTotals.clinical.white',
      'indicator2.bme.appointed',
      'indicator3.white.cases',
      'indicator3.bme.cases',
      'indicator4.white.accessed',
      'indicator5.white.respondents',
      'indicator5.bme.percent',
      'indicator9.voting.white',
      'indicator9.executive.bme',
    ]);
    const message = (path: string): string | undefined => report.errors.find((p) => p.path === path)?.message;
    expect(message('indicator2.bme.appointed')).toBe('Appointed (130) cannot be more than shortlisted (124)');
    expect(message('indicator1.rows[3].white')).toBe('Must be a whole number of 0 or more (got -1)');
    expect(message('indicator1.statedTotals.clinical.white')).toBe(
      'Clinical band rows add up to 3,033 White staff but the stated total is 3,032',
    );
    expect(message('indicator5.white.respondents')).toBe(
      'Respondents must be more than 0 where a result is given',
    );
    expect(message('indicator9.executive.bme')).toBe(
      'Executive board members (BME) (2) cannot be more than board members in total (1)',
    );
  });

  it('checks band rows: known bands for the staff group, no repeats, sums to stated totals', () => {
    const rows = [
      { staffGroup: 'medical', band: 'band-5', white: 1, bme: 1, unknown: 0 },
      { staffGroup: 'clinical', band: 'band-5', white: 1, bme: 1, unknown: 0 },
      { staffGroup: 'clinical', band: 'band-5', white: 2, bme: 0, unknown: 0 },
      { staffGroup: 'dental', band: 'band-5', white: 2, bme: 0, unknown: 0 },
    ] as unknown as Indicator1['rows'];
    const doc: WresDocument = {
      ...SEED_004_2018_19,
      indicator1: { rows, statedTotals: { clinical: { white: 3, bme: 2, unknown: 0 } } },
    };
    const report = validateWresDocument(doc);
    expect(report.errors).toEqual([
      { path: 'indicator1.rows[0].band', message: "'band-5' is not a band for medical staff" },
      { path: 'indicator1.rows[2]', message: 'Repeats the clinical band-5 row given at indicator1.rows[1]' },
      {
        path: 'indicator1.rows[3].staffGroup',
        message: 'Staff group must be one of non-clinical, clinical, medical',
      },
      {
        path: 'indicator1.statedTotals.clinical.bme',
        message: 'Clinical band rows add up to 1 BME staff but the stated total is 2',
      },
    ]);
  });

  it('checks survey results: one of count or percent, count within respondents', () => {
    const doc = {
      ...SEED_004_2018_19,
      indicator6: {
        white: { respondents: 100, count: 120 },
        bme: { respondents: 50, count: 5, percent: 10 },
        publishedOverall: { respondents: -1, percent: 101 },
      },
    } as unknown as WresDocument;
    expect(paths(doc)).toEqual([
      'indicator6.white.count',
      'indicator6.bme',
      'indicator6.publishedOverall.respondents',
      'indicator6.publishedOverall.percent',
    ]);
  });

  it('reports missing sections and blank missing reasons instead of throwing', () => {
    const doc = {
      ...SEED_004_2018_19,
      selfReportedEthnicity: undefined,
      indicator2: { missingReason: '  ' },
      indicator4: null,
      indicator9: { all: { white: 1, bme: 0, unknown: 0 }, voting: undefined, executive: 'x' },
    } as unknown as WresDocument;
    expect(paths(doc)).toEqual([
      'selfReportedEthnicity',
      'indicator2.missingReason',
      'indicator4',
      'indicator9.voting',
      'indicator9.executive',
    ]);
  });

  it('accepts an indicator marked missing with a reason', () => {
    const doc = { ...SEED_004_2018_19, indicator7: { missingReason: 'Survey not run this year' } };
    expect(validateWresDocument(doc).valid).toBe(true);
  });

  it('checks known staff within all staff', () => {
    const doc = { ...SEED_004_2018_19, selfReportedEthnicity: { known: 5400, total: 5307 } };
    expect(paths(doc)).toEqual(['selfReportedEthnicity.known']);
  });

  it("checks the reporting period end against the cycle's when given", () => {
    expect(
      validateWresDocument(SEED_004_2018_19, { expectedReportingPeriodEnd: '2020-03-31' }).errors,
    ).toEqual([
      {
        path: 'reportingPeriodEnd',
        message: "Reporting period end 2019-03-31 does not match the cycle's 2020-03-31",
      },
    ]);
    expect(validateWresDocument(SEED_004_2018_19, { expectedReportingPeriodEnd: '2019-03-31' }).valid).toBe(
      true,
    );
  });
});

describe('warnings for implausible published figures (seed 004)', () => {
  it('warns that indicator 5 2018/19 overall 21.1% is below both groups (23.1% and 24.0%)', () => {
    expect(validateWresDocument(SEED_004_2018_19).warnings).toEqual([
      {
        path: 'indicator5.publishedOverall.percent',
        message:
          'Published overall 21.1% is below both groups (White 23.1%, BME 24.0%); an overall figure must lie between them',
      },
    ]);
  });

  it('warns that indicator 8 2017/18 overall n 2,178 differs from the groups’ 2,155', () => {
    expect(validateWresDocument(SEED_004_2017_18).warnings).toEqual([
      {
        path: 'indicator8.publishedOverall.respondents',
        message:
          'Published overall respondents (2,178) differ from White plus BME respondents (2,155); ' +
          'the overall figure should cover staff of known ethnicity only',
      },
    ]);
  });

  it('tolerates rounding in published percentages but not a wrong weighted figure', () => {
    const within = {
      ...SEED_004_2018_19,
      indicator6: { ...SEED_004_2018_19.indicator6, publishedOverall: { respondents: 2481, percent: 19.1 } },
    } as WresDocument;
    expect(validateWresDocument(within).warnings.map((w) => w.path)).toEqual([
      'indicator5.publishedOverall.percent',
    ]);
    const wrong = {
      ...SEED_004_2018_19,
      indicator7: { ...SEED_004_2018_19.indicator7, publishedOverall: { respondents: 1768, percent: 80 } },
    } as WresDocument;
    expect(validateWresDocument(wrong).warnings.map((w) => w.message)).toContain(
      'Published overall 80.0% differs from 87.9%, the respondent-weighted figure for White 90.7%, BME 75.3%',
    );
  });

  it('warns when self-reported figures or a stated workforce disagree with indicator 1', () => {
    const doc = {
      ...SEED_004_2018_19,
      selfReportedEthnicity: { known: 5100, total: 5300 },
      indicator9: { ...SEED_004_2018_19.indicator9, statedWorkforce: { white: 4000, bme: 1171 } },
    } as WresDocument;
    const warnings = validateWresDocument(doc).warnings.map((w) => w.path);
    expect(warnings).toEqual([
      'indicator5.publishedOverall.percent',
      'selfReportedEthnicity.known',
      'selfReportedEthnicity.total',
      'indicator9.statedWorkforce',
    ]);
    expect(validateWresDocument(doc).valid).toBe(true);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2019-03-31', true],
    ['2020-02-29', true],
    ['2019-02-29', false],
    ['2019-13-01', false],
    ['31/03/2019', false],
    ['2019-03-31T00:00:00Z', false],
  ])('%s -> %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});

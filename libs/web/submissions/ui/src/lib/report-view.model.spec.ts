import { SEED_004_2017_18, SEED_004_2018_19, WresDocument, computeIndicators } from '@wres/domain/wres';
import { buildReportView } from './report-view.model';

const thisYear = computeIndicators(SEED_004_2018_19).indicators;
const lastYear = computeIndicators(SEED_004_2017_18).indicators;
const previous = { contractYear: '2017/18', document: SEED_004_2017_18, indicators: lastYear };

describe('the report view of seed 004', () => {
  const view = buildReportView(SEED_004_2018_19, thisYear, '2018/19', previous);

  it('gives the self-reporting rate and the workforce %BME as the report does', () => {
    expect(view.selfReportedEthnicity).toEqual({ text: '97.6%', reason: null });
    expect(view.selfReportedCounts).toBe('5,178 of 5,307 staff');
    expect(view.workforcePercentBme).toEqual({ text: '22.6%', reason: null });
  });

  it('lays indicator 1 out as a table per staff group, bands in template order, with totals', () => {
    const body = view.i1.body;
    expect(body?.tables.map((table) => table.staffGroup)).toEqual(['non-clinical', 'clinical', 'medical']);
    const nonClinical = body?.tables[0];
    expect(nonClinical?.rows[2]).toMatchObject({ label: 'Band 2', known: '265' });
    expect(nonClinical?.rows[2].percentBme.text).toBe('34.0%');
    expect(nonClinical?.total).toMatchObject({ label: 'All non-clinical staff', known: '1,263' });
    // A band with nobody of known ethnicity shows a dash, and says why.
    const clinicalBand1 = body?.tables[1].rows[1];
    expect(clinicalBand1?.percentBme).toEqual({ text: '–', reason: 'no staff of known ethnicity' });
    expect(body?.overall).toContain('1,171 of 5,178 staff of known ethnicity were BME (22.6%)');
  });

  it("shows the template's relative likelihoods and sentences, with last year beside them", () => {
    const [i2, i3, i4] = view.relativeLikelihoods;
    expect(i2.headline[0]).toMatchObject({
      current: { text: '1.97' },
      previous: { text: '1.33' },
      change: { text: 'Worse' },
    });
    expect(i2.body?.figures?.explanation).toContain(
      'White people were 1.97 times as likely as BME people to be appointed if shortlisted',
    );
    expect(i2.body?.rows.map((row) => row.rate)).toEqual(['9.7%', '4.9%', '7.8%']);
    expect(i3.headline[0].change?.text).toBe('Better');
    expect(i3.body?.figures?.significant).toBe(false);
    expect(i4.body?.figures?.significant).toBe(true);
  });

  it('shows the odds ratio only where both groups’ outcomes are common', () => {
    const [i2, i3, i4] = view.relativeLikelihoods;
    expect(i2.body?.figures?.oddsRatio).toBeNull();
    expect(i3.body?.figures?.oddsRatio).toBeNull();
    expect(i4.body?.figures?.oddsRatio?.text).toBe('1.23');
  });

  it('gives survey percentages, the difference in points and significance', () => {
    const i7 = view.surveys[2];
    expect(i7.body?.rows.map((row) => row.percent)).toEqual(['90.7%', '75.3%']);
    expect(i7.body?.difference).toBe('\u221215.4 points');
    expect(i7.body?.significant).toBe(true);
    expect(i7.body?.sentence).toMatch(/^90\.7% of 1,444 White staff and 75\.3% of 324 BME staff believed/);
    expect(i7.headline[0].change?.text).toBe('Better');
  });

  it('compares the board with the workforce for all, voting and executive members', () => {
    expect(view.i9.body?.rows.map((row) => row.difference.text)).toEqual([
      '\u221215.5 points',
      '\u221213.5 points',
      '\u221222.6 points',
    ]);
    expect(view.i9.headline.map((row) => row.previous?.text)).toEqual([
      '\u221212.7 points',
      '\u221210.7 points',
      '\u22121.8 points',
    ]);
  });

  it('gives indicator 1 no better or worse direction', () => {
    expect(view.i1.headline[0].change?.text).toBe('Not rated');
  });
});

describe('the report view without last year', () => {
  it('shows no comparison', () => {
    const view = buildReportView(SEED_004_2018_19, thisYear, '2018/19', null);
    expect(view.previousContractYear).toBeNull();
    expect(view.relativeLikelihoods[0].headline[0]).toMatchObject({ previous: null, change: null });
    expect(view.i1.body?.previousContractYear).toBeNull();
  });
});

describe('a small organisation with a missing indicator', () => {
  const document: WresDocument = {
    ...SEED_004_2018_19,
    indicator3: { white: { cases: 2, headcount: 40 }, bme: { cases: 0, headcount: 8 } },
    indicator6: { missingReason: 'The staff survey was not run this year' },
  };
  const view = buildReportView(document, computeIndicators(document).indicators, '2018/19', previous);

  it('flags small numbers and says why a figure cannot be computed', () => {
    const figures = view.relativeLikelihoods[1].body?.figures;
    expect(figures?.smallNumbers).toBe(true);
    expect(figures?.ci95.text).toBe('Not computable');
    expect(figures?.ci95.reason).toMatch(/BME staff had no formal disciplinary cases/);
  });

  it('gives the organisation’s reason for a missing indicator, and no body', () => {
    const i6 = view.surveys[1];
    expect(i6.missingReason).toBe('The staff survey was not run this year');
    expect(i6.body).toBeNull();
    expect(i6.headline[0].current.text).toBe('Not submitted');
    expect(i6.headline[0].change?.text).toBe('Not compared');
  });
});

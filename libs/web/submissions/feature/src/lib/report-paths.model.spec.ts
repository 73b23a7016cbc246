import { SEED_004_2018_19 } from '@wres/domain/wres';
import { TEMPLATE_ROWS, describeChange, describeValue, labelPath, pathSegments } from './report-paths.model';

describe('pathSegments', () => {
  it('splits properties and array indices', () => {
    expect(pathSegments('document.indicator1.rows[3].white')).toEqual([
      'document',
      'indicator1',
      'rows',
      3,
      'white',
    ]);
    expect(pathSegments('details.narratives.i3')).toEqual(['details', 'narratives', 'i3']);
  });
});

describe('labelPath', () => {
  it.each([
    ['document.indicator2.bme.appointed', 'Indicator 2 – BME – appointed'],
    ['document.indicator2.white.shortlisted', 'Indicator 2 – White – shortlisted'],
    ['indicator2.white.shortlisted', 'Indicator 2 – White – shortlisted'],
    ['document.indicator3.bme.cases', 'Indicator 3 – BME – entered the formal disciplinary process'],
    ['document.indicator4.white.headcount', 'Indicator 4 – White – headcount'],
    ['document.indicator5.bme.percent', 'Indicator 5 – BME – percentage'],
    ['document.indicator8.white.count', 'Indicator 8 – White – respondents answering yes'],
    [
      'document.indicator5.publishedOverall.respondents',
      'Indicator 5 – published overall figure – respondents',
    ],
    ['document.indicator9.voting.bme', 'Indicator 9 – voting board members – BME'],
    ['document.indicator9.statedWorkforce.white', 'Indicator 9 – workforce of known ethnicity – White'],
    ['document.indicator6', 'Indicator 6'],
    ['document.indicator7.missingReason', 'Indicator 7 – reason it cannot be reported'],
    ['document.indicator1.statedTotals.clinical.unknown', 'Indicator 1 – Clinical total – Unknown'],
    ['document.reportingPeriodEnd', 'Reporting period end'],
    ['document.selfReportedEthnicity.known', 'Ethnicity recording – staff of known ethnicity'],
    ['details.boardSignOff.date', 'Board sign-off – date'],
    ['details.lead.contact', 'WRES lead – contact details'],
    ['details.narratives.i3', 'Indicator 3 – narrative'],
    ['details.accuracyDeclaration', 'Declaration that the information is accurate'],
    ['details.lateReason', 'Reason the report is late'],
    ['details.publishedReportUrl', 'Published report web address'],
  ])('%s → %s', (path, label) => {
    expect(labelPath(path)).toBe(label);
  });

  it("names indicator 1's rows from the document when it has them", () => {
    expect(labelPath('document.indicator1.rows[2].bme', SEED_004_2018_19)).toBe(
      'Indicator 1 – Non-clinical – Band 2 – BME',
    );
    const reordered = { indicator1: { rows: [{ staffGroup: 'medical', band: 'consultant' }] } };
    expect(labelPath('document.indicator1.rows[0].white', reordered)).toBe(
      'Indicator 1 – Medical – Consultant – White',
    );
  });

  it("falls back to the template's order of rows without a document", () => {
    expect(TEMPLATE_ROWS).toHaveLength(33);
    expect(labelPath('document.indicator1.rows[28]')).toBe('Indicator 1 – Medical – Consultant');
    expect(labelPath('document.indicator1.rows[99].white')).toBe('Indicator 1 – row 100 – White');
  });

  it('says something readable for paths it does not know', () => {
    expect(labelPath('details.somethingNew')).toBe('Something new');
    expect(labelPath('document')).toBe('The report');
  });
});

describe('describeValue', () => {
  it('formats numbers, dates, booleans and whole indicators', () => {
    expect(describeValue(3844)).toBe('3,844');
    expect(describeValue(23.1)).toBe('23.1');
    expect(describeValue('2019-07-30')).toBe('30 July 2019');
    expect(describeValue(true)).toBe('Yes');
    expect(describeValue(undefined)).toBe('not given');
    expect(describeValue({ missingReason: 'No survey this year' })).toBe(
      'Cannot be reported: No survey this year',
    );
    expect(describeValue({ white: {}, bme: {} })).toBe('Figures given');
  });
});

describe('describeChange', () => {
  it('names a changed count with its values before and after', () => {
    expect(
      describeChange({ path: 'document.indicator2.bme.appointed', before: 124, after: 130 }).sentence,
    ).toBe('Indicator 2 – BME – appointed: 124 → 130');
  });

  it('says when a value was added or removed', () => {
    expect(describeChange({ path: 'details.lateReason', after: 'Board met late' })).toMatchObject({
      label: 'Reason the report is late',
      before: 'not given',
      after: 'Board met late',
    });
    expect(describeChange({ path: 'details.boardSignOff.date', before: '2026-07-30' }).sentence).toBe(
      'Board sign-off – date: 30 July 2026 → removed',
    );
  });

  it('finds a removed row in the earlier version', () => {
    const earlier = { indicator1: { rows: [{ staffGroup: 'clinical', band: 'band-5' }] } };
    const later = { indicator1: { rows: [] } };
    expect(describeChange({ path: 'document.indicator1.rows[0]', before: {} }, later, earlier).label).toBe(
      'Indicator 1 – Clinical – Band 5',
    );
  });
});

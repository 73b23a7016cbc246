import { SEED_004_2018_19, computeIndicators } from '@wres/domain/wres';
import { previousBeside, previousYearOf, submittedReportOf } from './report-version.model';

const document = SEED_004_2018_19 as unknown as Record<string, unknown>;
const indicators = computeIndicators(SEED_004_2018_19).indicators as unknown as Record<string, unknown>;

describe('reading a submitted version', () => {
  it('types a version whose document and indicators have every part the report reads', () => {
    expect(submittedReportOf({ document, indicators })).toEqual({ document, indicators });
  });

  it('refuses a version with an indicator missing from either', () => {
    const { indicator4: _document4, ...withoutIndicator4 } = document;
    const { i9: _result9, ...withoutResult9 } = indicators;
    expect(submittedReportOf({ document: withoutIndicator4, indicators })).toBeNull();
    expect(submittedReportOf({ document, indicators: withoutResult9 })).toBeNull();
    expect(submittedReportOf({ document, indicators: {} })).toBeNull();
  });
});

describe('last year beside this year', () => {
  it('shows last year’s readable version under its own contract year', () => {
    const previous = previousYearOf('2017/18', { document, indicators });
    expect(previous).toEqual({ status: 'shown', contractYear: '2017/18', document, indicators });
    expect(previousBeside(previous)).toEqual({ contractYear: '2017/18', document, indicators });
  });

  it('treats an unreadable version of last year as a failure to load, not as nothing to compare', () => {
    expect(previousYearOf('2017/18', { document, indicators: {} })).toEqual({ status: 'failed' });
  });

  it('shows nothing beside this year when there is no report, it failed or it is still loading', () => {
    expect(previousBeside({ status: 'none' })).toBeNull();
    expect(previousBeside({ status: 'failed' })).toBeNull();
    expect(previousBeside(null)).toBeNull();
    expect(previousBeside(undefined)).toBeNull();
  });
});

import { SEED_004_2018_19, computeIndicators } from '@wres/domain/wres';
import { submittedReportOf } from './report-version.model';

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

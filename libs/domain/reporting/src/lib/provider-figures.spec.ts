import {
  compareYears,
  computeIndicators,
  IndicatorResults,
  isNotComputable,
  SEED_004_2017_18,
  SEED_004_2018_19,
} from '@wres/domain/wres';
import { completeResults, headlineIndicators, providerFigure } from './provider-figures';

// Stored as JSON with the version, so read back as the dashboards do.
const asStored = (results: IndicatorResults): IndicatorResults => JSON.parse(JSON.stringify(results));
const current = asStored(computeIndicators(SEED_004_2018_19).indicators);
const previous = asStored(computeIndicators(SEED_004_2017_18).indicators);

describe('a provider’s figures, from the indicators stored with its report', () => {
  it('reads relative likelihoods with their interval and significance', () => {
    const i2 = providerFigure('i2', current);
    expect(isNotComputable(i2)).toBe(false);
    if (isNotComputable(i2)) return;
    expect(i2.value).toBeCloseTo(1.97, 2);
    expect(i2.ci95?.lower).toBeCloseTo(1.62, 2);
    expect(i2.significant).toBe(true);
  });

  it('gives a survey gap an interval for the difference, from the groups’ percentages and respondents', () => {
    const i8 = providerFigure('i8', current);
    if (isNotComputable(i8)) throw new Error(i8.reason);
    expect(i8.value).toBeCloseTo(10.8 - 4.3, 6);
    expect(i8.ci95?.lower).toBeLessThan(i8.value);
    expect(i8.ci95?.upper).toBeGreaterThan(i8.value);
    expect(i8.significant).toBe(true);
  });

  it('reads the board gaps and %BME, which have no significance test', () => {
    const board = providerFigure('i9', current);
    const executive = providerFigure('i9e', current, {
      i9: {
        all: { white: 13, bme: 1 },
        voting: { white: 10, bme: 1 },
        executive: { white: 4, bme: 0 },
        workforce: { white: 4007, bme: 1171 },
      },
    });
    if (isNotComputable(board) || isNotComputable(executive)) throw new Error('not computable');
    expect(board.value).toBeCloseTo(-15.5, 1);
    expect(board.smallNumbers).toBe(true);
    expect(executive.value).toBeCloseTo(-22.6, 1);
    const i1 = providerFigure('i1', current);
    if (isNotComputable(i1)) throw new Error(i1.reason);
    expect(i1.value).toBeCloseTo(22.6, 1);
    expect(i1.ci95?.lower).toBeLessThan(i1.value);
  });

  it('treats an indicator missing from stored results as not computable', () => {
    const { i4: _left, ...partial } = current;
    expect(providerFigure('i4', partial)).toEqual({
      notComputable: true,
      reason: 'Indicator 4 is not in the submitted report',
    });
    expect(Object.keys(completeResults({}))).toEqual(['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8', 'i9']);
  });
});

describe('headline indicators for the commissioner', () => {
  it('marks each headline figure better, worse or the same as the year before, as compareYears judges', () => {
    const headline = headlineIndicators(current, previous);
    const changes = compareYears(
      { indicators: previous, warnings: [] },
      { indicators: current, warnings: [] },
    );
    for (const key of ['i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8'] as const) {
      const figure = headline[key];
      const change = changes[key];
      if (isNotComputable(figure) || isNotComputable(change)) throw new Error(`${key} not computable`);
      expect(figure.trend).toBe(change.direction);
    }
    const board = headline.i9;
    if (isNotComputable(board)) throw new Error(board.reason);
    expect(board.differencePoints).toBeCloseTo(-15.5, 1);
    expect(board.trend).not.toBe('not-comparable');
  });

  it('has nothing to compare with in a provider’s first year', () => {
    const headline = headlineIndicators(current, null);
    const i2 = headline.i2;
    if (isNotComputable(i2)) throw new Error(i2.reason);
    expect(i2.trend).toBe('not-comparable');
    expect(i2.relativeLikelihood).toBeCloseTo(1.97, 2);
  });

  it('passes on why a figure cannot be computed', () => {
    const headline = headlineIndicators(
      { ...current, i3: { notComputable: true, reason: 'Indicator 3 was not submitted' } },
      previous,
    );
    expect(headline.i3).toEqual({ notComputable: true, reason: 'Indicator 3 was not submitted' });
  });
});

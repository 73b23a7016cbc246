import { SEED_004_2017_18, SEED_004_2018_19 } from './fixtures/seed-004.fixture';
import { computeIndicators } from './indicators.computation';
import { compareYears } from './year-on-year.comparison';
import { WresDocument } from './wres-document.model';

const previous = computeIndicators(SEED_004_2017_18);
const current = computeIndicators(SEED_004_2018_19);

describe('compareYears (seed 004, 2017/18 to 2018/19)', () => {
  const comparison = compareYears(previous, current);

  it('calls indicator 3 falling from 1.92 to 1.35 better, as the seed narrative does', () => {
    expect(comparison.i3).toMatchObject({ measure: 'relativeLikelihood', direction: 'better' });
    expect(comparison.i3).toMatchObject({
      previous: expect.closeTo(1.9168, 4),
      current: expect.closeTo(1.3528, 4),
    });
  });

  it('calls indicator 2 rising from 1.33 to 1.97 worse, with the unrounded change', () => {
    expect(comparison.i2).toMatchObject({ direction: 'worse', change: expect.closeTo(1.9706 - 1.3343, 3) });
  });

  it('treats a higher gap as better for indicator 7 and worse for indicator 8', () => {
    // 7: BME − White went from −17.9 to −15.4 points; 8: from +4.6 to +6.5 points.
    expect(comparison.i7).toMatchObject({ polarity: 'higher-is-better', direction: 'better' });
    expect(comparison.i8).toMatchObject({ polarity: 'lower-is-better', direction: 'worse' });
  });

  it('calls the executive board moving from −1.8 to −22.6 points worse', () => {
    expect(comparison.i9.executive).toMatchObject({ direction: 'worse', change: expect.closeTo(-20.85, 2) });
  });

  it('reports the same when the displayed figures are equal', () => {
    expect(compareYears(current, current).i2).toMatchObject({ change: 0, direction: 'same' });
    const nudged = computeIndicators({
      ...SEED_004_2018_19,
      indicator5: { ...SEED_004_2018_19.indicator5, bme: { respondents: 488, percent: 24.01 } },
    } as WresDocument);
    expect(compareYears(current, nudged).i5).toMatchObject({ direction: 'same' });
  });

  it('judges relative likelihoods by distance from parity: 0.5 to 0.8 is better', () => {
    const at = (bmeCases: number) =>
      computeIndicators({
        ...SEED_004_2018_19,
        indicator3: { white: { cases: 40, headcount: 4000 }, bme: { cases: bmeCases, headcount: 1000 } },
      });
    expect(compareYears(at(5), at(8)).i3).toMatchObject({ direction: 'better' });
    expect(compareYears(at(8), at(5)).i3).toMatchObject({ direction: 'worse' });
    expect(compareYears(at(5), at(20)).i3).toMatchObject({ direction: 'same' });
    expect(compareYears(at(0), at(5)).i3).toMatchObject({ direction: 'better' });
  });

  it('says why a change cannot be computed when either year lacks the figure', () => {
    const missing = computeIndicators({
      ...SEED_004_2018_19,
      indicator2: { missingReason: 'System outage' },
    });
    expect(compareYears(missing, current).i2).toEqual({
      notComputable: true,
      reason: 'Previous year: Indicator 2 was not submitted: System outage',
    });
    expect(compareYears(current, missing).i2).toMatchObject({ notComputable: true });
  });
});

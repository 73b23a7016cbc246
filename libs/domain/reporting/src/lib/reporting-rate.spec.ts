import { addTallies, reportingRate } from './reporting-rate';

describe('reporting rate and timeliness', () => {
  it('gives submitted ÷ expected and on time ÷ expected', () => {
    const rate = reportingRate({ expected: 8, submittedOnTime: 5, submittedLate: 1, overdue: 2, due: 0 });
    expect(rate.submitted).toBe(6);
    expect(rate.reportingRatePercent).toBe(75);
    expect(rate.timelinessPercent).toBe(62.5);
  });

  it('has no rate where nothing was expected, and says so', () => {
    const rate = reportingRate({ expected: 0, submittedOnTime: 0, submittedLate: 0, overdue: 0, due: 0 });
    expect(rate.reportingRatePercent).toEqual({
      notComputable: true,
      reason: 'No reports were expected, so there is no rate',
    });
  });

  it('refuses a tally whose parts do not add up to what was expected', () => {
    expect(() =>
      reportingRate({ expected: 5, submittedOnTime: 5, submittedLate: 1, overdue: 0, due: 0 }),
    ).toThrow(/add up/);
    expect(() =>
      reportingRate({ expected: 1, submittedOnTime: 0.5, submittedLate: 0.5, overdue: 0, due: 0 }),
    ).toThrow(/whole number/);
  });

  it('adds tallies, e.g. across a CSU’s commissioners', () => {
    expect(
      addTallies([
        { expected: 3, submittedOnTime: 1, submittedLate: 1, overdue: 1, due: 0 },
        { expected: 4, submittedOnTime: 2, submittedLate: 0, overdue: 0, due: 2 },
      ]),
    ).toEqual({ expected: 7, submittedOnTime: 3, submittedLate: 1, overdue: 1, due: 2 });
    expect(addTallies([]).expected).toBe(0);
  });
});

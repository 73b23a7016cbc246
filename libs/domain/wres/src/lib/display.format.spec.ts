import {
  describeRelativeLikelihood,
  describeSurveyGroups,
  formatNumber,
  formatPercent,
  formatPoints,
  round,
} from './display.format';

describe('round', () => {
  it.each([
    [1.9706, 2, 1.97],
    [1.005, 2, 1.01],
    [31.25, 1, 31.3],
    [-15.47, 1, -15.5],
    [-0.04, 1, 0],
    [2.5, 0, 3],
    [-2.5, 0, -3],
  ])('round(%d, %d) = %d', (value, decimals, expected) => {
    expect(round(value, decimals)).toBe(expected);
  });

  it('never gives negative zero', () => {
    expect(Object.is(round(-0.001, 2), 0)).toBe(true);
  });
});

describe('formatting', () => {
  it('groups thousands and fixes decimals', () => {
    expect(formatNumber(5178)).toBe('5,178');
    expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatPercent(22.6149)).toBe('22.6%');
    expect(formatPercent(24)).toBe('24.0%');
    expect(formatPoints(-15.472)).toBe('\u221215.5');
    expect(formatPoints(0.04)).toBe('0.0');
    expect(formatPoints(2)).toBe('+2.0');
  });
});

describe('describeRelativeLikelihood', () => {
  it("writes the template's sentences", () => {
    expect(describeRelativeLikelihood('i2', 1.9706)).toBe(
      'White people were 1.97 times as likely as BME people to be appointed if shortlisted',
    );
    expect(describeRelativeLikelihood('i3', 1.3528)).toBe(
      'BME staff were 1.35 times as likely as White staff to enter a formal disciplinary process',
    );
    expect(describeRelativeLikelihood('i4', 1.0863)).toBe(
      'White staff were 1.09 times as likely as BME staff to access non-mandatory training and CPD',
    );
  });

  it('swaps the groups below 1 so the figure reads naturally', () => {
    expect(describeRelativeLikelihood('i2', 0.5)).toBe(
      'BME people were 2.00 times as likely as White people to be appointed if shortlisted',
    );
  });

  it('says equally likely at 1.00 and keeps 0.00 as it is', () => {
    expect(describeRelativeLikelihood('i3', 1.004)).toBe(
      'BME staff and White staff were equally likely to enter a formal disciplinary process (relative likelihood 1.00)',
    );
    expect(describeRelativeLikelihood('i3', 0)).toBe(
      'BME staff were 0.00 times as likely as White staff to enter a formal disciplinary process',
    );
  });

  it('describes survey groups as the seed narratives do', () => {
    expect(
      describeSurveyGroups({ percent: 23.1, respondents: 1991 }, { percent: 24, respondents: 488 }),
    ).toBe('23.1% of 1,991 White staff and 24.0% of 488 BME staff');
  });
});

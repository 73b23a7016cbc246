import {
  NoteNumbers,
  contractYearPath,
  daysLateText,
  formatInterval,
  formatMeasure,
  isNotComputable,
  significanceText,
  trendMarkerView,
} from './dashboard-format.model';

describe('dashboard figures in words', () => {
  it('rounds only for display: relative likelihoods to 2 dp, percentages and points to 1 dp', () => {
    expect(formatMeasure('relative-likelihood', 1.9699)).toBe('1.97');
    expect(formatMeasure('relative-likelihood', 1.005)).toBe('1.01');
    expect(formatMeasure('percent-bme', 36.94)).toBe('36.9%');
    expect(formatMeasure('difference-points', 2.04)).toBe('+2.0');
    expect(formatMeasure('board-gap-points', -15.46)).toBe('\u221215.5');
    expect(formatMeasure('difference-points', 0.01)).toBe('0.0');
  });

  it('writes a confidence interval, or says it cannot be computed', () => {
    expect(formatInterval('relative-likelihood', { lower: 1.6166, upper: 2.4012 })).toBe('1.62 to 2.40');
    expect(formatInterval('difference-points', { lower: -0.12, upper: 4.1 })).toBe('\u22120.1 to +4.1');
    expect(formatInterval('relative-likelihood', null)).toBe('not computable');
  });

  it('tells a figure that cannot be computed from one that can', () => {
    expect(isNotComputable({ notComputable: true, reason: 'No BME staff' })).toBe(true);
    expect(isNotComputable(1.2)).toBe(false);
    expect(isNotComputable({ relativeLikelihood: 1.2 })).toBe(false);
  });

  it('says significance in words', () => {
    expect(significanceText(true)).toBe('Statistically significant');
    expect(significanceText(false)).toBe('Not statistically significant');
  });

  it('gives every trend marker an arrow, a word and a sentence for screen readers', () => {
    expect(trendMarkerView('better')).toEqual({
      marker: 'better',
      symbol: '▲',
      text: 'Better',
      hiddenText: ' than the previous year',
    });
    expect(trendMarkerView('worse').text + trendMarkerView('worse').hiddenText).toBe(
      'Worse than the previous year',
    );
    expect(trendMarkerView('same').text + trendMarkerView('same').hiddenText).toBe(
      'Same as the previous year',
    );
    expect(trendMarkerView('not-comparable').symbol).toBe('–');
  });

  it('counts days late and writes years for addresses', () => {
    expect(daysLateText(1)).toBe('1 day late');
    expect(daysLateText(1234)).toBe('1,234 days late');
    expect(contractYearPath('2024/25')).toBe('2024-25');
  });

  it('numbers notes once per reason', () => {
    const notes = new NoteNumbers();
    expect(notes.numberFor('Not submitted')).toBe(1);
    expect(notes.numberFor('No BME staff')).toBe(2);
    expect(notes.numberFor('Not submitted')).toBe(1);
    expect(notes.notes()).toEqual([
      { number: 1, text: 'Not submitted' },
      { number: 2, text: 'No BME staff' },
    ]);
  });
});

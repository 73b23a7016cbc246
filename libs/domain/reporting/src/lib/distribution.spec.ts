import { notComputableResult } from '@wres/domain/wres';
import { quantile, summariseDistribution } from './distribution';

const figure = (value: number, significant = false) => ({
  value,
  ci95: null,
  significant,
  smallNumbers: false,
});

describe('quantiles', () => {
  it('interpolates between order statistics as QUARTILE.INC does', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(quantile([7], 0.5)).toBe(7);
    expect(quantile([1, 3, 5, 7, 9], 0)).toBe(1);
    expect(quantile([1, 3, 5, 7, 9], 1)).toBe(9);
  });

  it('refuses an empty list or a quantile outside 0 to 1', () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });
});

describe('an indicator’s distribution across providers', () => {
  it('summarises relative likelihoods: quartiles, and which side of parity the significant ones fall', () => {
    const summary = summariseDistribution('i2', [
      figure(1.97, true),
      figure(0.6, true),
      figure(1.2),
      figure(1.0, true),
      notComputableResult('no appointments'),
    ]);
    expect(summary).toEqual({
      figures: 4,
      notComputable: 1,
      lowest: 0.6,
      lowerQuartile: 0.9,
      median: 1.1,
      upperQuartile: quantile([0.6, 1, 1.2, 1.97], 0.75),
      highest: 1.97,
      significantlyAdverse: 1,
      significantlyFavourable: 1,
      notSignificant: 2,
      notTested: 0,
    });
  });

  it('takes a lower BME figure as adverse where higher is better (indicator 7)', () => {
    const summary = summariseDistribution('i7', [figure(-14, true), figure(3, true)]);
    expect(summary.significantlyAdverse).toBe(1);
    expect(summary.significantlyFavourable).toBe(1);
    const harassment = summariseDistribution('i6', [figure(-14, true), figure(3, true)]);
    expect(harassment.significantlyAdverse).toBe(1);
    expect(harassment.significantlyFavourable).toBe(1);
  });

  it('counts board gaps and %BME as not tested', () => {
    const summary = summariseDistribution('i9', [figure(-15.5), figure(-2)]);
    expect(summary.notTested).toBe(2);
    expect(summary.significantlyAdverse + summary.notSignificant).toBe(0);
    expect(summariseDistribution('i1', [figure(22)]).notTested).toBe(1);
  });

  it('has no quartiles without figures', () => {
    const summary = summariseDistribution('i3', [notComputableResult('none')]);
    expect(summary).toMatchObject({
      figures: 0,
      notComputable: 1,
      lowest: null,
      median: null,
      highest: null,
    });
  });
});

import { criticalValue, twoSidedPValue } from './normal-distribution.statistics';
import {
  proportionFromCount,
  proportionFromPercent,
  proportionInterval,
  twoProportionTest,
} from './proportion.statistics';

describe('criticalValue and twoSidedPValue', () => {
  it('come from the normal distribution', () => {
    expect(criticalValue(0.95)).toBeCloseTo(1.959964, 6);
    expect(criticalValue(0.99)).toBeCloseTo(2.575829, 6);
    expect(twoSidedPValue(1.959964)).toBeCloseTo(0.05, 6);
    expect(twoSidedPValue(-1.959964)).toBeCloseTo(0.05, 6);
    expect(twoSidedPValue(0)).toBe(1);
    expect(twoSidedPValue(8)).toBeGreaterThan(0);
  });

  it('rejects confidence levels outside (0, 1)', () => {
    expect(() => criticalValue(1)).toThrow(RangeError);
    expect(() => criticalValue(0)).toThrow(RangeError);
  });
});

describe('proportionInterval', () => {
  it('gives the Wilson interval by default', () => {
    const ci = proportionInterval(proportionFromCount(5, 10));
    expect(ci.computable && ci.lower).toBeCloseTo(0.236593, 5);
    expect(ci.computable && ci.upper).toBeCloseTo(0.763407, 5);
  });

  it('stays informative at 0% where the normal interval collapses', () => {
    const wilson = proportionInterval(proportionFromCount(0, 10));
    expect(wilson.computable && wilson.lower).toBe(0);
    expect(wilson.computable && wilson.upper).toBeCloseTo(0.277528, 5);
    const normal = proportionInterval(proportionFromCount(0, 10), { method: 'normal' });
    expect(normal).toMatchObject({ lower: 0, upper: 0 });
  });

  it('works from a published percentage and its respondents', () => {
    const ci = proportionInterval(proportionFromPercent(23.1, 1991));
    expect(ci.computable && ci.lower).toBeLessThan(0.231);
    expect(ci.computable && ci.upper).toBeGreaterThan(0.231);
    expect(ci.computable && ci.upper - ci.lower).toBeCloseTo(2 * 1.96 * Math.sqrt((0.231 * 0.769) / 1991), 3);
  });

  it('is not computable with no respondents or an impossible proportion', () => {
    expect(proportionInterval({ proportion: 0, respondents: 0 })).toMatchObject({
      computable: false,
      cause: { kind: 'empty-group' },
    });
    expect(proportionInterval({ proportion: 1.2, respondents: 10 })).toMatchObject({
      computable: false,
      cause: { kind: 'invalid-counts' },
    });
  });
});

describe('twoProportionTest', () => {
  it('is the pooled z-test', () => {
    const test = twoProportionTest(proportionFromCount(30, 100), proportionFromCount(50, 100));
    expect(test).toMatchObject({ computable: true, significant: true });
    expect(test.computable && test.z).toBeCloseTo(-2.886751, 5);
    expect(test.computable && test.pValue).toBeCloseTo(0.003892, 5);
    expect(test.computable && test.difference).toBeCloseTo(-0.2, 12);
  });

  it('finds seed 004 indicator 8 (4.3% of 1,987 vs 10.8% of 481) significant and indicator 5 not', () => {
    const i8 = twoProportionTest(proportionFromPercent(10.8, 481), proportionFromPercent(4.3, 1987));
    expect(i8).toMatchObject({ significant: true });
    const i5 = twoProportionTest(proportionFromPercent(24.0, 488), proportionFromPercent(23.1, 1991));
    expect(i5).toMatchObject({ significant: false });
  });

  it('gives p = 1 when there is no variation at all', () => {
    expect(twoProportionTest(proportionFromCount(0, 10), proportionFromCount(0, 30))).toMatchObject({
      pValue: 1,
      significant: false,
      z: 0,
    });
  });

  it('is not computable when a group has no respondents', () => {
    expect(twoProportionTest(proportionFromCount(1, 10), proportionFromCount(0, 0))).toMatchObject({
      computable: false,
      cause: { kind: 'empty-group', group: 'reference' },
    });
  });
});

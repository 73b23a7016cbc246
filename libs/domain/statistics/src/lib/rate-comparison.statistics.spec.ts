import { fisherExactPValue } from './fisher-exact.statistics';
import { compareRates, minimumExpectedCellCount } from './rate-comparison.statistics';

describe('compareRates', () => {
  it('seed 004 indicator 2: significant by the z-test on ln RL', () => {
    const result = compareRates({ events: 372, total: 3844 }, { events: 124, total: 2525 });
    expect(result.significance).toMatchObject({ computable: true, test: 'katz', significant: true });
    expect(result.smallNumbers).toBe(false);
  });

  it('seed 004 indicator 3 (2018/19): not significant, and the test agrees with the interval', () => {
    const result = compareRates({ events: 17, total: 1171 }, { events: 43, total: 4007 });
    expect(result.significance).toMatchObject({ test: 'katz', significant: false });
    const p = result.significance.computable ? result.significance.pValue : 0;
    expect(p).toBeGreaterThan(0.05);
    expect(result.relativeLikelihood).toMatchObject({ ci: { lower: expect.any(Number) } });
  });

  it('seed 004 indicator 3 (2017/18): significant, p just under 0.05', () => {
    const result = compareRates({ events: 16, total: 1116 }, { events: 30, total: 4011 });
    expect(result.significance).toMatchObject({ test: 'katz', significant: true });
    const p = result.significance.computable ? result.significance.pValue : 1;
    expect(p).toBeGreaterThan(0.01);
    expect(p).toBeLessThan(0.05);
  });

  it('seed 004 indicator 4: significant although the RL is close to 1', () => {
    const result = compareRates({ events: 2472, total: 4007 }, { events: 665, total: 1171 });
    expect(result.significance).toMatchObject({ test: 'katz', significant: true });
  });

  it('uses Fisher when an expected cell is below 5, and flags small numbers (B 0 of 10, W 3 of 200)', () => {
    const result = compareRates({ events: 0, total: 10 }, { events: 3, total: 200 });
    expect(result.significance).toEqual({ computable: true, test: 'fisher', pValue: 1, significant: false });
    expect(result.smallNumbers).toBe(true);
    expect(result.relativeLikelihood).toMatchObject({
      computable: true,
      value: 0,
      ci: { computable: false },
    });
  });

  it('uses Fisher when a cell is zero even if expected counts are large', () => {
    const result = compareRates({ events: 0, total: 1000 }, { events: 50, total: 1000 });
    expect(result.significance).toMatchObject({ test: 'fisher', significant: true });
  });

  it('stays with the z-test when the smallest expected cell is exactly 5', () => {
    expect(minimumExpectedCellCount({ events: 1, total: 10 }, { events: 11, total: 14 })).toBe(5);
    expect(compareRates({ events: 1, total: 10 }, { events: 11, total: 14 }).significance).toMatchObject({
      test: 'katz',
    });
  });

  it('finds a significant difference by Fisher in a small table', () => {
    expect(minimumExpectedCellCount({ events: 1, total: 8 }, { events: 10, total: 12 })).toBeLessThan(5);
    const result = compareRates({ events: 1, total: 8 }, { events: 10, total: 12 });
    expect(result.significance).toMatchObject({
      test: 'fisher',
      significant: true,
      pValue: fisherExactPValue({ events: 1, total: 8 }, { events: 10, total: 12 }),
    });
    expect(result.smallNumbers).toBe(true);
  });

  it('cannot test a comparison with an empty group, and never returns NaN', () => {
    const result = compareRates({ events: 0, total: 0 }, { events: 3, total: 10 });
    expect(result.significance).toMatchObject({ computable: false, cause: { kind: 'empty-group' } });
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity|null/);
  });

  it('never produces NaN, Infinity or null for any small table', () => {
    for (let n1 = 0; n1 <= 6; n1++) {
      for (let n2 = 0; n2 <= 6; n2++) {
        for (let a = 0; a <= n1; a++) {
          for (let b = 0; b <= n2; b++) {
            const text = JSON.stringify(compareRates({ events: a, total: n1 }, { events: b, total: n2 }));
            expect(text).not.toMatch(/NaN|Infinity|null/);
          }
        }
      }
    }
  });
});

describe('minimumExpectedCellCount', () => {
  it('is the smaller group times the rarer outcome over the population', () => {
    expect(minimumExpectedCellCount({ events: 0, total: 10 }, { events: 3, total: 200 })).toBeCloseTo(
      (10 * 3) / 210,
      12,
    );
    expect(minimumExpectedCellCount({ events: 17, total: 1171 }, { events: 43, total: 4007 })).toBeCloseTo(
      (1171 * 60) / 5178,
      12,
    );
  });
});

import hypergeometricPmf from '@stdlib/stats-base-dists-hypergeometric-pmf';

import { fisherExactPValue, FISHER_RELATIVE_TOLERANCE } from './fisher-exact.statistics';

/** Visits every table with the observed margins: slow but obviously right, to check the tail search. */
function bruteForcePValue(a: number, n1: number, b: number, n2: number): number {
  const population = n1 + n2;
  const successes = a + b;
  const observed = hypergeometricPmf(a, population, successes, n1) * (1 + FISHER_RELATIVE_TOLERANCE);
  let total = 0;
  for (let x = Math.max(0, n1 + successes - population); x <= Math.min(n1, successes); x++) {
    const p = hypergeometricPmf(x, population, successes, n1);
    if (p <= observed) total += p;
  }
  return Math.min(1, total);
}

describe('fisherExactPValue', () => {
  it("matches R's fisher.test on the lady tasting tea (3/4 vs 1/4): p = 0.4857", () => {
    expect(fisherExactPValue({ events: 3, total: 4 }, { events: 1, total: 4 })).toBeCloseTo(0.4857143, 6);
  });

  it("matches R's fisher.test for 1/10 vs 11/14: p = 0.002759", () => {
    expect(fisherExactPValue({ events: 1, total: 10 }, { events: 11, total: 14 })).toBeCloseTo(
      0.002759456,
      8,
    );
  });

  it('is 1 when the observed table is the most likely one', () => {
    expect(fisherExactPValue({ events: 0, total: 10 }, { events: 3, total: 200 })).toBe(1);
    expect(fisherExactPValue({ events: 5, total: 10 }, { events: 5, total: 10 })).toBe(1);
    expect(fisherExactPValue({ events: 0, total: 10 }, { events: 0, total: 10 })).toBe(1);
  });

  it('is symmetric in which group is called focal', () => {
    const forward = fisherExactPValue({ events: 2, total: 30 }, { events: 12, total: 40 }) as number;
    const backward = fisherExactPValue({ events: 12, total: 40 }, { events: 2, total: 30 }) as number;
    expect(forward).toBeCloseTo(backward, 12);
  });

  it('agrees with summing every table, over many random tables', () => {
    let seed = 7;
    const random = (limit: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % (limit + 1);
    };
    for (let i = 0; i < 300; i++) {
      const n1 = random(60);
      const n2 = random(60);
      const a = random(n1);
      const b = random(n2);
      const p = fisherExactPValue({ events: a, total: n1 }, { events: b, total: n2 }) as number;
      expect(p).toBeCloseTo(bruteForcePValue(a, n1, b, n2), 10);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });

  it('handles large tables without visiting every one', () => {
    const p = fisherExactPValue({ events: 372, total: 3844 }, { events: 124, total: 2525 }) as number;
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-6);
  });

  it('refuses counts that do not make a table', () => {
    expect(fisherExactPValue({ events: 5, total: 4 }, { events: 1, total: 4 })).toBeUndefined();
    expect(fisherExactPValue({ events: -1, total: 4 }, { events: 1, total: 4 })).toBeUndefined();
    expect(fisherExactPValue({ events: 1.5, total: 4 }, { events: 1, total: 4 })).toBeUndefined();
  });
});

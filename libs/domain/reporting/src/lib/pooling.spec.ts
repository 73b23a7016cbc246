import { isNotComputable, NotComputableResult } from '@wres/domain/wres';
import {
  IndicatorCounts,
  pooledBoardGap,
  pooledFigures,
  pooledPercentBme,
  pooledRelativeLikelihood,
  pooledSurveyGap,
  poolIndicators,
  sumIndicatorCounts,
} from './pooling';

function figure<U>(value: U): Exclude<U, NotComputableResult> {
  if (isNotComputable(value as U & object)) throw new Error(`Not computable: ${JSON.stringify(value)}`);
  return value as Exclude<U, NotComputableResult>;
}

// Seed 004, 2018/19: indicator 2 is W 372 of 3,844 and B 124 of 2,525 (domain.md §9).
const SEED_004_I2 = { white: { events: 372, total: 3844 }, bme: { events: 124, total: 2525 } };

describe('summing counts across organisations', () => {
  it('sums each indicator over the organisations that submitted it, and leaves out one nobody did', () => {
    const a: IndicatorCounts = {
      i1: { white: 100, bme: 20, unknown: 3 },
      i2: { white: { events: 10, total: 100 }, bme: { events: 4, total: 60 } },
      i5: { white: { events: 30, total: 100 }, bme: { events: 9, total: 30 }, estimated: false },
    };
    const b: IndicatorCounts = {
      i1: { white: 50, bme: 30, unknown: 0 },
      i5: { white: { events: 20, total: 80 }, bme: { events: 8, total: 20 }, estimated: true },
    };
    const pooled = sumIndicatorCounts([a, b]);
    expect(pooled.i1).toEqual({ white: 150, bme: 50, unknown: 3 });
    expect(pooled.i2).toEqual(a.i2);
    expect(pooled.i5).toEqual({
      white: { events: 50, total: 180 },
      bme: { events: 17, total: 50 },
      estimated: true,
    });
    expect('i3' in pooled).toBe(false);
    expect(sumIndicatorCounts([])).toEqual({});
  });

  it('sums board and workforce counts part by part', () => {
    const board = (white: number, bme: number) => ({ white, bme });
    const pooled = sumIndicatorCounts([
      {
        i9: { all: board(12, 2), voting: board(9, 1), executive: board(4, 0), workforce: board(4000, 1100) },
      },
      { i9: { all: board(5, 1), voting: board(4, 1), executive: board(2, 1), workforce: board(300, 60) } },
    ]);
    expect(pooled.i9).toEqual({
      all: board(17, 3),
      voting: board(13, 2),
      executive: board(6, 1),
      workforce: board(4300, 1160),
    });
  });
});

describe('pooled relative likelihoods', () => {
  it('reproduces seed 004’s indicator 2 from its counts: 1.97, CI about 1.62 to 2.40, significant', () => {
    const rl = figure(pooledRelativeLikelihood('i2', SEED_004_I2));
    expect(rl.relativeLikelihood).toBeCloseTo(1.97, 2);
    const ci = figure(rl.ci95);
    expect(ci.lower).toBeCloseTo(1.62, 2);
    expect(ci.upper).toBeCloseTo(2.4, 2);
    expect(rl.significant).toBe(true);
    expect(rl.test).toBe('katz');
  });

  it('gives the same figure for two halves pooled as for the whole, which averaging ratios would not', () => {
    const halves: IndicatorCounts[] = [
      { i2: { white: { events: 300, total: 3000 }, bme: { events: 24, total: 500 } } },
      { i2: { white: { events: 72, total: 844 }, bme: { events: 100, total: 2025 } } },
    ];
    const { figures } = poolIndicators(halves);
    const pooled = figure(figures.i2);
    const whole = figure(pooledRelativeLikelihood('i2', SEED_004_I2));
    expect(pooled.relativeLikelihood).toBe(whole.relativeLikelihood);
    expect(pooled.ci95).toEqual(whole.ci95);

    const each = halves.map((h) => figure(pooledRelativeLikelihood('i2', h.i2)));
    const averaged = (each[0].relativeLikelihood + each[1].relativeLikelihood) / 2;
    // 1.91 against 1.97: a difference a reader would see at two decimal places.
    expect(Math.abs(averaged - whole.relativeLikelihood)).toBeGreaterThan(0.05);
  });

  it('puts BME staff on top for indicator 3 (entering the disciplinary process), as seed 004 does', () => {
    // Seed 004: B 17 of 1,171; W 43 of 4,007 gives 1.35, CI about 0.77 to 2.36, not significant.
    const rl = figure(
      pooledRelativeLikelihood('i3', {
        white: { events: 43, total: 4007 },
        bme: { events: 17, total: 1171 },
      }),
    );
    expect(rl.relativeLikelihood).toBeCloseTo(1.35, 2);
    expect(figure(rl.ci95).lower).toBeCloseTo(0.77, 2);
    expect(rl.significant).toBe(false);
  });

  it('gives RL 0 with the interval not computable, and a small-numbers flag, where the focal group had no events', () => {
    // domain.md §9: indicator 3, B 0 of 10 and W 3 of 200.
    const rl = figure(
      pooledRelativeLikelihood('i3', { white: { events: 3, total: 200 }, bme: { events: 0, total: 10 } }),
    );
    expect(rl.relativeLikelihood).toBe(0);
    expect(isNotComputable(rl.ci95)).toBe(true);
    expect(rl.smallNumbers).toBe(true);
    expect(rl.test).toBe('fisher');
    expect(JSON.stringify(rl)).not.toMatch(/NaN|Infinity|null/);
  });

  it('explains in the indicator’s words why a pooled figure cannot be computed', () => {
    const none = pooledRelativeLikelihood('i2', {
      white: { events: 5, total: 50 },
      bme: { events: 0, total: 40 },
    });
    expect(none).toEqual({
      notComputable: true,
      reason: expect.stringMatching(/^BME people in the pool had no appointments/),
    });
    expect(pooledRelativeLikelihood('i4', undefined)).toEqual({
      notComputable: true,
      reason: 'Indicator 4 was not submitted',
    });
    const empty = pooledRelativeLikelihood('i4', {
      white: { events: 0, total: 0 },
      bme: { events: 1, total: 5 },
    });
    expect(isNotComputable(empty) && empty.reason).toMatch(/White staff in the pool had no staff counted/);
  });
});

describe('pooled survey gaps, percentages and board gaps', () => {
  it('computes each group’s percentage with its interval, and BME minus White with the test', () => {
    const gap = figure(
      pooledSurveyGap(
        { white: { events: 460, total: 1991 }, bme: { events: 117, total: 488 }, estimated: true },
        'i5',
      ),
    );
    expect(gap.white.percent).toBeCloseTo(23.1, 1);
    expect(gap.bme.percent).toBeCloseTo(24.0, 1);
    expect(gap.differencePoints).toBeCloseTo(gap.bme.percent - gap.white.percent, 10);
    expect(gap.differenceCi95.lower).toBeLessThan(gap.differencePoints);
    expect(gap.differenceCi95.upper).toBeGreaterThan(gap.differencePoints);
    expect(gap.significant).toBe(false);
    expect(gap.estimated).toBe(true);
    expect(gap.white.ci95.lower).toBeLessThan(gap.white.percent);
  });

  it('cannot compare a survey question nobody in a group answered', () => {
    const gap = pooledSurveyGap(
      { white: { events: 5, total: 50 }, bme: { events: 0, total: 0 }, estimated: false },
      'i8',
    );
    expect(isNotComputable(gap) && gap.reason).toMatch(/No BME staff answered/);
    expect(isNotComputable(pooledSurveyGap(undefined, 'i6'))).toBe(true);
  });

  it('gives %BME with a Wilson interval, and says so when nobody’s ethnicity is known', () => {
    const percent = figure(pooledPercentBme({ white: 4007, bme: 1171 }, 'staff'));
    expect(percent.percent).toBeCloseTo(22.6, 1);
    expect(percent.ci95.lower).toBeLessThan(percent.percent);
    expect(isNotComputable(pooledPercentBme({ white: 0, bme: 0 }, 'staff'))).toBe(true);
  });

  it('reproduces seed 004’s board gaps: −15.5, −13.5 and −22.6 points', () => {
    const counts = {
      all: { white: 13, bme: 1 },
      voting: { white: 10, bme: 1 },
      executive: { white: 4, bme: 0 },
      workforce: { white: 4007, bme: 1171 },
    };
    expect(figure(pooledBoardGap(counts, 'all')).differencePoints).toBeCloseTo(-15.5, 1);
    expect(figure(pooledBoardGap(counts, 'voting')).differencePoints).toBeCloseTo(-13.5, 1);
    expect(figure(pooledBoardGap(counts, 'executive')).differencePoints).toBeCloseTo(-22.6, 1);
    expect(figure(pooledBoardGap(counts, 'all')).smallNumbers).toBe(true);
  });

  it('computes every figure of a pool, never NaN or Infinity', () => {
    const figures = pooledFigures({ i2: { white: { events: 0, total: 0 }, bme: { events: 0, total: 0 } } });
    expect(Object.keys(figures)).toEqual([
      'i1',
      'i2',
      'i3',
      'i4',
      'i5',
      'i6',
      'i7',
      'i8',
      'i9',
      'i9v',
      'i9e',
    ]);
    expect(JSON.stringify(figures)).not.toMatch(/NaN|Infinity/);
    for (const value of Object.values(figures)) expect(isNotComputable(value)).toBe(true);
  });
});

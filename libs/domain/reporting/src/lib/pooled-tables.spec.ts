import { DASHBOARD_INDICATORS } from '@wres/shared/contracts';
import { notComputableResult } from '@wres/domain/wres';
import { basisOf, pooledIndicatorTable, pooledTrendInput, PooledRow, trendSeries } from './pooled-tables';
import { IndicatorCounts, sumIndicatorCounts } from './pooling';
import { findDisclosures, publishTable } from './table-publication.policy';

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Counts like a small or large provider's, every indicator consistent (events within totals). */
function randomCounts(random: () => number): IndicatorCounts {
  const size = random() < 0.4 ? 5 + Math.floor(random() * 40) : 200 + Math.floor(random() * 6000);
  const part = (of: number, share: number) => Math.round(of * share * (0.5 + random()));
  const white = Math.max(1, part(size, 0.7));
  const bme = Math.max(0, size - white);
  const group = (total: number, rate: number) => ({ events: Math.min(total, part(total, rate)), total });
  const outcomes = (rate: number) => ({ white: group(white, rate), bme: group(bme, rate) });
  const survey = (rate: number) => ({ ...outcomes(rate), estimated: random() < 0.2 });
  const board = (n: number) => ({
    white: n - Math.min(n, Math.floor(random() * 3)),
    bme: Math.min(n, Math.floor(random() * 3)),
  });
  return {
    i1: { white, bme, unknown: part(size, 0.02) },
    i2: outcomes(0.1),
    i3: outcomes(0.01),
    ...(random() < 0.8 ? { i4: outcomes(0.6) } : {}),
    i5: survey(0.25),
    i6: survey(0.2),
    i7: survey(0.8),
    i8: survey(0.07),
    i9: { all: board(12), voting: board(9), executive: board(4), workforce: { white, bme } },
  };
}

describe('pooled indicator tables', () => {
  it('sums counts into a row per pool and the whole as the total row, for every indicator', () => {
    const random = seededRandom(7);
    const rows: PooledRow[] = ['North', 'South', 'West'].map((label) => ({
      label,
      counts: sumIndicatorCounts([randomCounts(random), randomCounts(random)]),
    }));
    const total = { label: 'Region', counts: sumIndicatorCounts(rows.map((row) => row.counts)) };
    for (const indicator of DASHBOARD_INDICATORS) {
      const table = pooledIndicatorTable(indicator, rows, total, { rowHeading: 'Commissioner' });
      expect(table.key).toBe(`pooled-${indicator}`);
      expect(table.columns[0]).toEqual({ key: 'name', label: 'Commissioner', kind: 'label' });
      // Publication checks the sums and refuses a total that is not one.
      const published = publishTable(table);
      expect(published.totalRow?.cells['name'].display).toBe('Region');
      expect(findDisclosures(published)).toEqual([]);
    }
  });

  it('shows the region’s figure computed from the summed counts', () => {
    const rows: PooledRow[] = [
      {
        label: 'A',
        counts: { i2: { white: { events: 300, total: 3000 }, bme: { events: 24, total: 500 } } },
      },
      {
        label: 'B',
        counts: { i2: { white: { events: 72, total: 844 }, bme: { events: 100, total: 2025 } } },
      },
    ];
    const total = { label: 'All', counts: sumIndicatorCounts(rows.map((row) => row.counts)) };
    const published = publishTable(pooledIndicatorTable('i2', rows, total, { rowHeading: 'Commissioner' }));
    expect(published.totalRow?.cells['whiteTotal'].display).toBe('3,844');
    expect(published.totalRow?.cells['relativeLikelihood'].display).toBe('1.97');
    expect(published.totalRow?.cells['significant'].display).toBe('Yes');
    expect(published.columns.map((column) => column.label)).toContain('BME: not appointed');
  });

  it('hides a pool’s small counts and the figures from them, and notes estimated survey counts', () => {
    const rows: PooledRow[] = [
      {
        label: 'Tiny',
        counts: { i5: { white: { events: 3, total: 20 }, bme: { events: 1, total: 4 }, estimated: true } },
      },
      {
        label: 'Big',
        counts: {
          i5: { white: { events: 300, total: 2000 }, bme: { events: 100, total: 400 }, estimated: false },
        },
      },
      {
        label: 'Mid',
        counts: {
          i5: { white: { events: 60, total: 500 }, bme: { events: 30, total: 100 }, estimated: false },
        },
      },
    ];
    const total = { label: 'All', counts: sumIndicatorCounts(rows.map((row) => row.counts)) };
    const table = pooledIndicatorTable('i5', rows, total, { rowHeading: 'Commissioner' });
    expect(table.notes?.join(' ')).toMatch(/estimated by rounding/);
    const published = publishTable(table);
    expect(published.rows[0].cells['whiteEvents'].display).toBe('R');
    expect(published.rows[0].cells['whitePercent'].display).toBe('R%');
    expect(published.rows[0].cells['differencePoints'].display).toBe('R');
    expect(findDisclosures(published)).toEqual([]);
  });

  it('redacts a pooled board gap whose board counts are small', () => {
    const rows: PooledRow[] = [
      {
        label: 'A',
        counts: {
          i9: {
            all: { white: 13, bme: 1 },
            voting: { white: 10, bme: 1 },
            executive: { white: 4, bme: 0 },
            workforce: { white: 4007, bme: 1171 },
          },
        },
      },
    ];
    const published = publishTable(pooledIndicatorTable('i9', rows, null, { rowHeading: 'Provider' }));
    expect(published.rows[0].cells['boardBme'].display).toBe('R');
    expect(published.rows[0].cells['differencePoints'].display).toBe('R');
    expect(published.rows[0].cells['workforcePercentBme'].display).toBe('22.6%');
  });

  it('holds zeros and not computable for a pool that did not submit an indicator', () => {
    const rows: PooledRow[] = [
      { label: 'A', counts: {} },
      {
        label: 'B',
        counts: { i3: { white: { events: 40, total: 4000 }, bme: { events: 17, total: 1171 } } },
      },
    ];
    const published = publishTable(pooledIndicatorTable('i3', rows, null, { rowHeading: 'Commissioner' }));
    expect(published.rows[0].cells['whiteTotal'].display).toBe('–');
    expect(published.rows[0].cells['relativeLikelihood'].display).toBe('Not computable');
  });
});

describe('the counts behind a figure', () => {
  it('are events and non-events per group, headcounts, or board and workforce', () => {
    const counts = randomCounts(seededRandom(3));
    const { i1, i2, i9 } = counts;
    if (!i1 || !i2 || !i9) throw new Error('The random counts have every indicator');
    expect(basisOf('i2', counts)).toEqual([
      i2.white.events,
      i2.white.total - i2.white.events,
      i2.bme.events,
      i2.bme.total - i2.bme.events,
    ]);
    expect(basisOf('i1', counts)).toEqual([i1.white, i1.bme]);
    expect(basisOf('i9e', counts)).toEqual([
      i9.executive.white,
      i9.executive.bme,
      i9.workforce.white,
      i9.workforce.bme,
    ]);
    expect(basisOf('i3', {})).toBeNull();
  });
});

describe('trend series', () => {
  const big = { i2: { white: { events: 372, total: 3844 }, bme: { events: 124, total: 2525 } } };
  const small = { i2: { white: { events: 30, total: 300 }, bme: { events: 4, total: 80 } } };

  it('publishes pooled figures year by year, redacting those from small counts', () => {
    const series = trendSeries('i2', [
      { contractYear: '2022/23', figure: pooledTrendInput('i2', big), basis: basisOf('i2', big) },
      { contractYear: '2023/24', figure: pooledTrendInput('i2', small), basis: basisOf('i2', small) },
      { contractYear: '2024/25', figure: null, basis: null },
    ]);
    expect(series).toMatchObject({ indicator: 'i2', measure: 'relative-likelihood', parity: 1 });
    const [first, second, third] = series.points;
    expect(first.figure).toMatchObject({
      value: { display: '1.97', value: 1.97, status: 'shown' },
      ciLower: { display: '1.62' },
      significant: { display: 'Yes', value: true },
    });
    expect(second.figure).toMatchObject({ value: { display: 'R', value: null, status: 'redacted' } });
    expect(third).toEqual({ contractYear: '2024/25', figure: null });
  });

  it('shows a provider’s own figures as they are, and passes on a reason', () => {
    const series = trendSeries('i5', [
      {
        contractYear: '2018/19',
        figure: {
          value: 0.9,
          ciLower: -3.2,
          ciUpper: 5,
          significant: false,
          whitePercent: 23.1,
          bmePercent: 24,
        },
        basis: null,
      },
      { contractYear: '2019/20', figure: notComputableResult('Indicator 5 was not submitted'), basis: null },
    ]);
    expect(series.points[0].figure).toMatchObject({
      value: { display: '+0.9' },
      whitePercent: { display: '23.1%' },
      bmePercent: { display: '24.0%' },
    });
    expect(series.points[1].figure).toEqual({ notComputable: true, reason: 'Indicator 5 was not submitted' });
  });

  it('gives board gaps without an interval or test', () => {
    const counts: IndicatorCounts = {
      i9: {
        all: { white: 130, bme: 20 },
        voting: { white: 100, bme: 10 },
        executive: { white: 40, bme: 10 },
        workforce: { white: 40000, bme: 11700 },
      },
    };
    const series = trendSeries('i9', [
      { contractYear: '2024/25', figure: pooledTrendInput('i9', counts), basis: basisOf('i9', counts) },
    ]);
    expect(series.points[0].figure).toMatchObject({ ciLower: null, ciUpper: null, significant: null });
  });
});

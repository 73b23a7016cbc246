import type { DashboardTrends, PublishedCell, TrendFigure, TrendSeries } from '@wres/shared/contracts';
import { CHART_COLOURS } from './chart.model';
import { chartValue, trendChart, trendView, trendViews, trendWording } from './trends.model';

const cell = (display: string, value: number | boolean): PublishedCell => ({
  display,
  value,
  status: 'shown',
});
const R: PublishedCell = { display: 'R', value: null, status: 'redacted' };

const rl = (value: number, lower: number, upper: number, significant: boolean): TrendFigure => ({
  value: cell(value.toFixed(2), value),
  ciLower: cell(lower.toFixed(2), lower),
  ciUpper: cell(upper.toFixed(2), upper),
  significant: cell(significant ? 'Yes' : 'No', significant),
});

/** Indicator 3 pooled across a region: one year hidden for small numbers, one not computable, one missing. */
const I3: TrendSeries = {
  indicator: 'i3',
  title: 'Indicator 3: relative likelihood of BME staff entering the formal disciplinary process',
  measure: 'relative-likelihood',
  parity: 1,
  adverse: 'above',
  points: [
    { contractYear: '2019/20', figure: rl(1.38, 0.68, 2.8, false) },
    { contractYear: '2020/21', figure: rl(2.73, 1.47, 5.06, true) },
    { contractYear: '2021/22', figure: { value: R, ciLower: R, ciUpper: R, significant: R } },
    {
      contractYear: '2022/23',
      figure: { notComputable: true, reason: 'No White staff entered the process' },
    },
    { contractYear: '2023/24', figure: rl(1.25, 0.73, 2.16, false) },
    { contractYear: '2024/25', figure: null },
  ],
};

/** Indicator 9 for the region: no interval, no test, and no log scale (a gap can be negative). */
const I9: TrendSeries = {
  indicator: 'i9',
  title: 'Indicator 9: board %BME minus workforce %BME (whole board)',
  measure: 'board-gap-points',
  parity: 0,
  adverse: 'below',
  points: [
    {
      contractYear: '2023/24',
      figure: { value: cell('\u221216.2', -16.2), ciLower: null, ciUpper: null, significant: null },
    },
    {
      contractYear: '2024/25',
      figure: { value: cell('\u221217.8', -17.8), ciLower: null, ciUpper: null, significant: null },
    },
  ],
};

describe('a trend across contract years', () => {
  it('draws only figures that are shown: hidden, not computable and missing years leave gaps', () => {
    expect(chartValue(R)).toBeNull();
    expect(chartValue({ display: '–', value: null, status: 'zero' })).toBeNull();
    const chart = trendChart(I3);
    expect(chart?.categories).toEqual(['2019/20', '2020/21', '2021/22', '2022/23', '2023/24', '2024/25']);
    expect(chart?.series[0]).toMatchObject({
      label: 'Relative likelihood',
      values: [1.38, 2.73, null, null, 1.25, null],
      colour: CHART_COLOURS.blue,
      pointShape: 'circle',
      dash: [],
    });
  });

  it('tells the lines apart by dash and marker as well as colour', () => {
    const series = trendChart(I3)?.series ?? [];
    expect(series.map((line) => [line.label, line.pointShape, line.dash])).toEqual([
      ['Relative likelihood', 'circle', []],
      ['95% CI lower', 'triangle', [8, 4]],
      ['95% CI upper', 'rectRot', [14, 6]],
      ['Parity (1.00)', 'line', [2, 3]],
    ]);
    expect(trendChart(I3)?.logarithmic).toBe(true);
  });

  it('draws a gap without an interval on a linear scale, and nothing when there is nothing to draw', () => {
    const chart = trendChart(I9);
    expect(chart?.series.map((line) => line.label)).toEqual([
      'Board minus workforce (points)',
      'Parity (0.0)',
    ]);
    expect(chart?.logarithmic).toBe(false);
    expect(trendChart({ ...I3, points: [I3.points[2], I3.points[5]] })).toBeNull();
  });

  it('leaves a relative likelihood of 0 off the log scale and names the year', () => {
    const zero: TrendSeries = {
      ...I3,
      points: [
        I3.points[0],
        {
          contractYear: '2020/21',
          figure: { value: cell('0.00', 0), ciLower: null, ciUpper: null, significant: cell('No', false) },
        },
      ],
    };
    expect(trendChart(zero)?.series[0].values).toEqual([1.38, null]);
    const view = trendView(zero, 'Riverside Hospice');
    expect(view.chartNote).toBe(
      'Not drawn, because a log scale cannot show 0; in the table: 2020/21 (0.00).',
    );
    expect(view.rows[1].cells['value']).toBe('0.00');
  });

  it('puts the trend in words from the figures as shown', () => {
    expect(trendWording(I3)).toBe(
      'From 1.38 in 2019/20 to 1.25 in 2023/24. Lowest 1.25 in 2023/24; highest 2.73 in 2020/21. ' +
        '1 year is hidden because of small numbers (R). 2 years have no figure.',
    );
    expect(trendWording(I9)).toBe('From \u221216.2 in 2023/24 to \u221217.8 in 2024/25.');
    expect(trendWording({ ...I9, points: [I9.points[0]] })).toBe(
      'Only 2023/24 has a figure to show: \u221216.2.',
    );
    expect(trendWording({ ...I9, points: [] })).toBe('No year has a figure to show.');
  });

  it('makes a table row per year with every figure as published, R included', () => {
    const view = trendView(I3, 'Central Demo Commissioning Support Unit');
    expect(view.columns.map((column) => column.label)).toEqual([
      'Relative likelihood',
      '95% CI lower',
      '95% CI upper',
      'Statistically significant',
    ]);
    expect(
      view.rows.map((row) => [
        row.contractYear,
        row.cells['value'],
        row.cells['significant'] ?? '',
        row.note,
      ]),
    ).toEqual([
      ['2019/20', '1.38', 'No', null],
      ['2020/21', '2.73', 'Yes', null],
      ['2021/22', 'R', 'R', null],
      ['2022/23', 'Not computable', '', 1],
      ['2023/24', '1.25', 'No', null],
      ['2024/25', 'No figure', '', null],
    ]);
    expect(view.notes).toEqual([{ number: 1, text: 'No White staff entered the process' }]);
  });

  it('names the chart with what it shows, whose it is, the years and the trend', () => {
    const view = trendView(I9, 'Central Demo Commissioning Support Unit');
    expect(view.chartLabel).toBe(
      'Line chart of Indicator 9: board %BME minus workforce %BME (whole board) for Central Demo ' +
        'Commissioning Support Unit, 2023/24 to 2024/25. From \u221216.2 in 2023/24 to \u221217.8 in 2024/25. ' +
        'The figures are in the table that follows.',
    );
    expect(view.columns.map((column) => column.key)).toEqual(['value']);
  });

  it('shows survey groups’ percentages beside the difference', () => {
    const survey: TrendSeries = {
      ...I9,
      indicator: 'i5',
      measure: 'difference-points',
      points: [
        {
          contractYear: '2024/25',
          figure: {
            value: cell('+6.1', 6.1),
            ciLower: cell('+2.4', 2.4),
            ciUpper: cell('+9.9', 9.9),
            significant: cell('Yes', true),
            whitePercent: cell('23.0%', 23),
            bmePercent: cell('29.1%', 29.1),
          },
        },
      ],
    };
    const view = trendView(survey, 'Northfield Community Health NHS Trust');
    expect(view.columns.map((column) => column.label)).toEqual([
      'BME minus White (points)',
      '95% CI lower',
      '95% CI upper',
      'Statistically significant',
      'White %',
      'BME %',
    ]);
    expect(view.rows[0].cells).toEqual({
      value: '+6.1',
      ciLower: '+2.4',
      ciUpper: '+9.9',
      significant: 'Yes',
      whitePercent: '23.0%',
      bmePercent: '29.1%',
    });
  });

  it('makes a view for every series', () => {
    const trends = {
      subject: { kind: 'region', organisation: { id: 'csu', name: 'CSU', odsCode: '0DM', kind: 'csu' } },
      suppressed: true,
      threshold: 10,
      contractYears: ['2023/24', '2024/25'],
      series: [I3, I9],
      notes: [],
    } as DashboardTrends;
    expect(trendViews(trends).map((view) => view.indicator)).toEqual(['i3', 'i9']);
  });
});

import type { CsuDashboard, IndicatorDistribution } from '@wres/shared/contracts';
import { CHART_COLOURS } from './chart.model';
import {
  SIGNIFICANCE_CATEGORIES,
  distributionSummaryText,
  distributionView,
  distributionViews,
  reportingRows,
  significanceCategory,
} from './csu-dashboard.model';

const I2: IndicatorDistribution = {
  indicator: 'i2',
  title:
    'Indicator 2: relative likelihood of White staff being appointed from shortlisting compared to BME staff',
  measure: 'relative-likelihood',
  parity: 1,
  adverse: 'above',
  providers: [
    {
      provider: { id: 'a', name: 'Clearview Diagnostics Ltd', odsCode: 'ND102' },
      commissionerId: 'icb',
      figure: {
        value: 1.0577,
        ci95: { lower: 0.3727, upper: 3.0019 },
        significant: false,
        smallNumbers: false,
      },
    },
    {
      provider: { id: 'b', name: 'Harbour Lights Community Interest Company', odsCode: 'ND202' },
      commissionerId: 'westmere',
      figure: {
        notComputable: true,
        reason:
          'BME people had no appointments from shortlisting, so the relative likelihood cannot be computed',
      },
    },
    {
      provider: { id: 'c', name: 'Southbrook Mental Health NHS Trust', odsCode: 'RD3' },
      commissionerId: 'southbrook',
      figure: { value: 1.2769, ci95: { lower: 1.08, upper: 1.5 }, significant: true, smallNumbers: false },
    },
    {
      provider: { id: 'd', name: 'Riverside Hospice', odsCode: 'ND201' },
      commissionerId: 'icb',
      figure: { value: 0.62, ci95: { lower: 0.41, upper: 0.93 }, significant: true, smallNumbers: true },
    },
  ],
  summary: {
    figures: 3,
    notComputable: 1,
    lowest: 0.62,
    lowerQuartile: 0.8389,
    median: 1.0577,
    upperQuartile: 1.1673,
    highest: 1.2769,
    significantlyAdverse: 1,
    significantlyFavourable: 1,
    notSignificant: 1,
    notTested: 0,
  },
};

const NAMES = new Map([
  ['icb', 'NHS Northfield Integrated Care Board'],
  ['southbrook', 'NHS Southbrook CCG'],
  ['westmere', 'NHS Westmere CCG'],
]);

describe('reporting rate and timeliness by commissioner', () => {
  const dashboard = {
    reporting: {
      rows: [
        {
          commissioner: { id: 'southbrook', name: 'NHS Southbrook CCG', odsCode: '02D', kind: 'ccg' },
          expected: 5,
          submittedOnTime: 2,
          submittedLate: 1,
          overdue: 2,
          due: 0,
          submitted: 3,
          reportingRatePercent: 60,
          timelinessPercent: 40,
        },
      ],
      total: {
        expected: 0,
        submittedOnTime: 0,
        submittedLate: 0,
        overdue: 0,
        due: 0,
        submitted: 0,
        reportingRatePercent: { notComputable: true, reason: 'No reports were expected' },
        timelinessPercent: { notComputable: true, reason: 'No reports were expected' },
      },
    },
  } as unknown as CsuDashboard;

  it('gives a row per commissioner, then the total, with rates as percentages', () => {
    expect(reportingRows(dashboard)).toEqual([
      {
        commissionerId: 'southbrook',
        name: 'NHS Southbrook CCG',
        expected: '5',
        submittedOnTime: '2',
        submittedLate: '1',
        overdue: '2',
        due: '0',
        reportingRate: '60.0%',
        timeliness: '40.0%',
        total: false,
      },
      expect.objectContaining({
        commissionerId: null,
        name: 'All commissioners',
        reportingRate: 'Not computable',
        total: true,
      }),
    ]);
  });
});

describe('an indicator across providers', () => {
  const view = distributionView(I2, NAMES);

  it('sorts on the figure, lowest first, leaving figures that cannot be computed to the end', () => {
    expect(view.rows.map((row) => row.provider)).toEqual([
      'Riverside Hospice',
      'Clearview Diagnostics Ltd',
      'Southbrook Mental Health NHS Trust',
      'Harbour Lights Community Interest Company',
    ]);
  });

  it('says in the table what the chart shows by shape: the figure, interval, significance and small numbers', () => {
    expect(view.rows[0]).toEqual({
      providerId: 'd',
      provider: 'Riverside Hospice',
      commissioner: 'NHS Northfield Integrated Care Board',
      figure: '0.62',
      interval: '0.41 to 0.93',
      significance: 'Significantly favourable for BME staff',
      smallNumbers: true,
      note: null,
    });
    expect(view.rows[2].significance).toBe('Significantly adverse for BME staff');
    expect(view.rows[3]).toMatchObject({
      figure: 'Not computable',
      commissioner: 'NHS Westmere CCG',
      note: 1,
    });
    expect(view.notes[0].text).toContain('BME people had no appointments');
  });

  it('decides significance as the API counts it, by the side of parity adverse for BME staff', () => {
    const figure = { value: 1.5, ci95: null, significant: true, smallNumbers: false };
    expect(significanceCategory(I2, figure)).toBe('adverse');
    expect(significanceCategory({ ...I2, adverse: 'below' }, figure)).toBe('favourable');
    expect(significanceCategory(I2, { ...figure, significant: false })).toBe('not-significant');
    expect(significanceCategory({ measure: 'board-gap-points', parity: 0, adverse: 'below' }, figure)).toBe(
      'not-tested',
    );
  });

  it('draws a forest plot: a bar per interval, markers shaped by significance, parity and the median', () => {
    const chart = view.chart;
    expect(chart?.kind).toBe('forest');
    expect(chart?.categories).toEqual([
      'Riverside Hospice',
      'Clearview Diagnostics Ltd',
      'Southbrook Mental Health NHS Trust',
    ]);
    expect(chart?.intervals?.values).toEqual([
      [0.41, 0.93],
      [0.3727, 3.0019],
      [1.08, 1.5],
    ]);
    expect(chart?.series.map((series) => [series.label, series.pointShape, series.values])).toEqual([
      ['Significantly adverse for BME staff', 'triangle', [null, null, 1.2769]],
      ['Significantly favourable for BME staff', 'rect', [0.62, null, null]],
      ['Not statistically significant', 'circle', [null, 1.0577, null]],
      ['Parity (1.00)', 'line', [1, 1, 1]],
      ['Median across providers (1.06)', 'line', [1.0577, 1.0577, 1.0577]],
    ]);
    expect(chart?.series[3]).toMatchObject({ colour: CHART_COLOURS.black, dash: [2, 3], pointRadius: 0 });
    expect(chart?.logarithmic).toBe(true);
    expect(chart?.valueAxisTitle).toBe('Relative likelihood (1 is parity), log scale');
  });

  it('leaves a relative likelihood of 0 off the log scale and says where to find it', () => {
    const zero = {
      provider: { id: 'e', name: 'Elm Street Surgery', odsCode: 'D81001' },
      commissionerId: 'icb',
      figure: { value: 0, ci95: null, significant: false, smallNumbers: true },
    };
    const withZero = distributionView({ ...I2, providers: [...I2.providers, zero] }, NAMES);
    expect(withZero.chart?.categories).not.toContain('Elm Street Surgery');
    expect(withZero.rows[0]).toMatchObject({ provider: 'Elm Street Surgery', figure: '0.00' });
    expect(withZero.chartNote).toBe(
      'Not drawn, because a log scale cannot show 0; in the table: Elm Street Surgery (0.00).',
    );
    expect(withZero.chartLabel).toContain(withZero.chartNote);
    expect(view.chartNote).toBeNull();
  });

  it('never tells categories apart by colour alone', () => {
    const shapes = Object.values(SIGNIFICANCE_CATEGORIES).map((category) => category.pointShape);
    expect(new Set(shapes).size).toBe(shapes.length);
  });

  it('summarises the spread in words, for the page and the chart’s accessible name', () => {
    expect(distributionSummaryText(I2)).toBe(
      '3 providers have a figure; 1 figure cannot be computed. Median 1.06 (middle half 0.84 to 1.17), ' +
        'from 0.62 to 1.28. Significantly adverse for BME staff: 1; significantly favourable: 1; ' +
        'not statistically significant: 1.',
    );
    expect(view.chartLabel).toContain(I2.title);
    expect(view.chartLabel).toContain('The figures are in the table that follows.');
  });

  it('draws nothing when no provider has a figure, and says an untested indicator has no test', () => {
    const empty = distributionView({ ...I2, providers: [I2.providers[1]] }, NAMES);
    expect(empty.chart).toBeNull();
    const board: IndicatorDistribution = {
      ...I2,
      measure: 'board-gap-points',
      parity: 0,
      adverse: 'below',
      providers: [I2.providers[0]],
      summary: { ...I2.summary, figures: 1, notComputable: 0, notTested: 1 },
    };
    expect(distributionSummaryText(board)).toContain('This indicator has no significance test.');
    expect(distributionView(board, NAMES).chart?.logarithmic).toBe(false);
  });

  it('makes a view for each indicator, naming the commissioner each provider is pooled under', () => {
    const views = distributionViews({
      commissioners: [
        { id: 'icb', name: 'NHS Northfield Integrated Care Board', odsCode: 'QD1', kind: 'icb' },
      ],
      distributions: [I2],
    } as unknown as CsuDashboard);
    expect(views).toHaveLength(1);
    expect(views[0].rows[1].commissioner).toBe('NHS Northfield Integrated Care Board');
  });
});

import {
  CHART_COLOURS,
  ChartSpec,
  DASHES,
  forestHeight,
  isLabelledOnLogScale,
  legendItems,
  niceStep,
  referenceLine,
} from './chart.model';

const SPEC: ChartSpec = {
  kind: 'forest',
  categories: ['Riverside Hospice', 'Clearview Diagnostics Ltd'],
  valueAxisTitle: 'Relative likelihood (1 is parity), log scale',
  logarithmic: true,
  decimals: 2,
  intervals: { label: '95% confidence interval', colour: CHART_COLOURS.darkGrey, values: [[0.4, 0.9], null] },
  series: [
    {
      label: 'Significantly adverse for BME staff',
      values: [null, 1.3],
      colour: CHART_COLOURS.red,
      pointShape: 'triangle',
      pointRadius: 6,
      dash: null,
      lineWidth: 0,
    },
    referenceLine('Parity (1.00)', 1, 2, CHART_COLOURS.black, DASHES.dotted),
  ],
};

describe('a chart’s key', () => {
  it('has an entry per series and the interval, each with its marker shape and dash pattern', () => {
    expect(legendItems(SPEC)).toEqual([
      {
        label: 'Significantly adverse for BME staff',
        colour: CHART_COLOURS.red,
        marker: 'triangle',
        dash: null,
        lineWidth: 2,
      },
      { label: 'Parity (1.00)', colour: CHART_COLOURS.black, marker: null, dash: [2, 3], lineWidth: 2 },
      {
        label: '95% confidence interval',
        colour: CHART_COLOURS.darkGrey,
        marker: null,
        dash: [],
        lineWidth: 4,
      },
    ]);
  });

  it('draws a reference line across every category without markers', () => {
    expect(referenceLine('Median (1.13)', 1.13, 3, CHART_COLOURS.darkPink, DASHES.dashed)).toEqual({
      label: 'Median (1.13)',
      values: [1.13, 1.13, 1.13],
      colour: CHART_COLOURS.darkPink,
      pointShape: 'line',
      pointRadius: 0,
      dash: [8, 4],
      lineWidth: 2,
    });
  });

  it('gives a forest plot room for every provider', () => {
    expect(forestHeight(1)).toBe(220);
    expect(forestHeight(10)).toBe(460);
  });

  it('labels a wide log scale at 1, 2 and 5 times powers of ten', () => {
    const ticks = [0.1, 0.2, 0.3, 0.5, 0.7, 1, 2, 3, 5, 10, 20, 30, 50];
    expect(ticks.filter((tick) => isLabelledOnLogScale(tick, ticks))).toEqual([
      0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50,
    ]);
  });

  it('labels a narrow log scale on a round step, so its labels never crowd', () => {
    const ticks = [0.97, 0.98, 0.99, 1, 1.05, 1.1, 1.2, 1.3];
    expect(niceStep((1.3 - 0.97) / 6)).toBe(0.1);
    expect(ticks.filter((tick) => isLabelledOnLogScale(tick, ticks))).toEqual([1, 1.1, 1.2, 1.3]);
    expect(isLabelledOnLogScale(0, ticks)).toBe(false);
  });
});

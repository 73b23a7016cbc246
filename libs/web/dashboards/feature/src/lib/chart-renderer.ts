/*
 * Draws a ChartSpec with Chart.js. Loaded with a dynamic import by the chart component only, so the library
 * is fetched when a dashboard first draws a chart and never weighs on the app's first load. Only the parts
 * these charts use are registered, which keeps the chunk small. Chart.js evaluates no strings as code and adds
 * no style sheets (it sizes the canvas through the DOM), so the app's Content-Security-Policy needs nothing
 * more for it.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import { CHART_COLOURS, isLabelledOnLogScale } from './chart.model';
import type { ChartSeries, ChartSpec } from './chart.model';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PointElement,
  Tooltip,
);

/** A drawn chart, for the component to replace or destroy. */
export interface DrawnChart {
  destroy(): void;
}

const TEXT_COLOUR = CHART_COLOURS.black;
const GRID_COLOUR = '#d8dde0';

function tickText(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}

function fixed(value: number, decimals: number): string {
  return value.toFixed(decimals).replace('-', '\u2212');
}

function lineDataset(series: ChartSeries, indexAxis: 'x' | 'y'): ChartDataset<'line', Array<number | null>> {
  return {
    type: 'line',
    label: series.label,
    data: [...series.values],
    indexAxis,
    borderColor: series.colour,
    backgroundColor: series.colour,
    borderWidth: series.lineWidth,
    borderDash: series.dash ? [...series.dash] : [],
    showLine: series.dash !== null,
    spanGaps: false,
    pointStyle: series.pointShape,
    pointRadius: series.pointRadius,
    pointHoverRadius: series.pointRadius === 0 ? 0 : series.pointRadius + 2,
    pointBorderColor: series.colour,
    pointBackgroundColor: series.colour,
    // Markers on top, then reference lines, then intervals (the highest order is drawn first).
    order: series.pointRadius === 0 ? 1 : 0,
    // Reference lines are read from the key, not hovered.
    ...(series.pointRadius === 0 ? { pointHitRadius: 0 } : {}),
  };
}

export function chartConfiguration(spec: ChartSpec, fontFamily: string): ChartConfiguration {
  const forest = spec.kind === 'forest';
  const indexAxis = forest ? 'y' : 'x';
  const valueScale = forest ? 'x' : 'y';
  const categoryScale = forest ? 'y' : 'x';
  const datasets: ChartDataset[] = [];
  if (spec.intervals) {
    datasets.push({
      type: 'bar',
      label: spec.intervals.label,
      data: spec.intervals.values.map((interval) => (interval ? [interval[0], interval[1]] : null)),
      backgroundColor: spec.intervals.colour,
      borderColor: spec.intervals.colour,
      barThickness: 4,
      indexAxis,
      order: 2,
    } as ChartDataset<'bar', Array<[number, number] | null>>);
  }
  for (const series of spec.series) datasets.push(lineDataset(series, indexAxis) as ChartDataset);

  const font = { family: fontFamily, size: 14 };
  return {
    type: forest ? 'bar' : 'line',
    data: { labels: [...spec.categories], datasets },
    options: {
      indexAxis,
      // No animation: nothing moves for people who find motion hard, and the chart is final once drawn.
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      color: TEXT_COLOUR,
      font,
      scales: {
        [valueScale]: {
          type: spec.logarithmic ? 'logarithmic' : 'linear',
          title: { display: true, text: spec.valueAxisTitle, color: TEXT_COLOUR, font },
          grid: { color: GRID_COLOUR },
          ticks: {
            color: TEXT_COLOUR,
            font,
            callback: (value: string | number, _index: number, ticks: ReadonlyArray<{ value: number }>) => {
              const number = Number(value);
              if (
                spec.logarithmic &&
                !isLabelledOnLogScale(
                  number,
                  ticks.map((tick) => tick.value),
                )
              ) {
                return null;
              }
              return tickText(number, spec.decimals);
            },
          },
        },
        [categoryScale]: {
          type: 'category',
          title: { display: !forest, text: 'Contract year', color: TEXT_COLOUR, font },
          grid: { color: GRID_COLOUR },
          ticks: { color: TEXT_COLOUR, font, autoSkip: !forest },
        },
      },
      plugins: {
        // The key is drawn in the page, beside the canvas, where it wraps, zooms and is read out.
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'bar' | 'line'>) => {
              const raw = item.raw as number | [number, number] | null;
              if (Array.isArray(raw)) {
                return `${item.dataset.label}: ${fixed(raw[0], spec.decimals)} to ${fixed(raw[1], spec.decimals)}`;
              }
              return raw === null ? '' : `${item.dataset.label}: ${fixed(raw, spec.decimals)}`;
            },
          },
        },
      },
    },
  } as ChartConfiguration;
}

export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): DrawnChart {
  const fontFamily = getComputedStyle(canvas).fontFamily || 'Arial, sans-serif';
  return new Chart(canvas, chartConfiguration(spec, fontFamily));
}

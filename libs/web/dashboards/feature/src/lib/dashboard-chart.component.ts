import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterRenderEffect,
  computed,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { ChartLegendComponent } from './chart-legend.component';
import { forestHeight, legendItems } from './chart.model';
import type { ChartSpec } from './chart.model';
import type { DrawnChart } from './chart-renderer';

export type ChartState = 'loading' | 'drawn' | 'failed';

/**
 * A chart as a figure: a visible caption, the canvas as one image whose accessible name summarises it, and
 * (projected) the same figures as a table. The chart library loads only when a chart is first drawn.
 */
@Component({
  selector: 'wres-dashboard-chart',
  imports: [ChartLegendComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="app-chart">
      <figcaption class="app-chart__caption">{{ caption() }}</figcaption>
      <div class="app-chart__canvas" [style.height.px]="height()">
        <canvas #canvas role="img" [attr.aria-label]="label()" [attr.data-chart-state]="state()"></canvas>
      </div>
      <wres-chart-legend [items]="legend()" />
      @if (note(); as text) {
        <p class="nhsuk-u-font-size-16">{{ text }}</p>
      }
      @if (state() === 'failed') {
        <p class="nhsuk-body-s">The chart could not be drawn. The table has the same figures.</p>
      }
      <ng-content />
    </figure>
  `,
  styles: `
    .app-chart {
      margin: 0 0 24px;
    }
    .app-chart__caption {
      font-weight: bold;
      margin-bottom: 8px;
    }
    .app-chart__canvas {
      position: relative;
      width: 100%;
      margin-bottom: 16px;
    }
    @media print {
      .app-chart {
        break-inside: avoid;
      }
    }
  `,
})
export class DashboardChartComponent {
  readonly spec = input.required<ChartSpec>();
  /** The accessible name: what the chart shows, in a sentence or two. */
  readonly label = input.required<string>();
  readonly caption = input.required<string>();
  /** What the chart leaves out, and where to find it. */
  readonly note = input<string | null>(null);

  protected readonly state = signal<ChartState>('loading');
  protected readonly height = computed(() =>
    this.spec().kind === 'forest' ? forestHeight(this.spec().categories.length) : 360,
  );
  protected readonly legend = computed(() => legendItems(this.spec()));
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');

  private chart: DrawnChart | null = null;
  private drawing = 0;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.drawing++;
      this.chart?.destroy();
      this.chart = null;
    });
    afterRenderEffect(() => {
      const spec = this.spec();
      const canvas = this.canvas().nativeElement;
      untracked(() => void this.draw(canvas, spec));
    });
  }

  private async draw(canvas: HTMLCanvasElement, spec: ChartSpec): Promise<void> {
    // A newer spec, or the component going away, makes an earlier draw stale.
    const drawing = ++this.drawing;
    try {
      const { drawChart } = await import('./chart-renderer');
      if (drawing !== this.drawing) return;
      this.chart?.destroy();
      this.chart = drawChart(canvas, spec);
      this.state.set('drawn');
    } catch {
      if (drawing === this.drawing) this.state.set('failed');
    }
  }
}

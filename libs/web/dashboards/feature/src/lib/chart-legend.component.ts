import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { LegendItem } from './chart.model';

/**
 * A chart's key as a list: each entry's words beside a small drawing of its line (with its dash pattern) and
 * marker (with its shape), so no series is told apart by colour alone. The drawings are decoration: the
 * words carry the meaning.
 */
@Component({
  selector: 'wres-chart-legend',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="app-chart-legend">
      @for (item of items(); track item.label) {
        <li class="app-chart-legend__item">
          <svg width="44" height="20" viewBox="0 0 44 20" aria-hidden="true" focusable="false">
            @if (item.dash !== null) {
              <line
                x1="2"
                y1="10"
                x2="42"
                y2="10"
                [attr.stroke]="item.colour"
                [attr.stroke-width]="item.lineWidth"
                [attr.stroke-dasharray]="item.dash.length ? item.dash.join(' ') : null"
              />
            }
            @switch (item.marker) {
              @case ('circle') {
                <circle cx="22" cy="10" r="6" [attr.fill]="item.colour" />
              }
              @case ('triangle') {
                <polygon points="22,3 29,16 15,16" [attr.fill]="item.colour" />
              }
              @case ('rect') {
                <rect x="16" y="4" width="12" height="12" [attr.fill]="item.colour" />
              }
              @case ('rectRot') {
                <polygon points="22,2 30,10 22,18 14,10" [attr.fill]="item.colour" />
              }
              @case ('crossRot') {
                <path d="M16 4 L28 16 M28 4 L16 16" [attr.stroke]="item.colour" stroke-width="3" />
              }
              @case ('star') {
                <path
                  d="M22 3 V17 M15 10 H29 M17 5 L27 15 M27 5 L17 15"
                  [attr.stroke]="item.colour"
                  stroke-width="2"
                />
              }
            }
          </svg>
          <span>{{ item.label }}</span>
        </li>
      }
    </ul>
  `,
  styles: `
    .app-chart-legend {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 24px;
      margin: 0 0 16px;
      padding: 0;
      list-style: none;
    }
    .app-chart-legend__item {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0;
    }
    .app-chart-legend__item svg {
      flex: none;
    }
  `,
})
export class ChartLegendComponent {
  readonly items = input.required<readonly LegendItem[]>();
}

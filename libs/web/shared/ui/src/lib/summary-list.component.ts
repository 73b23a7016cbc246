import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/** One value in a summary list row: text, optionally a link within the app. */
export interface SummaryListValue {
  text: string;
  link?: string | null;
}

export interface SummaryListRow {
  key: string;
  /** Shown one per line; when empty, `emptyText` is shown instead. */
  values: readonly SummaryListValue[];
  emptyText?: string;
}

/** A row with a single plain-text value. */
export function textRow(key: string, text: string): SummaryListRow {
  return { key, values: [{ text }] };
}

@Component({
  selector: 'wres-summary-list',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="nhsuk-summary-list" [class.nhsuk-summary-list--no-border]="!border()">
      @for (row of rows(); track row.key) {
        <div class="nhsuk-summary-list__row">
          <dt class="nhsuk-summary-list__key">{{ row.key }}</dt>
          <dd class="nhsuk-summary-list__value">
            @if (row.values.length === 0) {
              {{ row.emptyText ?? 'None' }}
            } @else if (row.values.length === 1) {
              @let item = row.values[0];
              @if (item.link) {
                <a [routerLink]="item.link">{{ item.text }}</a>
              } @else {
                {{ item.text }}
              }
            } @else {
              <ul class="nhsuk-list">
                @for (item of row.values; track $index) {
                  <li>
                    @if (item.link) {
                      <a [routerLink]="item.link">{{ item.text }}</a>
                    } @else {
                      {{ item.text }}
                    }
                  </li>
                }
              </ul>
            }
          </dd>
        </div>
      }
    </dl>
  `,
})
export class SummaryListComponent {
  readonly rows = input.required<readonly SummaryListRow[]>();
  readonly border = input(true);
}

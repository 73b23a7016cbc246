import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { focusField, focusProgrammatically } from './focus';
import type { ErrorSummaryItem } from './form-problems';

/**
 * The NHS.UK error summary: shown at the top of the main content when a form has problems.
 * It takes focus whenever a new list of problems arrives so screen readers announce it, and each
 * link moves focus to its field.
 */
@Component({
  selector: 'wres-error-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="nhsuk-error-summary" #summary>
      <div role="alert">
        <h2 class="nhsuk-error-summary__heading">{{ heading() }}</h2>
        <div class="nhsuk-error-summary__body">
          @if (description()) {
            <p>{{ description() }}</p>
          }
          <ul class="nhsuk-list nhsuk-error-summary__list">
            @for (item of items(); track $index) {
              <li>
                @if (item.fieldId) {
                  <a [attr.href]="'#' + item.fieldId" (click)="goToField($event, item.fieldId)">{{
                    item.text
                  }}</a>
                } @else {
                  {{ item.text }}
                }
              </li>
            }
          </ul>
        </div>
      </div>
    </div>
  `,
})
export class ErrorSummaryComponent {
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly summary = viewChild.required<ElementRef<HTMLElement>>('summary');

  readonly items = input.required<readonly ErrorSummaryItem[]>();
  readonly heading = input('There is a problem');
  readonly description = input<string | null>(null);

  constructor() {
    effect(() => {
      // Each submit yields a new list, so focus follows every failed attempt, not only the first.
      this.items();
      afterNextRender(() => focusProgrammatically(this.summary().nativeElement), { injector: this.injector });
    });
  }

  protected goToField(event: MouseEvent, fieldId: string): void {
    if (focusField(this.document, fieldId)) event.preventDefault();
  }
}

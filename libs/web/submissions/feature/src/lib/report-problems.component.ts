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
import { RouterLink } from '@angular/router';
import { focusProgrammatically } from '@wres/web/shared/ui';

/** One problem with the report, linking to the section (and field) where it can be put right. */
export interface ReportProblemItem {
  readonly text: string;
  readonly link?: readonly string[];
  /** The field's id on the section's page, which that page focuses. */
  readonly fragment?: string;
}

/**
 * The NHS.UK error summary for problems that are put right on other pages: each links to its section
 * rather than to a field on this page. It takes focus whenever a new list arrives, as the shared one does.
 */
@Component({
  selector: 'wres-report-problems',
  imports: [RouterLink],
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
                @if (item.link) {
                  <a [routerLink]="item.link" [fragment]="item.fragment">{{ item.text }}</a>
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
export class ReportProblemsComponent {
  private readonly injector = inject(Injector);
  private readonly summary = viewChild.required<ElementRef<HTMLElement>>('summary');

  readonly items = input.required<readonly ReportProblemItem[]>();
  readonly heading = input('There is a problem');
  readonly description = input<string | null>(null);

  constructor() {
    effect(() => {
      this.items();
      afterNextRender(() => focusProgrammatically(this.summary().nativeElement), { injector: this.injector });
    });
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { ActionPlan } from '@wres/shared/contracts';
import { ActionPlansApi } from '@wres/web/action-plans/data-access';
import { LoadState, toLoadState } from '@wres/web/shared/ui';
import { switchMap } from 'rxjs';
import { count, planLink } from './action-plan.model';

/**
 * A provider's action plan for a year in brief, for a page about its report (the commissioner's review):
 * how many actions, how many overdue, and a link to the plan. Fetches the plan itself, so a page adds it
 * with one element: `<wres-action-plan-summary [providerId]="…" contractYear="2024/25" />`.
 */
@Component({
  selector: 'wres-action-plan-summary',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="action-plan-summary-heading">
      <h2 class="nhsuk-heading-m" id="action-plan-summary-heading">Action plan</h2>
      @let current = state();
      @switch (current.status) {
        @case ('loading') {
          <p>Loading the action plan…</p>
        }
        @case ('loaded') {
          @let summary = current.value.summary;
          @if (summary.total === 0) {
            <p>No actions are recorded in the portal for {{ contractYear() }}.</p>
          } @else {
            <p>
              {{ count(summary.total, 'action') }}, {{ summary.complete }} complete,
              @if (summary.overdue > 0) {
                <strong>{{ summary.overdue }} overdue</strong>
              } @else {
                none overdue
              }
            </p>
          }
          <p>
            <a [routerLink]="link()"
              >See the action plan<span class="nhsuk-u-visually-hidden">
                for {{ current.value.providerName }}, {{ contractYear() }}</span
              ></a
            >
          </p>
        }
        @default {
          <p>The action plan cannot be shown just now.</p>
        }
      }
    </section>
  `,
})
export class ActionPlanSummaryComponent {
  private readonly api = inject(ActionPlansApi);

  readonly providerId = input.required<string>();
  /** "2024/25". */
  readonly contractYear = input.required<string>();

  protected readonly count = count;
  protected readonly link = computed(() => planLink(this.providerId(), this.contractYear()));

  protected readonly state = toSignal(
    toObservable(computed(() => ({ providerId: this.providerId(), contractYear: this.contractYear() }))).pipe(
      switchMap(({ providerId, contractYear }) =>
        this.api.plan(providerId, contractYear).pipe(toLoadState<ActionPlan>()),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<ActionPlan> },
  );
}

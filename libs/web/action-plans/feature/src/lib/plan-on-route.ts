import { computed, inject, Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ActionPlan } from '@wres/shared/contracts';
import { ActionPlansApi } from '@wres/web/action-plans/data-access';
import { contractYearFromPath } from '@wres/web/contracts/data-access';
import { toLoadState } from '@wres/web/shared/ui';
import type { LoadState } from '@wres/web/shared/ui';
import { of, switchMap } from 'rxjs';
import { planLink } from './action-plan.model';

export interface PlanOnRoute {
  /** The provider and contract year ("2024/25") from the route; null when the year is not one. */
  request: Signal<{ providerId: string; contractYear: string } | null>;
  /** The plan as loaded; not found for a year that is not one. */
  state: Signal<LoadState<ActionPlan>>;
  /** Back to the plan, or to the list when the route names no plan. */
  backLink: Signal<string>;
}

/**
 * The action plan a page's route names (`:providerId/:year`), loaded again when the route changes. Call it
 * where `inject` works: a component's field initialisers.
 */
export function planOnRoute(providerId: Signal<string>, year: Signal<string>): PlanOnRoute {
  const api = inject(ActionPlansApi);
  const request = computed(() => {
    const contractYear = contractYearFromPath(year());
    return contractYear ? { providerId: providerId(), contractYear } : null;
  });
  const state = toSignal(
    toObservable(request).pipe(
      switchMap((current) =>
        current
          ? api.plan(current.providerId, current.contractYear).pipe(toLoadState<ActionPlan>())
          : of<LoadState<ActionPlan>>({ status: 'not-found' }),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<ActionPlan> },
  );
  const backLink = computed(() => {
    const current = request();
    return current ? planLink(current.providerId, current.contractYear).join('/') : '/action-plans';
  });
  return { request, state, backLink };
}

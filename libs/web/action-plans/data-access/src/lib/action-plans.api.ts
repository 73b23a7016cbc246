import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ActionPlan,
  ActionProgressCreate,
  PlanAction,
  PlanActionCreate,
  PlanActionEdit,
  PlanActionList,
  PlanActionsQuery,
} from '@wres/shared/contracts';
import { contractYearToPath } from '@wres/web/contracts/data-access';
import type { Observable } from 'rxjs';

const BASE = '/api/v1/action-plans';

/** `/api/v1/action-plans/:providerId/2024-25`: a slash cannot sit in a path segment. */
function planPath(providerId: string, contractYear: string): string {
  return `${BASE}/${encodeURIComponent(providerId)}/${contractYearToPath(contractYear)}`;
}

function actionPath(providerId: string, contractYear: string, actionId: string): string {
  return `${planPath(providerId, contractYear)}/actions/${encodeURIComponent(actionId)}`;
}

/**
 * Providers' WRES action plans: a plan for a provider and contract year, its actions and their progress
 * updates (the provider's own submitters add and update them), and the actions across every provider the
 * caller may see, most overdue first. Contract years are written "2024/25". A 400 lists every problem by
 * the request's property path (`task`, `ownerEmail`, `dueDate` …).
 */
@Injectable({ providedIn: 'root' })
export class ActionPlansApi {
  private readonly http = inject(HttpClient);

  /** 404 when the caller may not see the provider's report for the year. */
  plan(providerId: string, contractYear: string): Observable<ActionPlan> {
    return this.http.get<ActionPlan>(planPath(providerId, contractYear));
  }

  /** 409 when the provider has no WRES report to make that year. */
  addAction(providerId: string, contractYear: string, action: PlanActionCreate): Observable<PlanAction> {
    return this.http.post<PlanAction>(`${planPath(providerId, contractYear)}/actions`, action);
  }

  /** The action's wording and owner; its status and due date change only through a progress update. */
  editAction(
    providerId: string,
    contractYear: string,
    actionId: string,
    action: PlanActionEdit,
  ): Observable<PlanAction> {
    return this.http.put<PlanAction>(actionPath(providerId, contractYear, actionId), action);
  }

  addProgressUpdate(
    providerId: string,
    contractYear: string,
    actionId: string,
    update: ActionProgressCreate,
  ): Observable<PlanAction> {
    return this.http.post<PlanAction>(`${actionPath(providerId, contractYear, actionId)}/updates`, update);
  }

  /** Actions across the providers the caller may see; every filter is optional. */
  actions(query: PlanActionsQuery = {}): Observable<PlanActionList> {
    let params = new HttpParams();
    if (query.contractYear) params = params.set('contractYear', contractYearToPath(query.contractYear));
    if (query.providerId) params = params.set('providerId', query.providerId);
    if (query.overdue !== undefined) params = params.set('overdue', String(query.overdue));
    return this.http.get<PlanActionList>(BASE, { params });
  }
}

import type { PlanAction, PlanActionsQuery } from '@wres/shared/contracts';
import {
  ActionTag,
  actionTag,
  count,
  daysOverdueText,
  formatDate,
  indicatorText,
  planLink,
} from './action-plan.model';

/**
 * The actions across the providers a commissioner or CSU analyst sees: the filter in the address
 * (`?year=2024-25&overdue=false`) and the table's rows. No Angular here.
 */

export interface ActionsFilter {
  /** "2024/25", or null for every year. */
  contractYear: string | null;
  /** Only actions past their due date and not complete; on unless the address says `overdue=false`. */
  onlyOverdue: boolean;
}

export function onlyOverdueFrom(param: string | null | undefined): boolean {
  return param !== 'false';
}

export function queryOf(filter: ActionsFilter): PlanActionsQuery {
  return {
    ...(filter.contractYear ? { contractYear: filter.contractYear } : {}),
    ...(filter.onlyOverdue ? { overdue: true } : {}),
  };
}

/** The query string for a filter: only what differs from the defaults (every year, only overdue). */
export function queryParamsOf(filter: ActionsFilter): Record<string, string> {
  return {
    ...(filter.contractYear ? { year: filter.contractYear.replace('/', '-') } : {}),
    ...(filter.onlyOverdue ? {} : { overdue: 'false' }),
  };
}

export interface ActionRow {
  readonly id: string;
  readonly provider: string;
  readonly contractYear: string;
  readonly planLink: string[];
  readonly task: string;
  readonly indicator: string;
  readonly owner: string;
  readonly ownerEmail: string;
  readonly due: string;
  /** "12 days overdue", or "Not overdue". */
  readonly overdue: string;
  readonly tag: ActionTag;
}

/** Most overdue first, then soonest due, then by provider: the order the api gives, kept if it is not. */
export function sortActions(actions: readonly PlanAction[]): PlanAction[] {
  return [...actions].sort(
    (a, b) =>
      b.daysOverdue - a.daysOverdue ||
      a.dueDate.localeCompare(b.dueDate) ||
      a.providerName.localeCompare(b.providerName, 'en-GB') ||
      a.task.localeCompare(b.task, 'en-GB'),
  );
}

export function actionRows(actions: readonly PlanAction[]): ActionRow[] {
  return sortActions(actions).map((action) => ({
    id: action.id,
    provider: action.providerName,
    contractYear: action.contractYear,
    planLink: planLink(action.providerId, action.contractYear),
    task: action.task,
    indicator: indicatorText(action.indicator),
    owner: action.ownerName,
    ownerEmail: action.ownerEmail,
    due: formatDate(action.dueDate),
    overdue: action.overdue ? daysOverdueText(action.daysOverdue) : 'Not overdue',
    tag: actionTag(action),
  }));
}

/** What the table lists, for its caption and the line above it. */
export function listedText(rows: number, providers: number, filter: ActionsFilter): string {
  const what = filter.onlyOverdue ? count(rows, 'overdue action') : count(rows, 'action');
  const year = filter.contractYear ? ` in ${filter.contractYear} action plans` : '';
  return `${what}${year} across ${count(providers, 'provider')}`;
}

export function providerCount(actions: readonly PlanAction[]): number {
  return new Set(actions.map((action) => action.providerId)).size;
}

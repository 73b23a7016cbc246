import { formatLondonDateTime, formatLongDate, isIsoDate } from '@wres/domain/calendar';
import {
  ACTION_INDICATORS,
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  INDICATOR_SHORT_TITLES,
} from '@wres/shared/contracts';
import type {
  ActionIndicator,
  ActionPlanSummary,
  ActionProgressUpdate,
  ActionStatus,
  PlanAction,
} from '@wres/shared/contracts';

/**
 * Action plans in words, for the pages to show: tags, indicator names, due dates and how overdue, progress
 * updates and the plan's figures. No Angular here, so it can be tested on its own. The words carry the
 * meaning; a tag's colour only reinforces it.
 */

export type ActionTagColour = 'grey' | 'blue' | 'green' | 'red';

export interface ActionTag {
  readonly text: string;
  readonly colour: ActionTagColour;
}

/** What the indicator select offers for an action about the plan as a whole. */
export const WHOLE_PLAN = 'Whole plan';

/** "1 action", "3 actions": a count with its noun. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** "2025-03-31" → "31 March 2025"; anything that is not a date is shown as it came. */
export function formatDate(isoDate: string): string {
  return isIsoDate(isoDate) ? formatLongDate(isoDate) : isoDate;
}

/** "2026-11-23T10:15:00Z" → "23 November 2026 at 10:15am", in London time. */
export const formatDateTime = formatLondonDateTime;

/** "Indicator 2: appointment from shortlisting", or "Whole plan" for an action about the plan as a whole. */
export function indicatorText(indicator: ActionIndicator | null): string {
  return indicator ? (INDICATOR_SHORT_TITLES[indicator] ?? indicator) : WHOLE_PLAN;
}

/** The indicator select's options: the plan as a whole first (the empty value), then indicators 1 to 9. */
export function indicatorOptions(): Array<{ value: string; text: string }> {
  return [
    { value: '', text: WHOLE_PLAN },
    ...ACTION_INDICATORS.map((indicator) => ({ value: indicator, text: INDICATOR_SHORT_TITLES[indicator] })),
  ];
}

/** "1 day overdue", "12 days overdue". */
export function daysOverdueText(days: number): string {
  return `${count(days, 'day')} overdue`;
}

/** An action's tag: red "Overdue" while it is past its due date and not complete, else its status. */
export function actionTag(action: Pick<PlanAction, 'status' | 'overdue'>): ActionTag {
  if (action.status === 'complete') return { text: ACTION_STATUS_LABELS.complete, colour: 'green' };
  if (action.overdue) return { text: 'Overdue', colour: 'red' };
  if (action.status === 'in-progress') return { text: ACTION_STATUS_LABELS['in-progress'], colour: 'blue' };
  return { text: ACTION_STATUS_LABELS[action.status] ?? action.status, colour: 'grey' };
}

/** The due date, and how overdue when it is: "31 March 2025 (12 days overdue)". */
export function dueText(action: Pick<PlanAction, 'dueDate' | 'overdue' | 'daysOverdue'>): string {
  const date = formatDate(action.dueDate);
  return action.overdue ? `${date} (${daysOverdueText(action.daysOverdue)})` : date;
}

/** The status, in words, and whether it is overdue: "In progress, 12 days overdue". */
export function statusText(action: Pick<PlanAction, 'status' | 'overdue' | 'daysOverdue'>): string {
  const status = ACTION_STATUS_LABELS[action.status] ?? action.status;
  return action.overdue ? `${status}, ${daysOverdueText(action.daysOverdue)}` : status;
}

/** "3 actions: 1 complete, 1 overdue". */
export function summaryText(summary: ActionPlanSummary): string {
  if (summary.total === 0) return 'No actions yet';
  return `${count(summary.total, 'action')}: ${summary.complete.toLocaleString('en-GB')} complete, ${summary.overdue.toLocaleString('en-GB')} overdue`;
}

/** One progress update as the plan shows it. */
export interface UpdateView {
  readonly id: string;
  /** "23 November 2026 at 10:15am by Jo Bloggs". */
  readonly heading: string;
  readonly text: string;
  /** What it changed: "Status changed to Complete", "Due date revised to 31 March 2022". */
  readonly changes: readonly string[];
}

export function updateChanges(update: Pick<ActionProgressUpdate, 'status' | 'dueDate'>): string[] {
  const changes: string[] = [];
  if (update.status)
    changes.push(`Status changed to ${ACTION_STATUS_LABELS[update.status] ?? update.status}`);
  if (update.dueDate) changes.push(`Due date revised to ${formatDate(update.dueDate)}`);
  return changes;
}

/** The updates oldest first, as a dated record of progress reads. */
export function updateViews(updates: readonly ActionProgressUpdate[]): UpdateView[] {
  return [...updates]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((update) => ({
      id: update.id,
      heading: `${formatDateTime(update.at)} by ${update.by}`,
      text: update.text,
      changes: updateChanges(update),
    }));
}

/** One action as the plan shows it, numbered in the plan's order. */
export interface ActionView {
  readonly id: string;
  /** "Action 1". */
  readonly title: string;
  readonly task: string;
  readonly outcome: string | null;
  readonly indicator: string;
  readonly owner: string;
  readonly ownerEmail: string;
  readonly due: string;
  readonly tag: ActionTag;
  /** Said beside the tag, so the status is there in words even when the tag says "Overdue". */
  readonly status: string;
  readonly updates: readonly UpdateView[];
}

export function actionViews(actions: readonly PlanAction[]): ActionView[] {
  return actions.map((action, index) => ({
    id: action.id,
    title: `Action ${index + 1}`,
    task: action.task,
    outcome: action.outcome,
    indicator: indicatorText(action.indicator),
    owner: action.ownerName,
    ownerEmail: action.ownerEmail,
    due: dueText(action),
    tag: actionTag(action),
    status: statusText(action),
    updates: updateViews(action.updates),
  }));
}

/** "2024/25" → "2024-25", as contract years go in paths. */
export function yearPath(contractYear: string): string {
  return contractYear.replace('/', '-');
}

/** `/action-plans/:providerId/2024-25`. */
export function planLink(providerId: string, contractYear: string): string[] {
  return ['/action-plans', providerId, yearPath(contractYear)];
}

/** The statuses a progress update may move an action to, for its radios. */
export function statusOptions(current: ActionStatus): Array<{ value: string; text: string; hint?: string }> {
  return ACTION_STATUSES.map((status) => ({
    value: status,
    text: ACTION_STATUS_LABELS[status],
    ...(status === current ? { hint: 'Its status now' } : {}),
  }));
}

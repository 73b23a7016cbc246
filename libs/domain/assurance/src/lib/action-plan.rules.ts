import { compareDates, daysBetween, isIsoDate } from '@wres/domain/calendar';
import type { IsoDate } from '@wres/domain/calendar';
import { ACTION_INDICATORS, ACTION_STATUSES } from '@wres/shared/contracts';
import type { ActionPlanSummary, ActionStatus } from '@wres/shared/contracts';

export interface ActionPlanProblem {
  path: string;
  message: string;
}

export const ACTION_TEXT_LIMITS = {
  task: 2_000,
  outcome: 2_000,
  ownerName: 200,
  ownerEmail: 320,
  update: 5_000,
} as const;

// Deliberately plain: one @, something either side, a dot in the domain, no spaces. Whether it reaches
// anyone is for the mail server to say; this catches the typing slips a form should.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every problem with an action's wording and owner (and, when adding, its due date), by path: the one rule
 * the api applies and the browser shows before sending. `dueDate` is checked when `withDueDate`; after that
 * it changes only through a progress update.
 */
export function planActionProblems(
  value: unknown,
  { withDueDate }: { withDueDate: boolean },
): ActionPlanProblem[] {
  if (!isObject(value)) return [{ path: 'action', message: 'The action must be an object' }];
  const problems: ActionPlanProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  requiredText(value['task'], 'task', 'Enter what will be done', ACTION_TEXT_LIMITS.task, add);
  optionalText(value['outcome'], 'outcome', ACTION_TEXT_LIMITS.outcome, add);
  const indicator = value['indicator'];
  if (indicator !== undefined && indicator !== null && !ACTION_INDICATORS.includes(indicator as never))
    add('indicator', 'indicator must be one of i1 to i9, or left out for the plan as a whole');
  requiredText(
    value['ownerName'],
    'ownerName',
    'Enter the owner’s name or role',
    ACTION_TEXT_LIMITS.ownerName,
    add,
  );
  const email = value['ownerEmail'];
  if (typeof email !== 'string' || email.trim() === '') add('ownerEmail', 'Enter the owner’s email address');
  else if (email.trim().length > ACTION_TEXT_LIMITS.ownerEmail)
    add(
      'ownerEmail',
      `The owner’s email address must be at most ${ACTION_TEXT_LIMITS.ownerEmail} characters`,
    );
  else if (!EMAIL.test(email.trim()))
    add('ownerEmail', 'Enter the owner’s email address in the right format, like name@example.nhs.uk');
  if (withDueDate) dueDateProblem(value['dueDate'], 'dueDate', true, add);

  const known = new Set([
    'task',
    'outcome',
    'indicator',
    'ownerName',
    'ownerEmail',
    ...(withDueDate ? ['dueDate'] : []),
  ]);
  for (const key of Object.keys(value))
    if (!known.has(key))
      add(
        key,
        key === 'dueDate' || key === 'status'
          ? `${key} changes through a progress update`
          : `${key} is not part of an action`,
      );
  return problems;
}

/** Every problem with a progress update, by path: a note is required; a new status and due date are optional. */
export function progressUpdateProblems(value: unknown): ActionPlanProblem[] {
  if (!isObject(value)) return [{ path: 'update', message: 'The progress update must be an object' }];
  const problems: ActionPlanProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  requiredText(value['text'], 'text', 'Enter the progress made', ACTION_TEXT_LIMITS.update, add);
  const status = value['status'];
  if (status !== undefined && status !== null && !ACTION_STATUSES.includes(status as never))
    add('status', `status must be one of ${ACTION_STATUSES.join(', ')}`);
  if (value['dueDate'] !== undefined && value['dueDate'] !== null && value['dueDate'] !== '')
    dueDateProblem(value['dueDate'], 'dueDate', false, add);
  for (const key of Object.keys(value))
    if (!['text', 'status', 'dueDate'].includes(key)) add(key, `${key} is not part of a progress update`);
  return problems;
}

function requiredText(
  value: unknown,
  path: string,
  missing: string,
  limit: number,
  add: (path: string, message: string) => void,
): void {
  if (typeof value !== 'string' || value.trim() === '') add(path, missing);
  else if (value.trim().length > limit) add(path, `${path} must be at most ${limit} characters`);
}

function optionalText(
  value: unknown,
  path: string,
  limit: number,
  add: (path: string, message: string) => void,
) {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') add(path, `${path} must be text`);
  else if (value.trim().length > limit) add(path, `${path} must be at most ${limit} characters`);
}

function dueDateProblem(
  value: unknown,
  path: string,
  required: boolean,
  add: (path: string, message: string) => void,
): void {
  if (value === undefined || value === null || value === '') {
    if (required) add(path, 'Enter the date the action is due');
  } else if (!isIsoDate(value)) add(path, 'The due date must be a real date, written YYYY-MM-DD');
}

/** An action is overdue once its due date has passed (Europe/London) and it is not complete. */
export function isActionOverdue(action: { status: ActionStatus; dueDate: IsoDate }, today: IsoDate): boolean {
  return action.status !== 'complete' && compareDates(action.dueDate, today) < 0;
}

/** Days past the due date for an overdue action; 0 for any other. */
export function actionDaysOverdue(
  action: { status: ActionStatus; dueDate: IsoDate },
  today: IsoDate,
): number {
  return isActionOverdue(action, today) ? daysBetween(action.dueDate, today) : 0;
}

/**
 * Where a progress update leaves an action: a status or due date it gives replaces the current one; one that
 * repeats the current value changes nothing, and is recorded as no change.
 */
export function applyProgressUpdate(
  current: { status: ActionStatus; dueDate: IsoDate },
  update: { status?: ActionStatus | null; dueDate?: IsoDate | null },
): {
  status: ActionStatus;
  dueDate: IsoDate;
  statusChanged: ActionStatus | null;
  dueDateChanged: IsoDate | null;
} {
  const statusChanged = update.status && update.status !== current.status ? update.status : null;
  const dueDateChanged = update.dueDate && update.dueDate !== current.dueDate ? update.dueDate : null;
  return {
    status: statusChanged ?? current.status,
    dueDate: dueDateChanged ?? current.dueDate,
    statusChanged,
    dueDateChanged,
  };
}

export function summariseActionPlan(
  actions: ReadonlyArray<{ status: ActionStatus; dueDate: IsoDate }>,
  today: IsoDate,
): ActionPlanSummary {
  return {
    total: actions.length,
    complete: actions.filter((action) => action.status === 'complete').length,
    overdue: actions.filter((action) => isActionOverdue(action, today)).length,
  };
}

/** What the reviewer reads beside "Actions have owners and dates": the plan as the portal holds it. */
export function actionPlanGuidance(summary: ActionPlanSummary): string[] {
  if (summary.total === 0)
    return [
      'No actions are recorded in the portal for this year: look for them in the published action plan.',
    ];
  const actions = `${summary.total} ${summary.total === 1 ? 'action' : 'actions'}`;
  return [
    `The action plan in the portal has ${actions}, each with an owner and a due date: ${summary.complete} complete, ${summary.overdue} overdue.`,
  ];
}

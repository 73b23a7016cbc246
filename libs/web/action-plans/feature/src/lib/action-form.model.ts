import { planActionProblems, progressUpdateProblems } from '@wres/domain/assurance';
import { ACTION_STATUS_LABELS } from '@wres/shared/contracts';
import type {
  ActionIndicator,
  ActionProgressCreate,
  ActionStatus,
  FieldProblem,
  PlanAction,
  PlanActionCreate,
  PlanActionEdit,
} from '@wres/shared/contracts';
import { dateFromParts, datePartsProblem, partsOfDate } from '@wres/domain/calendar';
import type { FieldErrors } from '@wres/web/shared/ui';
import { formatDate } from './action-plan.model';

/**
 * The action and progress-update forms: what was typed, the problems with it (the same rules the api applies,
 * from the domain, plus the three-part date), the request to send, and the api's own problems on the fields.
 * Field ids are the request's property paths, so a 400's problems land on their fields. No Angular here.
 */

export const ACTION_FIELDS = ['task', 'outcome', 'indicator', 'ownerName', 'ownerEmail', 'dueDate'] as const;
export const PROGRESS_FIELDS = ['text', 'status', 'dueDate'] as const;

/** How messages that start with a property path name the field instead. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  task: 'The action',
  outcome: 'The outcome',
  indicator: 'The indicator',
  ownerName: 'The owner’s name',
  ownerEmail: 'The owner’s email address',
  dueDate: 'The due date',
  text: 'The progress update',
  status: 'The status',
};

/** "task must be at most 2000 characters" → "The action must be at most 2000 characters". */
export function inWords(path: string, message: string): string {
  const name = FIELD_NAMES[path];
  return name && message.startsWith(`${path} `) ? `${name}${message.slice(path.length)}` : message;
}

/** The problems on the fields of the page (in words), and any others for the summary alone. */
export function problemsToErrors(
  problems: ReadonlyArray<{ path: string; message: string }>,
  fieldIds: readonly string[],
): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const { path, message } of problems) {
    const text = inWords(path, message);
    if (!fieldIds.includes(path)) other.push(text);
    else fields[path] = fields[path] ? `${fields[path]}. ${text}` : text;
  }
  return { fields, other };
}

/** A 400's problems, each with its messages joined, on the page's fields. */
export function apiProblemsToErrors(
  problems: readonly FieldProblem[],
  fieldIds: readonly string[],
): { fields: FieldErrors; other: string[] } {
  return problemsToErrors(
    problems
      .map((problem) => ({ path: problem.path, message: problem.messages.join('. ') }))
      .filter((problem) => problem.message !== ''),
    fieldIds,
  );
}

/** What was typed in the action form; the due date is in three parts and only asked for a new action. */
export interface ActionFormInput {
  task: string;
  outcome: string;
  /** "" for the plan as a whole. */
  indicator: string;
  ownerName: string;
  ownerEmail: string;
  day: string;
  month: string;
  year: string;
}

export const EMPTY_ACTION_FORM: ActionFormInput = {
  task: '',
  outcome: '',
  indicator: '',
  ownerName: '',
  ownerEmail: '',
  day: '',
  month: '',
  year: '',
};

/** The action's wording and owner to send, trimmed; an empty outcome or "Whole plan" is left out. */
export function toActionEdit(input: ActionFormInput): PlanActionEdit {
  const outcome = input.outcome.trim();
  const indicator = input.indicator.trim();
  return {
    task: input.task.trim(),
    ...(outcome ? { outcome } : {}),
    // Anything but i1 to i9 is sent as it is, for the rules to refuse.
    ...(indicator ? { indicator: indicator as ActionIndicator } : {}),
    ownerName: input.ownerName.trim(),
    ownerEmail: input.ownerEmail.trim(),
  };
}

export function toActionCreate(input: ActionFormInput): PlanActionCreate {
  return {
    ...toActionEdit(input),
    dueDate: dateFromParts(input.day, input.month, input.year) ?? '',
  };
}

/**
 * Every problem with the action form, by field: the domain's rules (as the api applies them) on what would be
 * sent, and, when adding, the due date as typed in three parts.
 */
export function validateAction(
  input: ActionFormInput,
  { withDueDate }: { withDueDate: boolean },
): FieldErrors {
  const request = withDueDate ? toActionCreate(input) : toActionEdit(input);
  const dateProblem = withDueDate
    ? datePartsProblem(input, {
        name: 'due date',
        required: true,
        missing: 'Enter the date the action is due',
      })
    : null;
  const problems = planActionProblems(request, { withDueDate }).filter(
    // The three-part date says what is wrong with it in the form's own words.
    (problem) => !(withDueDate && problem.path === 'dueDate' && dateProblem),
  );
  const { fields } = problemsToErrors(problems, ACTION_FIELDS);
  if (dateProblem) fields['dueDate'] = dateProblem;
  return fields;
}

/** The edit form, filled in from the action as it stands. */
export function actionFormOf(action: PlanAction): ActionFormInput {
  return {
    task: action.task,
    outcome: action.outcome ?? '',
    indicator: action.indicator ?? '',
    ownerName: action.ownerName,
    ownerEmail: action.ownerEmail,
    ...partsOfDate(action.dueDate),
  };
}

/** What was typed in the progress-update form. `status` starts at the action's own. */
export interface ProgressFormInput {
  text: string;
  status: string;
  day: string;
  month: string;
  year: string;
}

/**
 * The update to send: the note, trimmed; the status only when it moves the action, and a revised due date
 * only when one was given and it differs from the current one.
 */
export function toProgressCreate(
  input: ProgressFormInput,
  current: Pick<PlanAction, 'status' | 'dueDate'>,
): ActionProgressCreate {
  const status = input.status.trim();
  const dueDate = dateFromParts(input.day, input.month, input.year);
  return {
    text: input.text.trim(),
    ...(status && status !== current.status ? { status: status as ActionStatus } : {}),
    ...(dueDate && dueDate !== current.dueDate ? { dueDate } : {}),
  };
}

export function validateProgress(
  input: ProgressFormInput,
  current: Pick<PlanAction, 'status' | 'dueDate'>,
): FieldErrors {
  const dateProblem = datePartsProblem(input, {
    name: 'revised due date',
    required: false,
    missing: '',
  });
  const problems = progressUpdateProblems(toProgressCreate(input, current)).map((problem) =>
    problem.path === 'text' && problem.message === 'Enter the progress made'
      ? { ...problem, message: 'Enter the progress made on this action' }
      : problem,
  );
  const { fields } = problemsToErrors(problems, PROGRESS_FIELDS);
  if (dateProblem) fields['dueDate'] = dateProblem;
  return fields;
}

/** The success banner after adding an action, on the plan. */
export function addedNotice(action: PlanAction): { heading: string; lines: string[] } {
  return {
    heading: 'Action added',
    lines: [
      `${action.ownerName} owns it, due ${formatDate(action.dueDate)}. Reminders go to ${action.ownerEmail} as the due date nears and passes.`,
    ],
  };
}

export function editedNotice(action: PlanAction): { heading: string; lines: string[] } {
  return {
    heading: 'Action updated',
    lines: [`${action.ownerName} owns it; reminders go to ${action.ownerEmail}.`],
  };
}

/** The success banner after a progress update: what it changed, in words. */
export function progressNotice(
  before: Pick<PlanAction, 'status' | 'dueDate'>,
  after: PlanAction,
): { heading: string; lines: string[] } {
  const lines: string[] = [];
  if (after.status !== before.status)
    lines.push(`The action is now ${ACTION_STATUS_LABELS[after.status].toLowerCase()}.`);
  if (after.dueDate !== before.dueDate) lines.push(`It is now due by ${formatDate(after.dueDate)}.`);
  if (lines.length === 0) lines.push('The update is on the action, dated today.');
  return { heading: 'Progress update added', lines };
}

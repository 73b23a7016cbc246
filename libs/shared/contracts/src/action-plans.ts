/**
 * A provider's WRES action plan for a contract year: the actions it will take on what its report shows, each
 * with an owner, a due date and dated progress updates (seed 001: "Update September 2021 … Propose to amend
 * the timescale for completion to March 2022"). The commissioner sees which actions are overdue, and the
 * worker reminds each action's owner as its due date nears and passes.
 */
export const ACTION_STATUSES = ['not-started', 'in-progress', 'complete'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: { readonly [S in ActionStatus]: string } = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
};

/** The WRES indicators an action may address. */
export const ACTION_INDICATORS = ['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8', 'i9'] as const;
export type ActionIndicator = (typeof ACTION_INDICATORS)[number];

/** Short names of the nine indicators, for choosing what a comment or an action is about. */
export const INDICATOR_SHORT_TITLES: { readonly [I in ActionIndicator]: string } = {
  i1: 'Indicator 1: BME staff in each pay band',
  i2: 'Indicator 2: appointment from shortlisting',
  i3: 'Indicator 3: formal disciplinary process',
  i4: 'Indicator 4: non-mandatory training and CPD',
  i5: 'Indicator 5: harassment from patients and the public',
  i6: 'Indicator 6: harassment from staff',
  i7: 'Indicator 7: equal opportunities for progression',
  i8: 'Indicator 8: discrimination from colleagues',
  i9: 'Indicator 9: board representation',
};

/** One dated progress note on an action, with the status and due date it moved the action to, if any. */
export interface ActionProgressUpdate {
  id: string;
  /** When it was recorded (ISO date-time). */
  at: string;
  by: string;
  text: string;
  /** The status the update moved the action to; null when it left the status as it was. */
  status: ActionStatus | null;
  /** A revised due date (ISO date), e.g. when the timescale is amended; null when unchanged. */
  dueDate: string | null;
}

export interface PlanAction {
  id: string;
  providerId: string;
  providerName: string;
  contractYear: string;
  /** What will be done, in the provider's words. */
  task: string;
  /** The outcome it aims for, if given. */
  outcome: string | null;
  /** The indicator the action addresses, or null for the plan as a whole. */
  indicator: ActionIndicator | null;
  ownerName: string;
  /** Where the owner's reminders go. */
  ownerEmail: string;
  /** The current due date (ISO date): the latest revision, or the first. */
  dueDate: string;
  status: ActionStatus;
  /** Not complete and past its due date (Europe/London). */
  overdue: boolean;
  /** Days past the due date when overdue, else 0. */
  daysOverdue: number;
  createdAt: string;
  /** Oldest first. */
  updates: ActionProgressUpdate[];
}

export interface ActionPlanSummary {
  total: number;
  complete: number;
  overdue: number;
}

export interface ActionPlan {
  providerId: string;
  providerName: string;
  contractYear: string;
  /** Due date first, then task. */
  actions: PlanAction[];
  summary: ActionPlanSummary;
  /** The caller may add and update actions: a submitter of the provider itself. */
  canEdit: boolean;
}

/** `POST /api/v1/action-plans/:providerId/:contractYear/actions`. */
export interface PlanActionCreate {
  task: string;
  outcome?: string;
  indicator?: ActionIndicator;
  ownerName: string;
  ownerEmail: string;
  /** ISO date. */
  dueDate: string;
}

/**
 * `PUT …/actions/:actionId`: the action's wording and owner. Its status and due date change only through a
 * progress update, so every change of either is dated and explained.
 */
export interface PlanActionEdit {
  task: string;
  outcome?: string;
  indicator?: ActionIndicator;
  ownerName: string;
  ownerEmail: string;
}

/** `POST …/actions/:actionId/updates`. */
export interface ActionProgressCreate {
  text: string;
  status?: ActionStatus;
  /** A revised due date (ISO date). */
  dueDate?: string;
}

/** `GET /api/v1/action-plans`: actions across the providers the caller may see; every filter is optional. */
export interface PlanActionsQuery {
  contractYear?: string;
  providerId?: string;
  /** Only actions past their due date and not complete. */
  overdue?: boolean;
}

export interface PlanActionList {
  /** Most overdue first, then by due date. */
  actions: PlanAction[];
}

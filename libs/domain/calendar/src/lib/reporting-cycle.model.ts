import type { ContractYear } from '@wres/domain/scope';
import type { IsoDate } from './calendar-date';

/** The dated steps of a year's reporting, in the order they fall. */
export const MILESTONE_KINDS = [
  'baseline-data',
  'commissioner-letter-publication',
  'publication',
  'interim-report',
  'commissioner-reminder-annual-report',
  'annual-report',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** A deadline is a milestone made particular to one obligation, so they share the kinds. */
export type DeadlineKind = MilestoneKind;

/** Who must act by the milestone. */
export type Actor = 'provider' | 'commissioner';

/**
 * How the date binds. The guidance says both "by 1 July" (that day is still in time) and "before 1 July"
 * (the day before is the last): the difference moves a deadline by a day.
 */
export const MILESTONE_TIMINGS = ['as-at', 'by', 'before'] as const;
export type MilestoneTiming = (typeof MILESTONE_TIMINGS)[number];

export interface Milestone {
  kind: MilestoneKind;
  date: IsoDate;
  timing: MilestoneTiming;
}

/**
 * One year's reporting calendar. Every date is a setting: later years' dates moved (1 August publication in
 * some), so admins edit cycles rather than code.
 */
export interface ReportingCycle {
  contractYear: ContractYear;
  /** The clauses whose obligations these milestones date, e.g. SC13.5.2 (the WRES annual report). */
  clauses: string[];
  /** One of each kind. The interim-report milestone is when the minimum interim reports are due by default. */
  milestones: Milestone[];
  /** Interim reports the commissioner must ask each provider for during the year. */
  minimumInterimReports: number;
}

/** An interim report a commissioner asked a provider for, with its own due date. */
export interface InterimReportRequest {
  /** The caller's id for the request, unique per obligation. */
  id: string;
  dueDate: IsoDate;
  /** What the commissioner asked about, e.g. "steps on indicator 2". */
  note?: string;
}

/** A dated thing someone must do for one obligation. */
export interface Deadline {
  /** Stable per obligation, kind and request: what reminders and their outbox rows are keyed on. */
  key: string;
  clause: string;
  contractYear: ContractYear;
  kind: DeadlineKind;
  actor: Actor;
  /** The last day that is still in time (the day before, for "before" milestones). */
  dueDate: IsoDate;
  timing: MilestoneTiming;
  /** Plain English, with the date as the guidance writes it. */
  description: string;
  /** Set when the deadline comes from a commissioner's interim-report request. */
  interimReportRequestId?: string;
}

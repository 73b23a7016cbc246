import type { ReportStatus } from './submissions';

/** Where an interim-report request stands: waiting for the provider, or answered. Overdue is derived. */
export type InterimRequestStatus = 'requested' | 'answered';

/**
 * A commissioner asks one provider, or a chosen set, for an interim report in one action. Each provider gets
 * its own request with the same due date and message.
 */
export interface InterimRequestCreate {
  /** Contract year, written "2015/16". */
  contractYear: string;
  providerIds: string[];
  /** ISO date (YYYY-MM-DD), Europe/London; today or later. */
  dueDate: string;
  /** What the commissioner wants to know, in their words. */
  message: string;
}

/** A provider's short interim report: progress on its actions, and optionally updated figures. */
export interface InterimRequestAnswer {
  progress: string;
  /** Anything updated since the last report, e.g. "BME appointed from shortlisting 12 of 140". */
  updatedFigures?: string;
}

export interface InterimRequest {
  id: string;
  provider: { id: string; name: string };
  commissioner: { id: string; name: string };
  contractYear: string;
  requestedBy: string;
  requestedAt: string;
  dueDate: string;
  message: string;
  status: InterimRequestStatus;
  /** Past its due date and not answered. */
  overdue: boolean;
  answeredAt: string | null;
  answer: InterimRequestAnswer | null;
}

export interface InterimRequestsCreated {
  requests: InterimRequest[];
  /** Emails written to the outbox, one per active provider user. */
  emailsQueued: number;
}

/**
 * The letters a co-ordinating commissioner sends every in-scope provider (domain.md §3): before 1 July,
 * asking them to confirm they will publish their baseline data and send the link; before 1 May, reminding
 * them of the annual report.
 */
export const COMMISSIONER_LETTERS = ['publication-confirmation', 'annual-report-reminder'] as const;
export type CommissionerLetter = (typeof COMMISSIONER_LETTERS)[number];

export const COMMISSIONER_LETTER_LABELS: { readonly [L in CommissionerLetter]: string } = {
  'publication-confirmation': 'Before 1 July: confirm you will publish your baseline data',
  'annual-report-reminder': 'Before 1 May: your annual WRES report',
};

export interface CommissionerLetterRequest {
  contractYear: string;
  letter: CommissionerLetter;
}

export interface CommissionerLetterRecipient {
  provider: { id: string; name: string };
  email: string;
  displayName: string;
  /** This letter has already been sent to this person for this year; sending again skips it. */
  alreadySent: boolean;
}

/** What sending would do, with the letter as the first recipient would read it. Nothing is stored. */
export interface CommissionerLetterPreview {
  contractYear: string;
  letter: CommissionerLetter;
  subject: string;
  text: string;
  html: string;
  recipients: CommissionerLetterRecipient[];
  /** In-scope providers with no active user to write to: the commissioner must contact them another way. */
  providersWithoutRecipients: Array<{ id: string; name: string }>;
}

export interface CommissionerLetterSent {
  contractYear: string;
  letter: CommissionerLetter;
  /** Emails newly queued; a repeat send queues none for anyone already written to. */
  queued: number;
  alreadySent: number;
}

/** The emails chasing sends: deadline and interim reminders, interim-report requests, commissioner letters. */
export const CHASING_EMAIL_TEMPLATES = [
  'deadline-reminder',
  'interim-report-request',
  'commissioner-letter',
] as const;
export type ChasingEmailTemplate = (typeof CHASING_EMAIL_TEMPLATES)[number];

export const CHASING_EMAIL_LABELS: { readonly [T in ChasingEmailTemplate]: string } = {
  'deadline-reminder': 'Reminder',
  'interim-report-request': 'Interim-report request',
  'commissioner-letter': 'Commissioner letter',
};

/** Where an email stands in the outbox: waiting for the worker, accepted by the mail server, or given up on. */
export type ChasingEmailStatus = 'pending' | 'sent' | 'failed';

export interface ChasingProvider {
  id: string;
  name: string;
  odsCode: string;
}

/**
 * An in-scope provider whose contract the caller co-ordinates in a year: whom it may chase, with what helps
 * choose whom to ask for an interim report.
 */
export interface ChasedProviderSummary {
  provider: ChasingProvider;
  /** The year's WRES annual report, as the provider's reports page tags it. */
  reportStatus: ReportStatus;
  /** Interim reports asked of it this year, and how many of those are unanswered. */
  interimRequests: number;
  openInterimRequests: number;
  /** Active users at the provider whom chasing emails reach. */
  recipients: number;
  /** Its automatic reminders are paused for the year. */
  remindersPaused: boolean;
}

/** One email chasing sent, or tried to send, to a person at a provider. */
export interface ChasingEmail {
  id: string;
  provider: ChasingProvider;
  recipient: string;
  recipientName: string;
  template: ChasingEmailTemplate;
  subject: string;
  status: ChasingEmailStatus;
  attempts: number;
  /** What the mail server answered, e.g. "550 No such user"; null unless it failed or is being retried. */
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** A provider's WRES annual report on the chasing board. */
export interface ChasedReport {
  provider: ChasingProvider;
  dueDate: string;
  /** Whole days from the due date to today: positive when overdue, 0 on the day, negative before. */
  daysFromDueDate: number;
}

/** An unanswered interim-report request on the chasing board. */
export interface ChasedInterimRequest {
  id: string;
  provider: ChasingProvider;
  dueDate: string;
  message: string;
  /** Whole days from the due date to today: positive when overdue, 0 on the day, negative before. */
  daysFromDueDate: number;
}

export interface ChasingBoardCounts {
  overdueReports: number;
  reportsDueThisWeek: number;
  overdueInterimRequests: number;
  interimRequestsDueThisWeek: number;
  sentToday: number;
  failed: number;
}

/** The most emails of each kind (sent today, failed) the board lists; its counts are always complete. */
export const CHASING_BOARD_EMAIL_LIMIT = 200;

/** "Due this week": due today or in the next seven days. */
export const DUE_THIS_WEEK_DAYS = 7;

/**
 * What a co-ordinating commissioner has to chase in a contract year, across the in-scope providers whose
 * contracts it co-ordinates. Emails are the year's chasing emails to those providers' users.
 */
export interface ChasingBoard {
  contractYear: string;
  /** London's date, as the board was worked out. */
  today: string;
  /** When the year's annual report is due; null for a year without a reporting cycle. */
  annualReportDueDate: string | null;
  /** In-scope providers whose contracts the caller co-ordinates this year: those the board covers. */
  providers: number;
  counts: ChasingBoardCounts;
  overdueReports: ChasedReport[];
  reportsDueThisWeek: ChasedReport[];
  overdueInterimRequests: ChasedInterimRequest[];
  interimRequestsDueThisWeek: ChasedInterimRequest[];
  /** Newest first, at most CHASING_BOARD_EMAIL_LIMIT. */
  sentToday: ChasingEmail[];
  /** Newest first, at most CHASING_BOARD_EMAIL_LIMIT. */
  failed: ChasingEmail[];
}

/** The deadlines automatic reminders chase. */
export type RemindedDeadline = 'publication' | 'annual-report' | 'interim-report';

/** A reminder the sweep will send if nothing changes (the report is submitted, the request answered). */
export interface UpcomingReminder {
  deadline: RemindedDeadline;
  /** As the reminder names it: "annual report", "baseline data publication", "interim report". */
  what: string;
  /** Set for a reminder about an interim-report request. */
  interimRequestId: string | null;
  /** The deadline reminded of. */
  dueDate: string;
  /** The reminder policy's step, e.g. "before-7", "due-today", "overdue-14". */
  step: string;
  /** Days from the deadline: negative before, 0 on the day, positive after. */
  offsetDays: number;
  /** The day it goes: the step's own day, or today for a step that is due and not yet sent. */
  date: string;
}

/** A co-ordinating commissioner stopped a provider's automatic reminders for a year, and why. */
export interface ReminderPause {
  id: string;
  contractYear: string;
  reason: string;
  pausedBy: string;
  pausedByOrganisation: string;
  pausedAt: string;
  /** Null while the pause is in force. */
  resumedBy: string | null;
  resumedAt: string | null;
}

export interface ReminderPauseRequest {
  /** Contract year, written "2015/16". */
  contractYear: string;
  /** Why, for the audit trail and the other people chasing this provider. */
  reason: string;
}

/** Every chasing email to a provider's users in a year, and the reminders still to come. */
export interface ChasingTimeline {
  provider: ChasingProvider;
  contractYear: string;
  today: string;
  /** Newest first. */
  emails: ChasingEmail[];
  /** Earliest first. While a pause is in force none of these is sent. */
  upcoming: UpcomingReminder[];
  /** Active users at the provider whom reminders reach; with none, nothing can be sent. */
  recipients: number;
  /** The pause in force, if any. */
  pause: ReminderPause | null;
  /** Every pause for the year, newest first. */
  pauses: ReminderPause[];
  /** The caller co-ordinates this provider's contract this year and so may pause or resume its reminders. */
  canPause: boolean;
}

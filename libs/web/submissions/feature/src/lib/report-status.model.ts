import { formatLondonDateTime, todayInLondon } from '@wres/domain/calendar';
import { REPORT_STATUS_LABELS } from '@wres/shared/contracts';
import type { ProviderReportSummary, ReportStatus, ReviewState } from '@wres/shared/contracts';

/**
 * A report's standing in words and NHS.UK tag colours. The words carry the meaning; colour only reinforces
 * it. No Angular here, so it can be tested on its own.
 */

/** The NHS.UK tag colours these statuses use (the shared tag component takes any of its colours). */
export type StatusColour = 'blue' | 'red' | 'green' | 'orange' | 'grey';

export interface Tag {
  readonly text: string;
  readonly colour: StatusColour;
}

const STATUS_COLOURS: { readonly [S in ReportStatus]: StatusColour } = {
  due: 'blue',
  overdue: 'red',
  submitted: 'green',
  'submitted-late': 'orange',
  'not-required': 'grey',
};

export function reportStatusTag(status: ReportStatus): Tag {
  return { text: REPORT_STATUS_LABELS[status] ?? status, colour: STATUS_COLOURS[status] ?? 'grey' };
}

export const REVIEW_STATE_LABELS: { readonly [S in ReviewState]: string } = {
  submitted: 'Awaiting review',
  'in-review': 'In review',
  'changes-requested': 'Changes requested',
  resubmitted: 'Resubmitted',
  assured: 'Assured',
  'not-assured': 'Not assured',
};

export function reviewStateText(state: ReviewState | null): string {
  return state === null ? 'Not submitted' : (REVIEW_STATE_LABELS[state] ?? state);
}

/** Today in Europe/London as YYYY-MM-DD, to compare with calendar dates. */
export function londonToday(now: Date = new Date()): string {
  return todayInLondon(now);
}

/**
 * Whether a submission today would be late: after the annual report's due date, as the API decides it.
 * Null when the year's summary is not known; false when the year has no due date.
 */
export function isLate(summary: ProviderReportSummary | null, today: string): boolean | null {
  if (summary === null) return null;
  return summary.dueDate !== null && today > summary.dueDate;
}

/** "2026-11-23T10:15:00Z" → "23 November 2026 at 10:15am", in London time. */
export const formatDateTime = formatLondonDateTime;

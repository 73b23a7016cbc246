import type { ChasedInterimRequest, ChasingBoard } from '@wres/shared/contracts';
import { count, type Tag } from './chasing-text.model';

/** One section of the board: its heading's anchor, the heading, and how many things are in it. */
export interface BoardSection {
  id: string;
  heading: string;
  count: number;
}

export function boardSections(board: ChasingBoard): BoardSection[] {
  const { counts } = board;
  return [
    { id: 'overdue-reports', heading: 'Overdue annual reports', count: counts.overdueReports },
    { id: 'reports-due', heading: 'Annual reports due this week', count: counts.reportsDueThisWeek },
    {
      id: 'interim-requests',
      heading: 'Interim reports overdue or due this week',
      count: counts.overdueInterimRequests + counts.interimRequestsDueThisWeek,
    },
    { id: 'sent-today', heading: 'Emails sent today', count: counts.sentToday },
    { id: 'failed', heading: 'Emails that failed', count: counts.failed },
  ];
}

/** Overdue first, by days overdue, then those due this week, soonest first. */
export function interimRequestsToChase(board: ChasingBoard): ChasedInterimRequest[] {
  return [...board.overdueInterimRequests, ...board.interimRequestsDueThisWeek].sort(
    (a, b) => b.daysFromDueDate - a.daysFromDueDate || a.provider.name.localeCompare(b.provider.name),
  );
}

export function interimDueTag(daysFromDueDate: number): Tag {
  return daysFromDueDate > 0
    ? { text: 'Overdue', colour: 'red' }
    : { text: 'Due this week', colour: 'orange' };
}

/** When the board lists only the newest emails: "Showing the newest 200 of 1,250." */
export function listedNote(listed: number, total: number): string | null {
  return listed < total
    ? `Showing the newest ${listed.toLocaleString('en-GB')} of ${count(total, 'email')}.`
    : null;
}

import type { ChasedInterimRequest, ChasingBoard } from '@wres/shared/contracts';
import { boardSections, interimDueTag, interimRequestsToChase, listedNote } from './chasing-board.model';

const interim = (id: string, name: string, daysFromDueDate: number): ChasedInterimRequest => ({
  id,
  provider: { id, name, odsCode: id },
  dueDate: '2026-11-20',
  message: 'How is it going?',
  daysFromDueDate,
});

const board: ChasingBoard = {
  contractYear: '2025/26',
  today: '2026-11-23',
  annualReportDueDate: '2026-05-01',
  providers: 4,
  counts: {
    overdueReports: 2,
    reportsDueThisWeek: 0,
    overdueInterimRequests: 2,
    interimRequestsDueThisWeek: 1,
    sentToday: 250,
    failed: 1,
  },
  overdueReports: [],
  reportsDueThisWeek: [],
  overdueInterimRequests: [interim('a', 'Alpha', 3), interim('b', 'Beta', 10)],
  interimRequestsDueThisWeek: [interim('c', 'Gamma', -2)],
  sentToday: [],
  failed: [],
};

describe('the chasing board', () => {
  it('sums up each section with its count', () => {
    expect(boardSections(board)).toEqual([
      { id: 'overdue-reports', heading: 'Overdue annual reports', count: 2 },
      { id: 'reports-due', heading: 'Annual reports due this week', count: 0 },
      { id: 'interim-requests', heading: 'Interim reports overdue or due this week', count: 3 },
      { id: 'sent-today', heading: 'Emails sent today', count: 250 },
      { id: 'failed', heading: 'Emails that failed', count: 1 },
    ]);
  });

  it('lists the most overdue interim reports first', () => {
    expect(interimRequestsToChase(board).map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(interimDueTag(3)).toEqual({ text: 'Overdue', colour: 'red' });
    expect(interimDueTag(0)).toEqual({ text: 'Due this week', colour: 'orange' });
  });

  it('says when only the newest emails are listed', () => {
    expect(listedNote(200, 1_250)).toBe('Showing the newest 200 of 1,250 emails.');
    expect(listedNote(3, 3)).toBeNull();
  });
});

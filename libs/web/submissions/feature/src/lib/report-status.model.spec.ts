import type { ProviderReportSummary } from '@wres/shared/contracts';
import { formatDateTime, isLate, londonToday, reportStatusTag, reviewStateText } from './report-status.model';

const SUMMARY: ProviderReportSummary = {
  contractYear: '2025/26',
  applies: true,
  explanation: 'Applies',
  dueDate: '2026-05-01',
  status: 'overdue',
  draftSaved: false,
  currentVersion: 0,
  lastSubmittedAt: null,
  reviewState: null,
};

describe('report status', () => {
  it('gives every status its words and a colour', () => {
    expect(reportStatusTag('due')).toEqual({ text: 'Due', colour: 'blue' });
    expect(reportStatusTag('overdue')).toEqual({ text: 'Overdue', colour: 'red' });
    expect(reportStatusTag('submitted')).toEqual({ text: 'Submitted', colour: 'green' });
    expect(reportStatusTag('submitted-late')).toEqual({ text: 'Submitted late', colour: 'orange' });
    expect(reportStatusTag('not-required')).toEqual({ text: 'Not required', colour: 'grey' });
  });

  it('names review states', () => {
    expect(reviewStateText(null)).toBe('Not submitted');
    expect(reviewStateText('changes-requested')).toBe('Changes requested');
  });

  it('is late only after the due date', () => {
    expect(isLate(SUMMARY, '2026-05-01')).toBe(false);
    expect(isLate(SUMMARY, '2026-05-02')).toBe(true);
    expect(isLate({ ...SUMMARY, dueDate: null }, '2026-05-02')).toBe(false);
    expect(isLate(null, '2026-05-02')).toBeNull();
  });

  it('uses London dates and times', () => {
    expect(londonToday(new Date('2026-03-20T23:30:00Z'))).toBe('2026-03-20');
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(formatDateTime('2026-07-23T10:05:00Z')).toBe('23 July 2026 at 11:05am');
  });
});

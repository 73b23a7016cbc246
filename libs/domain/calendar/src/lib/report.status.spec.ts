import { reportStatus } from './report.status';

describe('reportStatus', () => {
  const base = { applies: true, dueDate: '2016-05-01', firstSubmission: null };

  it('is due up to and including the due date', () => {
    expect(reportStatus({ ...base, today: '2016-04-03' })).toBe('due');
    expect(reportStatus({ ...base, today: '2016-05-01' })).toBe('due');
  });

  it('is overdue from the day after the due date until something is submitted', () => {
    expect(reportStatus({ ...base, today: '2016-05-02' })).toBe('overdue');
    expect(reportStatus({ ...base, today: '2019-01-01' })).toBe('overdue');
  });

  it('is submitted, or submitted late, by the first version’s own late flag', () => {
    expect(reportStatus({ ...base, today: '2016-06-01', firstSubmission: { late: false } })).toBe(
      'submitted',
    );
    expect(reportStatus({ ...base, today: '2016-06-01', firstSubmission: { late: true } })).toBe(
      'submitted-late',
    );
  });

  it('is not required where the obligation does not apply, unless a report was sent anyway', () => {
    expect(reportStatus({ ...base, applies: false, today: '2016-06-01' })).toBe('not-required');
    expect(
      reportStatus({ ...base, applies: false, today: '2016-06-01', firstSubmission: { late: false } }),
    ).toBe('submitted');
  });

  it('is never overdue in a year without a calendar', () => {
    expect(reportStatus({ ...base, dueDate: null, today: '2030-01-01' })).toBe('due');
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => reportStatus({ ...base, today: '2016-02-30' })).toThrow();
    expect(() => reportStatus({ ...base, dueDate: '1 May 2016', today: '2016-05-02' })).toThrow();
  });
});

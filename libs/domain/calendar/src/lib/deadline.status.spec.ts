import { InvalidDateError } from './calendar-date';
import { DEFAULT_DUE_SOON_DAYS, deadlineStatus, daysUntilDue, metLate } from './deadline.status';

describe('deadlineStatus', () => {
  const dueDate = '2015-07-01';

  it.each([
    ['2015-04-01', 'upcoming'],
    ['2015-06-16', 'upcoming'],
    ['2015-06-17', 'due-soon'],
    ['2015-06-30', 'due-soon'],
    ['2015-07-01', 'due-today'],
    ['2015-07-02', 'overdue'],
    ['2016-01-01', 'overdue'],
  ])('on %s a deadline due 1 July 2015 is %s', (today, status) => {
    expect(deadlineStatus({ dueDate, today })).toBe(status);
  });

  it('is met once met, early or late', () => {
    expect(deadlineStatus({ dueDate, today: '2015-06-01', metOn: '2015-05-30' })).toBe('met');
    expect(deadlineStatus({ dueDate, today: '2015-09-01', metOn: '2015-08-01' })).toBe('met');
    expect(deadlineStatus({ dueDate, today: '2015-09-01', metOn: null })).toBe('overdue');
  });

  it('uses 14 days as due soon unless told otherwise', () => {
    expect(DEFAULT_DUE_SOON_DAYS).toBe(14);
    expect(deadlineStatus({ dueDate, today: '2015-06-24', dueSoonDays: 7 })).toBe('due-soon');
    expect(deadlineStatus({ dueDate, today: '2015-06-23', dueSoonDays: 7 })).toBe('upcoming');
    expect(deadlineStatus({ dueDate, today: '2015-06-30', dueSoonDays: 0 })).toBe('upcoming');
  });

  it('refuses bad dates and a bad due-soon window', () => {
    expect(() => deadlineStatus({ dueDate: '2015-07-32', today: '2015-06-01' })).toThrow(InvalidDateError);
    expect(() => deadlineStatus({ dueDate, today: 'today' })).toThrow(InvalidDateError);
    expect(() => deadlineStatus({ dueDate, today: '2015-06-01', metOn: 'yes' })).toThrow(InvalidDateError);
    expect(() => deadlineStatus({ dueDate, today: '2015-06-01', dueSoonDays: -1 })).toThrow(RangeError);
    expect(() => deadlineStatus({ dueDate, today: '2015-06-01', dueSoonDays: 1.5 })).toThrow(RangeError);
  });

  it('counts days until due and spots late', () => {
    expect(daysUntilDue(dueDate, '2015-06-30')).toBe(1);
    expect(daysUntilDue(dueDate, '2015-07-03')).toBe(-2);
    expect(metLate(dueDate, '2015-07-01')).toBe(false);
    expect(metLate(dueDate, '2015-07-02')).toBe(true);
  });
});

import {
  count,
  daysFromDueDate,
  dueText,
  emailStatusTag,
  formatDate,
  formatDateTime,
  formatTime,
  londonToday,
  reminderStepText,
} from './chasing-text.model';

describe('chasing words', () => {
  it('counts with the right noun', () => {
    expect(count(1, 'letter')).toBe('1 letter');
    expect(count(0, 'letter')).toBe('0 letters');
    expect(count(1200, 'person', 'people')).toBe('1,200 people');
  });

  it.each([
    [6, '6 days overdue'],
    [1, '1 day overdue'],
    [0, 'Due today'],
    [-1, 'Due in 1 day'],
    [-5, 'Due in 5 days'],
  ])('describes %i days from the due date as "%s"', (days, text) => {
    expect(dueText(days)).toBe(text);
  });

  it.each([
    [-28, '28 days before'],
    [-1, '1 day before'],
    [0, 'On the due date'],
    [1, '1 day after'],
    [14, '14 days after'],
  ])('names the reminder step %i as "%s"', (offset, text) => {
    expect(reminderStepText(offset)).toBe(text);
  });

  it('tags email statuses in words, not colour alone', () => {
    expect(emailStatusTag('sent')).toEqual({ text: 'Sent', colour: 'green' });
    expect(emailStatusTag('pending')).toEqual({ text: 'Waiting to send', colour: 'blue' });
    expect(emailStatusTag('failed')).toEqual({ text: 'Failed', colour: 'red' });
  });

  it('formats dates and times as NHS pages write them, in London time', () => {
    expect(formatDate('2026-05-01')).toBe('1 May 2026');
    expect(formatDate('not a date')).toBe('not a date');
    expect(formatDateTime('2026-07-01T09:05:00Z')).toBe('1 July 2026 at 10:05am');
    expect(formatDateTime('2026-11-23T15:30:00Z')).toBe('23 November 2026 at 3:30pm');
    expect(formatTime('2026-11-23T15:30:00Z')).toBe('3:30pm');
    expect(londonToday(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-28');
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });

  it('counts whole days from a due date, across the clock change', () => {
    expect(daysFromDueDate('2026-03-20', '2026-04-02')).toBe(13);
    expect(daysFromDueDate('2026-12-01', '2026-11-23')).toBe(-8);
    expect(daysFromDueDate('2026-11-23', '2026-11-23')).toBe(0);
  });
});

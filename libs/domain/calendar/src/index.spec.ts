import {
  REFERENCE_CYCLE,
  cloneCycle,
  deadlineStatus,
  deriveDeadlines,
  todayInLondon,
  validateCycle,
} from './index';

describe('the calendar public entry', () => {
  it('answers "what is due for this obligation, and where does it stand" through its public entry', () => {
    const cycle = cloneCycle(REFERENCE_CYCLE);
    expect(validateCycle(cycle)).toEqual([]);
    const today = todayInLondon(new Date('2015-06-30T23:30:00Z'));
    const statuses = deriveDeadlines({ cycle, obligation: { clause: 'SC13.5.2', applies: true } }).map(
      (deadline) => [deadline.kind, deadlineStatus({ dueDate: deadline.dueDate, today })],
    );
    expect(statuses).toEqual([
      ['baseline-data', 'overdue'],
      ['commissioner-letter-publication', 'overdue'],
      ['publication', 'due-today'],
      ['interim-report', 'upcoming'],
      ['commissioner-reminder-annual-report', 'upcoming'],
      ['annual-report', 'upcoming'],
    ]);
  });
});

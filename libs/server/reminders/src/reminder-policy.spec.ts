import { addDays } from '@wres/domain/calendar';
import { DEFAULT_REMINDER_POLICY, dueStep, reminderDueDates, reminderStep } from './reminder-policy';

const DEADLINE = '2016-05-01';

describe('dueStep', () => {
  it.each([
    ['2016-04-02', null],
    ['2016-04-03', 'before-28'],
    ['2016-04-16', 'before-28'],
    ['2016-04-17', 'before-14'],
    ['2016-04-24', 'before-7'],
    ['2016-04-30', 'before-1'],
    ['2016-05-01', 'due-today'],
    ['2016-05-02', 'overdue-1'],
    ['2016-05-08', 'overdue-7'],
    ['2016-05-15', 'overdue-14'],
    ['2016-05-21', 'overdue-14'],
    ['2016-05-22', null],
    ['2017-05-01', null],
  ])('on %s gives %s', (today, expected) => {
    expect(dueStep(DEADLINE, today)?.key ?? null).toBe(expected);
  });

  it('catches up with only the latest due step after downtime', () => {
    // Nothing ran between 1 April and 28 April: the 28-, 14- and 7-day reminders are all past, only 7 is due.
    expect(dueStep(DEADLINE, '2016-04-28')).toEqual({ key: 'before-7', offsetDays: -7 });
  });

  it('counts whole London days across the clock change', () => {
    expect(dueStep('2016-03-27', '2016-02-28')?.key).toBe('before-28');
  });

  it('follows a custom policy, whatever order its steps are in', () => {
    const policy = { steps: [reminderStep(3), reminderStep(-10)], finalStepWindowDays: 1 };
    expect(dueStep(DEADLINE, '2016-04-20', policy)).toBeNull();
    expect(dueStep(DEADLINE, '2016-04-21', policy)?.key).toBe('before-10');
    expect(dueStep(DEADLINE, '2016-05-03', policy)?.key).toBe('before-10');
    expect(dueStep(DEADLINE, '2016-05-04', policy)?.key).toBe('overdue-3');
    expect(dueStep(DEADLINE, '2016-05-05', policy)).toBeNull();
  });

  it('names the default steps', () => {
    expect(DEFAULT_REMINDER_POLICY.steps.map((step) => step.key)).toEqual([
      'before-28',
      'before-14',
      'before-7',
      'before-1',
      'due-today',
      'overdue-1',
      'overdue-7',
      'overdue-14',
    ]);
    expect(() => reminderStep(1.5)).toThrow(RangeError);
  });
});

describe('reminderDueDates', () => {
  it('spans exactly the due dates that have a step due today', () => {
    const today = '2016-05-10';
    const { from, to } = reminderDueDates(today);
    expect({ from, to }).toEqual({ from: '2016-04-20', to: '2016-06-07' });
    // Every due date inside has a step due; the days either side have none.
    for (let date = from; date <= to; date = addDays(date, 1)) expect(dueStep(date, today)).not.toBeNull();
    expect(dueStep(addDays(from, -1), today)).toBeNull();
    expect(dueStep(addDays(to, 1), today)).toBeNull();
  });
});

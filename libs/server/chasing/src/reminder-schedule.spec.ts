import { reminderStep } from '@wres/server/reminders';
import { upcomingReminders } from './reminder-schedule';

const DEADLINE = '2016-05-01';
const keysAndDates = (items: ReturnType<typeof upcomingReminders>) =>
  items.map(({ step, date }) => `${step.key} ${date}`);

describe('upcomingReminders', () => {
  it('lists every step, dated, when the first is still weeks away', () => {
    expect(keysAndDates(upcomingReminders(DEADLINE, '2016-03-01'))).toEqual([
      'before-28 2016-04-03',
      'before-14 2016-04-17',
      'before-7 2016-04-24',
      'before-1 2016-04-30',
      'due-today 2016-05-01',
      'overdue-1 2016-05-02',
      'overdue-7 2016-05-08',
      'overdue-14 2016-05-15',
    ]);
  });

  it('keeps the step due today until the sweep has written it', () => {
    expect(keysAndDates(upcomingReminders(DEADLINE, '2016-04-24')).slice(0, 2)).toEqual([
      'before-7 2016-04-24',
      'before-1 2016-04-30',
    ]);
    expect(keysAndDates(upcomingReminders(DEADLINE, '2016-04-24', new Set(['before-7'])))[0]).toBe(
      'before-1 2016-04-30',
    );
  });

  it('sends a step missed while the sweep was down today, not on its own passed day', () => {
    // Nothing ran from 17 April: 14 days before is past; it is still the due step on the 20th.
    expect(keysAndDates(upcomingReminders(DEADLINE, '2016-04-20')).slice(0, 2)).toEqual([
      'before-14 2016-04-20',
      'before-7 2016-04-24',
    ]);
  });

  it('leaves out steps whose day has passed and whose window has closed', () => {
    expect(keysAndDates(upcomingReminders(DEADLINE, '2016-05-09', new Set(['overdue-7'])))).toEqual([
      'overdue-14 2016-05-15',
    ]);
  });

  it('has nothing to come once the last step has been sent or its window has closed', () => {
    expect(upcomingReminders(DEADLINE, '2016-05-16', new Set(['overdue-14']))).toEqual([]);
    expect(upcomingReminders(DEADLINE, '2016-05-22')).toEqual([]);
    expect(upcomingReminders(DEADLINE, '2017-01-01')).toEqual([]);
  });

  it('follows a custom policy', () => {
    const policy = { steps: [reminderStep(3), reminderStep(-10)], finalStepWindowDays: 1 };
    expect(keysAndDates(upcomingReminders(DEADLINE, '2016-04-01', new Set(), policy))).toEqual([
      'before-10 2016-04-21',
      'overdue-3 2016-05-04',
    ]);
    expect(keysAndDates(upcomingReminders(DEADLINE, '2016-05-04', new Set(), policy))).toEqual([
      'overdue-3 2016-05-04',
    ]);
    expect(upcomingReminders(DEADLINE, '2016-05-04', new Set(['overdue-3']), policy)).toEqual([]);
  });
});

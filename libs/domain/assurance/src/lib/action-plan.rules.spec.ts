import {
  actionDaysOverdue,
  actionPlanGuidance,
  applyProgressUpdate,
  isActionOverdue,
  planActionProblems,
  progressUpdateProblems,
  summariseActionPlan,
} from './action-plan.rules';

const VALID = {
  task: 'Record non-mandatory training and CPD in ESR',
  outcome: 'Indicator 4 can be measured from ESR',
  indicator: 'i4',
  ownerName: 'Head of Learning and Development',
  ownerEmail: 'learning.lead@example.nhs.uk',
  dueDate: '2022-03-31',
};

describe('an action in a WRES action plan', () => {
  it('is accepted with a task, an owner with an email address and a real due date', () => {
    expect(planActionProblems(VALID, { withDueDate: true })).toEqual([]);
    const { outcome: _o, indicator: _i, ...minimal } = VALID;
    expect(planActionProblems(minimal, { withDueDate: true })).toEqual([]);
  });

  it('lists every problem by field at once', () => {
    expect(
      planActionProblems(
        { task: '  ', indicator: 'i10', ownerName: '', ownerEmail: 'not an email', dueDate: '2022-02-30' },
        { withDueDate: true },
      ),
    ).toEqual([
      { path: 'task', message: 'Enter what will be done' },
      {
        path: 'indicator',
        message: 'indicator must be one of i1 to i9, or left out for the plan as a whole',
      },
      { path: 'ownerName', message: 'Enter the owner’s name or role' },
      {
        path: 'ownerEmail',
        message: 'Enter the owner’s email address in the right format, like name@example.nhs.uk',
      },
      { path: 'dueDate', message: 'The due date must be a real date, written YYYY-MM-DD' },
    ]);
  });

  it('needs a due date when added, and refuses one (or a status) when only its wording is edited', () => {
    const { dueDate: _d, ...withoutDate } = VALID;
    expect(planActionProblems(withoutDate, { withDueDate: true })).toEqual([
      { path: 'dueDate', message: 'Enter the date the action is due' },
    ]);
    expect(planActionProblems(withoutDate, { withDueDate: false })).toEqual([]);
    expect(planActionProblems({ ...VALID, status: 'complete' }, { withDueDate: false })).toEqual([
      { path: 'dueDate', message: 'dueDate changes through a progress update' },
      { path: 'status', message: 'status changes through a progress update' },
    ]);
  });

  it('refuses text longer than its limit, unknown fields and a body that is not an object', () => {
    expect(
      planActionProblems({ ...VALID, task: 'x'.repeat(2_001), colour: 'red' }, { withDueDate: true }),
    ).toEqual([
      { path: 'task', message: 'task must be at most 2000 characters' },
      { path: 'colour', message: 'colour is not part of an action' },
    ]);
    expect(planActionProblems([VALID], { withDueDate: true })).toEqual([
      { path: 'action', message: 'The action must be an object' },
    ]);
  });
});

describe('a progress update', () => {
  it('needs a note; a new status and a revised due date are optional', () => {
    expect(progressUpdateProblems({ text: 'Complete. Staff survey updated.' })).toEqual([]);
    expect(
      progressUpdateProblems({
        text: 'Propose to amend the timescale',
        status: 'in-progress',
        dueDate: '2022-03-31',
      }),
    ).toEqual([]);
    expect(progressUpdateProblems({ text: 'Blank date left in the form', dueDate: '' })).toEqual([]);
    expect(progressUpdateProblems({ text: '', status: 'done', dueDate: 'March 2022' })).toEqual([
      { path: 'text', message: 'Enter the progress made' },
      { path: 'status', message: 'status must be one of not-started, in-progress, complete' },
      { path: 'dueDate', message: 'The due date must be a real date, written YYYY-MM-DD' },
    ]);
  });

  it('moves the status and due date only when they differ from the current ones', () => {
    const current = { status: 'not-started' as const, dueDate: '2021-11-30' };
    expect(applyProgressUpdate(current, { status: 'in-progress', dueDate: '2022-03-31' })).toEqual({
      status: 'in-progress',
      dueDate: '2022-03-31',
      statusChanged: 'in-progress',
      dueDateChanged: '2022-03-31',
    });
    expect(applyProgressUpdate(current, { status: 'not-started', dueDate: '2021-11-30' })).toEqual({
      ...current,
      statusChanged: null,
      dueDateChanged: null,
    });
    expect(applyProgressUpdate(current, {})).toEqual({
      ...current,
      statusChanged: null,
      dueDateChanged: null,
    });
  });
});

describe('overdue actions', () => {
  it('is overdue from the day after its due date until it is complete', () => {
    const action = { status: 'in-progress' as const, dueDate: '2021-10-31' };
    expect(isActionOverdue(action, '2021-10-31')).toBe(false);
    expect(isActionOverdue(action, '2021-11-01')).toBe(true);
    expect(actionDaysOverdue(action, '2021-11-07')).toBe(7);
    expect(isActionOverdue({ ...action, status: 'complete' }, '2022-01-01')).toBe(false);
    expect(actionDaysOverdue({ ...action, status: 'complete' }, '2022-01-01')).toBe(0);
  });

  it('summarises a plan and says what the reviewer should weigh', () => {
    const summary = summariseActionPlan(
      [
        { status: 'complete', dueDate: '2021-03-31' },
        { status: 'in-progress', dueDate: '2021-03-31' },
        { status: 'not-started', dueDate: '2022-03-31' },
      ],
      '2021-09-30',
    );
    expect(summary).toEqual({ total: 3, complete: 1, overdue: 1 });
    expect(actionPlanGuidance(summary)).toEqual([
      'The action plan in the portal has 3 actions, each with an owner and a due date: 1 complete, 1 overdue.',
    ]);
    expect(actionPlanGuidance(summariseActionPlan([], '2021-09-30'))).toEqual([
      'No actions are recorded in the portal for this year: look for them in the published action plan.',
    ]);
  });
});

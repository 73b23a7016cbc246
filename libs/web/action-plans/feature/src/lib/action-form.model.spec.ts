import type { PlanAction } from '@wres/shared/contracts';
import {
  ACTION_FIELDS,
  ActionFormInput,
  EMPTY_ACTION_FORM,
  PROGRESS_FIELDS,
  actionFormOf,
  addedNotice,
  apiProblemsToErrors,
  inWords,
  progressNotice,
  toActionCreate,
  toActionEdit,
  toProgressCreate,
  validateAction,
  validateProgress,
} from './action-form.model';

const filled: ActionFormInput = {
  task: '  Implement and embed the nine WRES indicators  ',
  outcome: ' ',
  indicator: '',
  ownerName: ' Equality lead ',
  ownerEmail: ' equality.lead@example.test ',
  day: '31',
  month: '3',
  year: '2022',
};

const action: PlanAction = {
  id: 'a1',
  providerId: 'p1',
  providerName: 'Northfield Community Health NHS Trust',
  contractYear: '2024/25',
  task: 'Benchmark the disciplinary policy',
  outcome: null,
  indicator: 'i3',
  ownerName: 'Equality lead',
  ownerEmail: 'equality.lead@example.test',
  dueDate: '2021-10-31',
  status: 'in-progress',
  overdue: true,
  daysOverdue: 40,
  createdAt: '2021-04-01T09:00:00Z',
  updates: [],
};

describe('the action form', () => {
  it('asks for every required field, a real email and a real date, in the order of the page', () => {
    const errors = validateAction(EMPTY_ACTION_FORM, { withDueDate: true });
    expect(Object.keys(errors)).toEqual(['task', 'ownerName', 'ownerEmail', 'dueDate']);
    expect(errors).toEqual({
      task: 'Enter what will be done',
      ownerName: 'Enter the owner’s name or role',
      ownerEmail: 'Enter the owner’s email address',
      dueDate: 'Enter the date the action is due',
    });
    expect(
      validateAction(
        { ...filled, ownerEmail: 'equality lead@example', day: '31', month: '2' },
        { withDueDate: true },
      ),
    ).toEqual({
      ownerEmail: 'Enter the owner’s email address in the right format, like name@example.nhs.uk',
      dueDate: 'The due date must be a real date, for example 31 3 2026',
    });
    expect(validateAction(filled, { withDueDate: true })).toEqual({});
  });

  it('accepts a due date already past, since a plan may be written up late', () => {
    expect(validateAction({ ...filled, day: '1', month: '1', year: '2020' }, { withDueDate: true })).toEqual(
      {},
    );
  });

  it('names a field in too-long messages rather than its property path', () => {
    const errors = validateAction({ ...filled, task: 'x'.repeat(2_001) }, { withDueDate: true });
    expect(errors['task']).toMatch(/^The action must be at most 2000 characters$/);
    expect(inWords('ownerName', 'ownerName must be at most 200 characters')).toBe(
      'The owner’s name must be at most 200 characters',
    );
    expect(inWords('task', 'Enter what will be done')).toBe('Enter what will be done');
  });

  it('does not ask for the due date when editing: it changes through a progress update', () => {
    expect(validateAction({ ...filled, day: '', month: '', year: '' }, { withDueDate: false })).toEqual({});
  });

  it('sends the action trimmed, leaving out an empty outcome and "Whole plan"', () => {
    expect(toActionCreate(filled)).toEqual({
      task: 'Implement and embed the nine WRES indicators',
      ownerName: 'Equality lead',
      ownerEmail: 'equality.lead@example.test',
      dueDate: '2022-03-31',
    });
    expect(toActionEdit({ ...filled, outcome: ' Eliminate discrimination ', indicator: 'i2' })).toEqual({
      task: 'Implement and embed the nine WRES indicators',
      outcome: 'Eliminate discrimination',
      indicator: 'i2',
      ownerName: 'Equality lead',
      ownerEmail: 'equality.lead@example.test',
    });
  });

  it('fills the edit form from the action as it stands', () => {
    expect(actionFormOf(action)).toEqual({
      task: 'Benchmark the disciplinary policy',
      outcome: '',
      indicator: 'i3',
      ownerName: 'Equality lead',
      ownerEmail: 'equality.lead@example.test',
      day: '31',
      month: '10',
      year: '2021',
    });
  });

  it('puts the api’s problems on their fields, and the rest in the summary', () => {
    const { fields, other } = apiProblemsToErrors(
      [
        { path: 'ownerEmail', messages: ['Enter the owner’s email address'] },
        { path: 'task', messages: ['task must be at most 2000 characters', 'Another'] },
        { path: 'colour', messages: ['colour is not part of an action'] },
        { path: 'outcome', messages: [] },
      ],
      ACTION_FIELDS,
    );
    expect(fields).toEqual({
      ownerEmail: 'Enter the owner’s email address',
      task: 'The action must be at most 2000 characters. Another',
    });
    expect(other).toEqual(['colour is not part of an action']);
  });

  it('confirms what was added', () => {
    expect(addedNotice({ ...action, dueDate: '2022-03-31' })).toEqual({
      heading: 'Action added',
      lines: [
        'Equality lead owns it, due 31 March 2022. Reminders go to equality.lead@example.test as the due date nears and passes.',
      ],
    });
  });
});

describe('the progress-update form', () => {
  const input = { text: '', status: 'in-progress', day: '', month: '', year: '' };

  it('needs the progress made; the status and a revised due date are optional', () => {
    expect(validateProgress(input, action)).toEqual({ text: 'Enter the progress made on this action' });
    expect(validateProgress({ ...input, text: 'Staff survey updated.' }, action)).toEqual({});
    expect(validateProgress({ ...input, text: 'Done', day: '31', month: '2', year: '2022' }, action)).toEqual(
      {
        dueDate: 'The revised due date must be a real date, for example 31 3 2026',
      },
    );
    expect(Object.keys(validateProgress({ ...input, day: '1' }, action))).toEqual(['text', 'dueDate']);
    expect(PROGRESS_FIELDS).toEqual(['text', 'status', 'dueDate']);
  });

  it('sends the status and due date only when they change the action', () => {
    expect(toProgressCreate({ ...input, text: ' Update September 2021 ' }, action)).toEqual({
      text: 'Update September 2021',
    });
    expect(
      toProgressCreate(
        {
          text: 'Propose to amend the timescale for completion to March 2022',
          status: 'in-progress',
          day: '31',
          month: '3',
          year: '2022',
        },
        action,
      ),
    ).toEqual({ text: 'Propose to amend the timescale for completion to March 2022', dueDate: '2022-03-31' });
    expect(
      toProgressCreate(
        { text: 'Complete', status: 'complete', day: '31', month: '10', year: '2021' },
        action,
      ),
    ).toEqual({ text: 'Complete', status: 'complete' });
  });

  it('confirms what the update changed', () => {
    expect(progressNotice(action, { ...action, status: 'complete' })).toEqual({
      heading: 'Progress update added',
      lines: ['The action is now complete.'],
    });
    expect(progressNotice(action, { ...action, dueDate: '2022-03-31' }).lines).toEqual([
      'It is now due by 31 March 2022.',
    ]);
    expect(progressNotice(action, action).lines).toEqual(['The update is on the action, dated today.']);
  });
});

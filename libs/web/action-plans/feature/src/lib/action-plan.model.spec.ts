import type { PlanAction } from '@wres/shared/contracts';
import {
  actionTag,
  actionViews,
  count,
  dueText,
  formatDate,
  formatDateTime,
  indicatorOptions,
  indicatorText,
  planLink,
  statusOptions,
  summaryText,
  updateChanges,
  updateViews,
} from './action-plan.model';

function planAction(overrides: Partial<PlanAction> = {}): PlanAction {
  return {
    id: 'a1',
    providerId: 'p1',
    providerName: 'Northfield Community Health NHS Trust',
    contractYear: '2024/25',
    task: 'Review the approach to obtaining staff feedback',
    outcome: 'Staff survey questions in every local survey',
    indicator: 'i4',
    ownerName: 'Equality lead',
    ownerEmail: 'equality.lead@example.test',
    dueDate: '2025-03-31',
    status: 'not-started',
    overdue: false,
    daysOverdue: 0,
    createdAt: '2024-10-01T09:00:00Z',
    updates: [],
    ...overrides,
  };
}

describe('action plans in words', () => {
  it('counts with the right noun', () => {
    expect(count(1, 'action')).toBe('1 action');
    expect(count(3, 'action')).toBe('3 actions');
    expect(count(1_200, 'day')).toBe('1,200 days');
  });

  it('formats calendar dates, and London date-times in the twelve-hour clock', () => {
    expect(formatDate('2022-03-31')).toBe('31 March 2022');
    expect(formatDate('not a date')).toBe('not a date');
    expect(formatDateTime('2021-09-15T13:05:00Z')).toBe('15 September 2021 at 2:05pm');
    expect(formatDateTime('2021-12-15T09:30:00Z')).toBe('15 December 2021 at 9:30am');
  });

  it('names the indicator an action addresses, or the plan as a whole', () => {
    expect(indicatorText('i2')).toBe('Indicator 2: appointment from shortlisting');
    expect(indicatorText(null)).toBe('Whole plan');
    const options = indicatorOptions();
    expect(options).toHaveLength(10);
    expect(options[0]).toEqual({ value: '', text: 'Whole plan' });
    expect(options[2]).toEqual({ value: 'i2', text: 'Indicator 2: appointment from shortlisting' });
  });

  it('tags an overdue action red and a complete one green, in words', () => {
    expect(actionTag({ status: 'in-progress', overdue: true })).toEqual({ text: 'Overdue', colour: 'red' });
    expect(actionTag({ status: 'not-started', overdue: true })).toEqual({ text: 'Overdue', colour: 'red' });
    expect(actionTag({ status: 'complete', overdue: false })).toEqual({ text: 'Complete', colour: 'green' });
    expect(actionTag({ status: 'in-progress', overdue: false })).toEqual({
      text: 'In progress',
      colour: 'blue',
    });
    expect(actionTag({ status: 'not-started', overdue: false })).toEqual({
      text: 'Not started',
      colour: 'grey',
    });
  });

  it('says how many days overdue beside the due date', () => {
    expect(dueText(planAction({ overdue: true, daysOverdue: 10 }))).toBe('31 March 2025 (10 days overdue)');
    expect(dueText(planAction({ overdue: true, daysOverdue: 1 }))).toBe('31 March 2025 (1 day overdue)');
    expect(dueText(planAction())).toBe('31 March 2025');
  });

  it('sums up the plan', () => {
    expect(summaryText({ total: 0, complete: 0, overdue: 0 })).toBe('No actions yet');
    expect(summaryText({ total: 3, complete: 1, overdue: 1 })).toBe('3 actions: 1 complete, 1 overdue');
    expect(summaryText({ total: 1, complete: 0, overdue: 0 })).toBe('1 action: 0 complete, 0 overdue');
  });

  it('lists progress updates oldest first, dated, with who and what each changed', () => {
    const views = updateViews([
      {
        id: 'later',
        at: '2021-09-20T10:00:00Z',
        by: 'Associate Director of Corporate Governance',
        text: 'Propose to amend the timescale for completion to March 2022.',
        status: null,
        dueDate: '2022-03-31',
      },
      {
        id: 'earlier',
        at: '2021-03-01T10:00:00Z',
        by: 'HR Business Partner',
        text: 'Staff survey updated.',
        status: 'complete',
        dueDate: null,
      },
    ]);
    expect(views.map((view) => view.id)).toEqual(['earlier', 'later']);
    expect(views[0]).toEqual({
      id: 'earlier',
      heading: '1 March 2021 at 10:00am by HR Business Partner',
      text: 'Staff survey updated.',
      changes: ['Status changed to Complete'],
    });
    expect(views[1].heading).toBe(
      '20 September 2021 at 11:00am by Associate Director of Corporate Governance',
    );
    expect(views[1].changes).toEqual(['Due date revised to 31 March 2022']);
    expect(updateChanges({ status: null, dueDate: null })).toEqual([]);
  });

  it('numbers the actions in the plan’s order and shows each in words', () => {
    const views = actionViews([
      planAction({ id: 'first', indicator: null, status: 'in-progress', overdue: true, daysOverdue: 10 }),
      planAction({ id: 'second', outcome: null, status: 'complete' }),
    ]);
    expect(views.map((view) => view.title)).toEqual(['Action 1', 'Action 2']);
    expect(views[0]).toMatchObject({
      indicator: 'Whole plan',
      owner: 'Equality lead',
      ownerEmail: 'equality.lead@example.test',
      due: '31 March 2025 (10 days overdue)',
      tag: { text: 'Overdue', colour: 'red' },
      status: 'In progress, 10 days overdue',
    });
    expect(views[1]).toMatchObject({
      outcome: null,
      indicator: 'Indicator 4: non-mandatory training and CPD',
      tag: { text: 'Complete', colour: 'green' },
      status: 'Complete',
    });
  });

  it('links to a plan with the contract year as a path segment', () => {
    expect(planLink('p1', '2024/25')).toEqual(['/action-plans', 'p1', '2024-25']);
  });

  it('offers every status for a progress update, marking the action’s own', () => {
    expect(statusOptions('in-progress')).toEqual([
      { value: 'not-started', text: 'Not started' },
      { value: 'in-progress', text: 'In progress', hint: 'Its status now' },
      { value: 'complete', text: 'Complete' },
    ]);
  });
});

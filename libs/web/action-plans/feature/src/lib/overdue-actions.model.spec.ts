import type { PlanAction } from '@wres/shared/contracts';
import {
  actionRows,
  listedText,
  onlyOverdueFrom,
  providerCount,
  queryOf,
  queryParamsOf,
  sortActions,
} from './overdue-actions.model';

function action(id: string, overrides: Partial<PlanAction> = {}): PlanAction {
  return {
    id,
    providerId: 'northfield',
    providerName: 'Northfield Community Health NHS Trust',
    contractYear: '2024/25',
    task: `Task ${id}`,
    outcome: null,
    indicator: null,
    ownerName: 'Equality lead',
    ownerEmail: 'equality.lead@example.test',
    dueDate: '2026-11-27',
    status: 'not-started',
    overdue: true,
    daysOverdue: 10,
    createdAt: '2026-11-01T09:00:00Z',
    updates: [],
    ...overrides,
  };
}

describe('actions across providers', () => {
  it('shows only overdue actions unless the address says otherwise', () => {
    expect(onlyOverdueFrom(undefined)).toBe(true);
    expect(onlyOverdueFrom('true')).toBe(true);
    expect(onlyOverdueFrom('false')).toBe(false);
  });

  it('asks the api for what the filter says, and keeps defaults out of the address', () => {
    expect(queryOf({ contractYear: null, onlyOverdue: true })).toEqual({ overdue: true });
    expect(queryOf({ contractYear: '2024/25', onlyOverdue: false })).toEqual({ contractYear: '2024/25' });
    expect(queryParamsOf({ contractYear: null, onlyOverdue: true })).toEqual({});
    expect(queryParamsOf({ contractYear: '2024/25', onlyOverdue: false })).toEqual({
      year: '2024-25',
      overdue: 'false',
    });
  });

  it('lists the most overdue first, then the soonest due', () => {
    const sorted = sortActions([
      action('not-overdue', { overdue: false, daysOverdue: 0, dueDate: '2027-01-01' }),
      action('a-little', { daysOverdue: 2, dueDate: '2026-12-05' }),
      action('soon', { overdue: false, daysOverdue: 0, dueDate: '2026-12-20' }),
      action('most', { daysOverdue: 400, dueDate: '2025-10-03' }),
    ]);
    expect(sorted.map((a) => a.id)).toEqual(['most', 'a-little', 'soon', 'not-overdue']);
  });

  it('gives each row the provider, task, owner, due date and days overdue, linking to the plan', () => {
    const [overdue, complete] = actionRows([
      action('x', { indicator: 'i2' }),
      action('y', { status: 'complete', overdue: false, daysOverdue: 0, providerId: 'meadowbank' }),
    ]);
    expect(overdue).toEqual({
      id: 'x',
      provider: 'Northfield Community Health NHS Trust',
      contractYear: '2024/25',
      planLink: ['/action-plans', 'northfield', '2024-25'],
      task: 'Task x',
      indicator: 'Indicator 2: appointment from shortlisting',
      owner: 'Equality lead',
      ownerEmail: 'equality.lead@example.test',
      due: '27 November 2026',
      overdue: '10 days overdue',
      tag: { text: 'Overdue', colour: 'red' },
    });
    expect(complete).toMatchObject({ overdue: 'Not overdue', tag: { text: 'Complete', colour: 'green' } });
  });

  it('says what is listed', () => {
    const actions = [action('x'), action('y', { providerId: 'meadowbank' }), action('z')];
    expect(providerCount(actions)).toBe(2);
    expect(listedText(3, 2, { contractYear: null, onlyOverdue: true })).toBe(
      '3 overdue actions across 2 providers',
    );
    expect(listedText(1, 1, { contractYear: '2024/25', onlyOverdue: false })).toBe(
      '1 action in 2024/25 action plans across 1 provider',
    );
  });
});

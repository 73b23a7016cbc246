import type { ReviewQueueRow } from '@wres/shared/contracts';
import {
  countText,
  filtersFromParams,
  isFiltered,
  NO_FILTERS,
  paramsOf,
  queryOf,
  queueRowView,
  RATING_OPTIONS,
  STATE_OPTIONS,
} from './review-queue.model';

const YEARS = ['2024/25', '2025/26'];

describe('the review queue’s filters', () => {
  it('reads the address, dropping anything it does not know', () => {
    expect(
      filtersFromParams({ contractYear: '2025-26', state: 'in-review', rag: 'red', overdue: 'true' }, YEARS),
    ).toEqual({ contractYear: '2025/26', state: 'in-review', rag: 'red', overdue: 'true' });
    expect(
      filtersFromParams({ contractYear: '2030-31', state: 'done', rag: 'purple', overdue: 'yes' }, YEARS),
    ).toEqual(NO_FILTERS);
    expect(filtersFromParams({}, YEARS)).toEqual(NO_FILTERS);
  });

  it('writes only the filters set into the address and the query', () => {
    const filters = { ...NO_FILTERS, contractYear: '2025/26', overdue: 'false' };
    expect(paramsOf(filters)).toEqual({ contractYear: '2025-26', overdue: 'false' });
    expect(queryOf(filters)).toEqual({ contractYear: '2025/26', overdue: false });
    expect(queryOf(NO_FILTERS)).toEqual({});
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered(filters)).toBe(true);
  });

  it('offers every state and rating in words', () => {
    expect(STATE_OPTIONS.map((option) => option.text)).toEqual([
      'Any state',
      'Awaiting review',
      'In review',
      'Changes requested',
      'Resubmitted',
      'Assured',
      'Not assured',
    ]);
    expect(RATING_OPTIONS.map((option) => option.text)).toEqual([
      'Any rating',
      'Red',
      'Amber',
      'Green',
      'Not rated yet',
    ]);
  });

  it('shows a row’s state, rating and who decides', () => {
    const row: ReviewQueueRow = {
      providerId: 'p1',
      providerName: 'Meadowbank Independent Hospital Ltd',
      odsCode: 'ND101',
      contractYear: '2025/26',
      state: 'submitted',
      reviewedVersion: 1,
      submittedAt: '2026-11-23T10:00:00Z',
      reviewDueBy: '2026-12-21',
      overdue: false,
      late: true,
      rating: 'amber',
      unrated: 1,
      coordinatingCommissioner: 'NHS Southbrook CCG',
      coordinating: false,
    };
    expect(queueRowView(row)).toMatchObject({
      state: { text: 'Awaiting review' },
      rating: { text: 'Amber' },
      unrated: '1 item not rated yet',
      decidedBy: 'NHS Southbrook CCG',
    });
    expect(queueRowView({ ...row, unrated: 0, coordinating: true })).toMatchObject({
      unrated: null,
      decidedBy: 'Your organisation',
    });
    expect(countText(1)).toBe('1 report');
    expect(countText(3)).toBe('3 reports');
  });
});

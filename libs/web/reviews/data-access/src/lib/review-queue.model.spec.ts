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
  reviewerFilterOptions,
  STATE_OPTIONS,
} from './review-queue.model';

const YEARS = ['2024/25', '2025/26'];
const DANA = { userId: '0d6f2a4e-6b1c-4c55-9a53-2f7c1b3e9d10', displayName: 'Dana Reviewer' };
const HAMEL = { userId: '7b2c9e1a-3f4d-4e8a-b6c5-1d2e3f4a5b6c', displayName: 'Hamel Dhanak' };

const ROW: ReviewQueueRow = {
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
  reviewer: null,
};

describe('the review queue’s filters', () => {
  it('reads the address, dropping anything it does not know', () => {
    expect(
      filtersFromParams(
        { contractYear: '2025-26', state: 'in-review', rag: 'red', overdue: 'true', reviewer: 'me' },
        YEARS,
      ),
    ).toEqual({ contractYear: '2025/26', state: 'in-review', rag: 'red', overdue: 'true', reviewer: 'me' });
    expect(
      filtersFromParams(
        { contractYear: '2030-31', state: 'done', rag: 'purple', overdue: 'yes', reviewer: 'someone' },
        YEARS,
      ),
    ).toEqual(NO_FILTERS);
    expect(filtersFromParams({ reviewer: 'unassigned' }, YEARS).reviewer).toBe('unassigned');
    expect(filtersFromParams({ reviewer: DANA.userId }, YEARS).reviewer).toBe(DANA.userId);
    expect(filtersFromParams({}, YEARS)).toEqual(NO_FILTERS);
  });

  it('writes only the filters set into the address and the query', () => {
    const filters = { ...NO_FILTERS, contractYear: '2025/26', overdue: 'false', reviewer: 'unassigned' };
    expect(paramsOf(filters)).toEqual({ contractYear: '2025-26', overdue: 'false', reviewer: 'unassigned' });
    expect(queryOf(filters)).toEqual({ contractYear: '2025/26', overdue: false, reviewer: 'unassigned' });
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

  it('offers anyone, me, nobody, then each reviewer by name, from the list and the reports shown', () => {
    const texts = (options: ReadonlyArray<{ text: string }>) => options.map((option) => option.text);
    const withDana = { ...ROW, reviewer: DANA };
    expect(
      texts(
        reviewerFilterOptions(
          { reviewers: [{ ...HAMEL, email: 'h@x' }], rows: [withDana, ROW], chosen: '', canBeAssigned: true },
          null,
        ),
      ),
    ).toEqual(['Anyone', 'Assigned to me', 'Not assigned', 'Dana Reviewer', 'Hamel Dhanak']);
    // The caller is "Assigned to me", not a name; a CSU analyst, who is never assigned, has no "me".
    expect(
      reviewerFilterOptions(
        { reviewers: [{ ...HAMEL, email: 'h@x' }], rows: [withDana], chosen: '', canBeAssigned: true },
        HAMEL.userId,
      ).map((option) => option.value),
    ).toEqual(['', 'me', 'unassigned', DANA.userId]);
    expect(
      texts(reviewerFilterOptions({ reviewers: [], rows: [], chosen: HAMEL.userId, canBeAssigned: false })),
    ).toEqual(['Anyone', 'Not assigned', 'The reviewer chosen']);
  });

  it('shows a row’s state, rating, who decides and who reviews it', () => {
    const row = ROW;
    expect(queueRowView(row)).toMatchObject({
      state: { text: 'Awaiting review' },
      rating: { text: 'Amber' },
      unrated: '1 item not rated yet',
      decidedBy: 'NHS Southbrook CCG',
    });
    expect(queueRowView({ ...row, unrated: 0, coordinating: true })).toMatchObject({
      unrated: null,
      decidedBy: 'Your organisation',
      reviewer: 'Not assigned',
    });
    expect(queueRowView({ ...row, reviewer: DANA }, HAMEL.userId).reviewer).toBe('Dana Reviewer');
    expect(queueRowView({ ...row, reviewer: DANA }, DANA.userId).reviewer).toBe('You');
    expect(countText(1)).toBe('1 report');
    expect(countText(3)).toBe('3 reports');
  });
});

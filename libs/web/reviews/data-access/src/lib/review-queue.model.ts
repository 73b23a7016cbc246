import { REVIEW_QUEUE_RATINGS, REVIEW_STATES } from '@wres/shared/contracts';
import type {
  Reviewer,
  ReviewQueueQuery,
  ReviewQueueRating,
  ReviewQueueRow,
  ReviewState,
} from '@wres/shared/contracts';
import { ratingTag, reviewStateTag } from './review-labels.model';
import type { ReviewTag } from './review-labels.model';

/**
 * The review queue's filters as the page holds them (empty means "all") and as the address carries them, so
 * a filtered queue can be bookmarked and shared. No Angular here.
 */
export interface QueueFilters {
  readonly contractYear: string;
  readonly state: string;
  readonly rag: string;
  readonly overdue: string;
  /** `me`, `unassigned` or a reviewer's user id. */
  readonly reviewer: string;
}

export const NO_FILTERS: QueueFilters = { contractYear: '', state: '', rag: '', overdue: '', reviewer: '' };

export const STATE_OPTIONS: ReadonlyArray<{ value: string; text: string }> = [
  { value: '', text: 'Any state' },
  ...REVIEW_STATES.map((state) => ({ value: state, text: reviewStateTag(state).text })),
];

export const RATING_OPTIONS: ReadonlyArray<{ value: string; text: string }> = [
  { value: '', text: 'Any rating' },
  ...REVIEW_QUEUE_RATINGS.map((rating) => ({
    value: rating,
    text: rating === 'not-rated' ? 'Not rated yet' : ratingTag(rating).text,
  })),
];

export const OVERDUE_OPTIONS: ReadonlyArray<{ value: string; text: string }> = [
  { value: '', text: 'Overdue or not' },
  { value: 'true', text: 'Overdue reviews only' },
  { value: 'false', text: 'Not overdue' },
];

const USER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `me`, `unassigned` or a user id, as the API takes them; anything else is no filter. */
function reviewerOf(value: string | null | undefined): string {
  const reviewer = value ?? '';
  return reviewer === 'me' || reviewer === 'unassigned' || USER_ID.test(reviewer) ? reviewer : '';
}

/**
 * The reviewer filter's choices: anyone, the caller (only someone who can be given reports), nobody, then
 * each reviewer by name: those the caller could assign, those on the reports shown, and the one chosen.
 */
export function reviewerFilterOptions(
  choices: {
    reviewers: readonly Reviewer[];
    rows: readonly ReviewQueueRow[];
    chosen: string;
    canBeAssigned: boolean;
  },
  meId: string | null = null,
): Array<{ value: string; text: string }> {
  const names = new Map<string, string>();
  for (const reviewer of choices.reviewers) names.set(reviewer.userId, reviewer.displayName);
  for (const row of choices.rows) if (row.reviewer) names.set(row.reviewer.userId, row.reviewer.displayName);
  // The caller is "Assigned to me", unless they came by their own id.
  if (meId && choices.canBeAssigned && choices.chosen !== meId) names.delete(meId);
  if (USER_ID.test(choices.chosen) && !names.has(choices.chosen) && choices.chosen !== meId)
    names.set(choices.chosen, 'The reviewer chosen');
  return [
    { value: '', text: 'Anyone' },
    ...(choices.canBeAssigned ? [{ value: 'me', text: 'Assigned to me' }] : []),
    { value: 'unassigned', text: 'Not assigned' },
    ...[...names]
      .map(([value, text]) => ({ value, text }))
      .sort((a, b) => a.text.localeCompare(b.text, 'en-GB') || a.value.localeCompare(b.value)),
  ];
}

/** "2025/26" or "2025-26" → "2025/26"; anything else is no filter. */
function yearOf(value: string | null | undefined, years: readonly string[]): string {
  const year = (value ?? '').replace(/^(\d{4})-(\d{2})$/, '$1/$2');
  return years.includes(year) ? year : '';
}

/** The filters in the address, with anything unknown dropped rather than sent to the API. */
export function filtersFromParams(
  params: {
    contractYear?: string | null;
    state?: string | null;
    rag?: string | null;
    overdue?: string | null;
    reviewer?: string | null;
  },
  years: readonly string[],
): QueueFilters {
  const state = params.state ?? '';
  const rag = params.rag ?? '';
  const overdue = params.overdue ?? '';
  return {
    contractYear: yearOf(params.contractYear, years),
    state: (REVIEW_STATES as readonly string[]).includes(state) ? state : '',
    rag: (REVIEW_QUEUE_RATINGS as readonly string[]).includes(rag) ? rag : '',
    overdue: overdue === 'true' || overdue === 'false' ? overdue : '',
    reviewer: reviewerOf(params.reviewer),
  };
}

/** Query parameters for the address: only the filters set, the year written "2025-26". */
export function paramsOf(filters: QueueFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.contractYear) params['contractYear'] = filters.contractYear.replace('/', '-');
  if (filters.state) params['state'] = filters.state;
  if (filters.rag) params['rag'] = filters.rag;
  if (filters.overdue) params['overdue'] = filters.overdue;
  if (filters.reviewer) params['reviewer'] = filters.reviewer;
  return params;
}

export function queryOf(filters: QueueFilters): ReviewQueueQuery {
  return {
    ...(filters.contractYear ? { contractYear: filters.contractYear } : {}),
    ...(filters.state ? { state: filters.state as ReviewState } : {}),
    ...(filters.rag ? { rag: filters.rag as ReviewQueueRating } : {}),
    ...(filters.overdue ? { overdue: filters.overdue === 'true' } : {}),
    ...(filters.reviewer ? { reviewer: filters.reviewer } : {}),
  };
}

export function isFiltered(filters: QueueFilters): boolean {
  return Object.values(filters).some((value) => value !== '');
}

/** One row as the table shows it. */
export interface QueueRowView {
  readonly row: ReviewQueueRow;
  readonly state: ReviewTag;
  readonly rating: ReviewTag;
  /** "2 items to assess", or null when every item is rated. */
  readonly unrated: string | null;
  /** Who decides: the caller's own organisation, or the co-ordinating commissioner's name. */
  readonly decidedBy: string;
  /** "Dana Reviewer", "You", or "Not assigned". */
  readonly reviewer: string;
}

export function queueRowView(row: ReviewQueueRow, meId: string | null = null): QueueRowView {
  return {
    row,
    state: reviewStateTag(row.state),
    rating: ratingTag(row.rating),
    unrated: row.unrated > 0 ? `${row.unrated} ${row.unrated === 1 ? 'item' : 'items'} not rated yet` : null,
    decidedBy: row.coordinating ? 'Your organisation' : row.coordinatingCommissioner,
    reviewer: !row.reviewer
      ? 'Not assigned'
      : row.reviewer.userId === meId
        ? 'You'
        : row.reviewer.displayName,
  };
}

/** "3 reports", "1 report": what the filters found, for the status line. */
export function countText(count: number): string {
  return `${count} ${count === 1 ? 'report' : 'reports'}`;
}

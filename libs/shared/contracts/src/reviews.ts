import type { ChecklistRatingRequest, ChecklistItemId, RagRating } from './review-checklist';

/**
 * Where a submitted report is in assurance. A report enters review when first submitted; the co-ordinating
 * commissioner takes it into review and decides; a provider's new version after changes were requested makes
 * it resubmitted.
 */
export const REVIEW_STATES = [
  'submitted',
  'in-review',
  'changes-requested',
  'resubmitted',
  'assured',
  'not-assured',
] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const REVIEW_EVENT_KINDS = ['transition', 'comment', 'recommendation', 'assignment'] as const;
export type ReviewEventKind = (typeof REVIEW_EVENT_KINDS)[number];

export interface ReviewEvent {
  at: string;
  actor: { userId: string | null; organisationId: string | null; displayName: string | null };
  kind: ReviewEventKind;
  fromState: ReviewState | null;
  toState: ReviewState | null;
  /** The indicator a comment is about (i1 to i9), if any. */
  indicator: string | null;
  text: string | null;
  /** The version under review when it happened. */
  version: number | null;
}

export interface Review {
  providerId: string;
  contractYear: string;
  /** Null while the report has not been submitted. */
  state: ReviewState | null;
  /** The submitted version the state refers to. */
  reviewedVersion: number | null;
  decidedBy: string | null;
  decidedAt: string | null;
  events: ReviewEvent[];
  providerName: string;
  /**
   * The version changes were last requested on, when a later version is now under review: what a
   * resubmission is compared with. Null otherwise.
   */
  changesRequestedOnVersion: number | null;
  /** The caller may move the review on: a commissioner user of the contract's co-ordinating commissioner. */
  canDecide: boolean;
}

/** The decisions that need a comment, so the provider knows what to change or why. */
export const REVIEW_STATES_NEEDING_COMMENT: readonly ReviewState[] = ['changes-requested', 'not-assured'];

export interface ReviewTransitionRequest {
  to: ReviewState;
  comment?: string;
}

export interface ReviewCommentRequest {
  text: string;
  indicator?: string;
}

export interface ReviewRecommendationRequest {
  text: string;
  /** A CSU analyst's proposed ratings of the human checklist items, for the commissioner to weigh. */
  checklist?: ChecklistRatingRequest[];
}

/** The queue's rating filter: an overall rating, or not rated yet. */
export const REVIEW_QUEUE_RATINGS = ['red', 'amber', 'green', 'not-rated'] as const;
export type ReviewQueueRating = (typeof REVIEW_QUEUE_RATINGS)[number];

/** The queue's reviewer filter: reports assigned to the caller, to nobody, or to a named user (a uuid). */
export type ReviewQueueReviewer = 'me' | 'unassigned' | string;

/** `GET /api/v1/reviews`: every filter is optional. */
export interface ReviewQueueQuery {
  contractYear?: string;
  state?: ReviewState;
  rag?: ReviewQueueRating;
  overdue?: boolean;
  reviewer?: ReviewQueueReviewer;
}

/** Someone a co-ordinating commissioner can give reports to review: an active commissioner user of its own. */
export interface Reviewer {
  userId: string;
  displayName: string;
  email: string;
}

/** `POST /api/v1/reviews/assignments`: give several reports to one reviewer, or (null) take them back. */
export interface ReviewAssignmentRequest {
  reports: Array<{ providerId: string; contractYear: string }>;
  reviewerId: string | null;
}

export interface ReviewAssignmentResult {
  /** Reports whose reviewer changed. */
  assigned: number;
  /** Reports already with that reviewer. */
  unchanged: number;
}

/** One report in a reviewer's queue. */
export interface ReviewQueueRow {
  providerId: string;
  providerName: string;
  odsCode: string;
  contractYear: string;
  state: ReviewState;
  reviewedVersion: number;
  /** When the provider last submitted: the review's clock runs from here. */
  submittedAt: string;
  /** The last day the review is in time (ISO date), by the year's checklist settings. */
  reviewDueBy: string;
  /** Waiting for the commissioner past `reviewDueBy`. */
  overdue: boolean;
  /** The report itself was submitted after the annual-report deadline. */
  late: boolean;
  /** The checklist's overall rating, or null when no item can be rated yet. */
  rating: RagRating | null;
  unrated: number;
  coordinatingCommissioner: string;
  /** The caller's organisation co-ordinates the contract, so decides the report. */
  coordinating: boolean;
  /** Who in the co-ordinating commissioner is to review it, if anyone has been assigned. */
  reviewer: { userId: string; displayName: string } | null;
}

export interface ReviewQueue {
  rows: ReviewQueueRow[];
}

export const REVIEW_AUDIT_KINDS = [
  'submitted',
  'transition',
  'comment',
  'recommendation',
  'checklist',
  'assignment',
] as const;
export type ReviewAuditKind = (typeof REVIEW_AUDIT_KINDS)[number];

/** One step in a submission's trail. */
export interface ReviewAuditEntry {
  at: string;
  kind: ReviewAuditKind;
  /** What happened, in words: "Submitted version 2", "Changes requested", "Comment on indicator 2". */
  summary: string;
  actor: { displayName: string | null; organisationName: string | null };
  version: number | null;
  fromState: ReviewState | null;
  toState: ReviewState | null;
  indicator: string | null;
  item: ChecklistItemId | null;
  rating: RagRating | null;
  text: string | null;
}

export interface ReviewAudit {
  providerId: string;
  providerName: string;
  contractYear: string;
  state: ReviewState | null;
  /** Oldest first. */
  entries: ReviewAuditEntry[];
}

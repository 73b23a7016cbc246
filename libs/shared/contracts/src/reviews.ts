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

export const REVIEW_EVENT_KINDS = ['transition', 'comment', 'recommendation'] as const;
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
}

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
}

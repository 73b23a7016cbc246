import type { ReviewState } from '@wres/shared/contracts';

/**
 * Where a review may go from each state. A commissioner moves it, except into `resubmitted`, which only a
 * provider's new version does. Assured and not assured are final.
 */
export const REVIEW_TRANSITIONS: Readonly<Record<ReviewState, readonly ReviewState[]>> = {
  submitted: ['in-review'],
  'in-review': ['changes-requested', 'assured', 'not-assured'],
  'changes-requested': ['resubmitted'],
  resubmitted: ['in-review', 'assured', 'not-assured'],
  assured: [],
  'not-assured': [],
};

/** The states a commissioner's decision puts a report in; the decider and time are kept on the review. */
export const REVIEW_DECISIONS: readonly ReviewState[] = ['changes-requested', 'assured', 'not-assured'];

const STATE_WORDS: Record<ReviewState, string> = {
  submitted: 'submitted but not yet in review',
  'in-review': 'in review',
  'changes-requested': 'waiting for the changes requested',
  resubmitted: 'resubmitted',
  assured: 'assured',
  'not-assured': 'not assured',
};

const ACTION_WORDS: Record<ReviewState, string> = {
  submitted: 'marked submitted',
  'in-review': 'taken into review',
  'changes-requested': 'sent back for changes',
  resubmitted: 'marked resubmitted',
  assured: 'assured',
  'not-assured': 'found not assured',
};

export function canTransition(from: ReviewState, to: ReviewState): boolean {
  return REVIEW_TRANSITIONS[from].includes(to);
}

/** Why a review cannot go from one state to another, in words for the user; null when it can. */
export function transitionRefusal(from: ReviewState, to: ReviewState): string | null {
  if (canTransition(from, to)) return null;
  return `A report that is ${STATE_WORDS[from]} cannot be ${ACTION_WORDS[to]}`;
}

/** As `transitionRefusal`, for a commissioner's move: only the provider submits or resubmits a report. */
export function decisionRefusal(from: ReviewState, to: ReviewState): string | null {
  if (to === 'submitted' || to === 'resubmitted')
    return `A report becomes ${to} only when its provider submits a version`;
  return transitionRefusal(from, to);
}

import type { ReviewState } from '@wres/shared/contracts';

/**
 * The moves the co-ordinating commissioner can make from each state, as buttons, and the comment a decision
 * needs. Mirrors the API's rules so the page only offers what it will accept. No Angular here.
 */
export interface DecisionOption {
  readonly to: ReviewState;
  /** The button's words. */
  readonly label: string;
  readonly needsComment: boolean;
  /** How the button looks: the main action, another one, or one that refuses. */
  readonly look: 'primary' | 'secondary' | 'warning';
}

const TAKE_INTO_REVIEW: DecisionOption = {
  to: 'in-review',
  label: 'Take into review',
  needsComment: false,
  look: 'secondary',
};
const ASSURE: DecisionOption = {
  to: 'assured',
  label: 'Assure the report',
  needsComment: false,
  look: 'primary',
};
const REQUEST_CHANGES: DecisionOption = {
  to: 'changes-requested',
  label: 'Request changes',
  needsComment: true,
  look: 'secondary',
};
const NOT_ASSURED: DecisionOption = {
  to: 'not-assured',
  label: 'Not assured',
  needsComment: true,
  look: 'warning',
};

export function decisionsFor(state: ReviewState | null): DecisionOption[] {
  switch (state) {
    case 'submitted':
      return [{ ...TAKE_INTO_REVIEW, look: 'primary' }];
    case 'in-review':
      return [ASSURE, REQUEST_CHANGES, NOT_ASSURED];
    case 'resubmitted':
      // Changes can be asked for again once the new version is taken into review.
      return [ASSURE, TAKE_INTO_REVIEW, NOT_ASSURED];
    default:
      return [];
  }
}

/** Why a decision cannot be sent as it is, in the API's words; null when it can. */
export function decisionProblem(option: DecisionOption, comment: string): string | null {
  if (!option.needsComment || comment.trim()) return null;
  return option.to === 'changes-requested'
    ? 'Say what the provider should change'
    : 'Say why the report is not assured';
}

/** What the page says once a decision is made. */
export function decisionNotice(to: ReviewState): { heading: string; line: string } {
  switch (to) {
    case 'in-review':
      return { heading: 'Taken into review', line: 'The report is now in review.' };
    case 'changes-requested':
      return {
        heading: 'Changes requested',
        line: 'The provider has been emailed your comment and a link to its report.',
      };
    case 'assured':
      return {
        heading: 'Report assured',
        line: 'The provider has been told, and the report is now locked.',
      };
    case 'not-assured':
      return { heading: 'Report not assured', line: 'The provider has been emailed your decision.' };
    default:
      return { heading: 'Review updated', line: '' };
  }
}

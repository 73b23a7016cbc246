import { formatLondonDateTime } from '@wres/domain/calendar';
import { RAG_LABELS } from '@wres/shared/contracts';
import type { RagRating, ReviewState } from '@wres/shared/contracts';

/**
 * Review states and checklist ratings in words and NHS.UK tag colours. The words carry the meaning; colour
 * only reinforces it (WCAG 1.4.1). No Angular here, so it can be tested on its own.
 */

export type ReviewTagColour = 'blue' | 'purple' | 'orange' | 'green' | 'red' | 'yellow' | 'grey';

export interface ReviewTag {
  readonly text: string;
  readonly colour: ReviewTagColour;
}

const STATE_TAGS: { readonly [S in ReviewState]: ReviewTag } = {
  submitted: { text: 'Awaiting review', colour: 'blue' },
  'in-review': { text: 'In review', colour: 'purple' },
  'changes-requested': { text: 'Changes requested', colour: 'orange' },
  resubmitted: { text: 'Resubmitted', colour: 'blue' },
  assured: { text: 'Assured', colour: 'green' },
  'not-assured': { text: 'Not assured', colour: 'red' },
};

export function reviewStateTag(state: ReviewState | null): ReviewTag {
  return state
    ? (STATE_TAGS[state] ?? { text: state, colour: 'grey' })
    : { text: 'Not submitted', colour: 'grey' };
}

export function reviewStateLabel(state: ReviewState | null): string {
  return reviewStateTag(state).text;
}

const RATING_COLOURS: { readonly [R in RagRating]: ReviewTagColour } = {
  red: 'red',
  amber: 'yellow',
  green: 'green',
};

/** "Red", "Amber", "Green", or "Not rated" while nothing can be rated. */
export function ratingTag(rating: RagRating | null): ReviewTag {
  return rating
    ? { text: RAG_LABELS[rating], colour: RATING_COLOURS[rating] }
    : { text: 'Not rated', colour: 'grey' };
}

export { formatLondonDateTime };

/** `/reviews/:providerId/:year`, the year written "2025-26". */
export function reviewLink(providerId: string, contractYear: string): string[] {
  return ['/reviews', providerId, contractYear.replace('/', '-')];
}

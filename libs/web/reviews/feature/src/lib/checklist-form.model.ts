import { HUMAN_CHECKLIST_ITEMS } from '@wres/shared/contracts';
import type {
  AssuranceChecklist,
  ChecklistRatingRequest,
  HumanChecklistItem,
  RagRating,
} from '@wres/shared/contracts';

/** One human item as a form holds it: a rating not chosen yet is ''. No Angular here. */
export interface RatingChoice {
  readonly item: HumanChecklistItem;
  readonly label: string;
  readonly rating: RagRating | '';
  readonly note: string;
}

/** What each rating means for a judgement, so the choice is made in words. */
export const RATING_CHOICES: ReadonlyArray<{ value: RagRating; text: string; hint: string }> = [
  { value: 'green', text: 'Green', hint: 'Met' },
  { value: 'amber', text: 'Amber', hint: 'Partly met: follow it up with the provider' },
  { value: 'red', text: 'Red', hint: 'Not met' },
];

/**
 * The human items as a form starts: for the commissioner, its latest ratings; for a CSU analyst's proposal,
 * nothing chosen. Items the year leaves out of the checklist are not offered.
 */
export function ratingChoicesOf(
  checklist: AssuranceChecklist,
  start: 'assessment' | 'blank',
): RatingChoice[] {
  return HUMAN_CHECKLIST_ITEMS.flatMap((item) => {
    const entry = checklist.items.find((candidate) => candidate.id === item);
    if (!entry) return [];
    const current = start === 'assessment' ? entry.assessment : null;
    return [{ item, label: entry.label, rating: current?.rating ?? '', note: current?.note ?? '' }];
  });
}

/** The ratings chosen, as the API takes them; an item left unchosen is not sent. */
export function ratingsToSend(choices: readonly RatingChoice[]): ChecklistRatingRequest[] {
  return choices.flatMap((choice) =>
    choice.rating
      ? [
          {
            item: choice.item,
            rating: choice.rating,
            ...(choice.note.trim() ? { note: choice.note.trim() } : {}),
          },
        ]
      : [],
  );
}

export function withChoice(
  choices: readonly RatingChoice[],
  item: HumanChecklistItem,
  change: Partial<Pick<RatingChoice, 'rating' | 'note'>>,
): RatingChoice[] {
  return choices.map((choice) => (choice.item === item ? { ...choice, ...change } : choice));
}

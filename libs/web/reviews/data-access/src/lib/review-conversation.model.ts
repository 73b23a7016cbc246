import { INDICATOR_SHORT_TITLES } from '@wres/shared/contracts';
import type { ReviewEvent, ReviewState } from '@wres/shared/contracts';
import { formatLondonDateTime, reviewStateLabel } from './review-labels.model';

/**
 * A review's conversation as people read it: comments grouped by what they are about (the report as a whole,
 * then indicators 1 to 9), the decisions that came with a comment, and any recommendation. No Angular here.
 */

export const REVIEW_INDICATORS = ['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8', 'i9'] as const;

export const COMMENT_SUBJECT_OPTIONS: ReadonlyArray<{ value: string; text: string }> = [
  { value: '', text: 'The report as a whole' },
  ...REVIEW_INDICATORS.map((indicator) => ({ value: indicator, text: INDICATOR_SHORT_TITLES[indicator] })),
];

export interface ConversationEntry {
  readonly at: string;
  /** "23 November 2026 at 10:15am". */
  readonly when: string;
  readonly by: string;
  readonly text: string;
  readonly version: number | null;
}

export interface ConversationThread {
  readonly indicator: string | null;
  readonly title: string;
  readonly entries: readonly ConversationEntry[];
}

export interface DecisionEntry extends ConversationEntry {
  readonly state: ReviewState;
  /** "Changes requested". */
  readonly decision: string;
}

export interface Conversation {
  readonly threads: readonly ConversationThread[];
  /** Decisions that came with a comment, oldest first. */
  readonly decisions: readonly DecisionEntry[];
  readonly recommendations: readonly ConversationEntry[];
}

function entryOf(event: ReviewEvent): ConversationEntry {
  return {
    at: event.at,
    when: formatLondonDateTime(event.at),
    by: event.actor.displayName ?? 'Someone no longer in the service',
    text: event.text ?? '',
    version: event.version,
  };
}

export function conversationOf(events: readonly ReviewEvent[]): Conversation {
  const comments = events.filter((event) => event.kind === 'comment' && event.text);
  const subjects = [null, ...REVIEW_INDICATORS] as const;
  const threads = subjects
    .map((indicator) => ({
      indicator,
      title: indicator ? INDICATOR_SHORT_TITLES[indicator] : 'The report as a whole',
      entries: comments.filter((event) => (event.indicator ?? null) === indicator).map(entryOf),
    }))
    .filter((thread) => thread.entries.length > 0);
  const decisions = events
    .filter((event) => event.kind === 'transition' && event.toState && event.text)
    .map((event) => ({
      ...entryOf(event),
      state: event.toState as ReviewState,
      decision: reviewStateLabel(event.toState),
    }));
  const recommendations = events
    .filter((event) => event.kind === 'recommendation' && event.text)
    .map(entryOf);
  return { threads, decisions, recommendations };
}

/** The latest decision that asked for changes, while the provider has yet to answer it; else null. */
export function changesToMake(
  state: ReviewState | null,
  events: readonly ReviewEvent[],
): DecisionEntry | null {
  if (state !== 'changes-requested') return null;
  const { decisions } = conversationOf(events);
  return [...decisions].reverse().find((decision) => decision.state === 'changes-requested') ?? null;
}

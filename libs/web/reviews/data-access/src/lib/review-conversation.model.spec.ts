import type { ReviewEvent } from '@wres/shared/contracts';
import { changesToMake, COMMENT_SUBJECT_OPTIONS, conversationOf } from './review-conversation.model';

function event(overrides: Partial<ReviewEvent>): ReviewEvent {
  return {
    at: '2026-11-23T10:00:00Z',
    actor: { userId: 'u1', organisationId: 'o1', displayName: 'Hamel Dhanak' },
    kind: 'comment',
    fromState: null,
    toState: null,
    indicator: null,
    text: 'A comment',
    version: 1,
    ...overrides,
  };
}

const EVENTS: ReviewEvent[] = [
  event({
    kind: 'transition',
    toState: 'submitted',
    text: null,
    actor: { userId: 'p', organisationId: 'p', displayName: 'Priya Shah' },
  }),
  event({ kind: 'transition', fromState: 'submitted', toState: 'in-review', text: null }),
  event({ indicator: 'i8', text: 'Indicator 8 is not in the narrative' }),
  event({ text: 'The report reads well' }),
  event({ indicator: 'i2', text: 'Check the appointed figures', at: '2026-11-23T10:05:00Z' }),
  event({
    indicator: 'i2',
    text: 'And the shortlisted ones',
    actor: { userId: null, organisationId: null, displayName: null },
  }),
  event({
    kind: 'recommendation',
    text: 'Recommend changes',
    actor: { userId: 'c', organisationId: 'c', displayName: 'Chidi Okafor' },
  }),
  event({
    kind: 'transition',
    fromState: 'in-review',
    toState: 'changes-requested',
    text: 'Please fix indicator 2',
    at: '2026-11-23T11:30:00Z',
  }),
];

describe('the review conversation', () => {
  it('groups comments by what they are about: the report first, then indicators in order', () => {
    const { threads } = conversationOf(EVENTS);
    expect(threads.map((thread) => [thread.title, thread.entries.map((entry) => entry.text)])).toEqual([
      ['The report as a whole', ['The report reads well']],
      [
        'Indicator 2: appointment from shortlisting',
        ['Check the appointed figures', 'And the shortlisted ones'],
      ],
      ['Indicator 8: discrimination from colleagues', ['Indicator 8 is not in the narrative']],
    ]);
    expect(threads[1].entries[0]).toMatchObject({
      when: '23 November 2026 at 10:05am',
      by: 'Hamel Dhanak',
      version: 1,
    });
    expect(threads[1].entries[1].by).toBe('Someone no longer in the service');
  });

  it('keeps the decisions that came with a comment, and the recommendations', () => {
    const { decisions, recommendations } = conversationOf(EVENTS);
    expect(decisions).toEqual([
      expect.objectContaining({
        state: 'changes-requested',
        decision: 'Changes requested',
        text: 'Please fix indicator 2',
      }),
    ]);
    expect(recommendations.map((entry) => [entry.by, entry.text])).toEqual([
      ['Chidi Okafor', 'Recommend changes'],
    ]);
  });

  it('names the changes the provider has to make only while they are outstanding', () => {
    expect(changesToMake('changes-requested', EVENTS)?.text).toBe('Please fix indicator 2');
    expect(changesToMake('resubmitted', EVENTS)).toBeNull();
    expect(changesToMake('changes-requested', [])).toBeNull();
  });

  it('offers the report as a whole and each indicator to comment on', () => {
    expect(COMMENT_SUBJECT_OPTIONS).toHaveLength(10);
    expect(COMMENT_SUBJECT_OPTIONS[0]).toEqual({ value: '', text: 'The report as a whole' });
    expect(COMMENT_SUBJECT_OPTIONS[9].value).toBe('i9');
  });
});

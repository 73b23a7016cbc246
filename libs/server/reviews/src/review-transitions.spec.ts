import { REVIEW_STATES } from '@wres/shared/contracts';
import type { ReviewState } from '@wres/shared/contracts';
import { canTransition, decisionRefusal, REVIEW_TRANSITIONS, transitionRefusal } from './review-transitions';

const ALLOWED: Array<[ReviewState, ReviewState]> = [
  ['submitted', 'in-review'],
  ['in-review', 'changes-requested'],
  ['in-review', 'assured'],
  ['in-review', 'not-assured'],
  ['changes-requested', 'resubmitted'],
  ['resubmitted', 'in-review'],
  ['resubmitted', 'assured'],
  ['resubmitted', 'not-assured'],
];

describe('review transitions', () => {
  it('allows exactly the transitions of the assurance process', () => {
    const allowed = REVIEW_STATES.flatMap((from) =>
      REVIEW_STATES.filter((to) => canTransition(from, to)).map((to) => [from, to]),
    );
    expect(allowed).toEqual(ALLOWED);
  });

  it('has an entry for every state', () => {
    expect(Object.keys(REVIEW_TRANSITIONS).sort()).toEqual([...REVIEW_STATES].sort());
  });

  it('makes assured and not assured final', () => {
    for (const to of REVIEW_STATES) {
      expect(canTransition('assured', to)).toBe(false);
      expect(canTransition('not-assured', to)).toBe(false);
    }
  });

  it('says in words why a transition is refused, and nothing when it is allowed', () => {
    expect(transitionRefusal('assured', 'changes-requested')).toBe(
      'A report that is assured cannot be sent back for changes',
    );
    expect(transitionRefusal('submitted', 'assured')).toBe(
      'A report that is submitted but not yet in review cannot be assured',
    );
    for (const [from, to] of ALLOWED) expect(transitionRefusal(from, to)).toBeNull();
  });

  it('leaves submitting and resubmitting to the provider', () => {
    expect(decisionRefusal('changes-requested', 'resubmitted')).toBe(
      'A report becomes resubmitted only when its provider submits a version',
    );
    expect(decisionRefusal('in-review', 'submitted')).toMatch(/only when its provider submits/);
    expect(decisionRefusal('in-review', 'assured')).toBeNull();
    expect(decisionRefusal('in-review', 'in-review')).toBe(
      'A report that is in review cannot be taken into review',
    );
  });
});

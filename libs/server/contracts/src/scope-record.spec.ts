import { assessScope, findRuleSet, shippedRuleSets } from '@wres/domain/scope';
import { explanationChanges, sameDecision, scopeStatusAfter } from './scope-record';

const ruleSet = findRuleSet(shippedRuleSets(), '2020/21');
const decide = (incomesPence: number[]) => assessScope({ ruleSet, providerKind: 'voluntary', incomesPence });

describe('scope records', () => {
  const small = decide([19_000_000]);
  const large = decide([20_500_000]);

  it('treats the same figures as the same decision, whatever order the incomes came in', () => {
    expect(sameDecision(decide([1, 2]), decide([2, 1]))).toBe(true);
    expect(sameDecision(small, large)).toBe(false);
    expect(sameDecision(null, small)).toBe(false);
    expect(sameDecision(null, null)).toBe(true);
  });

  it('keeps a confirmation only while the decision is unchanged', () => {
    expect(scopeStatusAfter(small, decide([19_000_000]), 'confirmed')).toBe('confirmed');
    expect(scopeStatusAfter(small, large, 'confirmed')).toBe('presumed');
    expect(scopeStatusAfter(null, small, null)).toBe('presumed');
  });

  // WDES does not reach a voluntary provider at any income, so its explanation does not change.
  it('lists the explanation of each clause before and after, only where it changed', () => {
    const changes = explanationChanges(small, large);
    expect(changes.map((c) => c.clause)).toEqual(['SC13.5.2', 'SC12.3.2', 'SC12.4']);
    expect(changes[0]).toEqual({
      clause: 'SC13.5.2',
      before: 'Exempt from SC13.5.2: small provider — expected NHS income £190,000 does not exceed £200,000.',
      after:
        'Applies (SC13.5.2): expected NHS income £205,000 exceeds the £200,000 small-provider threshold.',
    });
  });

  it('gives every clause for a first decision', () => {
    expect(explanationChanges(null, small).every((c) => c.before === null)).toBe(true);
    expect(explanationChanges(null, small)).toHaveLength(small.obligations.length);
  });
});

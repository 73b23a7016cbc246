import { assessScopeForYear, diffObligations, formatPounds, shippedRuleSets } from './index';

describe('the scope public entry', () => {
  it('decides scope and its changes through its public entry', () => {
    const ruleSets = shippedRuleSets();
    const question = { ruleSets, providerKind: 'foundation-trust' as const, incomesPence: [5_000_000_000] };
    const before = assessScopeForYear({ ...question, contractYear: '2018/19' });
    const after = assessScopeForYear({ ...question, contractYear: '2019/20' });
    expect(formatPounds(after.totalIncomePence)).toBe('£50,000,000');
    expect(diffObligations(before, after).map((change) => change.summary)).toEqual(['WDES now applies.']);
  });
});

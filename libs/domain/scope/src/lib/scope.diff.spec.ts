import type { RuleSet } from './rule-set.model';
import { REFERENCE_RULE_SET, cloneRuleSet, findRuleSet, shippedRuleSets } from './rule-sets';
import { diffObligations, previewRuleSetChange } from './scope.diff';
import { assessScope } from './scope.rules';

const ruleSets = shippedRuleSets();

describe('diffObligations', () => {
  it('finds nothing between equal decisions', () => {
    const decision = assessScope({
      ruleSet: REFERENCE_RULE_SET,
      providerKind: 'nhs-trust',
      incomesPence: [1],
    });
    expect(diffObligations(decision, decision)).toEqual([]);
  });

  it('ignores wording changes when applying stays the same', () => {
    const before = assessScope({
      ruleSet: REFERENCE_RULE_SET,
      providerKind: 'independent',
      incomesPence: [1],
    });
    const after = assessScope({
      ruleSet: REFERENCE_RULE_SET,
      providerKind: 'independent',
      incomesPence: [2],
    });
    expect(before.obligations[1].explanation).not.toBe(after.obligations[1].explanation);
    expect(diffObligations(before, after)).toEqual([]);
  });

  it('says which clauses start applying when income crosses the threshold', () => {
    const before = assessScope({
      ruleSet: REFERENCE_RULE_SET,
      providerKind: 'independent',
      incomesPence: [20_000_000],
    });
    const after = assessScope({
      ruleSet: REFERENCE_RULE_SET,
      providerKind: 'independent',
      incomesPence: [20_000_000, 1],
    });
    const changes = diffObligations(before, after);
    expect(changes.map(({ clause, change }) => ({ clause, change }))).toEqual([
      { clause: 'SC13.5.2', change: 'now-applies' },
      { clause: 'SC12.3.2', change: 'now-applies' },
      { clause: 'SC12.4', change: 'now-applies' },
    ]);
    expect(changes[0]).toEqual({
      clause: 'SC13.5.2',
      title: REFERENCE_RULE_SET.clauses[1].title,
      change: 'now-applies',
      before: 'Exempt from SC13.5.2: small provider — expected NHS income £200,000 does not exceed £200,000.',
      after:
        'Applies (SC13.5.2): expected NHS income £200,000.01 exceeds the £200,000 small-provider threshold.',
      summary: 'SC13.5.2 now applies.',
    });
    expect(diffObligations(after, before).map((change) => change.change)).toEqual([
      'no-longer-applies',
      'no-longer-applies',
      'no-longer-applies',
    ]);
  });

  it('treats a clause missing on one side as not applying there (WDES arriving in 2019/20)', () => {
    const question = { providerKind: 'nhs-trust' as const, incomesPence: [5_000_000_000] };
    const before = assessScope({ ...question, ruleSet: findRuleSet(ruleSets, '2018/19') });
    const after = assessScope({ ...question, ruleSet: findRuleSet(ruleSets, '2019/20') });
    expect(diffObligations(before.obligations, after.obligations)).toEqual([
      {
        clause: 'WDES',
        title: 'Implement the Workforce Disability Equality Standard',
        change: 'now-applies',
        before: null,
        after: 'Applies (WDES): an NHS trust is covered whatever its expected NHS income (£50,000,000).',
        summary: 'WDES now applies.',
      },
    ]);
    expect(diffObligations(after, before)).toMatchObject([
      { clause: 'WDES', change: 'no-longer-applies', after: null, summary: 'WDES no longer applies.' },
    ]);
    const independent = { providerKind: 'independent' as const, incomesPence: [5_000_000_000] };
    expect(
      diffObligations(
        assessScope({ ...independent, ruleSet: findRuleSet(ruleSets, '2018/19') }),
        assessScope({ ...independent, ruleSet: findRuleSet(ruleSets, '2019/20') }),
      ),
    ).toEqual([]);
  });
});

describe('previewRuleSetChange', () => {
  it('lists only the providers whose obligations would change', () => {
    const edited: RuleSet = cloneRuleSet(REFERENCE_RULE_SET);
    edited.smallProviderThresholdPence = 25_000_000;
    const preview = previewRuleSetChange(REFERENCE_RULE_SET, edited, [
      { providerId: 'big-trust', providerKind: 'nhs-trust', incomesPence: [5_000_000_000] },
      { providerId: 'mid-charity', providerKind: 'voluntary', incomesPence: [15_000_000, 6_000_000] },
      { providerId: 'tiny-charity', providerKind: 'voluntary', incomesPence: [100_000] },
    ]);
    expect(preview.map((result) => result.providerId)).toEqual(['mid-charity']);
    expect(preview[0].changes.map((change) => change.summary)).toEqual([
      'SC13.5.2 no longer applies.',
      'SC12.3.2 no longer applies.',
      'SC12.4 no longer applies.',
    ]);
  });
});

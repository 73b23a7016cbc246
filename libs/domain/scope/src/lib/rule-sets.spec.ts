import { InvalidContractYearError } from './contract-year';
import { validateRuleSets } from './rule-set.validation';
import {
  REFERENCE_RULE_SET,
  SMALL_PROVIDER_THRESHOLD_PENCE,
  UnknownContractYearError,
  cloneRuleSet,
  copyRuleSetForYear,
  findRuleSet,
  rollRuleSetForward,
  shippedRuleSets,
} from './rule-sets';

describe('rule sets', () => {
  it('holds the 2015/16 reference rules', () => {
    expect(REFERENCE_RULE_SET.contractYear).toBe('2015/16');
    expect(REFERENCE_RULE_SET.smallProviderThresholdPence).toBe(20_000_000);
    expect(SMALL_PROVIDER_THRESHOLD_PENCE).toBe(20_000_000);
    expect(
      REFERENCE_RULE_SET.clauses.map(({ clause, appliesTo, smallProvidersExempt }) => ({
        clause,
        appliesTo,
        smallProvidersExempt,
      })),
    ).toEqual([
      { clause: 'SC13.5.1', appliesTo: ['nhs-trust', 'foundation-trust'], smallProvidersExempt: false },
      {
        clause: 'SC13.5.2',
        appliesTo: ['nhs-trust', 'foundation-trust', 'independent', 'voluntary'],
        smallProvidersExempt: true,
      },
      {
        clause: 'SC12.3.2',
        appliesTo: ['nhs-trust', 'foundation-trust', 'independent', 'voluntary', 'primary-care'],
        smallProvidersExempt: true,
      },
      {
        clause: 'SC12.4',
        appliesTo: ['nhs-trust', 'foundation-trust', 'independent', 'voluntary', 'primary-care'],
        smallProvidersExempt: true,
      },
    ]);
  });

  it('cannot be changed in place', () => {
    expect(Object.isFrozen(REFERENCE_RULE_SET)).toBe(true);
    expect(Object.isFrozen(REFERENCE_RULE_SET.clauses[0].appliesTo)).toBe(true);
  });

  it('ships 2015/16 to 2025/26, all valid', () => {
    const ruleSets = shippedRuleSets();
    expect(ruleSets.map((ruleSet) => ruleSet.contractYear)).toEqual([
      '2015/16',
      '2016/17',
      '2017/18',
      '2018/19',
      '2019/20',
      '2020/21',
      '2021/22',
      '2022/23',
      '2023/24',
      '2024/25',
      '2025/26',
    ]);
    expect(validateRuleSets(ruleSets)).toEqual([]);
    expect(ruleSets[0]).toEqual(REFERENCE_RULE_SET);
    for (const ruleSet of ruleSets) expect(ruleSet.smallProviderThresholdPence).toBe(20_000_000);
  });

  it('adds WDES from 2019/20 only, for NHS trusts and foundation trusts', () => {
    for (const ruleSet of shippedRuleSets()) {
      const wdes = ruleSet.clauses.find((clause) => clause.clause === 'WDES');
      if (ruleSet.contractYear < '2019/20') {
        expect(wdes).toBeUndefined();
        expect(ruleSet.clauses.map((clause) => clause.clause)).toEqual([
          'SC13.5.1',
          'SC13.5.2',
          'SC12.3.2',
          'SC12.4',
        ]);
      } else {
        expect(wdes).toEqual({
          clause: 'WDES',
          title: 'Implement the Workforce Disability Equality Standard',
          appliesTo: ['nhs-trust', 'foundation-trust'],
          smallProvidersExempt: false,
        });
      }
    }
  });

  it('says later years are copies to confirm', () => {
    const ruleSets = shippedRuleSets();
    expect(ruleSets[0].basis).toContain('2015/16');
    expect(ruleSets[1].basis).toBe(
      'Copy of the 2015/16 reference rule set; clause numbers and threshold for 2016/17 are to be confirmed by an admin.',
    );
  });

  it('hands out independent copies, so editing one year leaves the others and the reference alone', () => {
    const first = shippedRuleSets();
    first[1].smallProviderThresholdPence = 1;
    first[1].clauses[0].appliesTo.push('independent');
    first[5].clauses.pop();
    const second = shippedRuleSets();
    expect(second[1].smallProviderThresholdPence).toBe(20_000_000);
    expect(second[1].clauses[0].appliesTo).toEqual(['nhs-trust', 'foundation-trust']);
    expect(second[2].clauses[0].appliesTo).toEqual(['nhs-trust', 'foundation-trust']);
    expect(second[5].clauses.map((clause) => clause.clause)).toContain('WDES');
    expect(REFERENCE_RULE_SET.clauses[0].appliesTo).toEqual(['nhs-trust', 'foundation-trust']);
  });

  it('copies and rolls a year forward', () => {
    const copy = copyRuleSetForYear(REFERENCE_RULE_SET, '2030/31');
    expect(copy.contractYear).toBe('2030/31');
    expect(copy.clauses).toEqual(REFERENCE_RULE_SET.clauses);
    expect(copy.clauses).not.toBe(REFERENCE_RULE_SET.clauses);
    expect(copy.basis).toBe('Copy of the 2015/16 rule set.');
    expect(rollRuleSetForward(copy).contractYear).toBe('2031/32');
    expect(() => copyRuleSetForYear(REFERENCE_RULE_SET, '2030/32')).toThrow(InvalidContractYearError);
    const clone = cloneRuleSet(REFERENCE_RULE_SET);
    expect(clone).toEqual(REFERENCE_RULE_SET);
    expect(Object.isFrozen(clone)).toBe(false);
  });

  describe('findRuleSet', () => {
    const ruleSets = shippedRuleSets();

    it('finds a year', () => {
      expect(findRuleSet(ruleSets, '2019/20').contractYear).toBe('2019/20');
    });

    it('throws a clear error for a year with no rules, naming the years that have them', () => {
      const unsorted = [ruleSets[2], ruleSets[0]];
      expect(() => findRuleSet(unsorted, '2026/27')).toThrow(UnknownContractYearError);
      expect(() => findRuleSet(unsorted, '2026/27')).toThrow(
        'No rule set for contract year 2026/27; rule sets exist for 2015/16, 2017/18.',
      );
      expect(() => findRuleSet([], '2015/16')).toThrow('No rule set for contract year 2015/16; none exist.');
      try {
        findRuleSet(unsorted, '2014/15');
      } catch (error) {
        expect(error).toMatchObject({ contractYear: '2014/15', knownContractYears: ['2015/16', '2017/18'] });
      }
    });

    it('throws for a malformed year', () => {
      expect(() => findRuleSet(ruleSets, '2015/17')).toThrow(InvalidContractYearError);
    });
  });
});

import { InvalidContractYearError } from './contract-year';
import type { ProviderKind } from './provider-kind';
import type { RuleSet } from './rule-set.model';
import { REFERENCE_RULE_SET, UnknownContractYearError, findRuleSet, shippedRuleSets } from './rule-sets';
import {
  type ScopeDecision,
  ScopeInputError,
  applicableObligations,
  assessScope,
  assessScopeForYear,
  isSmallProvider,
} from './scope.rules';

const ruleSets = shippedRuleSets();
const ruleSet2015 = findRuleSet(ruleSets, '2015/16');

function obligation(decision: ScopeDecision, clause: string) {
  const found = decision.obligations.find((candidate) => candidate.clause === clause);
  if (!found) throw new Error(`no ${clause} in the decision`);
  return found;
}

function applying(decision: ScopeDecision): string[] {
  return applicableObligations(decision).map((candidate) => candidate.clause);
}

describe('assessScope', () => {
  describe('worked examples', () => {
    it('£200,000 from one commissioner is a small provider: SC13.5.2 and SC12.3.2 do not apply', () => {
      const decision = assessScope({
        ruleSet: ruleSet2015,
        providerKind: 'independent',
        incomesPence: [20_000_000],
      });
      expect(decision.smallProvider).toBe(true);
      expect(decision.totalIncomePence).toBe(20_000_000);
      expect(obligation(decision, 'SC13.5.2')).toMatchObject({
        applies: false,
        basis: 'small-provider-exempt',
      });
      expect(obligation(decision, 'SC12.3.2')).toMatchObject({
        applies: false,
        basis: 'small-provider-exempt',
      });
      expect(obligation(decision, 'SC12.4')).toMatchObject({
        applies: false,
        basis: 'small-provider-exempt',
      });
      expect(obligation(decision, 'SC13.5.2').explanation).toBe(
        'Exempt from SC13.5.2: small provider — expected NHS income £200,000 does not exceed £200,000.',
      );
      expect(applying(decision)).toEqual([]);
    });

    it('£150,000 + £60,000 from two commissioners in the same year is £210,000: not small', () => {
      const decision = assessScope({
        ruleSet: ruleSet2015,
        providerKind: 'voluntary',
        incomesPence: [15_000_000, 6_000_000],
      });
      expect(decision.totalIncomePence).toBe(21_000_000);
      expect(decision.smallProvider).toBe(false);
      expect(applying(decision)).toEqual(['SC13.5.2', 'SC12.3.2', 'SC12.4']);
      expect(obligation(decision, 'SC13.5.2').explanation).toBe(
        'Applies (SC13.5.2): expected NHS income £210,000 exceeds the £200,000 small-provider threshold.',
      );
    });

    it('2015/16 NHS trust with £50m: EDS2 (SC13.5.1), WRES report (SC13.5.2), SC12.3.2 and SC12.4', () => {
      const decision = assessScope({
        ruleSet: ruleSet2015,
        providerKind: 'nhs-trust',
        incomesPence: [5_000_000_000],
      });
      expect(decision).toMatchObject({
        contractYear: '2015/16',
        providerKind: 'nhs-trust',
        smallProvider: false,
        totalIncomePence: 5_000_000_000,
        thresholdPence: 20_000_000,
      });
      expect(applying(decision)).toEqual(['SC13.5.1', 'SC13.5.2', 'SC12.3.2', 'SC12.4']);
      expect(obligation(decision, 'SC13.5.1').explanation).toBe(
        'Applies (SC13.5.1): an NHS trust is covered whatever its expected NHS income (£50,000,000).',
      );
    });

    it('2015/16 independent provider with £5m: SC13.5.2, SC12.3.2 and SC12.4, no EDS2', () => {
      const decision = assessScope({
        ruleSet: ruleSet2015,
        providerKind: 'independent',
        incomesPence: [500_000_000],
      });
      expect(applying(decision)).toEqual(['SC13.5.2', 'SC12.3.2', 'SC12.4']);
      expect(obligation(decision, 'SC13.5.1')).toEqual({
        clause: 'SC13.5.1',
        title: 'Implement the Equality Delivery System (EDS2)',
        applies: false,
        basis: 'provider-kind-not-covered',
        explanation: 'SC13.5.1 applies to NHS trusts and foundation trusts only.',
      });
    });
  });

  describe('the small-provider threshold', () => {
    it('treats exactly £200,000.00 as small and £200,000.01 as not', () => {
      const atThreshold = assessScope({
        ruleSet: ruleSet2015,
        providerKind: 'nhs-trust',
        incomesPence: [20_000_000],
      });
      const onePennyOver = assessScope({
        ruleSet: ruleSet2015,
        providerKind: 'nhs-trust',
        incomesPence: [20_000_001],
      });
      expect(atThreshold.smallProvider).toBe(true);
      expect(onePennyOver.smallProvider).toBe(false);
      expect(obligation(onePennyOver, 'SC13.5.2').explanation).toBe(
        'Applies (SC13.5.2): expected NHS income £200,000.01 exceeds the £200,000 small-provider threshold.',
      );
      expect(isSmallProvider(20_000_000, 20_000_000)).toBe(true);
      expect(isSmallProvider(20_000_001, 20_000_000)).toBe(false);
    });

    it('explains an exemption with the figures', () => {
      const decision = assessScope({
        ruleSet: ruleSet2015,
        providerKind: 'independent',
        incomesPence: [18_000_000],
      });
      expect(obligation(decision, 'SC13.5.2').explanation).toBe(
        'Exempt from SC13.5.2: small provider — expected NHS income £180,000 does not exceed £200,000.',
      );
      expect(obligation(decision, 'SC12.3.2').explanation).toBe(
        'Exempt from SC12.3.2: small provider — expected NHS income £180,000 does not exceed £200,000.',
      );
    });

    it('sums every commissioner: two small contracts can make a provider not small', () => {
      const one = assessScope({
        ruleSet: ruleSet2015,
        providerKind: 'independent',
        incomesPence: [12_000_000],
      });
      const two = assessScope({
        ruleSet: ruleSet2015,
        providerKind: 'independent',
        incomesPence: [12_000_000, 8_000_001],
      });
      expect(one.smallProvider).toBe(true);
      expect(two.smallProvider).toBe(false);
      expect(two.totalIncomePence).toBe(20_000_001);
    });

    it('treats a provider with no recorded income as small', () => {
      const decision = assessScope({ ruleSet: ruleSet2015, providerKind: 'voluntary', incomesPence: [] });
      expect(decision).toMatchObject({ smallProvider: true, totalIncomePence: 0 });
      expect(obligation(decision, 'SC13.5.2').explanation).toBe(
        'Exempt from SC13.5.2: small provider — expected NHS income £0 does not exceed £200,000.',
      );
    });

    it('keeps EDS2 for a small NHS trust, since SC13.5.1 has no small-provider exemption', () => {
      const decision = assessScope({
        ruleSet: ruleSet2015,
        providerKind: 'foundation-trust',
        incomesPence: [1_000],
      });
      expect(applying(decision)).toEqual(['SC13.5.1']);
      expect(obligation(decision, 'SC13.5.1').explanation).toBe(
        'Applies (SC13.5.1): a foundation trust is covered whatever its expected NHS income (£10).',
      );
    });

    it('uses the threshold of the rule set it is given', () => {
      const edited: RuleSet = { ...ruleSet2015, smallProviderThresholdPence: 25_000_050 };
      const decision = assessScope({
        ruleSet: edited,
        providerKind: 'independent',
        incomesPence: [21_000_000],
      });
      expect(decision).toMatchObject({ smallProvider: true, thresholdPence: 25_000_050 });
      expect(obligation(decision, 'SC13.5.2').explanation).toBe(
        'Exempt from SC13.5.2: small provider — expected NHS income £210,000 does not exceed £250,000.50.',
      );
    });
  });

  describe('primary care', () => {
    it('is outside the WRES whatever its income', () => {
      const decision = assessScope({
        ruleSet: ruleSet2015,
        providerKind: 'primary-care',
        incomesPence: [90_000_000],
      });
      expect(obligation(decision, 'SC13.5.2')).toMatchObject({
        applies: false,
        basis: 'provider-kind-not-covered',
        explanation: 'Does not apply: primary care is outside the Workforce Race Equality Standard.',
      });
      expect(obligation(decision, 'SC13.5.1').explanation).toBe(
        'SC13.5.1 applies to NHS trusts and foundation trusts only.',
      );
    });

    it('gives the primary-care reason before any small-provider exemption', () => {
      const decision = assessScope({
        ruleSet: ruleSet2015,
        providerKind: 'primary-care',
        incomesPence: [100],
      });
      expect(obligation(decision, 'SC13.5.2').basis).toBe('provider-kind-not-covered');
      expect(obligation(decision, 'SC12.3.2').basis).toBe('small-provider-exempt');
    });
  });

  describe('WDES', () => {
    const kinds: ProviderKind[] = [
      'nhs-trust',
      'foundation-trust',
      'independent',
      'voluntary',
      'primary-care',
    ];

    it.each(['2015/16', '2016/17', '2017/18', '2018/19'])('is not in the %s rules', (contractYear) => {
      for (const providerKind of kinds) {
        const decision = assessScopeForYear({
          ruleSets,
          contractYear,
          providerKind,
          incomesPence: [5_000_000_000],
        });
        expect(decision.obligations.map((candidate) => candidate.clause)).not.toContain('WDES');
      }
    });

    it.each(['2019/20', '2020/21', '2025/26'])(
      'applies in %s to NHS trusts and foundation trusts only',
      (year) => {
        const decide = (providerKind: ProviderKind) =>
          obligation(
            assessScopeForYear({ ruleSets, contractYear: year, providerKind, incomesPence: [5_000_000_000] }),
            'WDES',
          );
        expect(decide('nhs-trust')).toMatchObject({
          applies: true,
          title: 'Implement the Workforce Disability Equality Standard',
          explanation:
            'Applies (WDES): an NHS trust is covered whatever its expected NHS income (£50,000,000).',
        });
        expect(decide('foundation-trust').applies).toBe(true);
        for (const providerKind of ['independent', 'voluntary', 'primary-care'] as const) {
          expect(decide(providerKind)).toMatchObject({
            applies: false,
            explanation: 'WDES applies to NHS trusts and foundation trusts only.',
          });
        }
      },
    );
  });

  it('explains a clause excluding a kind with no reason given by listing the kinds it covers', () => {
    const edited: RuleSet = {
      ...REFERENCE_RULE_SET,
      clauses: [
        {
          clause: 'X1',
          title: 'Something',
          appliesTo: ['independent', 'voluntary', 'nhs-trust'],
          smallProvidersExempt: true,
        },
        { clause: 'X2', title: 'Other', appliesTo: ['voluntary'], smallProvidersExempt: true },
      ],
    };
    const decision = assessScope({ ruleSet: edited, providerKind: 'primary-care', incomesPence: [] });
    expect(decision.obligations.map((candidate) => candidate.explanation)).toEqual([
      'X1 applies to independent sector providers, voluntary sector providers and NHS trusts only.',
      'X2 applies to voluntary sector providers only.',
    ]);
  });

  describe('bad input', () => {
    it('lists every bad income by path', () => {
      const attempt = () =>
        assessScope({
          ruleSet: ruleSet2015,
          providerKind: 'nhs-trust',
          incomesPence: [100, -1, 2.5, Number.NaN],
        });
      expect(attempt).toThrow(ScopeInputError);
      try {
        attempt();
      } catch (error) {
        expect((error as ScopeInputError).problems).toEqual([
          { path: 'incomesPence[1]', message: 'must not be negative' },
          { path: 'incomesPence[2]', message: 'must be a whole number of pence' },
          { path: 'incomesPence[3]', message: 'must be a number of pence' },
        ]);
      }
    });

    it('rejects an unknown kind of provider together with bad incomes', () => {
      try {
        assessScope({ ruleSet: ruleSet2015, providerKind: 'hospice' as ProviderKind, incomesPence: [-5] });
        throw new Error('expected a ScopeInputError');
      } catch (error) {
        expect(error).toBeInstanceOf(ScopeInputError);
        expect((error as ScopeInputError).problems).toEqual([
          { path: 'providerKind', message: '"hospice" is not a kind of provider' },
          { path: 'incomesPence[0]', message: 'must not be negative' },
        ]);
        expect((error as Error).message).toBe(
          'Cannot decide scope: providerKind "hospice" is not a kind of provider; incomesPence[0] must not be negative.',
        );
      }
    });

    it('rejects incomes that are not a list', () => {
      expect(() =>
        assessScope({
          ruleSet: ruleSet2015,
          providerKind: 'nhs-trust',
          incomesPence: 20_000_000 as unknown as number[],
        }),
      ).toThrow('incomesPence must be a list of amounts in pence');
    });

    it('rejects an unknown or malformed year', () => {
      const question = { ruleSets, providerKind: 'nhs-trust' as const, incomesPence: [1] };
      expect(() => assessScopeForYear({ ...question, contractYear: '2030/31' })).toThrow(
        UnknownContractYearError,
      );
      expect(() => assessScopeForYear({ ...question, contractYear: '2015/17' })).toThrow(
        InvalidContractYearError,
      );
    });
  });
});

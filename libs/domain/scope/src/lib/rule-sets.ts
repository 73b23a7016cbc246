import {
  type ContractYear,
  compareContractYears,
  parseContractYear,
  contractYearsBetween,
  deepFreeze,
  findForContractYear,
  nextContractYear,
} from './contract-year';
import type { ClauseRule, RuleSet } from './rule-set.model';

export const SMALL_PROVIDER_THRESHOLD_PENCE = 20_000_000;

export const REFERENCE_CONTRACT_YEAR: ContractYear = '2015/16';
export const WDES_FIRST_CONTRACT_YEAR: ContractYear = '2019/20';
export const LAST_SHIPPED_CONTRACT_YEAR: ContractYear = '2025/26';

const WRES_EXCLUSION = {
  kind: 'primary-care',
  reason: 'primary care is outside the Workforce Race Equality Standard',
} as const;

/** NHS Standard Contract 2015/16 service conditions, per NHS England's July 2015 guidance for CCGs, §3.1. */
export const REFERENCE_RULE_SET: Readonly<RuleSet> = deepFreeze({
  contractYear: REFERENCE_CONTRACT_YEAR,
  smallProviderThresholdPence: SMALL_PROVIDER_THRESHOLD_PENCE,
  basis:
    'NHS Standard Contract 2015/16 service conditions, as summarised in NHS England supplementary WRES ' +
    'technical guidance for CCGs (July 2015), section 3.1.',
  clauses: [
    {
      clause: 'SC13.5.1',
      title: 'Implement the Equality Delivery System (EDS2)',
      appliesTo: ['nhs-trust', 'foundation-trust'],
      smallProvidersExempt: false,
    },
    {
      clause: 'SC13.5.2',
      title:
        'Implement the Workforce Race Equality Standard and send an annual report on progress to the ' +
        'co-ordinating commissioner',
      appliesTo: ['nhs-trust', 'foundation-trust', 'independent', 'voluntary'],
      smallProvidersExempt: true,
      exclusions: [WRES_EXCLUSION],
    },
    {
      clause: 'SC12.3.2',
      title: 'Carry out staff surveys, including the NHS staff survey where required',
      appliesTo: ['nhs-trust', 'foundation-trust', 'independent', 'voluntary', 'primary-care'],
      smallProvidersExempt: true,
    },
    {
      clause: 'SC12.4',
      title:
        'Send a written report on each staff survey to the co-ordinating commissioner and publish its ' +
        'outcomes and actions',
      appliesTo: ['nhs-trust', 'foundation-trust', 'independent', 'voluntary', 'primary-care'],
      smallProvidersExempt: true,
    },
  ],
});

/** Mandated for NHS trusts and foundation trusts from April 2019. */
export const WDES_CLAUSE: Readonly<ClauseRule> = deepFreeze({
  clause: 'WDES',
  title: 'Implement the Workforce Disability Equality Standard',
  appliesTo: ['nhs-trust', 'foundation-trust'],
  smallProvidersExempt: false,
});

/** A mutable deep copy, so an edit to one year never leaks into another or into the reference. */
export function cloneRuleSet(ruleSet: Readonly<RuleSet>): RuleSet {
  return structuredClone(ruleSet) as RuleSet;
}

/**
 * The rule sets the product ships: 2015/16 as the reference and 2016/17 to 2025/26 as editable copies of it
 * (with WDES from 2019/20). Later clause numbers and thresholds were not confirmed, so admins review them.
 * Returns fresh copies each call.
 */
export function shippedRuleSets(): RuleSet[] {
  return contractYearsBetween(REFERENCE_CONTRACT_YEAR, LAST_SHIPPED_CONTRACT_YEAR).map((contractYear) => {
    if (contractYear === REFERENCE_CONTRACT_YEAR) return cloneRuleSet(REFERENCE_RULE_SET);
    const copy = copyRuleSetForYear(REFERENCE_RULE_SET, contractYear);
    copy.basis = `Copy of the ${REFERENCE_CONTRACT_YEAR} reference rule set; clause numbers and threshold for ${contractYear} are to be confirmed by an admin.`;
    if (compareContractYears(contractYear, WDES_FIRST_CONTRACT_YEAR) >= 0) {
      copy.clauses.push(structuredClone(WDES_CLAUSE) as ClauseRule);
    }
    return copy;
  });
}

/** Starts a year's rules from another year's, e.g. an admin rolling 2025/26 forward to 2026/27. */
export function copyRuleSetForYear(ruleSet: Readonly<RuleSet>, contractYear: ContractYear): RuleSet {
  parseContractYear(contractYear);
  return { ...cloneRuleSet(ruleSet), contractYear, basis: `Copy of the ${ruleSet.contractYear} rule set.` };
}

/** The following year's rules, copied from this year's. */
export function rollRuleSetForward(ruleSet: Readonly<RuleSet>): RuleSet {
  return copyRuleSetForYear(ruleSet, nextContractYear(ruleSet.contractYear));
}

export class UnknownContractYearError extends Error {
  constructor(
    readonly contractYear: string,
    readonly knownContractYears: readonly ContractYear[],
  ) {
    super(
      `No rule set for contract year ${contractYear}` +
        (knownContractYears.length > 0
          ? `; rule sets exist for ${knownContractYears.join(', ')}.`
          : '; none exist.'),
    );
    this.name = 'UnknownContractYearError';
  }
}

/** The rule set for a year; throws for a malformed year or one with no rules rather than guessing. */
export function findRuleSet<T extends Pick<RuleSet, 'contractYear'>>(
  ruleSets: readonly T[],
  contractYear: string,
): T {
  return findForContractYear(
    ruleSets,
    contractYear,
    (year, known) => new UnknownContractYearError(year, known),
  );
}

import type { ContractYear } from './contract-year';
import type { Pence } from './money';
import type { ProviderKind } from './provider-kind';

/** Why a clause does not reach a kind of provider, in words for the explanation. */
export interface ClauseExclusion {
  kind: ProviderKind;
  /** Lower-case clause completing "Does not apply: …", e.g. "primary care is outside the …". */
  reason: string;
}

/** One contract clause that can create an obligation. */
export interface ClauseRule {
  /** The contract's own reference, e.g. "SC13.5.2"; unique within a rule set. */
  clause: string;
  title: string;
  appliesTo: ProviderKind[];
  /** Small providers (income not expected to exceed the threshold) are exempt. */
  smallProvidersExempt: boolean;
  /** Optional reasons for kinds outside `appliesTo`, where "applies to X only" would say too little. */
  exclusions?: ClauseExclusion[];
}

/**
 * The scope rules for one contract year. Data, not code: admins edit later years because their clause
 * numbers and threshold could not be confirmed.
 */
export interface RuleSet {
  contractYear: ContractYear;
  /** Providers whose expected NHS income does not exceed this are small providers. */
  smallProviderThresholdPence: Pence;
  clauses: ClauseRule[];
  /** Where the rules come from, for whoever edits or audits them. */
  basis?: string;
}

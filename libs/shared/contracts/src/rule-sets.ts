import type { ScopeChange } from './contracts';
import type { FieldProblem } from './errors';
import type { ProviderKind } from './organisations';

/** Why a clause does not reach a kind of provider, completing "Does not apply: …". */
export interface ClauseExclusionDefinition {
  kind: ProviderKind;
  reason: string;
}

/** One contract clause that can create an obligation, as an admin edits it. */
export interface ClauseRuleDefinition {
  clause: string;
  title: string;
  appliesTo: ProviderKind[];
  smallProvidersExempt: boolean;
  exclusions?: ClauseExclusionDefinition[];
}

/** A contract year's scope rules: the threshold in pence and the clauses, in the order decisions list them. */
export interface RuleSetDefinition {
  contractYear: string;
  smallProviderThresholdPence: number;
  clauses: ClauseRuleDefinition[];
  basis?: string;
}

/** A year's rules and where they come from: as shipped with the product, or as an admin last saved them. */
export interface RuleSetRecord {
  contractYear: string;
  ruleSet: RuleSetDefinition;
  source: 'shipped' | 'edited';
  /** Null for shipped rules. */
  updatedAt: string | null;
  updatedBy: { userId: string; displayName: string } | null;
}

/** One provider whose obligations for the year an edited rule set changes, and how. */
export interface RuleSetProviderChange {
  providerId: string;
  providerName: string;
  changes: ScopeChange[];
}

/** What saving an edited rule set would do; nothing is stored. `changes` is empty while there are problems. */
export interface RuleSetPreview {
  problems: FieldProblem[];
  changes: RuleSetProviderChange[];
}

/** A saved rule set and the providers whose obligations it changed (already re-decided). */
export interface RuleSetSaveResult {
  record: RuleSetRecord;
  changes: RuleSetProviderChange[];
}

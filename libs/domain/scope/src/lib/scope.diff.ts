import type { Pence } from './money';
import type { ProviderKind } from './provider-kind';
import type { RuleSet } from './rule-set.model';
import { type Obligation, type ScopeDecision, assessScope } from './scope.rules';

export type ObligationChangeKind = 'now-applies' | 'no-longer-applies';

/** A clause whose applying changed between two decisions; wording-only changes are not changes. */
export interface ObligationChange {
  clause: string;
  title: string;
  change: ObligationChangeKind;
  /** The earlier explanation, or null when the clause was not in the earlier rules. */
  before: string | null;
  /** The later explanation, or null when the clause is not in the later rules. */
  after: string | null;
  summary: string;
}

type Obligations = ScopeDecision | readonly Obligation[];

/**
 * Which clauses changed between two decisions (scope history) or two rule sets (preview). A clause missing
 * on one side counts as not applying there.
 */
export function diffObligations(before: Obligations, after: Obligations): ObligationChange[] {
  const earlier = obligationsOf(before);
  const later = obligationsOf(after);
  const clauses = [...new Set([...later, ...earlier].map((obligation) => obligation.clause))];
  const changes: ObligationChange[] = [];
  for (const clause of clauses) {
    const was = earlier.find((obligation) => obligation.clause === clause) ?? null;
    const is = later.find((obligation) => obligation.clause === clause) ?? null;
    const applied = was?.applies ?? false;
    const applies = is?.applies ?? false;
    if (applied === applies) continue;
    const title = (is ?? was)?.title ?? '';
    const change: ObligationChangeKind = applies ? 'now-applies' : 'no-longer-applies';
    changes.push({
      clause,
      title,
      change,
      before: was?.explanation ?? null,
      after: is?.explanation ?? null,
      summary: applies ? `${clause} now applies.` : `${clause} no longer applies.`,
    });
  }
  return changes;
}

export interface ProviderScopeInput {
  /** Whatever identifies the provider to the caller; passed back untouched. */
  providerId: string;
  providerKind: ProviderKind;
  incomesPence: readonly Pence[];
}

export interface ProviderScopeChange {
  providerId: string;
  changes: ObligationChange[];
}

/** Before an admin saves an edited rule set: which providers' obligations would change, and how. */
export function previewRuleSetChange(
  current: RuleSet,
  edited: RuleSet,
  providers: readonly ProviderScopeInput[],
): ProviderScopeChange[] {
  return providers
    .map(({ providerId, providerKind, incomesPence }) => ({
      providerId,
      changes: diffObligations(
        assessScope({ ruleSet: current, providerKind, incomesPence }),
        assessScope({ ruleSet: edited, providerKind, incomesPence }),
      ),
    }))
    .filter((result) => result.changes.length > 0);
}

function obligationsOf(value: Obligations): readonly Obligation[] {
  return 'obligations' in value ? value.obligations : value;
}

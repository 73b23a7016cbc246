import { assessScope, diffObligations, findRuleSet } from '@wres/domain/scope';
import type { RuleSet, ScopeDecision } from '@wres/domain/scope';
import { sameDecision } from '@wres/server/contracts';
import type { ProviderKind, ScopeChange } from '@wres/shared/contracts';
import type { DemoContract } from './demo-contracts';

export interface DemoScopeDecision {
  provider: string;
  contractYear: string;
  decision: ScopeDecision;
  previous: ScopeDecision | null;
  changes: ScopeChange[];
}

/**
 * The scope history the api would have written had each demo contract been recorded through it in order:
 * a decision per contract that changed the provider's scope, with the one before and what changed. The
 * last decision per provider and year is the one its obligations hold. Pure, so the seed stays fast.
 */
export function demoScopeHistory(
  contracts: readonly DemoContract[],
  providerKindOf: (provider: string) => ProviderKind,
  ruleSets: readonly RuleSet[],
): DemoScopeDecision[] {
  const incomes = new Map<string, number[]>();
  const latest = new Map<string, ScopeDecision>();
  const history: DemoScopeDecision[] = [];
  for (const contract of contracts) {
    const key = `${contract.provider}|${contract.contractYear}`;
    const sofar = [...(incomes.get(key) ?? []), ...contract.commissioners.map((c) => c.expectedIncomePence)];
    incomes.set(key, sofar);
    const decision = assessScope({
      ruleSet: findRuleSet(ruleSets, contract.contractYear),
      providerKind: providerKindOf(contract.provider),
      incomesPence: sofar,
    });
    const previous = latest.get(key) ?? null;
    if (previous && sameDecision(previous, decision)) continue;
    latest.set(key, decision);
    history.push({
      provider: contract.provider,
      contractYear: contract.contractYear,
      decision,
      previous,
      changes: previous ? diffObligations(previous, decision) : [],
    });
  }
  return history;
}

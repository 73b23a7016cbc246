import type { ContractYear } from './contract-year';
import { type Pence, formatPounds, sumPence } from './money';
import { PROVIDER_KIND_WORDS, type ProviderKind, isProviderKind, listInWords } from './provider-kind';
import type { ClauseRule, RuleSet } from './rule-set.model';
import { findRuleSet } from './rule-sets';
import type { ValidationProblem } from './validation-problem';

/** Why an obligation does or does not apply, for code; `explanation` says the same for people. */
export type ObligationBasis = 'applies' | 'small-provider-exempt' | 'provider-kind-not-covered';

/** What one clause asks of one provider in one contract year. */
export interface Obligation {
  clause: string;
  title: string;
  applies: boolean;
  basis: ObligationBasis;
  /** Plain English, citing the clause and the figures. */
  explanation: string;
}

export interface ScopeDecision {
  contractYear: ContractYear;
  providerKind: ProviderKind;
  smallProvider: boolean;
  /** Expected income from all the provider's NHS commissioners for the year. */
  totalIncomePence: Pence;
  thresholdPence: Pence;
  obligations: Obligation[];
}

export interface ScopeQuestion {
  ruleSet: RuleSet;
  providerKind: ProviderKind;
  /** Expected income from each NHS commissioner for the contract year, one entry per commissioner. */
  incomesPence: readonly Pence[];
}

export class ScopeInputError extends Error {
  constructor(readonly problems: ValidationProblem[]) {
    super(
      `Cannot decide scope: ${problems.map((problem) => `${problem.path} ${problem.message}`).join('; ')}.`,
    );
    this.name = 'ScopeInputError';
  }
}

/** "Not expected to exceed": exactly the threshold is still small. */
export function isSmallProvider(totalIncomePence: Pence, thresholdPence: Pence): boolean {
  return totalIncomePence <= thresholdPence;
}

/** Which obligations a contract creates for a provider, each with its reason in words. */
export function assessScope(question: ScopeQuestion): ScopeDecision {
  const { ruleSet, providerKind, incomesPence } = question;
  const problems: ValidationProblem[] = [];
  if (!isProviderKind(providerKind)) {
    problems.push({ path: 'providerKind', message: `"${String(providerKind)}" is not a kind of provider` });
  }
  let totalIncomePence = 0;
  if (!Array.isArray(incomesPence)) {
    problems.push({ path: 'incomesPence', message: 'must be a list of amounts in pence' });
  } else {
    const sum = sumPence(incomesPence, 'incomesPence');
    totalIncomePence = sum.totalPence;
    problems.push(...sum.problems);
  }
  if (problems.length > 0) throw new ScopeInputError(problems);

  const thresholdPence = ruleSet.smallProviderThresholdPence;
  const smallProvider = isSmallProvider(totalIncomePence, thresholdPence);
  const figures = { totalIncomePence, thresholdPence, smallProvider };
  return {
    contractYear: ruleSet.contractYear,
    providerKind,
    smallProvider,
    totalIncomePence,
    thresholdPence,
    obligations: ruleSet.clauses.map((rule) => decideClause(rule, providerKind, figures)),
  };
}

/** `assessScope` for a year, looking its rule set up (throws for unknown years). */
export function assessScopeForYear(
  question: Omit<ScopeQuestion, 'ruleSet'> & { ruleSets: readonly RuleSet[]; contractYear: string },
): ScopeDecision {
  const { ruleSets, contractYear, ...rest } = question;
  return assessScope({ ...rest, ruleSet: findRuleSet(ruleSets, contractYear) });
}

/** The obligations that apply, for lists that only show what a provider must do. */
export function applicableObligations(decision: ScopeDecision): Obligation[] {
  return decision.obligations.filter((obligation) => obligation.applies);
}

function decideClause(
  rule: ClauseRule,
  providerKind: ProviderKind,
  figures: { totalIncomePence: Pence; thresholdPence: Pence; smallProvider: boolean },
): Obligation {
  const { clause, title } = rule;
  const income = formatPounds(figures.totalIncomePence);
  const threshold = formatPounds(figures.thresholdPence);

  if (!rule.appliesTo.includes(providerKind)) {
    const exclusion = rule.exclusions?.find((candidate) => candidate.kind === providerKind);
    const kinds = listInWords(rule.appliesTo.map((kind) => PROVIDER_KIND_WORDS[kind].plural));
    const explanation = exclusion
      ? `Does not apply: ${exclusion.reason}.`
      : `${clause} applies to ${kinds} only.`;
    return { clause, title, applies: false, basis: 'provider-kind-not-covered', explanation };
  }
  if (rule.smallProvidersExempt && figures.smallProvider) {
    return {
      clause,
      title,
      applies: false,
      basis: 'small-provider-exempt',
      explanation: `Exempt from ${clause}: small provider — expected NHS income ${income} does not exceed ${threshold}.`,
    };
  }
  const explanation = rule.smallProvidersExempt
    ? `Applies (${clause}): expected NHS income ${income} exceeds the ${threshold} small-provider threshold.`
    : `Applies (${clause}): ${PROVIDER_KIND_WORDS[providerKind].singular} is covered whatever its expected NHS income (${income}).`;
  return { clause, title, applies: true, basis: 'applies', explanation };
}

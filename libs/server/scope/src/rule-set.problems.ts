import { validateRuleSet } from '@wres/domain/scope';
import type { ClauseRule, RuleSet } from '@wres/domain/scope';
import { groupProblemsByPath } from '@wres/server/core/http';
import type { FieldProblem } from '@wres/shared/contracts';

/**
 * Every problem with a rule set an admin edited for `contractYear`, by path (`clauses[1].appliesTo[0]`):
 * the domain's checks, and that it is for the year being edited.
 */
export function ruleSetProblems(candidate: unknown, contractYear: string): FieldProblem[] {
  const problems = validateRuleSet(candidate);
  const year = (candidate as { contractYear?: unknown } | null)?.contractYear;
  // Only where the year is the one thing to say about it: not on a malformed year or a non-object.
  if (problems.every((p) => p.path !== 'contractYear' && p.path !== '(rule set)') && year !== contractYear) {
    problems.push({ path: 'contractYear', message: `must be ${contractYear}, the year being edited` });
  }
  return groupProblemsByPath(problems, (path, message) =>
    /^[a-z]/.test(message) ? `${path} ${message}` : message,
  );
}

/** Only the fields a rule set has, so nothing else a client sent is stored with it. */
export function normaliseRuleSet(ruleSet: RuleSet): RuleSet {
  return {
    contractYear: ruleSet.contractYear,
    smallProviderThresholdPence: ruleSet.smallProviderThresholdPence,
    clauses: ruleSet.clauses.map(normaliseClause),
    ...(ruleSet.basis === undefined ? {} : { basis: ruleSet.basis }),
  };
}

function normaliseClause(rule: ClauseRule): ClauseRule {
  return {
    clause: rule.clause,
    title: rule.title,
    appliesTo: [...rule.appliesTo],
    smallProvidersExempt: rule.smallProvidersExempt,
    ...(rule.exclusions === undefined
      ? {}
      : { exclusions: rule.exclusions.map(({ kind, reason }) => ({ kind, reason })) }),
  };
}

import { isContractYear } from './contract-year';
import { penceProblem } from './money';
import { PROVIDER_KINDS, isProviderKind } from './provider-kind';
import type { RuleSet } from './rule-set.model';
import { type ValidationProblem, fieldPath } from './validation-problem';

export class InvalidRuleSetError extends Error {
  constructor(readonly problems: ValidationProblem[]) {
    super(`Invalid rule set: ${problems.map((problem) => `${problem.path} ${problem.message}`).join('; ')}.`);
    this.name = 'InvalidRuleSetError';
  }
}

/**
 * Every problem with a rule set as an admin edited it (so from untyped input), by field path such as
 * `clauses[1].appliesTo[0]`. An empty list means it can be saved.
 */
export function validateRuleSet(candidate: unknown, path = ''): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const at = (child: string | number) => fieldPath(path, child);
  if (!isRecord(candidate)) return [{ path: path || '(rule set)', message: 'must be an object' }];

  if (!isContractYear(candidate['contractYear'])) {
    problems.push({ path: at('contractYear'), message: 'must be a contract year written like "2015/16"' });
  }
  const thresholdProblem = penceProblem(candidate['smallProviderThresholdPence']);
  if (thresholdProblem !== null) {
    problems.push({ path: at('smallProviderThresholdPence'), message: thresholdProblem });
  }
  if (candidate['basis'] !== undefined && typeof candidate['basis'] !== 'string') {
    problems.push({ path: at('basis'), message: 'must be text' });
  }

  const clauses = candidate['clauses'];
  if (!Array.isArray(clauses)) {
    problems.push({ path: at('clauses'), message: 'must be a list of clauses' });
    return problems;
  }
  if (clauses.length === 0) problems.push({ path: at('clauses'), message: 'must list at least one clause' });
  const seen = new Map<string, number>();
  clauses.forEach((clause: unknown, index) => {
    const clausePath = fieldPath(at('clauses'), index);
    problems.push(...validateClause(clause, clausePath));
    if (isRecord(clause) && typeof clause['clause'] === 'string') {
      const id = clause['clause'].trim().toUpperCase();
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else problems.push({ path: `${clausePath}.clause`, message: `repeats clauses[${first}].clause` });
    }
  });
  return problems;
}

/** Every problem across a collection of rule sets, including two for the same year. */
export function validateRuleSets(candidates: unknown): ValidationProblem[] {
  if (!Array.isArray(candidates)) return [{ path: '(rule sets)', message: 'must be a list of rule sets' }];
  const problems: ValidationProblem[] = [];
  const seen = new Map<string, number>();
  candidates.forEach((candidate: unknown, index) => {
    problems.push(...validateRuleSet(candidate, `[${index}]`));
    if (isRecord(candidate) && typeof candidate['contractYear'] === 'string') {
      const first = seen.get(candidate['contractYear']);
      if (first === undefined) seen.set(candidate['contractYear'], index);
      else problems.push({ path: `[${index}].contractYear`, message: `repeats [${first}].contractYear` });
    }
  });
  return problems;
}

/** Narrows untyped input to a RuleSet or throws with every problem. */
export function assertValidRuleSet(candidate: unknown): asserts candidate is RuleSet {
  const problems = validateRuleSet(candidate);
  if (problems.length > 0) throw new InvalidRuleSetError(problems);
}

function validateClause(clause: unknown, path: string): ValidationProblem[] {
  if (!isRecord(clause)) return [{ path, message: 'must be an object' }];
  const problems: ValidationProblem[] = [];
  if (typeof clause['clause'] !== 'string' || clause['clause'].trim() === '') {
    problems.push({ path: `${path}.clause`, message: 'must name the clause, e.g. "SC13.5.2"' });
  } else if (clause['clause'] !== clause['clause'].trim()) {
    problems.push({ path: `${path}.clause`, message: 'must not start or end with spaces' });
  }
  if (typeof clause['title'] !== 'string' || clause['title'].trim() === '') {
    problems.push({ path: `${path}.title`, message: 'must say what the clause asks for' });
  }
  if (typeof clause['smallProvidersExempt'] !== 'boolean') {
    problems.push({ path: `${path}.smallProvidersExempt`, message: 'must be true or false' });
  }

  const appliesTo = clause['appliesTo'];
  const kinds = new Set<string>();
  if (!Array.isArray(appliesTo)) {
    problems.push({ path: `${path}.appliesTo`, message: 'must be a list of provider kinds' });
  } else {
    if (appliesTo.length === 0) {
      problems.push({ path: `${path}.appliesTo`, message: 'must name at least one kind of provider' });
    }
    appliesTo.forEach((kind: unknown, index) => {
      const kindPath = `${path}.appliesTo[${index}]`;
      if (!isProviderKind(kind)) {
        problems.push({ path: kindPath, message: `must be one of ${PROVIDER_KINDS.join(', ')}` });
      } else if (kinds.has(kind)) {
        problems.push({ path: kindPath, message: `repeats ${kind}` });
      } else kinds.add(kind);
    });
  }

  const exclusions = clause['exclusions'];
  if (exclusions === undefined) return problems;
  if (!Array.isArray(exclusions)) {
    problems.push({ path: `${path}.exclusions`, message: 'must be a list' });
    return problems;
  }
  const excluded = new Set<string>();
  exclusions.forEach((exclusion: unknown, index) => {
    const exclusionPath = `${path}.exclusions[${index}]`;
    if (!isRecord(exclusion)) {
      problems.push({ path: exclusionPath, message: 'must be an object' });
      return;
    }
    const kind = exclusion['kind'];
    if (!isProviderKind(kind)) {
      problems.push({
        path: `${exclusionPath}.kind`,
        message: `must be one of ${PROVIDER_KINDS.join(', ')}`,
      });
    } else if (kinds.has(kind)) {
      problems.push({
        path: `${exclusionPath}.kind`,
        message: `${kind} is in appliesTo, so cannot be excluded`,
      });
    } else if (excluded.has(kind)) {
      problems.push({ path: `${exclusionPath}.kind`, message: `repeats ${kind}` });
    } else excluded.add(kind);
    if (typeof exclusion['reason'] !== 'string' || exclusion['reason'].trim() === '') {
      problems.push({ path: `${exclusionPath}.reason`, message: 'must say why the clause does not apply' });
    }
  });
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

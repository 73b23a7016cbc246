import { parsePounds } from '@wres/domain/scope';
import type { FieldProblem, RuleSetDefinition } from '@wres/shared/contracts';
import type { FieldErrors } from '@wres/web/shared/ui';

/** Field ids follow the request's property paths, so the API's problems land on their fields. */
export const THRESHOLD_FIELD = 'smallProviderThresholdPence';

export function exemptField(index: number): string {
  return `clauses[${index}].smallProvidersExempt`;
}

/** The fields in the order they appear on the page. */
export function ruleSetFieldOrder(clauseCount: number): string[] {
  return [THRESHOLD_FIELD, ...Array.from({ length: clauseCount }, (_, index) => exemptField(index))];
}

/** What someone types as pounds ("£250,000", "250000") as integer pence; null when it is not money. */
export function thresholdToPence(text: string): number | null {
  return parsePounds(text.replace(/\s+/g, ''));
}

/** What is wrong with the threshold before it is sent, by field id; the API checks everything again. */
export function validateRuleSetForm(threshold: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!threshold.trim()) errors[THRESHOLD_FIELD] = 'Enter the small-provider threshold';
  else if (thresholdToPence(threshold) === null) {
    errors[THRESHOLD_FIELD] = 'Enter the small-provider threshold as an amount in pounds, like £200,000';
  }
  return errors;
}

/** The saved rules with the admin's threshold and exemptions; call only once the threshold is valid. */
export function editedRuleSet(
  saved: RuleSetDefinition,
  threshold: string,
  exempt: readonly boolean[],
): RuleSetDefinition {
  return {
    ...saved,
    smallProviderThresholdPence: thresholdToPence(threshold) ?? Number.NaN,
    clauses: saved.clauses.map((clause, index) => ({
      ...clause,
      smallProvidersExempt: exempt[index] ?? clause.smallProvidersExempt,
    })),
  };
}

/** The API names fields by path ("smallProviderThresholdPence must …"); say the same in words. */
export function inWords(message: string, clauses: readonly string[]): string {
  const sentence = message
    .replace(/\bsmallProviderThresholdPence\b/g, 'the small-provider threshold')
    .replace(
      /clauses\[(\d+)\]\.smallProvidersExempt/g,
      (_, i) => `small providers exempt from ${clauses[+i] ?? `clause ${+i + 1}`}`,
    )
    .replace(/clauses\[(\d+)\]/g, (_, i) => clauses[+i] ?? `clause ${+i + 1}`);
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

export function problemsInWords(
  problems: readonly FieldProblem[],
  clauses: readonly string[],
): FieldProblem[] {
  return problems.map((problem) => ({
    path: problem.path,
    messages: problem.messages.map((message) => inWords(message, clauses)),
  }));
}

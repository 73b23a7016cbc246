import type { ScopeDecision } from '@wres/domain/scope';
import type { ExplanationChange, ScopeAssessment, ScopeStatus } from '@wres/shared/contracts';

/** The same provider kind, figures and obligation wording: nothing a person would see has changed. */
export function sameDecision(a: ScopeAssessment | null, b: ScopeAssessment | null): boolean {
  if (a === null || b === null) return a === b;
  const essence = (decision: ScopeAssessment) =>
    JSON.stringify([
      decision.contractYear,
      decision.providerKind,
      decision.smallProvider,
      decision.totalIncomePence,
      decision.thresholdPence,
      decision.obligations.map((o) => [o.clause, o.title, o.applies, o.basis, o.explanation]),
    ]);
  return essence(a) === essence(b);
}

/**
 * A confirmation is of one decision: once the decision changes (new figures, new obligations), the
 * co-ordinating commissioner has to look again, so the scope is presumed until they do.
 */
export function scopeStatusAfter(
  previous: ScopeAssessment | null,
  next: ScopeDecision,
  currentStatus: ScopeStatus | null,
): ScopeStatus {
  return sameDecision(previous, next) && currentStatus ? currentStatus : 'presumed';
}

/** Each clause whose explanation differs between two decisions; for the first decision, every clause. */
export function explanationChanges(
  previous: ScopeAssessment | null,
  decision: ScopeAssessment,
): ExplanationChange[] {
  const before = new Map((previous?.obligations ?? []).map((o) => [o.clause, o.explanation] as const));
  const after = new Map(decision.obligations.map((o) => [o.clause, o.explanation] as const));
  const clauses = [...new Set([...after.keys(), ...before.keys()])];
  return clauses
    .map((clause) => ({ clause, before: before.get(clause) ?? null, after: after.get(clause) ?? null }))
    .filter((change) => change.before !== change.after);
}

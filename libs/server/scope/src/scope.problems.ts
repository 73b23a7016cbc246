import { InvalidContractYearError, ScopeInputError, UnknownContractYearError } from '@wres/domain/scope';
import { groupProblemsByPath } from '@wres/server/core/http';
import type { FieldProblem } from '@wres/shared/contracts';

/**
 * The domain's reasons a scope question cannot be answered, as field problems for a 400 answer;
 * null for any other error, which is a fault rather than bad input.
 */
export function scopeProblemsOf(error: unknown): FieldProblem[] | null {
  if (error instanceof InvalidContractYearError || error instanceof UnknownContractYearError) {
    return [{ path: 'contractYear', messages: [error.message] }];
  }
  if (error instanceof ScopeInputError) return groupProblemsByPath(error.problems, sentence);
  return null;
}

/**
 * The domain words most problems as the end of a sentence about the field ("must not be negative");
 * lead with the field, as our other 400 answers do, so each message reads on its own.
 */
function sentence(path: string, message: string): string {
  return /^[a-z]/.test(message) ? `${path} ${message}` : message;
}

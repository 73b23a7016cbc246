import type { ValidationProblem } from '@wres/domain/wres';
import { groupProblemsByPath } from '@wres/server/core/http';
import type { FieldProblem } from '@wres/shared/contracts';

/** The domain's problems with a document as the 400 answer's field problems: one entry per path, in order. */
export function wresFieldProblems(problems: readonly ValidationProblem[]): FieldProblem[] {
  return groupProblemsByPath(problems);
}

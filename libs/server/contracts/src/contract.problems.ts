import { penceProblem } from '@wres/domain/scope';
import { groupProblemsByPath } from '@wres/server/core/http';
import type { ContractCommissionerRequest, FieldProblem } from '@wres/shared/contracts';

/** A contract lists each of its commissioners once; more than this is a mistake, not a contract. */
export const MAX_COMMISSIONERS_PER_CONTRACT = 50;

/**
 * What is wrong with a contract's commissioner lines on their own terms: each income is whole,
 * non-negative pence; no commissioner twice; exactly one co-ordinating. Every problem by path.
 */
export function commissionerLineProblems(
  lines: readonly ContractCommissionerRequest[],
  path = 'commissioners',
): FieldProblem[] {
  const problems: Array<{ path: string; message: string }> = [];
  if (lines.length === 0) problems.push({ path, message: 'Add at least one commissioner' });
  let totalPence = 0;
  lines.forEach((line, index) => {
    const reason = penceProblem(line.expectedIncomePence);
    const incomePath = `${path}[${index}].expectedIncomePence`;
    if (reason !== null) problems.push({ path: incomePath, message: `${incomePath} ${reason}` });
    else totalPence += line.expectedIncomePence;
    const first = lines.findIndex((other) => other.commissionerId === line.commissionerId);
    if (first !== index) {
      problems.push({
        path: `${path}[${index}].commissionerId`,
        message: `${path}[${index}].commissionerId names the same commissioner as ${path}[${first}]`,
      });
    }
  });
  if (!Number.isSafeInteger(totalPence)) {
    problems.push({ path, message: 'The total expected income is too large to hold exactly' });
  }
  const coordinating = lines.filter((line) => line.coordinating).length;
  if (lines.length > 0 && coordinating !== 1) {
    problems.push({
      path,
      message:
        coordinating === 0
          ? 'Choose the co-ordinating commissioner: a contract has exactly one'
          : `Choose exactly one co-ordinating commissioner: ${coordinating} are marked co-ordinating`,
    });
  }
  return groupProblemsByPath(problems);
}

/** Two sets of commissioner lines carry the same income from the same commissioners. */
export function sameIncomes(
  a: ReadonlyArray<Pick<ContractCommissionerRequest, 'commissionerId' | 'expectedIncomePence'>>,
  b: ReadonlyArray<Pick<ContractCommissionerRequest, 'commissionerId' | 'expectedIncomePence'>>,
): boolean {
  const key = (lines: typeof a) =>
    lines
      .map((line) => `${line.commissionerId}:${line.expectedIncomePence}`)
      .sort()
      .join(',');
  return key(a) === key(b);
}

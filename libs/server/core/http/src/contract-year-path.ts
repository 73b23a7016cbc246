import { InvalidContractYearError, isContractYear } from '@wres/domain/scope';
import { validationFailed } from './validation';

/**
 * A contract year from a URL path segment. Paths take "2018-19" because a slash in a segment needs encoding;
 * "2018/19" is accepted too. Anything else is a 400 naming `contractYear`.
 */
export function contractYearFromPath(value: string): string {
  const contractYear = value.replace(/^(\d{4})-(\d{2})$/, '$1/$2');
  if (!isContractYear(contractYear)) {
    throw validationFailed([
      { path: 'contractYear', messages: [new InvalidContractYearError(value).message] },
    ]);
  }
  return contractYear;
}

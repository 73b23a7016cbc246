import { isContractYear } from '@wres/domain/scope';
import { validationFailed } from '@wres/server/core/http';

/** A contract year from a query string, written 2024/25 or 2024-25; 400 by field path otherwise. */
export function contractYearFromQuery(value: string): string {
  const contractYear = value.trim().replace(/^(\d{4})-(\d{2})$/, '$1/$2');
  if (!isContractYear(contractYear)) {
    throw validationFailed([{ path: 'contractYear', messages: ['Give the contract year, like 2024/25'] }]);
  }
  return contractYear;
}

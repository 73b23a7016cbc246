import {
  LAST_SHIPPED_CONTRACT_YEAR,
  REFERENCE_CONTRACT_YEAR,
  compareContractYears,
  contractYearOfDate,
  contractYearsBetween,
  isContractYear,
} from '@wres/domain/scope';

/** The contract years the service has rules for, earliest first: 2015/16 to 2025/26. */
export const CONTRACT_YEARS: readonly string[] = contractYearsBetween(
  REFERENCE_CONTRACT_YEAR,
  LAST_SHIPPED_CONTRACT_YEAR,
);

export const CONTRACT_YEAR_OPTIONS: ReadonlyArray<{ value: string; text: string }> = CONTRACT_YEARS.map(
  (year) => ({
    value: year,
    text: year,
  }),
);

/** "2015/16" → "2015-16": a slash cannot sit in a path segment. */
export function contractYearToPath(contractYear: string): string {
  return contractYear.replace('/', '-');
}

/** "2015-16" (or "2015/16") → "2015/16"; null when it is not one of the service's contract years. */
export function contractYearFromPath(segment: string | null | undefined): string | null {
  const year = (segment ?? '').replace(/^(\d{4})-(\d{2})$/, '$1/$2');
  return isContractYear(year) && CONTRACT_YEARS.includes(year) ? year : null;
}

/** The contract year today falls in, kept within the years the service has rules for. */
export function currentContractYear(today: Date = new Date()): string {
  const year = contractYearOfDate(today.toISOString().slice(0, 10));
  const first = CONTRACT_YEARS[0];
  const last = CONTRACT_YEARS[CONTRACT_YEARS.length - 1];
  if (compareContractYears(year, first) < 0) return first;
  if (compareContractYears(year, last) > 0) return last;
  return year;
}

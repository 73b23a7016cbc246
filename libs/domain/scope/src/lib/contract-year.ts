/** A contract year runs 1 April to 31 March and is written "2015/16". */
export type ContractYear = string;

export interface ParsedContractYear {
  contractYear: ContractYear;
  /** The calendar year in which the contract year starts (2015 for "2015/16"). */
  startYear: number;
}

export class InvalidContractYearError extends Error {
  constructor(readonly value: unknown) {
    super(
      `"${String(value)}" is not a contract year: write it as the starting year and the next, e.g. "2015/16".`,
    );
    this.name = 'InvalidContractYearError';
  }
}

const CONTRACT_YEAR_PATTERN = /^(\d{4})\/(\d{2})$/;

/** Reads "2015/16"; rejects "2015/17", "15/16", "2015-16" and padding rather than guessing. */
export function parseContractYear(value: unknown): ParsedContractYear {
  if (typeof value !== 'string') throw new InvalidContractYearError(value);
  const match = CONTRACT_YEAR_PATTERN.exec(value);
  if (!match) throw new InvalidContractYearError(value);
  const startYear = Number(match[1]);
  if (startYear < 1900 || Number(match[2]) !== (startYear + 1) % 100)
    throw new InvalidContractYearError(value);
  return { contractYear: value, startYear };
}

export function isContractYear(value: unknown): value is ContractYear {
  try {
    parseContractYear(value);
    return true;
  } catch {
    return false;
  }
}

export function contractYearFromStartYear(startYear: number): ContractYear {
  if (!Number.isInteger(startYear) || startYear < 1900 || startYear > 9998) {
    throw new InvalidContractYearError(startYear);
  }
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** First day of the contract year, as an ISO calendar date: "2015/16" → "2015-04-01". */
export function contractYearStart(contractYear: ContractYear): string {
  return `${parseContractYear(contractYear).startYear}-04-01`;
}

/** Last day of the contract year, as an ISO calendar date: "2015/16" → "2016-03-31". */
export function contractYearEnd(contractYear: ContractYear): string {
  return `${parseContractYear(contractYear).startYear + 1}-03-31`;
}

export function nextContractYear(contractYear: ContractYear): ContractYear {
  return contractYearFromStartYear(parseContractYear(contractYear).startYear + 1);
}

export function previousContractYear(contractYear: ContractYear): ContractYear {
  return contractYearFromStartYear(parseContractYear(contractYear).startYear - 1);
}

/** Negative when a is earlier, for sorting. */
export function compareContractYears(a: ContractYear, b: ContractYear): number {
  return parseContractYear(a).startYear - parseContractYear(b).startYear;
}

/** Every contract year from `first` to `last`, both included. */
export function contractYearsBetween(first: ContractYear, last: ContractYear): ContractYear[] {
  const from = parseContractYear(first).startYear;
  const to = parseContractYear(last).startYear;
  const years: ContractYear[] = [];
  for (let year = from; year <= to; year++) years.push(contractYearFromStartYear(year));
  return years;
}

/** The contract year an ISO calendar date ("2016-03-31") falls in; April starts a new one. */
export function contractYearOfDate(isoDate: string): ContractYear {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(isoDate);
  if (!match) throw new RangeError(`"${isoDate}" is not an ISO calendar date (YYYY-MM-DD).`);
  const year = Number(match[1]);
  return contractYearFromStartYear(Number(match[2]) >= 4 ? year : year - 1);
}

/**
 * The entry for a contract year among per-year settings (rule sets, reporting cycles). Throws for a malformed
 * year, and `unknownYear(year, yearsThatExist)` for one with no entry, rather than guessing.
 */
export function findForContractYear<T extends { contractYear: string }>(
  entries: readonly T[],
  contractYear: string,
  unknownYear: (contractYear: string, known: string[]) => Error,
): T {
  parseContractYear(contractYear);
  const found = entries.find((entry) => entry.contractYear === contractYear);
  if (found === undefined) {
    throw unknownYear(contractYear, entries.map((entry) => entry.contractYear).sort(compareContractYears));
  }
  return found;
}

/** Freezes shipped reference settings all the way down, so nobody edits the reference by accident. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

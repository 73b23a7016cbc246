import type { ValidationProblem } from './validation-problem';

/** Money is held as integer pence so sums and threshold comparisons are exact. */
export type Pence = number;

/** Why a value is not usable as an amount of money, or null when it is. */
export function penceProblem(value: unknown): string | null {
  if (typeof value !== 'number' || Number.isNaN(value)) return 'must be a number of pence';
  if (!Number.isInteger(value)) return 'must be a whole number of pence';
  if (value < 0) return 'must not be negative';
  if (!Number.isSafeInteger(value)) return 'is too large to hold exactly';
  return null;
}

export function isPence(value: unknown): value is Pence {
  return penceProblem(value) === null;
}

export class InvalidPenceError extends RangeError {
  constructor(
    readonly value: unknown,
    readonly reason: string,
  ) {
    super(`Invalid amount of money (${String(value)}): ${reason}.`);
    this.name = 'InvalidPenceError';
  }
}

export function assertPence(value: unknown): asserts value is Pence {
  const reason = penceProblem(value);
  if (reason !== null) throw new InvalidPenceError(value, reason);
}

/** Sums amounts, reporting every bad one by path (e.g. `incomesPence[1]`) rather than just the first. */
export function sumPence(
  amounts: readonly unknown[],
  path = 'amounts',
): { totalPence: Pence; problems: ValidationProblem[] } {
  const problems: ValidationProblem[] = [];
  let totalPence = 0;
  amounts.forEach((amount, index) => {
    const reason = penceProblem(amount);
    if (reason !== null) problems.push({ path: `${path}[${index}]`, message: reason });
    else totalPence += amount as number;
  });
  if (problems.length === 0 && !Number.isSafeInteger(totalPence)) {
    problems.push({ path, message: 'total is too large to hold exactly' });
  }
  return { totalPence, problems };
}

/** "£200,000", "£200,000.01", "£0.05": pence only when there are some, as the explanations read. */
export function formatPounds(pence: Pence): string {
  assertPence(pence);
  const pounds = Math.floor(pence / 100);
  const remainder = pence % 100;
  const grouped = String(pounds).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return remainder === 0 ? `£${grouped}` : `£${grouped}.${String(remainder).padStart(2, '0')}`;
}

/** Reads what an admin or commissioner types ("200000", "£200,000.01") into pence; null when it is not money. */
export function parsePounds(text: string): Pence | null {
  const match = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const pounds = Number(match[1].replace(/,/g, ''));
  const pence = pounds * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  return Number.isSafeInteger(pence) ? pence : null;
}

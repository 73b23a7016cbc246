/**
 * NHS ethnic category codes (NHS Data Dictionary, 2001 census categories) and the WRES grouping:
 * White = A, B, C; BME = every other known category; Z (not stated) and 99 (not known) are excluded.
 * Kept as data so a change in the national list is an edit here, not a change to any calculation.
 */
export type EthnicityGroup = 'white' | 'bme' | 'unknown';

export interface EthnicCategory {
  readonly code: string;
  readonly description: string;
  readonly group: EthnicityGroup;
}

export const ETHNIC_CATEGORIES: readonly EthnicCategory[] = [
  { code: 'A', description: 'White - British', group: 'white' },
  { code: 'B', description: 'White - Irish', group: 'white' },
  { code: 'C', description: 'White - Any other White background', group: 'white' },
  { code: 'D', description: 'Mixed - White and Black Caribbean', group: 'bme' },
  { code: 'E', description: 'Mixed - White and Black African', group: 'bme' },
  { code: 'F', description: 'Mixed - White and Asian', group: 'bme' },
  { code: 'G', description: 'Mixed - Any other mixed background', group: 'bme' },
  { code: 'H', description: 'Asian or Asian British - Indian', group: 'bme' },
  { code: 'J', description: 'Asian or Asian British - Pakistani', group: 'bme' },
  { code: 'K', description: 'Asian or Asian British - Bangladeshi', group: 'bme' },
  { code: 'L', description: 'Asian or Asian British - Any other Asian background', group: 'bme' },
  { code: 'M', description: 'Black or Black British - Caribbean', group: 'bme' },
  { code: 'N', description: 'Black or Black British - African', group: 'bme' },
  { code: 'P', description: 'Black or Black British - Any other Black background', group: 'bme' },
  { code: 'R', description: 'Other Ethnic Groups - Chinese', group: 'bme' },
  { code: 'S', description: 'Other Ethnic Groups - Any other ethnic group', group: 'bme' },
  { code: 'Z', description: 'Not stated', group: 'unknown' },
  { code: '99', description: 'Not known', group: 'unknown' },
];

const BY_CODE = new Map(ETHNIC_CATEGORIES.map((category) => [category.code, category]));

/**
 * The category for a code. Extended local codes (e.g. ESR's 'CA' English, 'LH' British Asian) start with
 * their national parent letter, so an unlisted two-character letter code falls back to its first letter.
 */
export function findEthnicCategory(code: string): EthnicCategory | undefined {
  const normalised = code.trim().toUpperCase();
  const exact = BY_CODE.get(normalised);
  if (exact) return exact;
  if (/^[A-Z][A-Z0-9]$/.test(normalised)) return BY_CODE.get(normalised.charAt(0));
  return undefined;
}

/** White, BME or unknown; blank and unrecognised codes count as unknown, so they are excluded. */
export function classifyEthnicity(code: string | null | undefined): EthnicityGroup {
  if (code === null || code === undefined) return 'unknown';
  return findEthnicCategory(code)?.group ?? 'unknown';
}

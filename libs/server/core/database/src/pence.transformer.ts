import type { ValueTransformer } from 'typeorm';

/**
 * PostgreSQL returns bigint as a string so no precision is silently lost. Pence within
 * Number.MAX_SAFE_INTEGER (about £90 trillion) are exact as JS numbers; anything beyond is refused loudly.
 */
export const PENCE_TRANSFORMER: ValueTransformer = {
  to: (value: unknown) => value,
  from: (value: unknown): number | null => {
    if (value === null || value === undefined) return null;
    const pence = typeof value === 'number' ? value : Number(value);
    if (!Number.isSafeInteger(pence)) throw new RangeError(`${String(value)} pence cannot be held exactly`);
    return pence;
  },
};

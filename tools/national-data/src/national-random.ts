import { createHash } from 'node:crypto';
import { seededRandom } from '@wres/tools/demo-seed';

/** A deterministic source of numbers in [0, 1). */
export type Random = () => number;

/**
 * A generator of its own for one thing (a provider, a year's report, an email), so what is drawn for one
 * never depends on how many were drawn before it: the data set is the same whatever order it is built in.
 */
export function randomFor(seed: string, ...parts: ReadonlyArray<string | number>): Random {
  return seededRandom([seed, ...parts].join('|'));
}

/** A UUID (version 4 layout) derived from its parts, so ids are known before rows are written. */
export function stableUuid(...parts: ReadonlyArray<string | number>): string {
  const bytes = createHash('sha256').update(parts.join('|')).digest();
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function between(random: Random, min: number, max: number): number {
  return min + random() * (max - min);
}

/** A whole number from min to max, both included. */
export function intBetween(random: Random, min: number, max: number): number {
  return Math.min(max, Math.floor(min + random() * (max - min + 1)));
}

/** Spread evenly on a log scale: as many providers near £1m as between £10m and £100m... per decade. */
export function logUniform(random: Random, min: number, max: number): number {
  return Math.exp(between(random, Math.log(min), Math.log(max)));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('Nothing to pick from');
  return items[Math.min(items.length - 1, Math.floor(random() * items.length))];
}

/** A shuffled copy (Fisher-Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

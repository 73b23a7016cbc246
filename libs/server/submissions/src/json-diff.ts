import type { ChangedValue } from '@wres/shared/contracts';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/**
 * Every leaf that differs between two JSON values, by path (`indicator2.bme.appointed`, `rows[3].bme`), in
 * the order the paths appear. A value that changes kind (object to number, say) is one change at its path.
 */
export function diffJson(before: unknown, after: unknown, path = ''): ChangedValue[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => {
      const at = child(path, key);
      if (!(key in after)) return [{ path: at, before: before[key] }];
      if (!(key in before)) return [{ path: at, after: after[key] }];
      return diffJson(before[key], after[key], at);
    });
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, index) => {
      const at = child(path, index);
      if (index >= after.length) return [{ path: at, before: before[index] }];
      if (index >= before.length) return [{ path: at, after: after[index] }];
      return diffJson(before[index], after[index], at);
    }).flat();
  }
  if (Object.is(before, after)) return [];
  return [{ path, before, after }];
}

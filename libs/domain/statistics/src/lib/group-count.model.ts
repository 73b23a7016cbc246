import { ComparedGroup, NotComputableCause } from './not-computable.model';

/** Events (e.g. appointments) out of a group's total (e.g. people shortlisted). */
export interface GroupCount {
  readonly events: number;
  readonly total: number;
}

export function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** The first problem that stops a rate being computed for this group, if any. */
export function countProblem(count: GroupCount, group: ComparedGroup): NotComputableCause | undefined {
  if (!isCount(count.events) || !isCount(count.total) || count.events > count.total) {
    return { kind: 'invalid-counts', group };
  }
  if (count.total === 0) return { kind: 'empty-group', group };
  return undefined;
}

/** Which group a count problem belongs to: the focal group is the numerator of a ratio. */
export type ComparedGroup = 'focal' | 'reference';

/**
 * Why a figure could not be computed. Callers use the kind and group to word the reason in their own
 * domain language ("BME staff had no appointments from shortlisting ...").
 */
export type NotComputableCause =
  | { readonly kind: 'empty-group'; readonly group: ComparedGroup }
  | { readonly kind: 'no-events'; readonly group: ComparedGroup }
  | { readonly kind: 'all-events'; readonly group: ComparedGroup }
  | { readonly kind: 'invalid-counts'; readonly group: ComparedGroup };

/** A figure that cannot be computed from the counts given, with a reason a person can read. */
export interface NotComputable {
  readonly computable: false;
  readonly cause: NotComputableCause;
  readonly reason: string;
}

/** A two-sided confidence interval at the stated confidence level (e.g. 0.95). */
export interface ConfidenceInterval {
  readonly computable: true;
  readonly lower: number;
  readonly upper: number;
  readonly level: number;
}

export type IntervalEstimate = ConfidenceInterval | NotComputable;

export function isComputable<T extends { readonly computable: boolean }>(
  value: T,
): value is Extract<T, { computable: true }> {
  return value.computable;
}

/** Labels used in generic reasons; the domain layer rewords them. */
export interface GroupLabels {
  readonly focal: string;
  readonly reference: string;
}

export const DEFAULT_GROUP_LABELS: GroupLabels = {
  focal: 'the focal group',
  reference: 'the reference group',
};

export type ComputedFigure =
  'relative likelihood' | 'odds ratio' | 'confidence interval' | 'proportion' | 'significance test';

export function notComputable(
  cause: NotComputableCause,
  figure: ComputedFigure,
  labels: GroupLabels = DEFAULT_GROUP_LABELS,
): NotComputable {
  const group = capitalise(labels[cause.group]);
  const what = describeCause(cause.kind);
  return { computable: false, cause, reason: `${group} ${what}, so the ${figure} cannot be computed` };
}

function describeCause(kind: NotComputableCause['kind']): string {
  switch (kind) {
    case 'empty-group':
      return 'had no people counted';
    case 'no-events':
      return 'had no events';
    case 'all-events':
      return 'had an event for every person counted';
    case 'invalid-counts':
      return 'has counts that are not whole numbers between zero and the group size';
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

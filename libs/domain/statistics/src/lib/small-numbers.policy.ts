/**
 * When figures are too small to be read with confidence (seed 003: small organisations' figures swing
 * widely). A comparison is flagged when any cell of its 2x2 table (events and non-events in each group)
 * is below `minimumCellCount`, or either group has fewer than `minimumGroupSize` people.
 */
export interface SmallNumbersPolicy {
  readonly minimumCellCount: number;
  readonly minimumGroupSize: number;
}

export const DEFAULT_SMALL_NUMBERS_POLICY: SmallNumbersPolicy = { minimumCellCount: 5, minimumGroupSize: 10 };

export function hasSmallNumbers(
  groups: readonly { readonly events: number; readonly total: number }[],
  policy: SmallNumbersPolicy = DEFAULT_SMALL_NUMBERS_POLICY,
): boolean {
  return groups.some(
    ({ events, total }) =>
      total < policy.minimumGroupSize ||
      events < policy.minimumCellCount ||
      total - events < policy.minimumCellCount,
  );
}

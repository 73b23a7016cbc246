import type { NotComputableResult } from '@wres/domain/wres';
import type { TableColumn } from '@wres/shared/contracts';

/**
 * A figure (percentage, ratio, points or flag) with the counts it was computed from that are not columns of
 * its table: a provider's relative likelihood, say, whose appointments and shortlists are not published
 * beside it. Any basis count from 1 to threshold−1 hides the figure, as would a hidden count column; a null
 * basis (the counts are not known) hides it too, so a gap in the data never shows what should be hidden.
 * Text that says something about such a figure (a "better" or "worse" marker) can carry a basis as well. A
 * figure that cannot be computed shows as such whatever its basis: only zeros make one, and zeros show.
 */
export interface FigureCell {
  readonly value: number | boolean | string | NotComputableResult | null;
  readonly basis?: readonly number[] | null;
}

/**
 * One cell before publication: a count (a whole number, or null for none), text, a figure's value, or a
 * figure with its basis.
 */
export type TableCellInput = number | string | boolean | null | NotComputableResult | FigureCell;

export type TableRowInput = Readonly<Record<string, TableCellInput>>;

/**
 * A table as computed, with raw counts: what a commissioner may see of its own providers. `publishTable`
 * turns it into what may leave that screen. Count columns in a row must add up to their set's total column,
 * and the total row (when given) must hold the column sums: publication checks both and refuses otherwise,
 * because suppression that trusts a wrong total protects nothing.
 */
export interface ReportTable {
  readonly key: string;
  readonly title: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRowInput[];
  readonly totalRow?: TableRowInput;
  readonly notes?: readonly string[];
}

export function isFigureCell(cell: TableCellInput): cell is FigureCell {
  return typeof cell === 'object' && cell !== null && 'value' in cell;
}

export function isNotComputableCell(cell: unknown): cell is NotComputableResult {
  return (
    typeof cell === 'object' &&
    cell !== null &&
    'notComputable' in cell &&
    (cell as NotComputableResult).notComputable === true
  );
}

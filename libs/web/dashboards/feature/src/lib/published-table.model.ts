import type { PublishedCell, PublishedTable, TableColumnKind } from '@wres/shared/contracts';

/**
 * A published (already suppressed) table as the page shows it: every cell's `display` exactly as the API
 * gave it ('R', 'R%', '–' included), and notes that say what those marks mean. No Angular here.
 */

const NUMERIC_KINDS: ReadonlySet<TableColumnKind> = new Set(['count', 'percent', 'ratio', 'points', 'days']);

export interface PublishedTableCellView {
  text: string;
  numeric: boolean;
  /** The first column names the row: a row header. */
  rowHeader: boolean;
}

export interface PublishedTableView {
  key: string;
  title: string;
  columns: Array<{ key: string; label: string; numeric: boolean }>;
  rows: Array<{ cells: PublishedTableCellView[]; total: boolean }>;
  /** The table's own notes, then what 'R', 'R%' and '–' mean where the table uses them. */
  notes: string[];
  /** Some figure is hidden ('R' or 'R%'). */
  suppressed: boolean;
}

const HIDDEN_STATUSES: ReadonlySet<PublishedCell['status']> = new Set(['primary', 'secondary', 'redacted']);

/** What 'R' and 'R%' mean, for a table whose counts from 1 to threshold−1 are hidden. */
export function suppressionNote(threshold: number): string {
  return (
    `R: a count from 1 to ${threshold - 1} is hidden so that no one can be identified, and so is any ` +
    'count from which a hidden one could be worked out (from totals, for example). R% and R: a percentage ' +
    'or other figure worked out from hidden or small counts.'
  );
}

export const ZERO_NOTE = '–: none (a count of zero).';

/** Notes every table shares, to say once above them rather than under each. */
export function sharedNotes(tables: readonly PublishedTable[]): string[] {
  if (tables.length < 2) return [];
  return tables[0].notes.filter((note) => tables.every((table) => table.notes.includes(note)));
}

/** `shownAbove`: notes the page already gives, left out from under the table. */
export function publishedTableView(
  table: PublishedTable,
  shownAbove: readonly string[] = [],
): PublishedTableView {
  const rows = [
    ...table.rows.map((row) => ({ row, total: false })),
    ...(table.totalRow ? [{ row: table.totalRow, total: true }] : []),
  ];
  const cells = rows.flatMap(({ row }) => Object.values(row.cells));
  const suppressed = cells.some((cell) => HIDDEN_STATUSES.has(cell.status));
  const zeros = cells.some((cell) => cell.status === 'zero');
  return {
    key: table.key,
    title: table.title,
    columns: table.columns.map((column) => ({
      key: column.key,
      label: column.label,
      numeric: NUMERIC_KINDS.has(column.kind),
    })),
    rows: rows.map(({ row, total }) => ({
      total,
      cells: table.columns.map((column, index) => ({
        text: row.cells[column.key]?.display ?? '',
        numeric: NUMERIC_KINDS.has(column.kind),
        rowHeader: index === 0,
      })),
    })),
    notes: [
      ...table.notes.filter((note) => !shownAbove.includes(note)),
      ...(suppressed ? [suppressionNote(table.threshold)] : []),
      ...(zeros ? [ZERO_NOTE] : []),
    ],
    suppressed,
  };
}

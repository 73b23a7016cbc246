import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  findRecoverableCells,
  formatNumber,
  formatPoints,
  PERCENT_DECIMALS,
  RELATIVE_LIKELIHOOD_DECIMALS,
  REDACTED,
  REDACTED_PERCENT,
  round,
  suppressTable,
  ZERO,
} from '@wres/domain/wres';
import type { PublishedCell as PolicyCell, SuppressedTable, SuppressionStatus } from '@wres/domain/wres';
import type {
  PublishedCell,
  PublishedCellStatus,
  PublishedRow,
  PublishedTable,
  TableColumn,
} from '@wres/shared/contracts';

import {
  isFigureCell,
  isNotComputableCell,
  ReportTable,
  TableCellInput,
  TableRowInput,
} from './report-table.model';

/** Shown for a figure that has no value; the screen's typed data carries the reason. */
export const NOT_COMPUTABLE_DISPLAY = 'Not computable';

export interface PublicationOptions {
  readonly threshold?: number;
}

/**
 * Publishes a table for anything that leaves the commissioner's own screen (domain.md §7): every count set
 * (a partition with its total column, and the total row) goes through `suppressTable`, primary and secondary,
 * so no hidden count can be worked out from the totals; figures computed from a hidden or small count are
 * redacted ('R%' for percentages, as `publishedPercent` does, 'R' for the rest).
 */
export function publishTable(table: ReportTable, options: PublicationOptions = {}): PublishedTable {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isSafeInteger(threshold) || threshold < 1) {
    throw new RangeError(`Suppression threshold must be a whole number of 1 or more, got ${threshold}`);
  }
  checkLayout(table);
  const lines: readonly TableRowInput[] = table.totalRow ? [...table.rows, table.totalRow] : table.rows;
  const countStatus = lines.map(() => new Map<string, SuppressionStatus>());
  const totalIndex = table.totalRow ? table.rows.length : undefined;

  for (const set of countSets(table.columns)) {
    const statuses = suppressSet(table, set, threshold);
    statuses.forEach((row, i) => {
      const line = i === table.rows.length ? totalIndex : i;
      if (line === undefined) return;
      for (const [key, status] of row) countStatus[line].set(key, status);
    });
  }

  const publishLine = (line: TableRowInput, index: number): PublishedRow => {
    const cells: Record<string, PublishedCell> = {};
    for (const column of table.columns) {
      cells[column.key] = publishCell(column, line, countStatus[index], threshold);
    }
    return { cells };
  };
  return {
    key: table.key,
    title: table.title,
    threshold,
    columns: table.columns.map((column) => ({ ...column })),
    rows: table.rows.map((line, i) => publishLine(line, i)),
    totalRow: table.totalRow && totalIndex !== undefined ? publishLine(table.totalRow, totalIndex) : null,
    notes: [...(table.notes ?? [])],
  };
}

// ---- count sets ----

/** A set of count columns that add up, in each row, to its total column (if any) and down to the total row. */
interface CountSet {
  readonly members: readonly TableColumn[];
  readonly total?: TableColumn;
}

/** Every partition, and every count column outside one as a set of its own. */
export function countSets(columns: readonly TableColumn[]): CountSet[] {
  const sets = new Map<string, TableColumn[]>();
  const standalone: CountSet[] = [];
  for (const column of columns) {
    if (column.kind !== 'count' || column.totalOf !== undefined) continue;
    if (column.partition === undefined) standalone.push({ members: [column] });
    else sets.set(column.partition, [...(sets.get(column.partition) ?? []), column]);
  }
  return [
    ...[...sets].map(([name, members]) => ({
      members,
      total: columns.find((column) => column.kind === 'count' && column.totalOf === name),
    })),
    ...standalone,
  ];
}

function checkLayout(table: ReportTable): void {
  const keys = new Set<string>();
  for (const column of table.columns) {
    if (keys.has(column.key)) throw new RangeError(`Table ${table.key} has two columns keyed ${column.key}`);
    keys.add(column.key);
  }
  const byKey = new Map(table.columns.map((column) => [column.key, column]));
  for (const column of table.columns) {
    if (column.totalOf !== undefined) {
      if (column.kind !== 'count' || column.partition !== undefined) {
        throw new RangeError(`${table.key}.${column.key}: a total column is a count outside any set`);
      }
      if (!table.columns.some((other) => other.partition === column.totalOf && other.totalOf === undefined)) {
        throw new RangeError(`${table.key}.${column.key}: no columns in set ${column.totalOf}`);
      }
    }
    const refs = [...(column.from ?? []), ...(column.numerator ?? [])];
    if (column.denominator !== undefined) refs.push(column.denominator);
    for (const ref of refs) {
      if (byKey.get(ref)?.kind !== 'count') {
        throw new RangeError(`${table.key}.${column.key}: ${ref} is not a count column of the table`);
      }
    }
  }
}

function countOf(table: ReportTable, line: TableRowInput, column: TableColumn, where: string): number {
  const cell = line[column.key];
  if (cell === null || cell === undefined) return 0;
  if (typeof cell !== 'number' || !Number.isSafeInteger(cell) || cell < 0) {
    throw new RangeError(`${table.key}.${column.key} (${where}): counts are whole numbers of 0 or more`);
  }
  return cell;
}

/** Statuses of one set's cells, row by row, the total row last when the table has one. */
function suppressSet(table: ReportTable, set: CountSet, threshold: number): Map<string, SuppressionStatus>[] {
  const cells = table.rows.map((line, i) => set.members.map((c) => countOf(table, line, c, `row ${i + 1}`)));
  const rowSums = cells.map((line) => line.reduce((sum, value) => sum + value, 0));
  const columnSums = set.members.map((_, j) => cells.reduce((sum, line) => sum + line[j], 0));
  const grand = rowSums.reduce((sum, value) => sum + value, 0);
  if (set.total) {
    const total = set.total;
    table.rows.forEach((line, i) => {
      if (countOf(table, line, total, `row ${i + 1}`) !== rowSums[i]) {
        throw new RangeError(`${table.key}, row ${i + 1}: ${total.key} is not the sum of its set`);
      }
    });
  }
  if (table.totalRow) {
    const totalRow = table.totalRow;
    set.members.forEach((column, j) => {
      if (countOf(table, totalRow, column, 'total row') !== columnSums[j]) {
        throw new RangeError(`${table.key}, total row: ${column.key} is not the sum of its column`);
      }
    });
    if (set.total && countOf(table, totalRow, set.total, 'total row') !== grand) {
      throw new RangeError(`${table.key}, total row: ${set.total.key} is not the grand total`);
    }
  }

  // suppressTable needs a row; a table without rows only has a total row of zeros to show.
  if (cells.length === 0) {
    const only = new Map<string, SuppressionStatus>();
    for (const column of [...set.members, ...(set.total ? [set.total] : [])]) only.set(column.key, 'zero');
    return [only];
  }
  const suppressed = suppressTable({ cells }, { threshold });
  const lines = cells.map((_, i) => {
    const line = new Map<string, SuppressionStatus>();
    set.members.forEach((column, j) => line.set(column.key, suppressed.cells[i][j].status));
    if (set.total) line.set(set.total.key, suppressed.rowTotals[i].status);
    return line;
  });
  const totals = new Map<string, SuppressionStatus>();
  set.members.forEach((column, j) => totals.set(column.key, suppressed.columnTotals[j].status));
  if (set.total) totals.set(set.total.key, suppressed.grandTotal.status);
  return [...lines, totals];
}

// ---- cells ----

function isHidden(status: SuppressionStatus | undefined): boolean {
  return status === 'primary' || status === 'secondary';
}

function publishCell(
  column: TableColumn,
  line: TableRowInput,
  counts: ReadonlyMap<string, SuppressionStatus>,
  threshold: number,
): PublishedCell {
  const cell = line[column.key] ?? null;
  switch (column.kind) {
    case 'count':
      return publishCount(cell, counts.get(column.key));
    case 'label':
    case 'text':
    case 'date': {
      if (isFigureCell(cell)) {
        if (cell.value === null || isNotComputableCell(cell.value)) return empty();
        if (hasSmallBasis(cell.basis, threshold))
          return { display: REDACTED, value: null, status: 'redacted' };
        return shown(String(cell.value), String(cell.value));
      }
      return cell === null ? empty() : shown(String(cell), String(cell));
    }
    case 'days':
      return typeof cell === 'number' ? shown(formatNumber(cell, 0), cell) : empty();
    case 'percent':
    case 'ratio':
    case 'points':
    case 'flag':
      return publishFigure(column, cell, line, counts, threshold);
  }
}

function publishCount(cell: TableCellInput, status: SuppressionStatus | undefined): PublishedCell {
  if (cell === null) return empty();
  const value = cell as number;
  if (isHidden(status)) return { display: REDACTED, value: null, status: status as PublishedCellStatus };
  if (value === 0) return { display: ZERO, value: null, status: 'zero' };
  return shown(formatNumber(value, 0), value);
}

function publishFigure(
  column: TableColumn,
  cell: TableCellInput,
  line: TableRowInput,
  counts: ReadonlyMap<string, SuppressionStatus>,
  threshold: number,
): PublishedCell {
  const redacted: PublishedCell = {
    display: column.kind === 'percent' ? REDACTED_PERCENT : REDACTED,
    value: null,
    status: 'redacted',
  };
  const value = isFigureCell(cell) ? cell.value : cell;
  const numerator = column.numerator ?? [];
  // A percentage of nothing is a dash (publishedPercent), before anything else is said about it.
  if (column.denominator !== undefined && (line[column.denominator] ?? 0) === 0) {
    return { display: ZERO, value: null, status: 'zero' };
  }
  // Only zeros make a figure not computable, and zeros are shown: so may the fact be.
  if (isNotComputableCell(value))
    return { display: NOT_COMPUTABLE_DISPLAY, value: null, status: 'not-computable' };
  if (value === null || value === undefined) return empty();
  if (isFigureCell(cell) && hasSmallBasis(cell.basis, threshold)) return redacted;
  if ((column.from ?? []).some((key) => isHidden(counts.get(key)))) return redacted;
  if (numerator.some((key) => isHidden(counts.get(key)))) return redacted;
  const numeratorIsZero = numerator.every((key) => line[key] === 0 || line[key] === null);
  if (column.denominator !== undefined && isHidden(counts.get(column.denominator)) && !numeratorIsZero) {
    return redacted;
  }
  if (typeof value === 'boolean') return shown(value ? 'Yes' : 'No', value);
  if (typeof value === 'string') return shown(value, value);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${column.key}: a figure is a finite number, a flag or not computable`);
  }
  const decimals = column.decimals ?? defaultDecimals(column);
  const rounded = round(value, decimals);
  switch (column.kind) {
    case 'percent':
      return shown(`${formatNumber(rounded, decimals)}%`, rounded);
    case 'points':
      return shown(formatPoints(rounded, decimals), rounded);
    default:
      return shown(formatNumber(rounded, decimals), rounded);
  }
}

export function defaultDecimals(column: Pick<TableColumn, 'kind'>): number {
  switch (column.kind) {
    case 'ratio':
      return RELATIVE_LIKELIHOOD_DECIMALS;
    case 'percent':
    case 'points':
      return PERCENT_DECIMALS;
    default:
      return 0;
  }
}

/** A basis hides its figure when a count is from 1 to threshold−1, or when the counts are not known. */
function hasSmallBasis(basis: readonly number[] | null | undefined, threshold: number): boolean {
  if (basis === null) return true;
  return (basis ?? []).some((count) => count > 0 && count < threshold);
}

function shown(display: string, value: number | string | boolean): PublishedCell {
  return { display, value, status: 'shown' };
}

function empty(): PublishedCell {
  return { display: '', value: null, status: 'empty' };
}

// ---- the checker ----

export type DisclosureProblem =
  'small-count-shown' | 'unreadable-count' | 'recoverable-from-totals' | 'figure-from-hidden-counts';

/** A cell of a published table that gives away what suppression should have hidden. */
export interface Disclosure {
  readonly row: number | 'total';
  readonly column: string;
  readonly problem: DisclosureProblem;
}

/**
 * The attacker's scan of a published table, reading only what it displays (so it checks the real output,
 * including a table read back from an export): no count from 1 to threshold−1 is shown; no hidden count of
 * any set can be worked out from the set's totals and the total row (`findRecoverableCells`); no figure is
 * shown whose counts in the same row are hidden.
 */
export function findDisclosures(table: PublishedTable): Disclosure[] {
  const found: Disclosure[] = [];
  const lines: Array<{ row: number | 'total'; line: PublishedRow }> = [
    ...table.rows.map((line, i) => ({ row: i as number | 'total', line })),
    ...(table.totalRow ? [{ row: 'total' as const, line: table.totalRow }] : []),
  ];
  const readCount = (cell: PublishedCell | undefined): number | 'hidden' | 'unreadable' =>
    countFromDisplay(cell?.display ?? '');

  for (const { row, line } of lines) {
    for (const column of table.columns) {
      if (column.kind !== 'count') continue;
      const value = readCount(line.cells[column.key]);
      if (value === 'unreadable') found.push({ row, column: column.key, problem: 'unreadable-count' });
      else if (value !== 'hidden' && value > 0 && value < table.threshold) {
        found.push({ row, column: column.key, problem: 'small-count-shown' });
      }
    }
  }

  if (table.rows.length > 0) {
    for (const set of countSets(table.columns)) {
      for (const position of recoverable(table, set)) found.push(position);
    }
  }

  for (const { row, line } of lines) {
    for (const column of table.columns) {
      if (!['percent', 'ratio', 'points', 'flag'].includes(column.kind)) continue;
      if (!showsFigure(line.cells[column.key]?.display ?? '')) continue;
      const hidden = (key: string) => readCount(line.cells[key]) === 'hidden';
      const numerator = column.numerator ?? [];
      const numeratorIsZero = numerator.every((key) => readCount(line.cells[key]) === 0);
      const exposed =
        (column.from ?? []).some(hidden) ||
        numerator.some(hidden) ||
        (column.denominator !== undefined && hidden(column.denominator) && !numeratorIsZero);
      if (exposed) found.push({ row, column: column.key, problem: 'figure-from-hidden-counts' });
    }
  }
  return found;
}

/** Hidden counts of one set that its published totals give away. */
function recoverable(table: PublishedTable, set: CountSet): Disclosure[] {
  const unpublished: PolicyCell = { display: REDACTED, status: 'primary' };
  const asPolicyCell = (cell: PublishedCell | undefined): PolicyCell => {
    const value = countFromDisplay(cell?.display ?? '');
    if (value === 'hidden' || value === 'unreadable') return unpublished;
    return { display: value === 0 ? ZERO : String(value), status: value === 0 ? 'zero' : 'shown' };
  };
  // Totals a table does not publish are unknown to the attacker, like a hidden cell.
  const published: SuppressedTable = {
    threshold: table.threshold,
    cells: table.rows.map((line) => set.members.map((column) => asPolicyCell(line.cells[column.key]))),
    rowTotals: table.rows.map((line) => (set.total ? asPolicyCell(line.cells[set.total.key]) : unpublished)),
    columnTotals: set.members.map((column) =>
      table.totalRow ? asPolicyCell(table.totalRow.cells[column.key]) : unpublished,
    ),
    grandTotal: table.totalRow && set.total ? asPolicyCell(table.totalRow.cells[set.total.key]) : unpublished,
  };
  const found: Disclosure[] = [];
  for (const position of findRecoverableCells(published)) {
    const line = position.row === 'total' ? table.totalRow : table.rows[position.row];
    const column = position.column === 'total' ? set.total : set.members[position.column];
    // Only a cell the table really hides counts; an unpublished total that adds up is no secret.
    if (!line || !column) continue;
    if (countFromDisplay(line.cells[column.key]?.display ?? '') !== 'hidden') continue;
    found.push({ row: position.row, column: column.key, problem: 'recoverable-from-totals' });
  }
  return found;
}

/** A count as displayed: '1,234' and '1234' read as numbers, '–' and '' as zero, 'R' as hidden. */
export function countFromDisplay(display: string): number | 'hidden' | 'unreadable' {
  const text = display.trim();
  if (text === REDACTED) return 'hidden';
  if (text === ZERO || text === '') return 0;
  if (!/^\d{1,3}(,\d{3})*$|^\d+$/.test(text)) return 'unreadable';
  return Number(text.replace(/,/g, ''));
}

function showsFigure(display: string): boolean {
  const text = display.trim();
  return text !== '' && /\d/.test(text) && text !== REDACTED && text !== REDACTED_PERCENT;
}

// ---- reading an export back ----

/**
 * A published table rebuilt from an export's grid (the header row, then body rows, then the total row when
 * the table has one), so `findDisclosures` can check the file itself. Cells are read as text: what a
 * spreadsheet shows. The header must be the table's own, in order.
 */
export function publishedTableFromGrid(
  layout: Pick<PublishedTable, 'key' | 'title' | 'threshold' | 'columns'> & { readonly hasTotalRow: boolean },
  grid: readonly (readonly string[])[],
): PublishedTable {
  const [header, ...body] = grid;
  const labels = layout.columns.map((column) => column.label);
  if (!header || header.length < labels.length || labels.some((label, i) => header[i] !== label)) {
    throw new RangeError(`${layout.key}: the header is not ${labels.join(' | ')}`);
  }
  const toRow = (line: readonly string[]): PublishedRow => ({
    cells: Object.fromEntries(
      layout.columns.map((column, i) => {
        const display = line[i] ?? '';
        const status: PublishedCellStatus =
          display === REDACTED || display === REDACTED_PERCENT
            ? 'redacted'
            : display === ZERO
              ? 'zero'
              : display === ''
                ? 'empty'
                : 'shown';
        return [column.key, { display, value: null, status }];
      }),
    ),
  });
  const rows = layout.hasTotalRow ? body.slice(0, -1) : body;
  const total = layout.hasTotalRow ? body[body.length - 1] : undefined;
  return {
    key: layout.key,
    title: layout.title,
    threshold: layout.threshold,
    columns: layout.columns.map((column) => ({ ...column })),
    rows: rows.map(toRow),
    totalRow: total ? toRow(total) : null,
    notes: [],
  };
}

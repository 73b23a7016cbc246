/**
 * Small-number suppression for anything that leaves the commissioner's own screen (domain.md §7).
 *
 * Primary: counts from 1 to threshold−1 show as 'R'; zeros show as '–'.
 * Secondary: a suppressed cell must not be recoverable from the published totals. Any line (row or column,
 * totals included) with exactly one suppressed entry gives that entry away by subtraction, so the next
 * smallest visible non-zero entry in that line is suppressed too, until no such line remains. That rule
 * alone can still leave a cell that joins two otherwise separate blocks of suppressed cells, so the result
 * is then checked by solving the published equations and widened until no suppressed cell is determined.
 */
export const DEFAULT_SUPPRESSION_THRESHOLD = 10;
export const REDACTED = 'R';
export const REDACTED_PERCENT = 'R%';
export const ZERO = '\u2013';

export interface CountTable {
  /** Rows × columns of counts; row, column and grand totals are derived from them and published too. */
  readonly cells: readonly (readonly number[])[];
}

export type SuppressionStatus = 'shown' | 'zero' | 'primary' | 'secondary';

/** What a published cell shows. Raw counts of suppressed cells are deliberately absent. */
export interface PublishedCell {
  readonly display: string;
  readonly status: SuppressionStatus;
}

export interface SuppressedTable {
  readonly threshold: number;
  readonly cells: readonly (readonly PublishedCell[])[];
  readonly rowTotals: readonly PublishedCell[];
  readonly columnTotals: readonly PublishedCell[];
  readonly grandTotal: PublishedCell;
}

export interface SuppressionOptions {
  readonly threshold?: number;
}

/** A position in a published table; 'total' addresses the totals row or column. */
export interface TablePosition {
  readonly row: number | 'total';
  readonly column: number | 'total';
}

export function suppressTable(table: CountTable, options: SuppressionOptions = {}): SuppressedTable {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isSafeInteger(threshold) || threshold < 1) {
    throw new RangeError(`Suppression threshold must be a whole number of 1 or more, got ${threshold}`);
  }
  const grid = withTotals(table);
  const status: SuppressionStatus[][] = grid.map((line) =>
    line.map((value) => (value === 0 ? 'zero' : value < threshold ? 'primary' : 'shown')),
  );

  for (;;) {
    applyLineRule(grid, status);
    const recoverable = determinedPositions(grid, status);
    if (recoverable.length === 0) break;
    // Widen around the first recoverable cell, then let the line rule settle again.
    const [row, column] = recoverable[0];
    const candidate =
      smallestVisible(lineEntries(grid, 'row', row), grid, status) ??
      smallestVisible(lineEntries(grid, 'column', column), grid, status) ??
      smallestVisible(allEntries(grid), grid, status);
    if (candidate === undefined) break;
    status[candidate[0]][candidate[1]] = 'secondary';
  }

  const publish = (i: number, j: number): PublishedCell => ({
    status: status[i][j],
    display: displayFor(grid[i][j], status[i][j]),
  });
  const rows = grid.length - 1;
  const columns = grid[0].length - 1;
  return {
    threshold,
    cells: range(rows).map((i) => range(columns).map((j) => publish(i, j))),
    rowTotals: range(rows).map((i) => publish(i, columns)),
    columnTotals: range(columns).map((j) => publish(rows, j)),
    grandTotal: publish(rows, columns),
  };
}

/**
 * How a percentage computed from published cells should show: 'R%' when its numerator is suppressed, or
 * when its denominator is and the numerator is not zero (the percentage would give the denominator away);
 * '–' when the denominator is zero.
 */
export function publishedPercent(
  numerator: PublishedCell,
  denominator: PublishedCell,
  percent: number,
  decimals = 1,
): string {
  if (denominator.status === 'zero') return ZERO;
  if (isHidden(numerator.status)) return REDACTED_PERCENT;
  if (isHidden(denominator.status) && numerator.status !== 'zero') return REDACTED_PERCENT;
  return `${percent.toFixed(decimals)}%`;
}

/**
 * The attacker's view: every suppressed cell of a published table that can be worked out exactly from what
 * it shows. Uses only the displayed strings, so it checks the real output rather than our intentions.
 * Two attacks are modelled: solving the row and column equations (a cell is recovered when it is fixed by
 * them), and a line whose hidden entries must all be 1 because they add up to their number.
 */
export function findRecoverableCells(published: SuppressedTable): TablePosition[] {
  const rows = published.cells.length;
  const columns = published.columnTotals.length;
  const grid: PublishedCell[][] = [
    ...published.cells.map((line, i) => [...line, published.rowTotals[i]]),
    [...published.columnTotals, published.grandTotal],
  ];
  const values = grid.map((line) => line.map((cell) => parseDisplay(cell.display)));
  const status = grid.map((line) =>
    line.map((cell): SuppressionStatus => (cell.display === REDACTED ? 'primary' : 'shown')),
  );
  return determinedPositions(values, status).map(([i, j]) => ({
    row: i === rows ? 'total' : i,
    column: j === columns ? 'total' : j,
  }));
}

// ---- internals ----

type Position = readonly [number, number];

function withTotals(table: CountTable): number[][] {
  const rows = table.cells.length;
  const columns = rows === 0 ? 0 : table.cells[0].length;
  if (rows === 0 || columns === 0 || table.cells.some((line) => line.length !== columns)) {
    throw new RangeError('A table needs at least one row and one column, and every row the same length');
  }
  for (const value of table.cells.flat()) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`Counts must be whole numbers of 0 or more, got ${value}`);
    }
  }
  const grid = table.cells.map((line) => [...line, line.reduce((sum, value) => sum + value, 0)]);
  const totals = range(columns + 1).map((j) => grid.reduce((sum, line) => sum + line[j], 0));
  return [...grid, totals];
}

function isHidden(status: SuppressionStatus): boolean {
  return status === 'primary' || status === 'secondary';
}

function displayFor(value: number, status: SuppressionStatus): string {
  if (isHidden(status)) return REDACTED;
  return status === 'zero' ? ZERO : String(value);
}

function parseDisplay(display: string): number {
  if (display === ZERO) return 0;
  if (display === REDACTED) return Number.NaN;
  return Number(display.replace(/,/g, ''));
}

/** Every line of the grid: each row (its cells then its total) and each column (cells then total). */
function lines(grid: readonly (readonly number[])[]): Position[][] {
  return [
    ...range(grid.length).map((i) => lineEntries(grid, 'row', i)),
    ...range(grid[0].length).map((j) => lineEntries(grid, 'column', j)),
  ];
}

function lineEntries(
  grid: readonly (readonly number[])[],
  kind: 'row' | 'column',
  index: number,
): Position[] {
  return kind === 'row'
    ? range(grid[0].length).map((j): Position => [index, j])
    : range(grid.length).map((i): Position => [i, index]);
}

function allEntries(grid: readonly (readonly number[])[]): Position[] {
  return range(grid.length).flatMap((i) => range(grid[0].length).map((j): Position => [i, j]));
}

function applyLineRule(grid: readonly (readonly number[])[], status: SuppressionStatus[][]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines(grid)) {
      const hidden = line.filter(([i, j]) => isHidden(status[i][j]));
      const onlyOne = hidden.length === 1;
      // Hidden entries are at least 1 (zeros are shown), so if they sum to their number each is 1.
      const allOnes = hidden.length > 1 && hidden.every(([i, j]) => grid[i][j] === 1);
      if (!onlyOne && !allOnes) continue;
      const candidate = smallestVisible(line, grid, status);
      if (candidate === undefined) continue;
      status[candidate[0]][candidate[1]] = 'secondary';
      changed = true;
    }
  }
}

/** The smallest shown, non-zero entry, preferring body cells over totals so totals stay published. */
function smallestVisible(
  candidates: readonly Position[],
  grid: readonly (readonly number[])[],
  status: readonly SuppressionStatus[][],
): Position | undefined {
  const lastRow = grid.length - 1;
  const lastColumn = grid[0].length - 1;
  let best: Position | undefined;
  let bestKey = Number.POSITIVE_INFINITY;
  for (const [i, j] of candidates) {
    if (status[i][j] !== 'shown') continue;
    const isTotal = i === lastRow || j === lastColumn;
    const key = (isTotal ? Number.MAX_SAFE_INTEGER / 2 : 0) + grid[i][j];
    if (key < bestKey) {
      best = [i, j];
      bestKey = key;
    }
  }
  return best;
}

/**
 * Positions of hidden entries that the published equations fix, plus those in a line whose hidden entries
 * must all be 1. Equations: for every line, body entries sum to the total entry.
 */
function determinedPositions(
  values: readonly (readonly number[])[],
  status: readonly SuppressionStatus[][],
): Position[] {
  const unknowns = allEntries(values).filter(([i, j]) => isHidden(status[i][j]));
  const index = new Map(unknowns.map(([i, j], k) => [`${i},${j}`, k]));

  // Only which entries are unknown matters for whether one is fixed; the constants do not.
  const equations = lines(values)
    .map((line) => {
      const coefficients = new Array<number>(unknowns.length).fill(0);
      line.forEach(([i, j], position) => {
        const k = index.get(`${i},${j}`);
        if (k !== undefined) coefficients[k] = position === line.length - 1 ? -1 : 1;
      });
      return coefficients;
    })
    .filter((coefficients) => coefficients.some((value) => value !== 0));

  const found = new Set<number>();
  for (const k of fixedByEquations(equations, unknowns.length)) found.add(k);
  // Sum-of-ones attack: hidden body entries of a line whose visible total leaves exactly one each.
  for (const line of lines(values)) {
    const hidden = line.filter(([i, j]) => isHidden(status[i][j]));
    const total = line[line.length - 1];
    if (hidden.length < 2 || hidden.some(([i, j]) => i === total[0] && j === total[1])) continue;
    const visibleTotal = values[total[0]][total[1]];
    const visibleBody = line
      .slice(0, -1)
      .filter(([i, j]) => !isHidden(status[i][j]))
      .reduce((sum, [i, j]) => sum + values[i][j], 0);
    if (visibleTotal - visibleBody === hidden.length) {
      for (const [i, j] of hidden) {
        const k = index.get(`${i},${j}`);
        if (k !== undefined) found.add(k);
      }
    }
  }
  return [...found].sort((a, b) => a - b).map((k) => unknowns[k]);
}

/**
 * Unknowns whose value the equations fix: after reduction to row echelon form, an unknown is fixed exactly
 * when some row has it as its only non-zero coefficient. The matrices are network matrices (entries 0, ±1,
 * totally unimodular), so elimination stays exact in floating point.
 */
function fixedByEquations(matrix: number[][], unknownCount: number): number[] {
  const rows = matrix.map((row) => [...row]);
  let pivotRow = 0;
  for (let column = 0; column < unknownCount && pivotRow < rows.length; column++) {
    const found = rows.findIndex((row, r) => r >= pivotRow && Math.abs(row[column]) > 1e-9);
    if (found === -1) continue;
    [rows[pivotRow], rows[found]] = [rows[found], rows[pivotRow]];
    const pivot = rows[pivotRow][column];
    rows[pivotRow] = rows[pivotRow].map((value) => value / pivot);
    for (let r = 0; r < rows.length; r++) {
      if (r === pivotRow || Math.abs(rows[r][column]) <= 1e-9) continue;
      const factor = rows[r][column];
      rows[r] = rows[r].map((value, c) => value - factor * rows[pivotRow][c]);
    }
    pivotRow++;
  }
  const fixed: number[] = [];
  for (const row of rows) {
    const nonZero = row.flatMap((value, c) => (Math.abs(value) > 1e-9 ? [c] : []));
    if (nonZero.length === 1) fixed.push(nonZero[0]);
  }
  return fixed;
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}

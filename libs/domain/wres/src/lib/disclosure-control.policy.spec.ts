import {
  findRecoverableCells,
  PublishedCell,
  publishedPercent,
  REDACTED,
  SuppressedTable,
  suppressTable,
  ZERO,
} from './disclosure-control.policy';

function displays(table: SuppressedTable): string[][] {
  return [
    ...table.cells.map((row, i) => [...row.map((cell) => cell.display), table.rowTotals[i].display]),
    [...table.columnTotals.map((cell) => cell.display), table.grandTotal.display],
  ];
}

/** A deterministic generator so a failing random table can be reproduced. */
function randomSource(seed: number): (limit: number) => number {
  let state = seed;
  return (limit) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % limit;
  };
}

function randomTable(random: (limit: number) => number): number[][] {
  const rows = 1 + random(7);
  const columns = 1 + random(5);
  return Array.from({ length: rows }, () =>
    Array.from({ length: columns }, () => {
      const kind = random(10);
      if (kind < 2) return 0;
      if (kind < 5) return 1 + random(9);
      if (kind < 6) return 1;
      return 10 + random(400);
    }),
  );
}

describe('suppressTable', () => {
  it('shows counts 1-9 as R, zeros as –, and suppresses a second cell so the first cannot be subtracted out', () => {
    const table = suppressTable({
      cells: [
        [3, 40, 0],
        [25, 30, 12],
      ],
    });
    expect(displays(table)).toEqual([
      [REDACTED, REDACTED, ZERO, '43'],
      [REDACTED, REDACTED, '12', '67'],
      ['28', '70', '12', '110'],
    ]);
    // Body cells are hidden in preference to totals, making a 2x2 block that no total can resolve.
    expect(findRecoverableCells(table)).toEqual([]);
  });

  it('leaves a table with nothing small untouched', () => {
    const table = suppressTable({
      cells: [
        [10, 20],
        [30, 0],
      ],
    });
    expect(displays(table)).toEqual([
      ['10', '20', '30'],
      ['30', ZERO, '30'],
      ['40', '20', '60'],
    ]);
  });

  it('takes the threshold from options', () => {
    const table = suppressTable(
      {
        cells: [
          [3, 40],
          [25, 30],
        ],
      },
      { threshold: 3 },
    );
    expect(displays(table)[0][0]).toBe('3');
    expect(
      displays(
        suppressTable(
          {
            cells: [
              [3, 40],
              [25, 30],
            ],
          },
          { threshold: 4 },
        ),
      )[0][0],
    ).toBe(REDACTED);
  });

  it('suppresses small totals as well as small cells', () => {
    const table = suppressTable({
      cells: [
        [2, 3],
        [50, 60],
      ],
    });
    expect(table.rowTotals[0].display).toBe(REDACTED);
    expect(findRecoverableCells(table)).toEqual([]);
  });

  it('hides no raw count of a suppressed cell anywhere in its output', () => {
    const table = suppressTable({
      cells: [
        [7, 400],
        [300, 500],
      ],
    });
    expect(JSON.stringify(table)).not.toMatch(/"7"|:7\b/);
  });

  it('rejects impossible tables and thresholds', () => {
    expect(() => suppressTable({ cells: [] })).toThrow(RangeError);
    expect(() => suppressTable({ cells: [[1, 2], [3]] })).toThrow(RangeError);
    expect(() => suppressTable({ cells: [[-1]] })).toThrow(RangeError);
    expect(() => suppressTable({ cells: [[1]] }, { threshold: 0 })).toThrow(RangeError);
  });

  it('over many random tables: every small count is hidden, every other figure is right, nothing is recoverable', () => {
    const random = randomSource(2019);
    for (let t = 0; t < 400; t++) {
      const cells = randomTable(random);
      const table = suppressTable({ cells });
      const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
      const columnTotals = cells[0].map((_, j) => cells.reduce((sum, row) => sum + row[j], 0));
      const grand = rowTotals.reduce((a, b) => a + b, 0);
      const truth = [...cells.map((row, i) => [...row, rowTotals[i]]), [...columnTotals, grand]];
      displays(table).forEach((row, i) =>
        row.forEach((display, j) => {
          const value = truth[i][j];
          if (value >= 1 && value < 10) expect(display).toBe(REDACTED);
          else if (value === 0) expect(display).toBe(ZERO);
          else expect([String(value), REDACTED]).toContain(display);
        }),
      );
      expect({ cells, recoverable: findRecoverableCells(table) }).toEqual({ cells, recoverable: [] });
    }
  });
});

describe('findRecoverableCells', () => {
  const shown = (display: string): PublishedCell => ({
    display,
    status: display === REDACTED ? 'primary' : display === ZERO ? 'zero' : 'shown',
  });
  const table = (rows: string[][]): SuppressedTable => ({
    threshold: 10,
    cells: rows.slice(0, -1).map((row) => row.slice(0, -1).map(shown)),
    rowTotals: rows.slice(0, -1).map((row) => shown(row[row.length - 1])),
    columnTotals: rows[rows.length - 1].slice(0, -1).map(shown),
    grandTotal: shown(rows[rows.length - 1][rows[0].length - 1]),
  });

  it('finds a lone R in a row: primary suppression alone is not enough', () => {
    expect(
      findRecoverableCells(
        table([
          [REDACTED, '40', '43'],
          ['25', '30', '55'],
          ['28', '70', '98'],
        ]),
      ),
    ).toEqual([{ row: 0, column: 0 }]);
  });

  it('finds a cell bridging two blocks of suppressed cells, although every line has two Rs', () => {
    // Rows 0-1 × columns 0-1 and rows 2-3 × columns 2-3 are suppressed blocks; (1, 2) joins them.
    const rows = [
      [REDACTED, REDACTED, '50', '60', '125'],
      [REDACTED, REDACTED, REDACTED, '70', '100'],
      ['40', '50', REDACTED, REDACTED, '110'],
      ['30', '40', REDACTED, REDACTED, '90'],
      ['80', '100', '115', '130', '425'],
    ];
    expect(findRecoverableCells(table(rows))).toEqual([{ row: 1, column: 2 }]);
  });

  it('finds hidden cells that must each be 1 because they add up to their number', () => {
    expect(
      findRecoverableCells(
        table([
          [REDACTED, REDACTED, '50', '52'],
          [REDACTED, REDACTED, '50', '58'],
          ['4', '6', '100', '110'],
        ]),
      ),
    ).toEqual([
      { row: 0, column: 0 },
      { row: 0, column: 1 },
    ]);
  });

  it('finds a suppressed total that the other totals give away', () => {
    expect(
      findRecoverableCells(
        table([
          ['20', '30', REDACTED],
          ['25', '30', '55'],
          ['45', '60', '105'],
        ]),
      ),
    ).toEqual([{ row: 0, column: 'total' }]);
  });
});

describe('publishedPercent', () => {
  const cell = (display: string, status: PublishedCell['status']): PublishedCell => ({ display, status });

  it("shows R% for a percentage from a suppressed count, '–' for a zero headcount", () => {
    expect(publishedPercent(cell(REDACTED, 'primary'), cell('38', 'shown'), 10.5)).toBe('R%');
    expect(publishedPercent(cell('90', 'shown'), cell('265', 'shown'), 33.962)).toBe('34.0%');
    expect(publishedPercent(cell(ZERO, 'zero'), cell(ZERO, 'zero'), 0)).toBe(ZERO);
  });

  it('shows R% when the headcount is suppressed, unless the count is zero (seed 004: Band 8D R, 0.0%)', () => {
    expect(publishedPercent(cell('12', 'shown'), cell(REDACTED, 'secondary'), 50)).toBe('R%');
    expect(publishedPercent(cell(ZERO, 'zero'), cell(REDACTED, 'primary'), 0)).toBe('0.0%');
  });
});

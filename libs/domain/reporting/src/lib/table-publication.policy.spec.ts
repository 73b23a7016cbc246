import type { PublishedTable, TableColumn } from '@wres/shared/contracts';
import { notComputableResult } from '@wres/domain/wres';
import { ReportTable, TableRowInput } from './report-table.model';
import {
  countFromDisplay,
  findDisclosures,
  publishedTableFromGrid,
  publishTable,
} from './table-publication.policy';

/** Reports by commissioner: on time, late and outstanding add up to expected; rates from them. */
const REPORTING_COLUMNS: TableColumn[] = [
  { key: 'name', label: 'Commissioner', kind: 'label' },
  { key: 'expected', label: 'Expected', kind: 'count', totalOf: 'reports' },
  { key: 'onTime', label: 'On time', kind: 'count', partition: 'reports' },
  { key: 'late', label: 'Late', kind: 'count', partition: 'reports' },
  { key: 'outstanding', label: 'Outstanding', kind: 'count', partition: 'reports' },
  {
    key: 'rate',
    label: 'Reporting rate',
    kind: 'percent',
    numerator: ['onTime', 'late'],
    denominator: 'expected',
  },
];

function reporting(rows: Array<[string, number, number, number]>, withTotal = true): ReportTable {
  const lines: TableRowInput[] = rows.map(([name, onTime, late, outstanding]) => {
    const expected = onTime + late + outstanding;
    return {
      name,
      expected,
      onTime,
      late,
      outstanding,
      rate: expected ? (100 * (onTime + late)) / expected : notComputableResult('none expected'),
    };
  });
  const sum = (key: string) => lines.reduce((total, line) => total + (line[key] as number), 0);
  const expected = sum('expected');
  return {
    key: 'reporting',
    title: 'Reporting',
    columns: REPORTING_COLUMNS,
    rows: lines,
    ...(withTotal
      ? {
          totalRow: {
            name: 'All',
            expected,
            onTime: sum('onTime'),
            late: sum('late'),
            outstanding: sum('outstanding'),
            rate: expected ? (100 * (sum('onTime') + sum('late'))) / expected : null,
          },
        }
      : {}),
  };
}

const displays = (table: PublishedTable, key: string) => table.rows.map((row) => row.cells[key].display);

/** A small deterministic generator, so a failing random table can be reproduced. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('publishing a table', () => {
  it('shows counts of the threshold and more with separators, zeros as a dash and small counts as R', () => {
    const published = publishTable(reporting([['Big', 1200, 40, 0]]));
    expect(published.rows[0].cells['onTime']).toEqual({ display: '1,200', value: 1200, status: 'shown' });
    expect(published.rows[0].cells['outstanding']).toEqual({ display: '–', value: null, status: 'zero' });
    expect(published.rows[0].cells['rate']).toEqual({ display: '100.0%', value: 100, status: 'shown' });
    expect(published.threshold).toBe(10);

    const small = publishTable(reporting([['Small', 5, 0, 20]]));
    expect(small.rows[0].cells['onTime'].display).toBe('R');
    expect(small.rows[0].cells['onTime'].value).toBeNull();
  });

  it('hides a second count wherever a hidden one could be worked out from its row or column total', () => {
    const published = publishTable(
      reporting([
        ['A', 40, 3, 20],
        ['B', 50, 30, 25],
        ['C', 60, 35, 30],
      ]),
    );
    // Late for A is 3: on time or outstanding in its row, and another late in its column, must go too.
    expect(published.rows[0].cells['late'].status).toBe('primary');
    const hiddenInRow = ['onTime', 'outstanding', 'expected'].filter((key) =>
      ['primary', 'secondary'].includes(published.rows[0].cells[key].status),
    );
    expect(hiddenInRow.length).toBeGreaterThanOrEqual(1);
    const hiddenInColumn = [1, 2].filter((i) => published.rows[i].cells['late'].display === 'R');
    expect(
      hiddenInColumn.length + (published.totalRow?.cells['late'].display === 'R' ? 1 : 0),
    ).toBeGreaterThan(0);
    expect(findDisclosures(published)).toEqual([]);
  });

  it('redacts a percentage from a hidden numerator as R%, and shows a dash where nothing was expected', () => {
    const published = publishTable(
      reporting([
        ['A', 4, 0, 30],
        ['B', 0, 0, 0],
        ['C', 50, 20, 30],
      ]),
    );
    expect(published.rows[0].cells['rate'].display).toBe('R%');
    expect(published.rows[1].cells['rate']).toEqual({ display: '–', value: null, status: 'zero' });
    expect(findDisclosures(published)).toEqual([]);
  });

  it('shows 0% when only the denominator is hidden, as publishedPercent does', () => {
    const table: ReportTable = {
      key: 't',
      title: 't',
      columns: [
        { key: 'name', label: 'Name', kind: 'label' },
        { key: 'events', label: 'Events', kind: 'count' },
        { key: 'total', label: 'Total', kind: 'count' },
        { key: 'percent', label: '%', kind: 'percent', numerator: ['events'], denominator: 'total' },
      ],
      rows: [{ name: 'A', events: 0, total: 4, percent: 0 }],
    };
    expect(publishTable(table).rows[0].cells['percent'].display).toBe('0.0%');
  });

  it('redacts a figure when a basis count is small, but not for a zero or large basis', () => {
    const table: ReportTable = {
      key: 'figures',
      title: 'Figures',
      columns: [
        { key: 'name', label: 'Provider', kind: 'label' },
        { key: 'rl', label: 'RL', kind: 'ratio' },
        { key: 'gap', label: 'Gap', kind: 'points' },
        { key: 'significant', label: 'Significant', kind: 'flag' },
      ],
      rows: [
        {
          name: 'Small',
          rl: { value: 1.5, basis: [3, 200, 40, 300] },
          gap: -2,
          significant: { value: true, basis: [9] },
        },
        {
          name: 'Large',
          rl: { value: 1.234, basis: [0, 200, 40, 300] },
          gap: { value: -15.46, basis: [] },
          significant: false,
        },
      ],
    };
    const published = publishTable(table);
    expect(displays(published, 'rl')).toEqual(['R', '1.23']);
    expect(published.rows[1].cells['rl'].value).toBe(1.23);
    expect(displays(published, 'gap')).toEqual(['\u22122.0', '\u221215.5']);
    expect(displays(published, 'significant')).toEqual(['R', 'No']);
    expect(publishTable(table, { threshold: 3 }).rows[0].cells['rl'].display).toBe('1.50');
  });

  it('hides a figure whose counts are not known, and says when one cannot be computed whatever its basis', () => {
    const table: ReportTable = {
      key: 'figures',
      title: 'Figures',
      columns: [
        { key: 'name', label: 'Provider', kind: 'label' },
        { key: 'rl', label: 'RL', kind: 'ratio' },
        { key: 'trend', label: 'Since last year', kind: 'text' },
      ],
      rows: [
        { name: 'Unknown', rl: { value: 1.4, basis: null }, trend: { value: 'better', basis: null } },
        {
          name: 'None',
          rl: { value: notComputableResult('no appointments'), basis: [0, 40, 3, 20] },
          trend: 'not comparable',
        },
        {
          name: 'Large',
          rl: { value: 1.1, basis: [40, 400] },
          trend: { value: 'worse', basis: [40, 400, 30, 300] },
        },
      ],
    };
    const published = publishTable(table);
    expect(displays(published, 'rl')).toEqual(['R', 'Not computable', '1.10']);
    expect(displays(published, 'trend')).toEqual(['R', 'not comparable', 'worse']);
  });

  it('redacts a figure computed from counts the table hides', () => {
    const table: ReportTable = {
      key: 't',
      title: 't',
      columns: [
        { key: 'name', label: 'Name', kind: 'label' },
        { key: 'total', label: 'Total', kind: 'count', totalOf: 'g' },
        { key: 'events', label: 'Events', kind: 'count', partition: 'g' },
        { key: 'other', label: 'Others', kind: 'count', partition: 'g' },
        { key: 'rl', label: 'RL', kind: 'ratio', from: ['events', 'other'] },
      ],
      rows: [
        { name: 'A', total: 100, events: 5, other: 95, rl: 0.8 },
        { name: 'B', total: 100, events: 50, other: 50, rl: 1.1 },
        { name: 'C', total: 100, events: 80, other: 20, rl: 1.3 },
      ],
    };
    const published = publishTable(table);
    expect(published.rows[0].cells['events'].status).toBe('primary');
    // Every row with a hidden count loses its figure, whichever cells secondary suppression chose.
    published.rows.forEach((row) => {
      const hidden = ['events', 'other'].some((key) => row.cells[key].display === 'R');
      expect(row.cells['rl'].display === 'R').toBe(hidden);
    });
    expect(findDisclosures(published)).toEqual([]);
  });

  it('says a figure that cannot be computed is not computable, and leaves a missing one empty', () => {
    const table: ReportTable = {
      key: 't',
      title: 't',
      columns: [
        { key: 'name', label: 'Name', kind: 'label' },
        { key: 'rl', label: 'RL', kind: 'ratio' },
        { key: 'due', label: 'Due', kind: 'date' },
        { key: 'late', label: 'Days late', kind: 'days' },
      ],
      rows: [
        { name: 'A', rl: notComputableResult('no events'), due: '2025-05-01', late: 24 },
        { name: 'B', rl: null, due: null, late: null },
      ],
    };
    const published = publishTable(table);
    expect(published.rows[0].cells['rl']).toEqual({
      display: 'Not computable',
      value: null,
      status: 'not-computable',
    });
    expect(published.rows[0].cells['late']).toEqual({ display: '24', value: 24, status: 'shown' });
    expect(published.rows[1].cells['rl'].status).toBe('empty');
    expect(published.rows[1].cells['due'].display).toBe('');
  });

  it('refuses totals that do not add up, rather than protect nothing', () => {
    const table = reporting([['A', 10, 20, 30]]);
    expect(() => publishTable({ ...table, rows: [{ ...table.rows[0], expected: 61 }] })).toThrow(
      /sum of its set/,
    );
    expect(() => publishTable({ ...table, totalRow: { ...table.totalRow, onTime: 11 } })).toThrow(
      /sum of its column/,
    );
    expect(() => publishTable({ ...table, totalRow: { ...table.totalRow, expected: 59 } })).toThrow(
      /grand total/,
    );
  });

  it('refuses counts that are not whole numbers, and columns that refer to nothing', () => {
    const table = reporting([['A', 10, 20, 30]], false);
    expect(() =>
      publishTable({ ...table, rows: [{ ...table.rows[0], onTime: 1.5, expected: 51.5 }] }),
    ).toThrow(/whole numbers/);
    expect(() =>
      publishTable({
        ...table,
        columns: [...table.columns, { key: 'x', label: 'x', kind: 'ratio', from: ['nope'] }],
      }),
    ).toThrow(/not a count column/);
    expect(() => publishTable({ ...table, columns: [...table.columns, table.columns[1]] })).toThrow(
      /two columns/,
    );
    expect(() => publishTable(table, { threshold: 0 })).toThrow(RangeError);
  });

  it('publishes a table without rows as its total row of zeros', () => {
    const published = publishTable(reporting([]));
    expect(published.rows).toEqual([]);
    expect(published.totalRow?.cells['expected'].display).toBe('–');
  });

  it('leaves no small count and nothing recoverable in hundreds of random tables', () => {
    const random = seededRandom(20261123);
    const smallish = () => (random() < 0.35 ? Math.floor(random() * 10) : Math.floor(random() * 400));
    for (let trial = 0; trial < 300; trial++) {
      const rows = Array.from(
        { length: 1 + Math.floor(random() * 6) },
        (_, i): [string, number, number, number] => [`Row ${i}`, smallish(), smallish(), smallish()],
      );
      const published = publishTable(reporting(rows, random() < 0.7));
      expect({ trial, disclosures: findDisclosures(published) }).toEqual({ trial, disclosures: [] });
    }
  });
});

describe('the disclosure checker', () => {
  const leaky = (): PublishedTable =>
    publishTable(
      reporting([
        ['A', 40, 30, 20],
        ['B', 50, 30, 25],
      ]),
    );

  it('finds a small count that is shown', () => {
    const table = leaky();
    table.rows[0].cells['late'] = { display: '3', value: 3, status: 'shown' };
    expect(findDisclosures(table)).toContainEqual({ row: 0, column: 'late', problem: 'small-count-shown' });
  });

  it('finds a hidden count that its row total gives away', () => {
    const table = leaky();
    table.rows[0].cells['late'] = { display: 'R', value: null, status: 'primary' };
    expect(findDisclosures(table)).toContainEqual({
      row: 0,
      column: 'late',
      problem: 'recoverable-from-totals',
    });
  });

  it('finds a figure shown though its counts are hidden', () => {
    const table = leaky();
    table.rows[0].cells['late'] = { display: 'R', value: null, status: 'primary' };
    table.rows[0].cells['onTime'] = { display: 'R', value: null, status: 'secondary' };
    table.rows[1].cells['late'] = { display: 'R', value: null, status: 'secondary' };
    table.rows[1].cells['onTime'] = { display: 'R', value: null, status: 'secondary' };
    expect(findDisclosures(table)).toEqual(
      expect.arrayContaining([{ row: 0, column: 'rate', problem: 'figure-from-hidden-counts' }]),
    );
  });

  it('finds text where a count should be', () => {
    const table = leaky();
    table.rows[1].cells['onTime'] = { display: 'about 50', value: null, status: 'shown' };
    expect(findDisclosures(table)).toContainEqual({ row: 1, column: 'onTime', problem: 'unreadable-count' });
  });

  it('reads counts as a spreadsheet or CSV writes them', () => {
    expect(countFromDisplay('1,234')).toBe(1234);
    expect(countFromDisplay('1234')).toBe(1234);
    expect(countFromDisplay('–')).toBe(0);
    expect(countFromDisplay('')).toBe(0);
    expect(countFromDisplay('R')).toBe('hidden');
    expect(countFromDisplay('12.5')).toBe('unreadable');
  });

  it('checks a table read back from an export grid, header first and total row last', () => {
    const published = publishTable(
      reporting([
        ['A', 4, 30, 20],
        ['B', 50, 30, 25],
        ['C', 12, 2, 40],
      ]),
    );
    const grid = [
      published.columns.map((column) => column.label),
      ...[...published.rows, ...(published.totalRow ? [published.totalRow] : [])].map((row) =>
        published.columns.map((column) => {
          const cell = row.cells[column.key];
          return typeof cell.value === 'number' && column.kind === 'count'
            ? String(cell.value)
            : cell.display;
        }),
      ),
    ];
    const layout = { ...published, hasTotalRow: true };
    const readBack = publishedTableFromGrid(layout, grid);
    expect(readBack.rows.map((row) => row.cells['late'].display)).toEqual(displays(published, 'late'));
    expect(findDisclosures(readBack)).toEqual([]);

    grid[1][3] = '30';
    grid[1][2] = '4';
    expect(findDisclosures(publishedTableFromGrid(layout, grid)).length).toBeGreaterThan(0);
    expect(() => publishedTableFromGrid(layout, [['Wrong'], ...grid.slice(1)])).toThrow(/header/);
  });
});

import type { PublishedCell, PublishedTable } from '@wres/shared/contracts';
import { ZERO_NOTE, publishedTableView, sharedNotes, suppressionNote } from './published-table.model';

const shown = (display: string, value: number | string): PublishedCell => ({
  display,
  value,
  status: 'shown',
});
const hidden = (display: 'R' | 'R%', status: PublishedCell['status']): PublishedCell => ({
  display,
  value: null,
  status,
});

/** Pooled indicator 9 as the demo publishes it: board counts below 10 hidden, the region's shown. */
const TABLE: PublishedTable = {
  key: 'pooled-i9',
  title: 'Pooled: Indicator 9: board %BME minus workforce %BME (whole board)',
  threshold: 10,
  columns: [
    { key: 'name', label: 'Commissioner', kind: 'label' },
    { key: 'boardKnown', label: 'Board members of known ethnicity', kind: 'count', totalOf: 'board' },
    { key: 'boardBme', label: 'Board members: BME', kind: 'count', partition: 'board' },
    { key: 'boardPercentBme', label: 'Board %BME', kind: 'percent', decimals: 1 },
    { key: 'significant', label: 'Significant', kind: 'flag' },
  ],
  rows: [
    {
      cells: {
        name: shown('NHS Westmere CCG', 'NHS Westmere CCG'),
        boardKnown: shown('21', 21),
        boardBme: hidden('R', 'primary'),
        boardPercentBme: hidden('R%', 'redacted'),
        significant: { display: '–', value: null, status: 'zero' },
      },
    },
  ],
  totalRow: {
    cells: {
      name: shown('All commissioners', 'All commissioners'),
      boardKnown: shown('96', 96),
      boardBme: shown('20', 20),
      boardPercentBme: shown('20.8%', 20.8),
      significant: shown('No', 'No'),
    },
  },
  notes: ['Counts are summed across organisations before any percentage or ratio is computed.'],
};

describe('a published table as the page shows it', () => {
  const view = publishedTableView(TABLE);

  it('shows every cell exactly as published, R and R% included', () => {
    expect(view.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['NHS Westmere CCG', '21', 'R', 'R%', '–'],
      ['All commissioners', '96', '20', '20.8%', 'No'],
    ]);
  });

  it('puts the total row last, marked, and makes the first column the row header', () => {
    expect(view.rows.map((row) => row.total)).toEqual([false, true]);
    expect(view.rows[0].cells.map((cell) => cell.rowHeader)).toEqual([true, false, false, false, false]);
  });

  it('aligns counts and figures as numbers, labels and flags as text', () => {
    expect(view.columns.map((column) => column.numeric)).toEqual([false, true, true, true, false]);
  });

  it('explains R, R% and – under the table, after its own notes', () => {
    expect(view.suppressed).toBe(true);
    expect(view.notes).toEqual([TABLE.notes[0], suppressionNote(10), ZERO_NOTE]);
    expect(suppressionNote(10)).toContain('a count from 1 to 9 is hidden');
  });

  it('adds no explanation a table does not need', () => {
    const plain = publishedTableView({ ...TABLE, rows: [], notes: [] });
    expect(plain.suppressed).toBe(false);
    expect(plain.notes).toEqual([]);
  });

  it('says notes every table shares once, above them, and leaves them out underneath', () => {
    const other = { ...TABLE, key: 'pooled-i9v', notes: [TABLE.notes[0], 'Voting members only.'] };
    expect(sharedNotes([TABLE, other])).toEqual([TABLE.notes[0]]);
    expect(sharedNotes([TABLE])).toEqual([]);
    expect(publishedTableView(other, sharedNotes([TABLE, other])).notes).toEqual([
      'Voting members only.',
      suppressionNote(10),
      ZERO_NOTE,
    ]);
  });
});

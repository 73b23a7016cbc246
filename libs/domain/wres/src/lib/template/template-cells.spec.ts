import {
  describeCell,
  labelKey,
  readCount,
  readDate,
  readPercent,
  readText,
  setValueAt,
  valueAt,
} from './template-cells';

describe('reading template cells', () => {
  it.each([
    [5178, 5178],
    [0, 0],
    ['5178', 5178],
    [' 5,178 ', 5178],
    ['1,234,567', 1234567],
    ['40.0', 40],
  ])('reads the count %p as %p', (cell, count) => {
    expect(readCount(cell)).toEqual({ blank: false, value: count });
  });

  it.each([null, '', '   '])('treats %p as blank', (cell) => {
    expect(readCount(cell)).toEqual({ blank: true });
    expect(readPercent(cell)).toEqual({ blank: true });
    expect(readDate(cell)).toEqual({ blank: true });
    expect(readText(cell)).toEqual({ blank: true });
  });

  it.each([
    ['about 40', 'expected a whole number of 0 or more, found "about 40"'],
    [-5, 'expected a whole number of 0 or more, found -5'],
    ['-5', 'expected a whole number of 0 or more, found "-5"'],
    [2.5, 'expected a whole number (a count of people), found 2.5'],
    ['12,34', 'expected a whole number of 0 or more, found "12,34"'],
    [true, 'expected a whole number of 0 or more, found TRUE'],
    [Number.NaN, 'expected a whole number of 0 or more, found NaN'],
    ['#DIV/0!', 'expected a whole number of 0 or more, found "#DIV/0!"'],
  ])('refuses the count %p, saying what it found', (cell, problem) => {
    expect(readCount(cell)).toEqual({ blank: false, problem });
  });

  it('asks for the figure behind a redaction mark', () => {
    expect(readCount('R')).toMatchObject({ problem: expect.stringMatching(/^found "R": enter the actual/) });
    expect(readPercent('R%')).toMatchObject({
      problem: expect.stringMatching(/^found "R": enter the actual/),
    });
  });

  it.each([
    [23.1, 23.1],
    ['23.1', 23.1],
    ['23.1%', 23.1],
    [' 24.0 % ', 24],
    [0, 0],
    [100, 100],
  ])('reads the percentage %p as %p', (cell, percent) => {
    expect(readPercent(cell)).toEqual({ blank: false, value: percent });
  });

  it.each([100.5, -1, '120%', 'n/a'])('refuses the percentage %p', (cell) => {
    expect(readPercent(cell)).toEqual({
      blank: false,
      problem: `expected a percentage from 0 to 100, found ${describeCell(cell)}`,
    });
  });

  it.each([
    ['2019-03-31', '2019-03-31'],
    ['31/03/2019', '2019-03-31'],
    [' 1/4/2019 ', '2019-04-01'],
  ])('reads the date %p as %p', (cell, date) => {
    expect(readDate(cell)).toEqual({ blank: false, value: date });
  });

  it.each(['2019-02-30', 'March 2019', '03/31/2019', 43555])('refuses the date %p', (cell) => {
    expect(readDate(cell)).toMatchObject({ problem: expect.stringMatching(/^expected a date written like/) });
  });

  it('reads words, trimmed', () => {
    expect(readText('  Not collected in 2018/19 ')).toEqual({
      blank: false,
      value: 'Not collected in 2018/19',
    });
    expect(readText(12)).toEqual({ blank: false, value: '12' });
    expect(readText(false)).toMatchObject({ problem: 'expected words, found FALSE' });
  });

  it('shortens long text it quotes', () => {
    expect(describeCell('x'.repeat(60))).toBe(`"${'x'.repeat(39)}…"`);
    expect(describeCell(null)).toBe('nothing');
  });

  it('compares headings on letters and digits only', () => {
    expect(labelKey(' band  8A ')).toBe(labelKey('Band 8a'));
    expect(labelKey('Indicators 2–4')).toBe(labelKey('Indicators 2-4'));
    expect(labelKey('Band 8b')).not.toBe(labelKey('Band 8a'));
  });

  it('gets and sets values by document path', () => {
    const root: Record<string, unknown> = {};
    setValueAt(root, 'indicator1.rows[1].white', 4);
    setValueAt(root, 'indicator1.statedTotals.medical.bme', 120);
    expect(root).toEqual({
      indicator1: { rows: [undefined, { white: 4 }], statedTotals: { medical: { bme: 120 } } },
    });
    expect(valueAt(root, 'indicator1.rows[1].white')).toBe(4);
    expect(valueAt(root, 'indicator1.rows[0].white')).toBeUndefined();
    expect(valueAt(null, 'indicator2')).toBeUndefined();
  });
});

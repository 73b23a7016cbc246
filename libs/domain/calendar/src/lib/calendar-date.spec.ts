import {
  InvalidDateError,
  addDays,
  addYears,
  compareDates,
  daysBetween,
  formatLongDate,
  isIsoDate,
  parseIsoDate,
} from './calendar-date';

describe('calendar dates', () => {
  it.each(['2015-04-01', '2016-02-29', '2000-02-29', '0099-12-31', '9999-12-31'])('accepts %p', (date) => {
    expect(isIsoDate(date)).toBe(true);
    expect(parseIsoDate(date)).toBe(date);
  });

  it.each([
    '2015-02-29',
    '1900-02-29',
    '2015-04-31',
    '2015-13-01',
    '2015-00-10',
    '2015-04-00',
    '2015-4-1',
    '01/04/2015',
    '2015-04-01T00:00:00Z',
    ' 2015-04-01',
    '',
    20150401,
    null,
    undefined,
  ])('rejects %p', (value) => {
    expect(isIsoDate(value)).toBe(false);
    expect(() => parseIsoDate(value)).toThrow(InvalidDateError);
  });

  it('says how to write a date', () => {
    expect(() => parseIsoDate('1 July 2015')).toThrow(
      '"1 July 2015" is not a calendar date written YYYY-MM-DD.',
    );
  });

  describe('addDays', () => {
    it.each([
      ['2015-07-01', -1, '2015-06-30'],
      ['2016-02-28', 1, '2016-02-29'],
      ['2015-02-28', 1, '2015-03-01'],
      ['2015-12-31', 1, '2016-01-01'],
      ['2016-03-26', 1, '2016-03-27'],
      ['2016-03-27', 1, '2016-03-28'],
      ['2015-10-25', 1, '2015-10-26'],
      ['2015-04-01', 366, '2016-04-01'],
      ['2015-04-01', 0, '2015-04-01'],
    ])('%s plus %p days is %s', (date, days, expected) => {
      expect(addDays(date, days)).toBe(expected);
    });

    it('refuses part days and bad dates', () => {
      expect(() => addDays('2015-04-01', 0.5)).toThrow(RangeError);
      expect(() => addDays('2015-02-30', 1)).toThrow(InvalidDateError);
      expect(() => addDays('9999-12-31', 1)).toThrow(InvalidDateError);
    });
  });

  describe('daysBetween', () => {
    it('counts whole days, across clock changes and leap days', () => {
      expect(daysBetween('2015-04-01', '2015-07-01')).toBe(91);
      expect(daysBetween('2015-07-01', '2015-04-01')).toBe(-91);
      expect(daysBetween('2016-03-26', '2016-03-28')).toBe(2);
      expect(daysBetween('2015-10-24', '2015-10-26')).toBe(2);
      expect(daysBetween('2015-04-01', '2016-05-01')).toBe(396);
      expect(daysBetween('2015-04-01', '2015-04-01')).toBe(0);
    });

    it('refuses bad dates', () => {
      expect(() => daysBetween('2015-04-01', '2015-04-31')).toThrow(InvalidDateError);
    });
  });

  describe('addYears', () => {
    it('keeps day and month', () => {
      expect(addYears('2015-07-01', 1)).toBe('2016-07-01');
      expect(addYears('2016-05-01', 9)).toBe('2025-05-01');
      expect(addYears('2016-03-31', -1)).toBe('2015-03-31');
    });

    it('moves 29 February to 28 February in a common year', () => {
      expect(addYears('2016-02-29', 1)).toBe('2017-02-28');
      expect(addYears('2016-02-29', 4)).toBe('2020-02-29');
      expect(addYears('2000-02-29', 100)).toBe('2100-02-28');
    });

    it('refuses part years and bad dates', () => {
      expect(() => addYears('2015-04-01', 1.5)).toThrow(RangeError);
      expect(() => addYears('2015-02-29', 1)).toThrow(InvalidDateError);
    });
  });

  it('compares dates', () => {
    expect(compareDates('2015-04-01', '2015-07-01')).toBeLessThan(0);
    expect(compareDates('2015-07-01', '2015-04-01')).toBeGreaterThan(0);
    expect(compareDates('2015-07-01', '2015-07-01')).toBe(0);
  });

  it('writes dates the long way', () => {
    expect(formatLongDate('2015-07-01')).toBe('1 July 2015');
    expect(formatLongDate('2016-05-01')).toBe('1 May 2016');
    expect(formatLongDate('2015-12-25')).toBe('25 December 2015');
    expect(() => formatLongDate('2015-13-01')).toThrow(InvalidDateError);
  });
});

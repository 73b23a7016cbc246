import {
  InvalidContractYearError,
  compareContractYears,
  contractYearEnd,
  contractYearFromStartYear,
  contractYearOfDate,
  contractYearStart,
  contractYearsBetween,
  isContractYear,
  nextContractYear,
  parseContractYear,
  previousContractYear,
} from './contract-year';

describe('contract years', () => {
  it('parses "2015/16"', () => {
    expect(parseContractYear('2015/16')).toEqual({ contractYear: '2015/16', startYear: 2015 });
    expect(parseContractYear('1999/00')).toEqual({ contractYear: '1999/00', startYear: 1999 });
    expect(parseContractYear('2099/00')).toEqual({ contractYear: '2099/00', startYear: 2099 });
  });

  it.each([
    '2015/17',
    '15/16',
    '2015-16',
    '2015/2016',
    ' 2015/16',
    '2015/16 ',
    '2015/1',
    '',
    '2015',
    '1899/00',
    'abcd/ef',
  ])('rejects %p', (text) => {
    expect(() => parseContractYear(text)).toThrow(InvalidContractYearError);
    expect(isContractYear(text)).toBe(false);
  });

  it.each([2015, null, undefined, {}])('rejects non-text %p', (value) => {
    expect(() => parseContractYear(value)).toThrow(InvalidContractYearError);
  });

  it('says how to write a contract year', () => {
    expect(() => parseContractYear('2015/17')).toThrow(
      '"2015/17" is not a contract year: write it as the starting year and the next, e.g. "2015/16".',
    );
  });

  it('starts on 1 April and ends on 31 March', () => {
    expect(contractYearStart('2015/16')).toBe('2015-04-01');
    expect(contractYearEnd('2015/16')).toBe('2016-03-31');
    expect(contractYearStart('2099/00')).toBe('2099-04-01');
    expect(contractYearEnd('2099/00')).toBe('2100-03-31');
    expect(() => contractYearStart('2015/17')).toThrow(InvalidContractYearError);
  });

  it('steps between years, across centuries', () => {
    expect(nextContractYear('2015/16')).toBe('2016/17');
    expect(nextContractYear('2099/00')).toBe('2100/01');
    expect(nextContractYear('2009/10')).toBe('2010/11');
    expect(previousContractYear('2016/17')).toBe('2015/16');
    expect(previousContractYear('2000/01')).toBe('1999/00');
  });

  it('builds a year from its starting year', () => {
    expect(contractYearFromStartYear(2019)).toBe('2019/20');
    expect(contractYearFromStartYear(2008)).toBe('2008/09');
    expect(() => contractYearFromStartYear(2019.5)).toThrow(InvalidContractYearError);
    expect(() => contractYearFromStartYear(1800)).toThrow(InvalidContractYearError);
  });

  it('compares and lists years', () => {
    expect(compareContractYears('2015/16', '2019/20')).toBeLessThan(0);
    expect(compareContractYears('2019/20', '2015/16')).toBeGreaterThan(0);
    expect(compareContractYears('2019/20', '2019/20')).toBe(0);
    expect(['2019/20', '2015/16', '2016/17'].sort(compareContractYears)).toEqual([
      '2015/16',
      '2016/17',
      '2019/20',
    ]);
    expect(contractYearsBetween('2015/16', '2017/18')).toEqual(['2015/16', '2016/17', '2017/18']);
    expect(contractYearsBetween('2017/18', '2015/16')).toEqual([]);
  });

  it('finds the year a date falls in: April starts a new one', () => {
    expect(contractYearOfDate('2015-04-01')).toBe('2015/16');
    expect(contractYearOfDate('2016-03-31')).toBe('2015/16');
    expect(contractYearOfDate('2016-04-01')).toBe('2016/17');
    expect(contractYearOfDate('2016-01-15')).toBe('2015/16');
    expect(() => contractYearOfDate('1 April 2015')).toThrow(RangeError);
  });
});

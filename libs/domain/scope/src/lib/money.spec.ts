import {
  InvalidPenceError,
  assertPence,
  formatPounds,
  isPence,
  parsePounds,
  penceProblem,
  sumPence,
} from './money';

describe('money', () => {
  describe('formatPounds', () => {
    it.each([
      [0, '£0'],
      [5, '£0.05'],
      [99, '£0.99'],
      [100, '£1'],
      [123_456, '£1,234.56'],
      [18_000_000, '£180,000'],
      [20_000_000, '£200,000'],
      [20_000_001, '£200,000.01'],
      [20_000_010, '£200,000.10'],
      [21_000_000, '£210,000'],
      [5_000_000_000, '£50,000,000'],
      [100_000, '£1,000'],
      [99_999, '£999.99'],
    ])('formats %p pence as %p', (pence, text) => {
      expect(formatPounds(pence)).toBe(text);
    });

    it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])(
      'refuses %p',
      (pence) => {
        expect(() => formatPounds(pence)).toThrow(InvalidPenceError);
      },
    );
  });

  describe('penceProblem and isPence', () => {
    it('accepts non-negative safe integers', () => {
      expect(penceProblem(0)).toBeNull();
      expect(penceProblem(Number.MAX_SAFE_INTEGER)).toBeNull();
      expect(isPence(20_000_000)).toBe(true);
    });

    it.each([
      [-1, 'must not be negative'],
      [0.5, 'must be a whole number of pence'],
      [Number.NaN, 'must be a number of pence'],
      ['100', 'must be a number of pence'],
      [null, 'must be a number of pence'],
      [undefined, 'must be a number of pence'],
      [Number.POSITIVE_INFINITY, 'must be a whole number of pence'],
      [2 ** 60, 'is too large to hold exactly'],
    ])('says what is wrong with %p', (value, message) => {
      expect(penceProblem(value)).toBe(message);
      expect(isPence(value)).toBe(false);
    });

    it('assertPence throws with the value and reason', () => {
      expect(() => assertPence(-5)).toThrow('Invalid amount of money (-5): must not be negative.');
      expect(() => assertPence(5)).not.toThrow();
    });
  });

  describe('sumPence', () => {
    it('adds amounts exactly', () => {
      expect(sumPence([15_000_000, 6_000_000])).toEqual({ totalPence: 21_000_000, problems: [] });
      expect(sumPence([])).toEqual({ totalPence: 0, problems: [] });
    });

    it('lists every bad amount by path', () => {
      expect(sumPence([1, -2, 3.5, 4], 'incomesPence').problems).toEqual([
        { path: 'incomesPence[1]', message: 'must not be negative' },
        { path: 'incomesPence[2]', message: 'must be a whole number of pence' },
      ]);
    });

    it('refuses a total too large to hold exactly', () => {
      expect(sumPence([Number.MAX_SAFE_INTEGER, 1], 'incomesPence').problems).toEqual([
        { path: 'incomesPence', message: 'total is too large to hold exactly' },
      ]);
    });
  });

  describe('parsePounds', () => {
    it.each([
      ['200000', 20_000_000],
      ['£200,000', 20_000_000],
      ['£200,000.01', 20_000_001],
      [' £ 1,234.5 ', 123_450],
      ['0.05', 5],
      ['0', 0],
    ])('reads %p as %p pence', (text, pence) => {
      expect(parsePounds(text)).toBe(pence);
    });

    it.each(['', '£', '-5', '1.234', '12,34', '1,2345', 'abc', '£1e6', '99999999999999999999'])(
      'refuses %p',
      (text) => {
        expect(parsePounds(text)).toBeNull();
      },
    );
  });
});

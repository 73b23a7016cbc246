import { dateFromParts, datePartsProblem, partsOfDate } from './date-parts';

describe('dates typed in three parts', () => {
  it('reads a real date and refuses one that is not', () => {
    expect(dateFromParts('31', '3', '2022')).toBe('2022-03-31');
    expect(dateFromParts(' 1 ', '10', '2021')).toBe('2021-10-01');
    expect(dateFromParts('29', '2', '2023')).toBeNull();
    expect(dateFromParts('29', '2', '2024')).toBe('2024-02-29');
    expect(dateFromParts('31', '4', '2022')).toBeNull();
    expect(dateFromParts('1', '13', '2022')).toBeNull();
    expect(dateFromParts('1', '1', '22')).toBeNull();
    expect(dateFromParts('a', '1', '2022')).toBeNull();
  });

  it('fills the date input from a date', () => {
    expect(partsOfDate('2022-03-01')).toEqual({ day: '1', month: '3', year: '2022' });
    expect(partsOfDate(null)).toEqual({ day: '', month: '', year: '' });
  });

  it('says what is wrong in the words of the NHS.UK date input', () => {
    const due = { name: 'due date', required: true, missing: 'Enter the date the action is due' };
    expect(datePartsProblem({ day: '', month: '', year: '' }, due)).toBe('Enter the date the action is due');
    expect(datePartsProblem({ day: '1', month: '', year: '' }, due)).toBe(
      'The due date must include a month and a year',
    );
    expect(datePartsProblem({ day: '1', month: '2', year: ' ' }, due)).toBe(
      'The due date must include a year',
    );
    expect(datePartsProblem({ day: '30', month: '2', year: '2026' }, due)).toBe(
      'The due date must be a real date, for example 31 3 2026',
    );
    expect(datePartsProblem({ day: '28', month: '2', year: '2026' }, due)).toBeNull();
    const revised = { name: 'revised due date', required: false, missing: '' };
    expect(datePartsProblem({ day: '', month: '', year: '' }, revised)).toBeNull();
    expect(datePartsProblem({ day: '', month: '3', year: '2022' }, revised)).toBe(
      'The revised due date must include a day',
    );
  });
  it('reads the dates the interim-report form takes', () => {
    expect(dateFromParts('30', '11', '2026')).toBe('2026-11-30');
    expect(dateFromParts(' 1', '2 ', '2027')).toBe('2027-02-01');
    expect(dateFromParts('29', '2', '2027')).toBeNull();
    expect(dateFromParts('31', '4', '2027')).toBeNull();
    expect(dateFromParts('1', '13', '2027')).toBeNull();
    expect(dateFromParts('1', '1', '27')).toBeNull();
    expect(dateFromParts('x', '1', '2027')).toBeNull();
  });
});

import { CONTRACT_IMPORT_COLUMNS } from '@wres/shared/contracts';
import {
  contractYearOf,
  coordinatingOf,
  headerKey,
  linesInWords,
  matchHeaders,
  odsCodeOf,
  poundsToPence,
  providerKindOf,
  readImportRow,
} from './contract-import.parsing';
import type { ColumnPositions } from './contract-import.parsing';

describe('poundsToPence', () => {
  it.each([
    [180000, 18_000_000],
    [180000.5, 18_000_050],
    [0.29, 29],
    [0, 0],
    ['180000', 18_000_000],
    ['£180,000.50', 18_000_050],
    ['£ 200,000', 20_000_000],
    ['  1234.5 ', 123_450],
  ])('reads %p as %p pence', (cell, pence) => {
    expect(poundsToPence(cell)).toEqual({ value: pence });
  });

  it.each([
    [-5000, 'The expected NHS income must not be negative (-5000 was given)'],
    ['-£5,000', 'The expected NHS income must not be negative (-£5,000 was given)'],
    ['(5,000)', 'The expected NHS income must not be negative ((5,000) was given)'],
    [1.005, 'The expected NHS income 1.005 has fractions of a penny: give at most 2 decimal places'],
    ['£1.005', 'The expected NHS income £1.005 has fractions of a penny: give at most 2 decimal places'],
    ['about 5k', '"about 5k" is not an amount of money: write it in pounds, like 180000 or £180,000.50'],
    ['18,00', '"18,00" is not an amount of money: write it in pounds, like 180000 or £180,000.50'],
    [null, 'Enter the expected NHS income: write it in pounds, like 180000 or £180,000.50'],
    [true, '"true" is not an amount of money: write it in pounds, like 180000 or £180,000.50'],
    [Number.MAX_SAFE_INTEGER, 'The expected NHS income is too large to hold exactly'],
  ])('refuses %p, saying why', (cell, problem) => {
    expect(poundsToPence(cell)).toEqual({ problem });
  });
});

describe('providerKindOf', () => {
  it.each([
    ['nhs-trust', 'nhs-trust'],
    ['NHS trust', 'nhs-trust'],
    ['  nhs   TRUST ', 'nhs-trust'],
    ['foundation-trust', 'foundation-trust'],
    ['NHS foundation trust', 'foundation-trust'],
    ['Foundation Trust', 'foundation-trust'],
    ['independent', 'independent'],
    ['Independent sector provider', 'independent'],
    ['Independent sector', 'independent'],
    ['voluntary', 'voluntary'],
    ['Voluntary sector provider', 'voluntary'],
    ['primary-care', 'primary-care'],
    ['Primary care', 'primary-care'],
    ['Primary care provider', 'primary-care'],
  ])('reads %p as %p', (cell, kind) => {
    expect(providerKindOf(cell)).toEqual({ value: kind });
  });

  it('leaves a blank kind to be decided by whether the provider is known', () => {
    expect(providerKindOf(null)).toEqual({ value: null });
    expect(providerKindOf('  ')).toEqual({ value: null });
  });

  it('lists the kinds when it does not know one', () => {
    expect(providerKindOf('Hospital')).toEqual({
      problem:
        '"Hospital" is not a kind of provider: use NHS trust, NHS foundation trust, independent, voluntary or primary care',
    });
  });
});

describe('matchHeaders', () => {
  it('finds each column whatever its case, spacing, hyphens or place, ignoring others', () => {
    const { positions, missing, repeated } = matchHeaders([
      'Notes',
      ' coordinating',
      'EXPECTED NHS INCOME (£)',
      'contract  year',
      'Provider Kind',
      'provider name ',
      'ODS Code',
    ]);
    expect(positions).toEqual({
      'Co-ordinating': 1,
      'Expected NHS income (£)': 2,
      'Contract year': 3,
      'Provider kind': 4,
      'Provider name': 5,
      'ODS code': 6,
    });
    expect(missing).toEqual([]);
    expect(repeated).toEqual([]);
  });

  it('names the missing and the repeated columns', () => {
    const { missing, repeated } = matchHeaders(['ODS code', 'ods code', 'Provider name', null, 42]);
    expect(missing).toEqual(['Provider kind', 'Contract year', 'Expected NHS income (£)', 'Co-ordinating']);
    expect(repeated).toEqual(['ODS code']);
  });

  it('compares on letters and digits only', () => {
    expect(headerKey(' Co-ordinating ')).toBe(headerKey('coordinating'));
    expect(headerKey('Expected NHS income (£)')).toBe('expectednhsincome');
  });
});

describe('the other cells', () => {
  it('reads ODS codes in capitals and refuses what cannot be one', () => {
    expect(odsCodeOf(' rd1 ')).toEqual({ value: 'RD1' });
    expect(odsCodeOf(null)).toEqual({ problem: "Enter the provider's ODS code" });
    expect(odsCodeOf('R D1!')).toEqual({
      problem: '"R D1!" is not an ODS code: use 3 to 10 letters and digits, like RD1',
    });
  });

  it('reads contract years strictly and explains a cell the spreadsheet made a date', () => {
    expect(contractYearOf('2024/25')).toEqual({ value: '2024/25' });
    expect(contractYearOf('2024/26')).toEqual({
      problem: expect.stringMatching(/^"2024\/26" is not a contract year/),
    });
    expect(contractYearOf(new Date('2024-12-25T00:00:00Z'))).toEqual({
      problem: expect.stringMatching(/^The contract year was read as the date 2024-12-25/),
    });
  });

  it('reads yes and no in their usual spellings', () => {
    for (const yes of ['yes', 'Y', 'TRUE', true, 1]) expect(coordinatingOf(yes)).toEqual({ value: true });
    for (const no of ['no', 'n', 'False', false, 0]) expect(coordinatingOf(no)).toEqual({ value: false });
    expect(coordinatingOf('maybe')).toEqual({
      problem: expect.stringMatching(/^Enter yes or no.*\("maybe" was given\)$/),
    });
  });

  it('names lines in words', () => {
    expect(linesInWords([14, 7])).toBe('lines 7 and 14');
    expect(linesInWords([9, 14, 7])).toBe('lines 7, 9 and 14');
  });
});

describe('readImportRow', () => {
  const positions = Object.fromEntries(
    CONTRACT_IMPORT_COLUMNS.map((column, i) => [column, i]),
  ) as ColumnPositions;

  it('reads a whole row', () => {
    expect(
      readImportRow(2, ['nx1', 'A Provider', 'NHS trust', '2024/25', '£180,000.50', 'yes'], positions),
    ).toEqual({
      row: {
        line: 2,
        odsCode: 'NX1',
        providerName: 'A Provider',
        providerKind: 'nhs-trust',
        contractYear: '2024/25',
        expectedIncomePence: 18_000_050,
        coordinating: true,
      },
      problems: [],
    });
  });

  it('reports every unreadable cell by line and column', () => {
    const { problems } = readImportRow(12, ['', '', 'hospital', '24/25', -1, ''], positions);
    expect(problems.map(({ line, column }) => `${line} ${column}`)).toEqual([
      '12 ODS code',
      '12 Provider kind',
      '12 Contract year',
      '12 Expected NHS income (£)',
      '12 Co-ordinating',
    ]);
  });
});

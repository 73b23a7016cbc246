import { classifyEthnicity, ETHNIC_CATEGORIES, findEthnicCategory } from './ethnicity.mapping';

describe('classifyEthnicity', () => {
  it('groups A, B and C as White', () => {
    expect(['A', 'B', 'C'].map(classifyEthnicity)).toEqual(['white', 'white', 'white']);
  });

  it('groups every other known national category as BME', () => {
    const bme = ['D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S'];
    expect(bme.map(classifyEthnicity)).toEqual(bme.map(() => 'bme'));
  });

  it('excludes not stated, not known, blank and unrecognised codes', () => {
    expect(['Z', '99', '', ' ', 'X', 'I', 'Q', 'white'].map(classifyEthnicity)).toEqual(
      new Array(8).fill('unknown'),
    );
    expect(classifyEthnicity(null)).toBe('unknown');
    expect(classifyEthnicity(undefined)).toBe('unknown');
  });

  it('accepts lower case, spaces and extended local codes by their national parent', () => {
    expect(classifyEthnicity(' a ')).toBe('white');
    expect(classifyEthnicity('CA')).toBe('white');
    expect(classifyEthnicity('LH')).toBe('bme');
    expect(classifyEthnicity('ZZ')).toBe('unknown');
    expect(findEthnicCategory('h')?.description).toBe('Asian or Asian British - Indian');
  });

  it('keeps the mapping as data with unique codes', () => {
    const codes = ETHNIC_CATEGORIES.map((category) => category.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(ETHNIC_CATEGORIES.filter((category) => category.group === 'white')).toHaveLength(3);
  });
});

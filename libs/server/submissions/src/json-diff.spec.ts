import { diffJson } from './json-diff';

describe('diffJson', () => {
  it('names a changed count by its path, with both values', () => {
    const before = { indicator2: { white: { appointed: 372 }, bme: { appointed: 124, shortlisted: 2525 } } };
    const after = { indicator2: { white: { appointed: 372 }, bme: { appointed: 130, shortlisted: 2525 } } };
    expect(diffJson(before, after)).toEqual([{ path: 'indicator2.bme.appointed', before: 124, after: 130 }]);
  });

  it('is empty for equal values', () => {
    expect(diffJson({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toEqual([]);
  });

  it('addresses array elements by index and reports added and removed ones', () => {
    expect(diffJson({ rows: [{ bme: 1 }, { bme: 2 }] }, { rows: [{ bme: 3 }] })).toEqual([
      { path: 'rows[0].bme', before: 1, after: 3 },
      { path: 'rows[1]', before: { bme: 2 } },
    ]);
    expect(diffJson([], ['x'])).toEqual([{ path: '[0]', after: 'x' }]);
  });

  it('reports added and removed keys with only the side that exists', () => {
    expect(diffJson({ a: 1 }, { b: 2 })).toEqual([
      { path: 'a', before: 1 },
      { path: 'b', after: 2 },
    ]);
  });

  it('treats a change of kind as one change at that path', () => {
    expect(diffJson({ indicator3: { missingReason: 'not collected' } }, { indicator3: 5 })).toEqual([
      { path: 'indicator3', before: { missingReason: 'not collected' }, after: 5 },
    ]);
    expect(diffJson({ a: null }, { a: {} })).toEqual([{ path: 'a', before: null, after: {} }]);
  });

  it('prefixes paths when given one', () => {
    expect(diffJson({ x: 1 }, { x: 2 }, 'document')).toEqual([{ path: 'document.x', before: 1, after: 2 }]);
  });
});

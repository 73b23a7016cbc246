import { PENCE_TRANSFORMER } from './pence.transformer';

describe('PENCE_TRANSFORMER', () => {
  it("reads PostgreSQL's bigint strings as exact numbers", () => {
    expect(PENCE_TRANSFORMER.from('20000001')).toBe(20_000_001);
    expect(PENCE_TRANSFORMER.from(String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('keeps null as null', () => {
    expect(PENCE_TRANSFORMER.from(null)).toBeNull();
  });

  it('refuses amounts a number cannot hold exactly rather than rounding them', () => {
    expect(() => PENCE_TRANSFORMER.from('9007199254740993')).toThrow(/cannot be held exactly/);
  });

  it('writes numbers unchanged', () => {
    expect(PENCE_TRANSFORMER.to(15_000_000)).toBe(15_000_000);
  });
});

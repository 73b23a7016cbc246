import { nationalRegister, NATIONAL_SHAPE } from './national-register';

describe('the national register', () => {
  const register = nationalRegister();

  it('has England’s commissioners: 5 CSUs, 106 CCGs each succeeded by one of 42 ICBs on 1 July 2022', () => {
    expect(register.csus).toHaveLength(5);
    expect(register.ccgs).toHaveLength(106);
    expect(register.icbs).toHaveLength(42);
    const icbIds = new Set(register.icbs.map((icb) => icb.id));
    expect(
      register.ccgs.every((ccg) => ccg.validTo === '2022-06-30' && icbIds.has(ccg.successorId ?? '')),
    ).toBe(true);
    expect(register.icbs.every((icb) => icb.validFrom === '2022-07-01')).toBe(true);
    // Every ICB takes over at least one CCG, and a CCG's ICB is supported by the CSU that supported the CCG.
    expect(new Set(register.ccgs.map((ccg) => ccg.successorId)).size).toBe(42);
    for (const ccg of register.ccgs) expect(register.icbs[ccg.icb].csu).toBe(ccg.csu);
  });

  it('has 2,000 providers: about 220 trusts, some primary care, the rest independent and voluntary, about 15% small', () => {
    const count = (kinds: string[]) =>
      register.providers.filter((p) => kinds.includes(p.providerKind)).length;
    expect(register.providers).toHaveLength(2_000);
    expect(count(['nhs-trust', 'foundation-trust'])).toBe(220);
    expect(count(['primary-care'])).toBe(NATIONAL_SHAPE.primaryCare);
    expect(count(['independent', 'voluntary'])).toBe(2_000 - 220 - NATIONAL_SHAPE.primaryCare);
    const small = register.providers.filter((p) => p.small);
    expect(small.length / 2_000).toBeGreaterThan(0.14);
    expect(small.length / 2_000).toBeLessThan(0.18);
    expect(small.every((p) => p.providerKind === 'independent' || p.providerKind === 'voluntary')).toBe(true);
  });

  it('gives every organisation a unique id, ODS code and (for providers) name', () => {
    const organisations = [...register.csus, ...register.ccgs, ...register.icbs, ...register.providers];
    expect(new Set(organisations.map((o) => o.id)).size).toBe(organisations.length);
    expect(new Set(organisations.map((o) => o.odsCode)).size).toBe(organisations.length);
    expect(new Set(register.providers.map((p) => p.name)).size).toBe(register.providers.length);
    expect(organisations.every((o) => o.odsCode.length <= 10 && o.name.length <= 200)).toBe(true);
  });

  it('has a submitter per provider, commissioners per CCG and ICB, and CSU analysts, with unique emails', () => {
    const roleAt = (id: string) => (register.usersOf.get(id) ?? []).map((u) => u.role);
    expect(register.providers.every((p) => roleAt(p.id).includes('provider-submitter'))).toBe(true);
    expect([...register.ccgs, ...register.icbs].every((c) => roleAt(c.id).includes('commissioner'))).toBe(
      true,
    );
    expect(register.csus.every((c) => roleAt(c.id).includes('csu-analyst'))).toBe(true);
    expect(new Set(register.users.map((u) => u.email)).size).toBe(register.users.length);
    expect(register.users.every((u) => u.email === u.email.toLowerCase())).toBe(true);
  });

  it('relates CSUs to the CCGs and ICBs they support and commissioners to their providers, once each', () => {
    const keys = register.relationships.map((r) => `${r.kind}|${r.fromId}|${r.toId}`);
    expect(new Set(keys).size).toBe(keys.length);
    const supported = new Set(register.relationships.filter((r) => r.kind === 'supports').map((r) => r.toId));
    expect(supported.size).toBe(106 + 42);
    const commissioned = new Set(
      register.relationships.filter((r) => r.kind === 'commissions').map((r) => r.toId),
    );
    expect(commissioned.size).toBe(2_000);
  });

  it('is the same every time for a seed, and different for another seed', () => {
    const again = nationalRegister();
    expect(JSON.stringify(again.providers)).toBe(JSON.stringify(register.providers));
    expect(JSON.stringify(again.users)).toBe(JSON.stringify(register.users));
    const other = nationalRegister({ ...NATIONAL_SHAPE, seed: 'another seed' });
    expect(other.providers[0].id).not.toBe(register.providers[0].id);
  });
});

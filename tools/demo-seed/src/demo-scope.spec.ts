import { shippedRuleSets } from '@wres/domain/scope';
import type { ProviderKind } from '@wres/shared/contracts';
import { demoContracts } from './demo-contracts';
import { DEMO_ORGANISATIONS, DEMO_RELATIONSHIPS } from './demo-organisations';
import { demoScopeHistory } from './demo-scope';

const kindOf = (key: string) => DEMO_ORGANISATIONS.find((o) => o.key === key)?.providerKind as ProviderKind;

describe('the demo contracts and their scope', () => {
  const contracts = demoContracts();
  const history = demoScopeHistory(contracts, kindOf, shippedRuleSets());
  const finalDecision = (provider: string, contractYear: string) =>
    history.filter((h) => h.provider === provider && h.contractYear === contractYear).at(-1)?.decision;
  const wresReport = (provider: string, contractYear: string) =>
    finalDecision(provider, contractYear)?.obligations.find((o) => o.clause === 'SC13.5.2');

  it('gives every seeded provider a contract in every year from 2015/16 to 2025/26, but one left to record', () => {
    const providers = DEMO_ORGANISATIONS.filter((o) => o.kind === 'provider').map((o) => o.key);
    for (const provider of providers) {
      const years = new Set(contracts.filter((c) => c.provider === provider).map((c) => c.contractYear));
      // Riverside Hospice's 2025/26 contract is left for a commissioner to record in the demo.
      expect([provider, years.size, years.has('2025/26')]).toEqual(
        provider === 'volA' ? [provider, 10, false] : [provider, 11, true],
      );
    }
  });

  it('takes Little Acorns over the threshold in 2020/21 and not before', () => {
    expect(wresReport('volSmall', '2019/20')).toMatchObject({
      applies: false,
      basis: 'small-provider-exempt',
    });
    expect(wresReport('volSmall', '2020/21')?.applies).toBe(true);
    expect(finalDecision('volSmall', '2020/21')?.totalIncomePence).toBe(20_500_000);
  });

  it("brings Greenway into scope only with its second commissioner's income", () => {
    const greenway = history.filter((h) => h.provider === 'indAB' && h.contractYear === '2015/16');
    expect(greenway.map((h) => h.decision.totalIncomePence)).toEqual([15_000_000, 21_000_000]);
    expect(greenway[1].changes.map((c) => `${c.clause} ${c.change}`)).toContain('SC13.5.2 now-applies');
  });

  it('keeps primary care outside the WRES whatever its income', () => {
    expect(wresReport('gp', '2020/21')).toMatchObject({ applies: false, basis: 'provider-kind-not-covered' });
  });

  it("has Northfield's contracts held by the ICB from 2022/23, on relationships that exist", () => {
    const holders = (year: string) =>
      new Set(
        contracts
          .filter((c) => c.contractYear === year && ['trustA', 'ftA', 'gp'].includes(c.provider))
          .flatMap((c) => c.commissioners.map((line) => line.commissioner)),
      );
    expect([...holders('2021/22')]).toEqual(['ccgA']);
    expect([...holders('2022/23')]).toEqual(['icb']);
    for (const contract of contracts) {
      for (const line of contract.commissioners) {
        const related = DEMO_RELATIONSHIPS.some(
          (r) => r.kind === 'commissions' && r.from === line.commissioner && r.to === contract.provider,
        );
        expect([contract.provider, line.commissioner, related]).toEqual([
          contract.provider,
          line.commissioner,
          true,
        ]);
      }
    }
  });

  it('has exactly one co-ordinating commissioner per contract and whole, non-negative pence', () => {
    for (const contract of contracts) {
      expect(contract.commissioners.filter((line) => line.coordinating)).toHaveLength(1);
      for (const line of contract.commissioners) {
        expect(Number.isSafeInteger(line.expectedIncomePence) && line.expectedIncomePence >= 0).toBe(true);
      }
    }
  });
});

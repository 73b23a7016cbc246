import { shippedRuleSets } from '@wres/domain/scope';
import type { ImportRow } from './contract-import.parsing';
import { planImport } from './contract-import.plan';
import type { ImportFacts, RecordedLine } from './contract-import.plan';

const ME = 'commissioner-me';
const OTHER = 'commissioner-other';
const TRUST = 'provider-trust';
const ruleSet = shippedRuleSets().find((r) => r.contractYear === '2024/25');

const row = (line: number, overrides: Partial<ImportRow> = {}): ImportRow => ({
  line,
  odsCode: 'NX1',
  providerName: 'New Provider',
  providerKind: 'independent',
  contractYear: '2024/25',
  expectedIncomePence: 15_000_000,
  coordinating: true,
  ...overrides,
});

const facts = (lines: RecordedLine[] = []): ImportFacts => ({
  commissioner: { id: ME, name: 'NHS Southbrook CCG', validFrom: null, validTo: null },
  ruleSets: new Map([['2024/25', ruleSet as NonNullable<typeof ruleSet>]]),
  organisations: new Map([
    ['RD1', { id: TRUST, odsCode: 'RD1', name: 'A Trust', kind: 'provider', providerKind: 'nhs-trust' }],
  ]),
  lines,
});

const otherCoordinates: RecordedLine = {
  contractId: 'contract-1',
  providerId: TRUST,
  contractYear: '2024/25',
  lineId: 'line-1',
  commissionerId: OTHER,
  coordinating: true,
  expectedIncomePence: 15_000_000,
};

describe('planImport', () => {
  it('creates a provider and its contract, and counts them', () => {
    const plan = planImport([row(2)], [], facts());
    expect(plan.problems).toEqual([]);
    expect(plan.newProviders).toEqual([
      { odsCode: 'NX1', name: 'New Provider', providerKind: 'independent' },
    ]);
    expect(plan.summary).toMatchObject({ providersToCreate: 1, contractsToCreate: 1, contractsToUpdate: 0 });
  });

  it('names both lines when a provider appears twice in a year', () => {
    const plan = planImport([row(7), row(14)], [], facts());
    expect(plan.problems).toEqual([
      {
        line: 7,
        column: 'ODS code',
        message: 'NX1 in 2024/25 is on lines 7 and 14: give each provider once per year',
      },
      {
        line: 14,
        column: 'ODS code',
        message: 'NX1 in 2024/25 is on lines 7 and 14: give each provider once per year',
      },
    ]);
    expect(plan.actions).toEqual([]);
  });

  it('needs the name and kind of a new provider', () => {
    const plan = planImport([row(2, { providerName: null, providerKind: null })], [], facts());
    expect(plan.problems.map((p) => p.column)).toEqual(['Provider name', 'Provider kind']);
  });

  it('joins the one contract as an associate, and sees the provider cross the threshold', () => {
    const plan = planImport(
      [row(2, { odsCode: 'RD1', providerName: 'a  trust', providerKind: null, coordinating: false })],
      [],
      facts([otherCoordinates]),
    );
    expect(plan.problems).toEqual([]);
    expect(plan.actions).toMatchObject([{ kind: 'join', contractId: 'contract-1', coordinating: false }]);
    expect(plan.summary).toMatchObject({ contractsToUpdate: 1, providersChangingScope: 1 });
    expect(plan.scopeChanges[0].changes).toContain('SC13.5.2 now applies.');
  });

  it('refuses a second co-ordinating commissioner, and an associate line with no contract to join', () => {
    const plan = planImport(
      [row(2, { odsCode: 'RD1', providerName: null, providerKind: null })],
      [],
      facts([otherCoordinates]),
    );
    expect(plan.problems).toMatchObject([{ line: 2, column: 'Co-ordinating' }]);
    const alone = planImport([row(3, { coordinating: false })], [], facts());
    expect(alone.problems).toMatchObject([{ line: 3, column: 'Co-ordinating' }]);
  });

  it('finds nothing to do when the line is already as imported', () => {
    const mine = { ...otherCoordinates, commissionerId: ME };
    const plan = planImport(
      [row(2, { odsCode: 'RD1', providerName: null, providerKind: null })],
      [],
      facts([mine]),
    );
    expect(plan.summary).toMatchObject({ contractsToUpdate: 0, contractsUnchanged: 1 });
  });
});

import { contractYearFromStartYear, shippedRuleSets, type RuleSet } from '@wres/domain/scope';
import { demoScopeHistory, type DemoContract, type DemoScopeDecision } from '@wres/tools/demo-seed';
import { WRES_REPORT_CLAUSE } from '@wres/shared/contracts';
import type { ContractForm } from '@wres/shared/contracts';
import { between, intBetween, randomFor, stableUuid } from './national-random';
import {
  ICB_FIRST_START_YEAR,
  type NationalCommissioner,
  type NationalProvider,
  type NationalRegister,
} from './national-register';

const POUNDS = 100;
/** Not above £200,000 is small; contract values are whole thousands. */
const SMALL_CEILING_POUNDS = 195_000;
const GROWN_FLOOR_POUNDS = 205_000;

export interface NationalContract extends DemoContract {
  id: string;
  providerId: string;
  startYear: number;
  /** When the commissioner recorded it: in the weeks before the contract year starts. */
  recordedAt: Date;
  lines: Array<{ id: string; commissionerId: string; coordinating: boolean; expectedIncomePence: number }>;
}

/** The CCG, or from 2022/23 its ICB, that holds a contract with a provider. */
function holder(register: NationalRegister, ccgIndex: number, startYear: number): NationalCommissioner {
  const ccg = register.ccgs[ccgIndex];
  return startYear >= ICB_FIRST_START_YEAR ? register.icbs[ccg.icb] : ccg;
}

/** A provider's expected NHS income for a year, whole thousands of pounds. */
export function expectedIncomePounds(
  register: NationalRegister,
  provider: NationalProvider,
  startYear: number,
): number {
  const random = randomFor(register.shape.seed, 'income', provider.odsCode, startYear);
  const grown =
    provider.baseIncomePounds *
    (1 + provider.yearlyGrowth) ** (startYear - 2015) *
    between(random, 0.96, 1.04);
  let pounds = Math.round(grown / 1_000) * 1_000;
  if (provider.small) {
    const grownPast = provider.growsPastThresholdIn !== null && startYear >= provider.growsPastThresholdIn;
    pounds = grownPast
      ? Math.max(GROWN_FLOOR_POUNDS, pounds + 40_000)
      : Math.min(SMALL_CEILING_POUNDS, pounds);
  }
  return Math.max(1_000, pounds);
}

/**
 * A provider's contracts for every year it holds any, in the order they were recorded: one contract with
 * the home commissioner co-ordinating, associates on the same contract (trusts, some others), or a second
 * contract co-ordinated by another commissioner. Commissioners in the same ICB merge from 2022/23.
 */
export function providerContracts(
  register: NationalRegister,
  provider: NationalProvider,
): NationalContract[] {
  const { seed } = register.shape;
  const contracts: NationalContract[] = [];
  for (let startYear = provider.firstStartYear; startYear <= provider.lastStartYear; startYear++) {
    const contractYear = contractYearFromStartYear(startYear);
    const random = randomFor(seed, 'contract', provider.odsCode, startYear);
    const total = expectedIncomePounds(register, provider, startYear);
    const home = holder(register, provider.homeCcg, startYear);
    const others = [
      ...new Map(
        provider.otherCcgs.map((ccg) => holder(register, ccg, startYear)).map((c) => [c.id, c]),
      ).values(),
    ].filter((commissioner) => commissioner.id !== home.id);
    const form: ContractForm =
      provider.providerKind === 'primary-care' || total < 1_000_000 ? 'shorter' : 'standard';
    // Contracts are recorded in the weeks before 1 April; a few only after the year has started.
    const recordedAt = new Date(
      Date.UTC(startYear, 2, intBetween(random, 1, 31), 9 + intBetween(random, 0, 8)),
    );
    if (random() < 0.05) recordedAt.setUTCDate(recordedAt.getUTCDate() + intBetween(random, 20, 60));

    const parts: Array<{ commissioner: NationalCommissioner; pounds: number; separate: boolean }> = [];
    if (others.length === 0) parts.push({ commissioner: home, pounds: total, separate: false });
    else {
      const homeShare =
        provider.arrangement === 'two-contracts' ? between(random, 0.45, 0.7) : between(random, 0.6, 0.85);
      const homePounds = Math.round((total * homeShare) / 1_000) * 1_000;
      parts.push({ commissioner: home, pounds: homePounds, separate: false });
      let left = total - homePounds;
      others.forEach((commissioner, index) => {
        const pounds =
          index === others.length - 1 ? left : Math.round((left * between(random, 0.3, 0.7)) / 1_000) * 1_000;
        left -= pounds;
        parts.push({
          commissioner,
          pounds: Math.max(1_000, pounds),
          separate: provider.arrangement === 'two-contracts',
        });
      });
    }

    const together = parts.filter((part) => !part.separate);
    const apart = parts.filter((part) => part.separate);
    const contract = (suffix: string, lines: typeof parts, at: Date): NationalContract => {
      const id = stableUuid(seed, 'contract', provider.odsCode, startYear, suffix);
      return {
        id,
        provider: provider.id,
        providerId: provider.id,
        contractYear,
        startYear,
        form,
        recordedAt: at,
        commissioners: lines.map((line, index) => ({
          commissioner: line.commissioner.id,
          coordinating: index === 0,
          expectedIncomePence: line.pounds * POUNDS,
        })),
        lines: lines.map((line, index) => ({
          id: stableUuid(seed, 'contract-line', id, line.commissioner.id),
          commissionerId: line.commissioner.id,
          coordinating: index === 0,
          expectedIncomePence: line.pounds * POUNDS,
        })),
      };
    };
    contracts.push(contract('main', together, recordedAt));
    apart.forEach((part, index) =>
      contracts.push(
        contract(`second-${index}`, [part], new Date(recordedAt.getTime() + (index + 1) * 86_400_000 * 3)),
      ),
    );
  }
  return contracts;
}

export interface ProviderYearScope {
  contractYear: string;
  startYear: number;
  /** The decisions in the order they were made, each when its contract was recorded. */
  history: Array<DemoScopeDecision & { decidedAt: Date }>;
  /** The latest decision, which the obligations hold. */
  latest: DemoScopeDecision;
  /** The co-ordinating commissioner of the provider's largest contract that year (by expected income). */
  leadCommissionerId: string;
  /** Every commissioner co-ordinating one of its contracts that year. */
  coordinatingIds: string[];
  wresApplies: boolean;
}

const RULE_SETS: readonly RuleSet[] = shippedRuleSets();

/**
 * The scope history the api would have written as each contract was recorded, decided by the domain's
 * scope rules from the provider's kind and its income summed across its contracts (demo seed's history).
 */
export function providerScopes(
  provider: NationalProvider,
  contracts: readonly NationalContract[],
): ProviderYearScope[] {
  const history = demoScopeHistory(contracts, () => provider.providerKind, RULE_SETS);
  const byYear = new Map<string, ProviderYearScope>();
  for (const contract of contracts) {
    if (byYear.has(contract.contractYear)) continue;
    const yearContracts = contracts.filter((c) => c.contractYear === contract.contractYear);
    const decisions = history.filter((entry) => entry.contractYear === contract.contractYear);
    const recordedAt = yearContracts.map((c) => c.recordedAt);
    const coordinating = yearContracts.map((c) => ({
      id: c.lines[0].commissionerId,
      pence: c.lines[0].expectedIncomePence,
    }));
    const lead = [...coordinating].sort((a, b) => b.pence - a.pence || a.id.localeCompare(b.id))[0];
    const latest = decisions[decisions.length - 1];
    byYear.set(contract.contractYear, {
      contractYear: contract.contractYear,
      startYear: contract.startYear,
      // A later contract changes the decision when it is recorded; the first decision comes with the first.
      history: decisions.map((entry, index) => ({
        ...entry,
        decidedAt: recordedAt[Math.min(index, recordedAt.length - 1)],
      })),
      latest,
      leadCommissionerId: lead.id,
      coordinatingIds: [...new Set(coordinating.map((c) => c.id))],
      wresApplies: latest.decision.obligations.some((o) => o.clause === WRES_REPORT_CLAUSE && o.applies),
    });
  }
  return [...byYear.values()];
}

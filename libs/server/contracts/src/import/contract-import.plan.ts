import { assessScope, contractYearEnd, contractYearStart, diffObligations } from '@wres/domain/scope';
import type { RuleSet } from '@wres/domain/scope';
import { CONTRACT_IMPORT_COLUMNS, PROVIDER_KIND_LABELS } from '@wres/shared/contracts';
import type {
  ContractImportColumn,
  ContractImportProblem,
  ContractImportScopeChange,
  ContractImportSummary,
  OrganisationKind,
  ProviderKind,
} from '@wres/shared/contracts';
import { linesInWords, sameName } from './contract-import.parsing';
import type { ImportRow } from './contract-import.parsing';

/*
 * What an import would do, decided from the rows and the facts already recorded. Pure: the service loads
 * the facts in a few batched queries and writes the plan; this decides, row by row, with every problem.
 */

/** The commissioner every imported line is for: the importer's own organisation (or the admin's choice). */
export interface ImportingCommissioner {
  id: string;
  name: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface KnownOrganisation {
  id: string;
  odsCode: string;
  name: string;
  kind: OrganisationKind;
  providerKind: ProviderKind | null;
}

/** One commissioner line already recorded on a contract of a provider named in the file. */
export interface RecordedLine {
  contractId: string;
  providerId: string;
  contractYear: string;
  lineId: string;
  commissionerId: string;
  coordinating: boolean;
  expectedIncomePence: number;
}

export interface ImportFacts {
  commissioner: ImportingCommissioner;
  /** The rule set of each year named in the file, or why the year cannot be used. */
  ruleSets: ReadonlyMap<string, RuleSet | { problem: string }>;
  /** By ODS code (upper case). */
  organisations: ReadonlyMap<string, KnownOrganisation>;
  lines: readonly RecordedLine[];
}

/** A provider the import adds, keyed by ODS code until it has an id. */
export interface NewProvider {
  odsCode: string;
  name: string;
  providerKind: ProviderKind;
}

/** The provider a contract is for: recorded already, or added by this import. */
export type ProviderRef = { id: string } | { odsCode: string };

export type LineAction =
  /** The provider has no contract that year: a new one, with the importer co-ordinating. */
  | { kind: 'create'; line: number; provider: ProviderRef; contractYear: string; incomePence: number }
  /** The provider's one contract that year gains the importer's line. */
  | {
      kind: 'join';
      line: number;
      providerId: string;
      contractYear: string;
      contractId: string;
      coordinating: boolean;
      incomePence: number;
      before: RecordedLine[];
    }
  /** The importer's line on the contract changes. */
  | {
      kind: 'update';
      line: number;
      providerId: string;
      contractYear: string;
      contractId: string;
      lineId: string;
      coordinating: boolean;
      incomePence: number;
      before: RecordedLine[];
    }
  | { kind: 'unchanged'; line: number; contractId: string };

export interface ImportPlan {
  problems: ContractImportProblem[];
  newProviders: NewProvider[];
  actions: LineAction[];
  summary: ContractImportSummary;
  scopeChanges: ContractImportScopeChange[];
}

const COLUMN_ORDER = new Map(CONTRACT_IMPORT_COLUMNS.map((column, index) => [column, index] as const));

/** Problems in spreadsheet order: by line, then by column as the template lays them out. */
export function sortProblems(problems: readonly ContractImportProblem[]): ContractImportProblem[] {
  return [...problems].sort(
    (a, b) =>
      a.line - b.line ||
      (COLUMN_ORDER.get(a.column) ?? 0) - (COLUMN_ORDER.get(b.column) ?? 0) ||
      a.message.localeCompare(b.message),
  );
}

/**
 * Decides every row against what is recorded. `rowProblems` are the cells that could not be read; a row
 * with any is checked as far as it can be (so one answer lists everything) but plans nothing.
 */
export function planImport(
  rows: readonly ImportRow[],
  rowProblems: readonly ContractImportProblem[],
  facts: ImportFacts,
): ImportPlan {
  const problems: ContractImportProblem[] = [...rowProblems];
  const problem = (line: number, column: ContractImportColumn, message: string) =>
    problems.push({ line, column, message });
  // A cell that could not be read has its problem already; don't ask for it again as if it were blank.
  const unreadable = new Set(rowProblems.map((p) => `${p.line}|${p.column}`));
  const { commissioner } = facts;

  // The year: it has rules, and the importing commissioner existed during it.
  for (const row of rows) {
    if (row.contractYear === null) continue;
    const ruleSet = facts.ruleSets.get(row.contractYear);
    if (ruleSet !== undefined && 'problem' in ruleSet) problem(row.line, 'Contract year', ruleSet.problem);
    else if (!existedDuring(commissioner, row.contractYear)) {
      problem(
        row.line,
        'Contract year',
        `${commissioner.name} did not exist during ${row.contractYear}, so cannot commission it`,
      );
    }
  }

  // Each provider once per year: two lines for one contract from one commissioner contradict each other.
  const byProviderYear = groupBy(
    rows.filter((row) => row.odsCode !== null && row.contractYear !== null),
    (row) => `${row.odsCode}|${row.contractYear}`,
  );
  for (const group of byProviderYear.values()) {
    if (group.length < 2) continue;
    const lines = group.map((row) => row.line);
    for (const row of group) {
      problem(
        row.line,
        'ODS code',
        `${row.odsCode} in ${row.contractYear} is on ${linesInWords(lines)}: give each provider once per year`,
      );
    }
  }

  // The provider: known by its ODS code (and then its name and kind must agree), or added with both.
  const newProviders = new Map<string, NewProvider & { line: number }>();
  const providerOf = new Map<number, ProviderRef>();
  for (const row of rows) {
    if (row.odsCode === null) continue;
    const known = facts.organisations.get(row.odsCode);
    if (known !== undefined) {
      if (known.kind !== 'provider' || known.providerKind === null) {
        problem(row.line, 'ODS code', `${row.odsCode} is ${known.name}, which is not a provider`);
        continue;
      }
      let agrees = true;
      if (row.providerName !== null && !sameName(row.providerName, known.name)) {
        agrees = false;
        problem(
          row.line,
          'Provider name',
          `${row.odsCode} is ${known.name}, not "${row.providerName}": correct the name or the ODS code`,
        );
      }
      if (row.providerKind !== null && row.providerKind !== known.providerKind) {
        agrees = false;
        problem(
          row.line,
          'Provider kind',
          `${known.name} (${row.odsCode}) is recorded as ${label(known.providerKind)}, not ${label(row.providerKind)}: ` +
            'correct the kind, or ask an admin to change the provider',
        );
      }
      if (agrees) providerOf.set(row.line, { id: known.id });
      continue;
    }
    const first = newProviders.get(row.odsCode);
    if (first === undefined) {
      if (row.providerName === null && !unreadable.has(`${row.line}|Provider name`)) {
        problem(
          row.line,
          'Provider name',
          `${row.odsCode} is a new provider: enter its name so it can be added`,
        );
      }
      if (row.providerKind === null && !unreadable.has(`${row.line}|Provider kind`)) {
        problem(
          row.line,
          'Provider kind',
          `${row.odsCode} is a new provider: enter its kind so it can be added`,
        );
      }
      if (row.providerName !== null && row.providerKind !== null) {
        newProviders.set(row.odsCode, {
          odsCode: row.odsCode,
          name: row.providerName,
          providerKind: row.providerKind,
          line: row.line,
        });
        providerOf.set(row.line, { odsCode: row.odsCode });
      }
      continue;
    }
    let agrees = true;
    if (row.providerName !== null && !sameName(row.providerName, first.name)) {
      agrees = false;
      problem(
        row.line,
        'Provider name',
        `Line ${first.line} names ${row.odsCode} "${first.name}": give the same name on every line`,
      );
    }
    if (row.providerKind !== null && row.providerKind !== first.providerKind) {
      agrees = false;
      problem(
        row.line,
        'Provider kind',
        `Line ${first.line} gives ${row.odsCode} as ${label(first.providerKind)}: give the same kind on every line`,
      );
    }
    if (agrees) providerOf.set(row.line, { odsCode: row.odsCode });
  }

  // The contract: the importer's own line if it has one, else the provider's one contract, else a new one.
  const linesByProviderYear = groupBy(facts.lines, (line) => `${line.providerId}|${line.contractYear}`);
  const actions: LineAction[] = [];
  const problemLines = new Set(problems.map((p) => p.line));
  for (const row of rows) {
    const provider = providerOf.get(row.line);
    const { contractYear, coordinating, expectedIncomePence: incomePence } = row;
    if (provider === undefined || contractYear === null || coordinating === null || incomePence === null)
      continue;
    if (problemLines.has(row.line)) continue;
    if (!('id' in provider)) {
      if (coordinating) actions.push({ kind: 'create', line: row.line, provider, contractYear, incomePence });
      else problem(row.line, 'Co-ordinating', noContractYet(row.odsCode ?? '', contractYear));
      continue;
    }
    const recorded = linesByProviderYear.get(`${provider.id}|${contractYear}`) ?? [];
    const contracts = groupBy(recorded, (line) => line.contractId);
    const mine = recorded.filter((line) => line.commissionerId === commissioner.id);
    if (mine.length > 1) {
      problem(
        row.line,
        'ODS code',
        `${commissioner.name} is on ${mine.length} contracts with ${row.odsCode} in ${contractYear}: ` +
          'change the right one on its contract page',
      );
      continue;
    }
    const contractId = mine[0]?.contractId ?? (contracts.size === 1 ? [...contracts.keys()][0] : undefined);
    if (contractId === undefined) {
      if (contracts.size > 1) {
        problem(
          row.line,
          'ODS code',
          `${row.odsCode} has ${contracts.size} contracts in ${contractYear}: add your line on the right one on its contract page`,
        );
      } else if (coordinating) {
        actions.push({ kind: 'create', line: row.line, provider, contractYear, incomePence });
      } else {
        problem(row.line, 'Co-ordinating', noContractYet(row.odsCode ?? '', contractYear));
      }
      continue;
    }
    const before = contracts.get(contractId) ?? [];
    const own = mine[0];
    const others = before.filter((line) => line.commissionerId !== commissioner.id);
    const othersCoordinate = others.some((line) => line.coordinating);
    if (coordinating && othersCoordinate) {
      problem(
        row.line,
        'Co-ordinating',
        `Another commissioner co-ordinates ${row.odsCode}'s contract for ${contractYear}: a contract has ` +
          'exactly one co-ordinating commissioner, so enter no',
      );
      continue;
    }
    if (!coordinating && !othersCoordinate) {
      problem(
        row.line,
        'Co-ordinating',
        `${commissioner.name} co-ordinates ${row.odsCode}'s contract for ${contractYear} and no other ` +
          'commissioner does: enter yes, or change the co-ordinating commissioner on the contract page first',
      );
      continue;
    }
    const total = others.reduce((sum, line) => sum + line.expectedIncomePence, incomePence);
    if (!Number.isSafeInteger(total)) {
      problem(
        row.line,
        'Expected NHS income (£)',
        'The contract’s total expected income is too large to hold exactly',
      );
      continue;
    }
    if (own === undefined) {
      actions.push({
        kind: 'join',
        line: row.line,
        providerId: provider.id,
        contractYear,
        contractId,
        coordinating,
        incomePence,
        before,
      });
    } else if (own.coordinating === coordinating && own.expectedIncomePence === incomePence) {
      actions.push({ kind: 'unchanged', line: row.line, contractId });
    } else {
      actions.push({
        kind: 'update',
        line: row.line,
        providerId: provider.id,
        contractYear,
        contractId,
        lineId: own.lineId,
        coordinating,
        incomePence,
        before,
      });
    }
  }

  const creating = actions.filter((action) => action.kind === 'create');
  const scopeChanges = scopeChangesOf(actions, facts);
  return {
    problems: sortProblems(problems),
    newProviders: [...newProviders.values()].map(({ odsCode, name, providerKind }) => ({
      odsCode,
      name,
      providerKind,
    })),
    actions,
    summary: {
      providersToCreate: newProviders.size,
      contractsToCreate: creating.length,
      contractsToUpdate: actions.filter((action) => action.kind === 'join' || action.kind === 'update')
        .length,
      contractsUnchanged: actions.filter((action) => action.kind === 'unchanged').length,
      providersChangingScope: new Set(scopeChanges.map((change) => change.odsCode)).size,
    },
    scopeChanges,
  };
}

/**
 * Providers that already have obligations for a year and whose obligations the import changes (crossing
 * the £200,000 threshold, say). A provider's first contract for a year is counted in contractsToCreate.
 */
function scopeChangesOf(actions: readonly LineAction[], facts: ImportFacts): ContractImportScopeChange[] {
  const byId = new Map([...facts.organisations.values()].map((o) => [o.id, o] as const));
  const linesByProviderYear = groupBy(facts.lines, (line) => `${line.providerId}|${line.contractYear}`);
  const incomesAfter = new Map<string, Map<string, number>>();
  for (const action of actions) {
    if (action.kind === 'unchanged') continue;
    if (action.kind === 'create' && !('id' in action.provider)) continue;
    const providerId = action.kind === 'create' ? (action.provider as { id: string }).id : action.providerId;
    const key = `${providerId}|${action.contractYear}`;
    if (!linesByProviderYear.has(key)) continue;
    let incomes = incomesAfter.get(key);
    if (incomes === undefined) {
      incomes = new Map(
        (linesByProviderYear.get(key) ?? []).map((line) => [line.lineId, line.expectedIncomePence]),
      );
      incomesAfter.set(key, incomes);
    }
    if (action.kind === 'update') incomes.set(action.lineId, action.incomePence);
    else incomes.set(`new line ${action.line}`, action.incomePence);
  }
  const changes: ContractImportScopeChange[] = [];
  for (const [key, incomes] of incomesAfter) {
    const [providerId, contractYear] = key.split('|');
    const provider = byId.get(providerId);
    const ruleSet = facts.ruleSets.get(contractYear);
    if (provider?.providerKind == null || ruleSet === undefined || 'problem' in ruleSet) continue;
    const decide = (incomesPence: number[]) =>
      assessScope({ ruleSet, providerKind: provider.providerKind as ProviderKind, incomesPence });
    const before = decide((linesByProviderYear.get(key) ?? []).map((line) => line.expectedIncomePence));
    const after = decide([...incomes.values()]);
    const changed = diffObligations(before, after);
    if (changed.length === 0) continue;
    changes.push({
      odsCode: provider.odsCode,
      providerName: provider.name,
      contractYear,
      changes: changed.map((change) => change.summary),
    });
  }
  return changes.sort(
    (a, b) => a.odsCode.localeCompare(b.odsCode) || a.contractYear.localeCompare(b.contractYear),
  );
}

function noContractYet(odsCode: string, contractYear: string): string {
  return (
    `${odsCode} has no contract for ${contractYear} yet, and a new contract needs its co-ordinating ` +
    'commissioner: enter yes if you co-ordinate it, or ask the co-ordinating commissioner to record it first'
  );
}

/** Some part of the organisation's existence falls within the contract year (a CCG until June 2022 counts). */
function existedDuring(organisation: ImportingCommissioner, contractYear: string): boolean {
  return (
    (organisation.validFrom === null || organisation.validFrom <= contractYearEnd(contractYear)) &&
    (organisation.validTo === null || organisation.validTo >= contractYearStart(contractYear))
  );
}

function label(kind: ProviderKind): string {
  return PROVIDER_KIND_LABELS[kind].replace(/^(?!NHS)\w/, (letter) => letter.toLowerCase());
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

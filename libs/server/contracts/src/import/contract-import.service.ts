import { randomUUID } from 'node:crypto';
import { BadRequestException, ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@wres/server/core/audit';
import type { Actor } from '@wres/server/core/audit';
import { actorOf } from '@wres/server/core/auth';
import type { Principal } from '@wres/server/core/auth';
import { PENCE_TRANSFORMER } from '@wres/server/core/database';
import { groupProblemsByPath, validationFailed } from '@wres/server/core/http';
import { RuleSetCatalogue, scopeProblemsOf } from '@wres/server/scope';
import type { RuleSet } from '@wres/domain/scope';
import type {
  ContractCommissionerRequest,
  ContractImportErrorBody,
  ContractImportPreview,
  ContractImportProblem,
  ContractImportResult,
  OrganisationKind,
  ProviderKind,
  ScopeDecisionReason,
} from '@wres/shared/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { sameIncomes } from '../contract.problems';
import { ScopeRecalculation } from '../scope-recalculation';
import { isBlankRow, matchHeaders, readImportRow } from './contract-import.parsing';
import type { ColumnPositions, ImportRow } from './contract-import.parsing';
import { planImport } from './contract-import.plan';
import type {
  ImportFacts,
  ImportingCommissioner,
  ImportPlan,
  KnownOrganisation,
  LineAction,
  RecordedLine,
} from './contract-import.plan';
import { readSpreadsheet, SpreadsheetFileError } from './spreadsheet.reader';

/** The uploaded file, as the multipart parser hands it over (held in memory, never on disk). */
export interface UploadedSpreadsheet {
  originalname: string;
  size: number;
  buffer: Buffer;
}

interface ReadFile {
  fileName: string;
  rows: ImportRow[];
  problems: ContractImportProblem[];
}

interface CommissionerRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  valid_from: string | null;
  valid_to: string | null;
}

/** New contracts are on the standard form; a commissioner can change it to the shorter form afterwards. */
const IMPORTED_CONTRACT_FORM = 'standard';

/**
 * Imports a commissioner's contract list: one row per provider and year, each the importing commissioner's
 * own line on that provider's contract. Checks every row against what is recorded before writing anything,
 * then writes everything in one transaction with its audit rows and the providers' re-decided scope.
 */
@Injectable()
export class ContractImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ruleSets: RuleSetCatalogue,
    private readonly recalculation: ScopeRecalculation,
    private readonly audit: AuditService,
  ) {}

  /** What the import would do and every problem with it; writes nothing. */
  async preview(
    principal: Principal,
    file: UploadedSpreadsheet | undefined,
    commissionerId: string | undefined,
  ): Promise<ContractImportPreview> {
    const read = await readFile(file);
    const manager = this.dataSource.manager;
    const commissioner = await this.commissionerFor(manager, principal, commissionerId);
    const plan = await this.plan(manager, commissioner, read, false);
    return {
      rows: read.rows.length,
      valid: plan.problems.length === 0,
      problems: plan.problems,
      summary: plan.summary,
      scopeChanges: plan.scopeChanges,
    };
  }

  /** Writes the whole file in one transaction, or nothing and every problem by line and column. */
  async import(
    principal: Principal,
    file: UploadedSpreadsheet | undefined,
    commissionerId: string | undefined,
  ): Promise<ContractImportResult> {
    const read = await readFile(file);
    return this.dataSource.transaction(async (manager) => {
      const commissioner = await this.commissionerFor(manager, principal, commissionerId);
      const plan = await this.plan(manager, commissioner, read, true);
      if (plan.problems.length > 0) throw importRefused(plan.problems);
      const actor = actorOf(principal);
      const importId = randomUUID();
      const providersCreated = await this.writeProviders(manager, plan);
      const contracts = await this.writeContracts(manager, commissioner.id, plan.actions, providersCreated);
      const relationshipsCreated = await this.writeRelationships(manager, commissioner.id, contracts);
      await this.auditContracts(manager, actor, importId, commissioner.id, contracts, relationshipsCreated);
      await this.recalculation.recalculateAll(
        manager,
        actor,
        contracts.map(({ providerId, contractYear, reason }) => ({ providerId, contractYear, reason })),
      );
      await this.audit.record(manager, actor, {
        action: 'contracts.imported',
        entityType: 'contract-import',
        entityId: importId,
        summary: {
          commissionerId: commissioner.id,
          fileName: read.fileName,
          rows: read.rows.length,
          ...plan.summary,
          providersCreated: plan.newProviders.map((provider) => provider.odsCode),
          relationshipsCreated: relationshipsCreated.size,
        },
      });
      return { rows: read.rows.length, summary: plan.summary, scopeChanges: plan.scopeChanges };
    });
  }

  /**
   * The commissioner the lines are for. A commissioner imports only its own organisation's lines; an admin
   * names the CCG or ICB.
   */
  private async commissionerFor(
    manager: EntityManager,
    principal: Principal,
    commissionerId: string | undefined,
  ): Promise<ImportingCommissioner> {
    if (
      principal.role !== 'admin' &&
      commissionerId !== undefined &&
      commissionerId !== principal.organisationId
    ) {
      throw new ForbiddenException('You can only import contract lines for your own organisation');
    }
    const id = principal.role === 'admin' ? commissionerId : principal.organisationId;
    if (id === undefined) {
      throw validationFailed(
        [{ path: 'commissionerId', messages: ['Choose the CCG or ICB whose contract lines these are'] }],
        'Choose the CCG or ICB whose contract lines these are',
      );
    }
    const [row]: CommissionerRow[] = await manager.query(
      `SELECT id, name, kind, valid_from::text, valid_to::text FROM organisation WHERE id = $1`,
      [id],
    );
    if (row === undefined || (row.kind !== 'ccg' && row.kind !== 'icb')) {
      if (principal.role !== 'admin') {
        throw new ForbiddenException('Only a CCG or ICB can import its contract lines');
      }
      throw validationFailed([{ path: 'commissionerId', messages: ['commissionerId must be a CCG or ICB'] }]);
    }
    return { id: row.id, name: row.name, validFrom: row.valid_from, validTo: row.valid_to };
  }

  /** Loads what the rows refer to in a few queries, whatever the number of rows, and decides each row. */
  private async plan(
    manager: EntityManager,
    commissioner: ImportingCommissioner,
    read: ReadFile,
    forWriting: boolean,
  ): Promise<ImportPlan> {
    const odsCodes = unique(read.rows.map((row) => row.odsCode));
    const years = unique(read.rows.map((row) => row.contractYear));
    const organisations: Array<{
      id: string;
      ods_code: string;
      name: string;
      kind: OrganisationKind;
      provider_kind: ProviderKind | null;
    }> = await manager.query(
      `SELECT id, upper(ods_code) AS ods_code, name, kind, provider_kind FROM organisation
       WHERE upper(ods_code) = ANY($1::text[])`,
      [odsCodes],
    );
    const providerIds = organisations.filter((o) => o.kind === 'provider').map((o) => o.id);
    if (forWriting && providerIds.length > 0) {
      // The same lock a single contract write takes per provider and year, taken for all of them in one
      // order, so a contract recorded meanwhile cannot be missed from a total or counted twice.
      await manager.query(
        `SELECT pg_advisory_xact_lock(hashtextextended(key, 0)) FROM (
           SELECT 'provider-scope:' || p || ':' || y AS key FROM unnest($1::text[]) p, unnest($2::text[]) y
           ORDER BY 1) AS keys`,
        [providerIds, years],
      );
    }
    const lines: Array<{
      contract_id: string;
      provider_id: string;
      contract_year: string;
      line_id: string;
      commissioner_id: string;
      is_coordinating: boolean;
      expected_income_pence: string;
    }> = await manager.query(
      `SELECT c.id AS contract_id, c.provider_id, c.contract_year, cc.id AS line_id, cc.commissioner_id,
              cc.is_coordinating, cc.expected_income_pence::text
       FROM contract c JOIN contract_commissioner cc ON cc.contract_id = c.id
       WHERE c.provider_id = ANY($1::uuid[]) AND c.contract_year = ANY($2::text[])
       ORDER BY c.created_at, cc.id`,
      [providerIds, years],
    );
    const facts: ImportFacts = {
      commissioner,
      ruleSets: await this.ruleSetsFor(years),
      organisations: new Map(
        organisations.map(
          (o) =>
            [
              o.ods_code,
              {
                id: o.id,
                odsCode: o.ods_code,
                name: o.name,
                kind: o.kind,
                providerKind: o.provider_kind,
              } satisfies KnownOrganisation,
            ] as const,
        ),
      ),
      lines: lines.map((line): RecordedLine => ({
        contractId: line.contract_id,
        providerId: line.provider_id,
        contractYear: line.contract_year,
        lineId: line.line_id,
        commissionerId: line.commissioner_id,
        coordinating: line.is_coordinating,
        expectedIncomePence: PENCE_TRANSFORMER.from(line.expected_income_pence) as number,
      })),
    };
    return planImport(read.rows, read.problems, facts);
  }

  private async ruleSetsFor(years: string[]): Promise<Map<string, RuleSet | { problem: string }>> {
    const found = new Map<string, RuleSet | { problem: string }>();
    for (const year of years) {
      found.set(
        year,
        await this.ruleSets.ruleSetFor(year).then(
          (ruleSet) => ruleSet,
          (error: unknown) => {
            const problems = scopeProblemsOf(error);
            if (problems === null) throw error;
            return { problem: problems.flatMap((p) => p.messages).join(' ') };
          },
        ),
      );
    }
    return found;
  }

  /** Adds the new providers in one statement; their ids by ODS code. */
  private async writeProviders(manager: EntityManager, plan: ImportPlan): Promise<Map<string, string>> {
    if (plan.newProviders.length === 0) return new Map();
    const rows: Array<{ id: string; ods_code: string }> = await manager.query(
      `INSERT INTO organisation (ods_code, name, kind, provider_kind)
       SELECT ods_code, name, 'provider', provider_kind
       FROM unnest($1::text[], $2::text[], $3::text[]) AS p(ods_code, name, provider_kind)
       ON CONFLICT ON CONSTRAINT organisation_ods_code_unique DO NOTHING
       RETURNING id, ods_code`,
      [
        plan.newProviders.map((p) => p.odsCode),
        plan.newProviders.map((p) => p.name),
        plan.newProviders.map((p) => p.providerKind),
      ],
    );
    if (rows.length !== plan.newProviders.length) {
      throw new ConflictException(
        'Some of these providers were added by someone else while the file was being imported: import it again',
      );
    }
    return new Map(rows.map((row) => [row.ods_code, row.id] as const));
  }

  /** New contracts, new lines on existing contracts and changed lines, each in one statement. */
  private async writeContracts(
    manager: EntityManager,
    commissionerId: string,
    actions: readonly LineAction[],
    providersCreated: ReadonlyMap<string, string>,
  ): Promise<WrittenContract[]> {
    const written: WrittenContract[] = [];
    const creating = actions.flatMap((action) => (action.kind === 'create' ? [action] : []));
    if (creating.length > 0) {
      const providerIdOf = (action: (typeof creating)[number]) =>
        'id' in action.provider
          ? action.provider.id
          : (providersCreated.get(action.provider.odsCode) as string);
      const created: Array<{ id: string; provider_id: string; contract_year: string }> = await manager.query(
        `INSERT INTO contract (provider_id, contract_year, form)
         SELECT provider_id, contract_year, $3 FROM unnest($1::uuid[], $2::text[]) AS c(provider_id, contract_year)
         RETURNING id, provider_id, contract_year`,
        [creating.map(providerIdOf), creating.map((action) => action.contractYear), IMPORTED_CONTRACT_FORM],
      );
      const idOf = new Map(
        created.map((row) => [`${row.provider_id}|${row.contract_year}`, row.id] as const),
      );
      for (const action of creating) {
        const providerId = providerIdOf(action);
        const line = { commissionerId, coordinating: true, expectedIncomePence: action.incomePence };
        written.push({
          kind: 'recorded',
          contractId: idOf.get(`${providerId}|${action.contractYear}`) as string,
          providerId,
          contractYear: action.contractYear,
          before: [],
          after: [line],
          reason: 'contract recorded',
        });
      }
    }
    for (const action of actions) {
      if (action.kind !== 'join' && action.kind !== 'update') continue;
      const before = action.before.map(asRequestLine);
      const line = {
        commissionerId,
        coordinating: action.coordinating,
        expectedIncomePence: action.incomePence,
      };
      const after =
        action.kind === 'join'
          ? [...before, line]
          : before.map((other) => (other.commissionerId === commissionerId ? line : other));
      written.push({
        kind: 'changed',
        contractId: action.contractId,
        providerId: action.providerId,
        contractYear: action.contractYear,
        before,
        after,
        reason: sameIncomes(before, after) ? 'contract changed' : 'income changed',
      });
    }
    const joining = actions.flatMap((action) => (action.kind === 'join' ? [action] : []));
    const newLines = [
      ...written.filter((contract) => contract.kind === 'recorded'),
      ...joining.map((action) => ({
        contractId: action.contractId,
        after: [
          { commissionerId, coordinating: action.coordinating, expectedIncomePence: action.incomePence },
        ],
      })),
    ].map((contract) => ({
      contractId: contract.contractId,
      line: contract.after[contract.after.length - 1],
    }));
    if (newLines.length > 0) {
      await manager.query(
        `INSERT INTO contract_commissioner (contract_id, commissioner_id, is_coordinating, expected_income_pence)
         SELECT contract_id, $1::uuid, is_coordinating, expected_income_pence
         FROM unnest($2::uuid[], $3::boolean[], $4::bigint[]) AS l(contract_id, is_coordinating, expected_income_pence)`,
        [
          commissionerId,
          newLines.map((l) => l.contractId),
          newLines.map((l) => l.line.coordinating),
          newLines.map((l) => String(l.line.expectedIncomePence)),
        ],
      );
    }
    const updating = actions.flatMap((action) => (action.kind === 'update' ? [action] : []));
    if (updating.length > 0) {
      await manager.query(
        `UPDATE contract_commissioner cc SET is_coordinating = l.is_coordinating,
           expected_income_pence = l.expected_income_pence
         FROM unnest($1::uuid[], $2::boolean[], $3::bigint[]) AS l(id, is_coordinating, expected_income_pence)
         WHERE cc.id = l.id`,
        [
          updating.map((action) => action.lineId),
          updating.map((action) => action.coordinating),
          updating.map((action) => String(action.incomePence)),
        ],
      );
    }
    const changed = written.filter((contract) => contract.kind === 'changed').map((c) => c.contractId);
    if (changed.length > 0) {
      // So updated_at says when the contract last changed, as a single change does.
      await manager.query(`UPDATE contract SET updated_at = now() WHERE id = ANY($1::uuid[])`, [changed]);
    }
    return written;
  }

  /** The commissioning relationship each contract rests on, where it is new; the providers newly related. */
  private async writeRelationships(
    manager: EntityManager,
    commissionerId: string,
    contracts: readonly WrittenContract[],
  ): Promise<Set<string>> {
    if (contracts.length === 0) return new Set();
    const rows: Array<{ to_organisation_id: string }> = await manager.query(
      `INSERT INTO organisation_relationship (kind, from_organisation_id, to_organisation_id)
       SELECT DISTINCT 'commissions', $1::uuid, provider_id FROM unnest($2::uuid[]) AS provider_id
       ON CONFLICT ON CONSTRAINT organisation_relationship_unique DO NOTHING
       RETURNING to_organisation_id`,
      [commissionerId, contracts.map((contract) => contract.providerId)],
    );
    return new Set(rows.map((row) => row.to_organisation_id));
  }

  /** One audit row per contract written, as a single record or change would leave, tied to the import. */
  private async auditContracts(
    manager: EntityManager,
    actor: Actor,
    importId: string,
    commissionerId: string,
    contracts: readonly WrittenContract[],
    relationshipsCreated: ReadonlySet<string>,
  ): Promise<void> {
    await this.audit.recordMany(
      manager,
      actor,
      contracts.map((contract) => ({
        action: contract.kind === 'recorded' ? 'contract.recorded' : 'contract.changed',
        entityType: 'contract',
        entityId: contract.contractId,
        summary: {
          providerId: contract.providerId,
          contractYear: contract.contractYear,
          ...(contract.kind === 'recorded'
            ? { form: IMPORTED_CONTRACT_FORM, commissioners: contract.after }
            : { before: { commissioners: contract.before }, after: { commissioners: contract.after } }),
          relationshipsCreated: relationshipsCreated.has(contract.providerId) ? [commissionerId] : [],
          importId,
        },
      })),
    );
  }
}

interface WrittenContract {
  kind: 'recorded' | 'changed';
  contractId: string;
  providerId: string;
  contractYear: string;
  before: ContractCommissionerRequest[];
  after: ContractCommissionerRequest[];
  reason: ScopeDecisionReason;
}

/** Reads the upload into rows, or refuses the file as a whole (400) saying what is wrong with it. */
async function readFile(file: UploadedSpreadsheet | undefined): Promise<ReadFile> {
  if (file === undefined) throw fileRefused("Choose a file to upload: send it as the form field 'file'");
  let sheet;
  try {
    sheet = await readSpreadsheet(file.originalname, file.buffer);
  } catch (error) {
    if (error instanceof SpreadsheetFileError) throw fileRefused(error.message);
    throw error;
  }
  const start = sheet.findIndex((row) => !isBlankRow(row.cells));
  if (start < 0) throw fileRefused('The file is empty: it has no header row and no contracts');
  const [header, ...data] = sheet.slice(start);
  const { positions, missing, repeated } = matchHeaders(header.cells);
  const messages = [
    ...missing.map((column) => `The file has no column called '${column}'`),
    ...repeated.map((column) => `The file has more than one column called '${column}'`),
  ];
  if (messages.length > 0) {
    const found = header.cells.filter((cell) => cell !== null && String(cell).trim() !== '').length;
    if (missing.length === 6 && found > 0) {
      messages.push(`Line ${header.line} must be the header row, with the column names the template uses`);
    }
    throw fileRefused(...messages);
  }
  const rows: ImportRow[] = [];
  const problems: ContractImportProblem[] = [];
  for (const { line, cells } of data) {
    if (isBlankRow(cells)) continue;
    const read = readImportRow(line, cells, positions as ColumnPositions);
    rows.push(read.row);
    problems.push(...read.problems);
  }
  if (rows.length === 0) throw fileRefused('The file has a header row but no contracts below it');
  return { fileName: file.originalname, rows, problems };
}

function fileRefused(...messages: string[]): BadRequestException {
  return validationFailed([{ path: 'file', messages }], messages.join('. '));
}

/** The standard 400 (problems by path, e.g. "line 12, Expected NHS income (£)"), plus each by line and column. */
function importRefused(problems: ContractImportProblem[]): BadRequestException {
  const lines = new Set(problems.map((problem) => problem.line)).size;
  const body: ContractImportErrorBody = {
    statusCode: 400,
    error: 'Bad Request',
    message: `${lines} ${lines === 1 ? 'row has' : 'rows have'} problems, so nothing was imported`,
    problems: groupProblemsByPath(
      problems.map((problem) => ({
        path: `line ${problem.line}, ${problem.column}`,
        message: problem.message,
      })),
    ),
    rowProblems: problems,
  };
  return new BadRequestException(body);
}

function asRequestLine(line: RecordedLine): ContractCommissionerRequest {
  return {
    commissionerId: line.commissionerId,
    coordinating: line.coordinating,
    expectedIncomePence: line.expectedIncomePence,
  };
}

function unique(values: ReadonlyArray<string | null>): string[] {
  return [...new Set(values.filter((value): value is string => value !== null))];
}

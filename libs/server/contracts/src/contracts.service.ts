import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  contractYearEnd,
  contractYearStart,
  InvalidContractYearError,
  isContractYear,
} from '@wres/domain/scope';
import { AuditService } from '@wres/server/core/audit';
import type { Actor } from '@wres/server/core/audit';
import { actorOf } from '@wres/server/core/auth';
import type { Principal } from '@wres/server/core/auth';
import { ContractCommissionerEntity, ContractEntity, PENCE_TRANSFORMER } from '@wres/server/core/database';
import { groupProblemsByPath, validationFailed } from '@wres/server/core/http';
import { RuleSetCatalogue, scopeProblemsOf } from '@wres/server/scope';
import type {
  Contract,
  ContractChangeRequest,
  ContractCommissioner,
  ContractCommissionerRequest,
  ContractRequest,
  ContractWriteResult,
  FieldProblem,
  OrganisationKind,
  ScopeDecisionReason,
} from '@wres/shared/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { commissionerLineProblems, sameIncomes } from './contract.problems';
import { visibleContractIdsSql } from './contract-visibility';
import { ScopeRecalculation } from './scope-recalculation';

interface ContractFilter {
  id?: string;
  contractYear?: string;
  providerId?: string;
}

interface OrganisationFacts {
  id: string;
  name: string;
  kind: OrganisationKind;
  valid_from: string | null;
  valid_to: string | null;
}

@Injectable()
export class ContractsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ruleSets: RuleSetCatalogue,
    private readonly recalculation: ScopeRecalculation,
    private readonly audit: AuditService,
  ) {}

  /** Contracts the caller may see, newest year first. */
  async list(principal: Principal, filter: Omit<ContractFilter, 'id'>): Promise<Contract[]> {
    if (filter.contractYear !== undefined && !isContractYear(filter.contractYear)) {
      const message = new InvalidContractYearError(filter.contractYear).message;
      throw validationFailed([{ path: 'contractYear', messages: [message] }]);
    }
    return this.queryVisible(this.dataSource.manager, principal, filter);
  }

  /** One contract, if the caller may see it; otherwise 404, so its existence is not revealed. */
  async get(principal: Principal, id: string): Promise<Contract> {
    const [contract] = await this.queryVisible(this.dataSource.manager, principal, { id });
    if (!contract) throw new NotFoundException('Contract not found');
    return contract;
  }

  /**
   * Records a contract and, in the same transaction, the commissioning relationships it implies and the
   * provider's resulting obligations for the year.
   */
  async record(principal: Principal, request: ContractRequest): Promise<ContractWriteResult> {
    mustBeOnContract(principal, request.commissioners, 'record');
    return this.dataSource.transaction(async (manager) => {
      const problems = await this.problemsWith(manager, request);
      if (problems.length > 0) throw validationFailed(problems, 'The contract has problems');
      const actor = actorOf(principal);
      const contract = await manager.save(ContractEntity, {
        providerId: request.providerId,
        contractYear: request.contractYear,
        form: request.form,
      });
      await this.writeCommissioners(manager, contract.id, request.commissioners);
      const relationshipsCreated = await ensureCommissions(
        manager,
        request.providerId,
        request.commissioners,
      );
      await this.audit.record(manager, actor, {
        action: 'contract.recorded',
        entityType: 'contract',
        entityId: contract.id,
        summary: {
          providerId: request.providerId,
          contractYear: request.contractYear,
          form: request.form,
          commissioners: request.commissioners,
          relationshipsCreated,
        },
      });
      return this.decide(manager, actor, principal, contract.id, 'contract recorded');
    });
  }

  /** Changes a contract's form or commissioner lines (replacing them all) and re-decides scope with it. */
  async change(
    principal: Principal,
    id: string,
    request: ContractChangeRequest,
  ): Promise<ContractWriteResult> {
    if (request.form === undefined && request.commissioners === undefined) {
      const messages = ['Give the form, the commissioners, or both'];
      throw validationFailed([
        { path: 'form', messages },
        { path: 'commissioners', messages },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      // Held until commit, so two changes to one contract cannot interleave.
      await manager.query(`SELECT id FROM contract WHERE id = $1 FOR UPDATE`, [id]);
      const [current] = await this.queryVisible(manager, principal, { id });
      if (!current) throw new NotFoundException('Contract not found');
      mustBeOnContract(principal, current.commissioners, 'change');
      if (request.commissioners) mustBeOnContract(principal, request.commissioners, 'change');
      const problems = await this.problemsWith(manager, {
        contractYear: current.contractYear,
        commissioners: request.commissioners,
      });
      if (problems.length > 0) throw validationFailed(problems, 'The change has problems');

      const actor = actorOf(principal);
      const form = request.form ?? current.form;
      // Always touched, so updated_at says when the contract last changed, whichever part it was.
      await manager.update(ContractEntity, { id }, { form });
      let relationshipsCreated: string[] = [];
      if (request.commissioners) {
        await manager.delete(ContractCommissionerEntity, { contractId: id });
        await this.writeCommissioners(manager, id, request.commissioners);
        relationshipsCreated = await ensureCommissions(manager, current.provider.id, request.commissioners);
      }
      const after = request.commissioners ?? current.commissioners;
      await this.audit.record(manager, actor, {
        action: 'contract.changed',
        entityType: 'contract',
        entityId: id,
        summary: {
          providerId: current.provider.id,
          contractYear: current.contractYear,
          before: { form: current.form, commissioners: current.commissioners.map(asRequestLine) },
          after: { form, commissioners: after.map(asRequestLine) },
          relationshipsCreated,
        },
      });
      const reason: ScopeDecisionReason = sameIncomes(current.commissioners, after)
        ? 'contract changed'
        : 'income changed';
      return this.decide(manager, actor, principal, id, reason);
    });
  }

  private async decide(
    manager: EntityManager,
    actor: Actor,
    principal: Principal,
    contractId: string,
    reason: ScopeDecisionReason,
  ): Promise<ContractWriteResult> {
    const [contract] = await this.queryVisible(manager, principal, { id: contractId });
    const outcome = await this.recalculation.recalculate(
      manager,
      actor,
      contract.provider.id,
      contract.contractYear,
      reason,
    );
    if (!outcome) throw new Error(`Contract ${contractId} was not counted in its provider's scope`);
    return { contract, scope: outcome.decision, scopeStatus: outcome.scopeStatus, changes: outcome.changes };
  }

  private async writeCommissioners(
    manager: EntityManager,
    contractId: string,
    lines: readonly ContractCommissionerRequest[],
  ): Promise<void> {
    await manager.insert(
      ContractCommissionerEntity,
      lines.map((line) => ({
        contractId,
        commissionerId: line.commissionerId,
        isCoordinating: line.coordinating,
        expectedIncomePence: line.expectedIncomePence,
      })),
    );
  }

  /**
   * Every problem with a contract's year, provider and commissioner lines in one list, by path. Fields that
   * are not given (a change that keeps the commissioners) are not checked.
   */
  private async problemsWith(
    manager: EntityManager,
    request: {
      contractYear: string;
      providerId?: string;
      commissioners?: readonly ContractCommissionerRequest[];
    },
  ): Promise<FieldProblem[]> {
    const problems: Array<{ path: string; message: string }> = [];
    const yearKnown = await this.ruleSets.ruleSetFor(request.contractYear).then(
      () => true,
      (error: unknown) => {
        const found = scopeProblemsOf(error);
        if (found === null) throw error;
        for (const problem of found)
          problems.push(...problem.messages.map((message) => ({ path: problem.path, message })));
        return false;
      },
    );
    const lines = request.commissioners ?? [];
    const ids = [request.providerId, ...lines.map((line) => line.commissionerId)].filter(
      (id): id is string => id !== undefined,
    );
    const organisations = new Map(
      (
        (await manager.query(
          `SELECT id, name, kind, valid_from::text, valid_to::text FROM organisation WHERE id = ANY($1::uuid[])`,
          [ids],
        )) as OrganisationFacts[]
      ).map((o) => [o.id, o] as const),
    );
    if (request.providerId !== undefined && organisations.get(request.providerId)?.kind !== 'provider') {
      problems.push({ path: 'providerId', message: 'providerId must be a provider' });
    }
    if (request.commissioners) {
      lines.forEach((line, index) => {
        const path = `commissioners[${index}].commissionerId`;
        const commissioner = organisations.get(line.commissionerId);
        if (!commissioner || (commissioner.kind !== 'ccg' && commissioner.kind !== 'icb')) {
          problems.push({ path, message: `${path} must be a CCG or ICB` });
        } else if (yearKnown && !existedDuring(commissioner, request.contractYear)) {
          problems.push({
            path,
            message: `${commissioner.name} did not exist during ${request.contractYear}, so cannot commission it`,
          });
        }
      });
      for (const problem of commissionerLineProblems(lines))
        problems.push(...problem.messages.map((message) => ({ path: problem.path, message })));
    }
    return groupProblemsByPath(problems);
  }

  private async queryVisible(
    manager: EntityManager,
    principal: Principal,
    filter: ContractFilter,
  ): Promise<Contract[]> {
    const params: unknown[] = principal.role === 'admin' ? [] : [principal.organisationId];
    const conditions = [`c.id IN (${visibleContractIdsSql(principal)})`];
    if (filter.id) conditions.push(`c.id = $${params.push(filter.id)}::uuid`);
    if (filter.contractYear) conditions.push(`c.contract_year = $${params.push(filter.contractYear)}`);
    if (filter.providerId) conditions.push(`c.provider_id = $${params.push(filter.providerId)}::uuid`);
    const rows: ContractRow[] = await manager.query(
      `SELECT c.id, c.contract_year, c.form, c.created_at, c.updated_at,
              p.id AS provider_id, p.name AS provider_name, p.ods_code AS provider_ods_code, p.provider_kind,
              json_agg(json_build_object(
                'commissionerId', o.id, 'name', o.name, 'odsCode', o.ods_code, 'kind', o.kind,
                'coordinating', cc.is_coordinating, 'expectedIncomePence', cc.expected_income_pence::text
              ) ORDER BY cc.is_coordinating DESC, o.name) AS commissioners
       FROM contract c
       JOIN organisation p ON p.id = c.provider_id
       JOIN contract_commissioner cc ON cc.contract_id = c.id
       JOIN organisation o ON o.id = cc.commissioner_id
       WHERE ${conditions.join(' AND ')}
       GROUP BY c.id, p.id
       ORDER BY c.contract_year DESC, p.name, c.created_at`,
      params,
    );
    return rows.map(toContract);
  }
}

interface ContractRow {
  id: string;
  contract_year: string;
  form: Contract['form'];
  created_at: Date;
  updated_at: Date;
  provider_id: string;
  provider_name: string;
  provider_ods_code: string;
  provider_kind: Contract['provider']['providerKind'];
  commissioners: Array<Omit<ContractCommissioner, 'expectedIncomePence'> & { expectedIncomePence: string }>;
}

function toContract(row: ContractRow): Contract {
  const commissioners = row.commissioners.map((line) => ({
    ...line,
    expectedIncomePence: PENCE_TRANSFORMER.from(line.expectedIncomePence) as number,
  }));
  return {
    id: row.id,
    provider: {
      id: row.provider_id,
      name: row.provider_name,
      odsCode: row.provider_ods_code,
      providerKind: row.provider_kind,
    },
    contractYear: row.contract_year,
    form: row.form,
    commissioners,
    expectedIncomePence: commissioners.reduce((total, line) => total + line.expectedIncomePence, 0),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function asRequestLine(line: ContractCommissionerRequest): ContractCommissionerRequest {
  return {
    commissionerId: line.commissionerId,
    coordinating: line.coordinating,
    expectedIncomePence: line.expectedIncomePence,
  };
}

/** A commissioner records and changes only contracts its own organisation is on; admins any. */
function mustBeOnContract(
  principal: Principal,
  lines: ReadonlyArray<{ commissionerId: string }>,
  doing: 'record' | 'change',
): void {
  if (principal.role === 'admin') return;
  if (!lines.some((line) => line.commissionerId === principal.organisationId)) {
    throw new ForbiddenException(
      `You can only ${doing} contracts on which your own organisation is one of the commissioners`,
    );
  }
}

/** Some part of the organisation's existence falls within the contract year (a CCG until June 2022 counts). */
function existedDuring(organisation: OrganisationFacts, contractYear: string): boolean {
  return (
    (organisation.valid_from === null || organisation.valid_from <= contractYearEnd(contractYear)) &&
    (organisation.valid_to === null || organisation.valid_to >= contractYearStart(contractYear))
  );
}

/**
 * A contract is what a commissioning relationship rests on: record the relationship where it is new, in the
 * same transaction, so visibility follows the contract. Returns the commissioners newly related.
 */
async function ensureCommissions(
  manager: EntityManager,
  providerId: string,
  lines: readonly ContractCommissionerRequest[],
): Promise<string[]> {
  const rows: Array<{ from_organisation_id: string }> = await manager.query(
    `INSERT INTO organisation_relationship (kind, from_organisation_id, to_organisation_id)
     SELECT 'commissions', commissioner_id, $2::uuid FROM unnest($1::uuid[]) AS commissioner_id
     ON CONFLICT ON CONSTRAINT organisation_relationship_unique DO NOTHING
     RETURNING from_organisation_id`,
    [lines.map((line) => line.commissionerId), providerId],
  );
  return rows.map((row) => row.from_organisation_id);
}

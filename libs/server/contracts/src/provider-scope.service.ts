import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { deriveDeadlines } from '@wres/domain/calendar';
import type { ReportingCycle } from '@wres/domain/calendar';
import { compareContractYears, InvalidContractYearError, isContractYear } from '@wres/domain/scope';
import { actorOf } from '@wres/server/core/auth';
import type { Principal } from '@wres/server/core/auth';
import { validationFailed } from '@wres/server/core/http';
import { visibleOrganisationIdsSql } from '@wres/server/organisations';
import { ReportingCycleCatalogue } from '@wres/server/scope';
import { WRES_REPORT_CLAUSE } from '@wres/shared/contracts';
import type {
  OrganisationSummary,
  ProviderObligation,
  ProviderScope,
  ScopeAssessment,
  ScopeChange,
  ScopeDecisionReason,
  ScopeHistoryEntry,
  ScopeObligationBasis,
  ScopeStatus,
  ScopeYearOverview,
  ScopeYearProvider,
} from '@wres/shared/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { visibleContractIdsSql } from './contract-visibility';
import { ScopeRecalculation } from './scope-recalculation';
import { explanationChanges } from './scope-record';

const ORGANISATION_COLUMNS = `p.id, p.ods_code, p.name, p.kind, p.provider_kind, p.valid_from::text, p.valid_to::text`;

type OrganisationRow = Record<'id' | 'ods_code' | 'name' | 'kind', string> &
  Record<'provider_kind' | 'valid_from' | 'valid_to', string | null>;

/** What a provider must do in a year and why, its deadlines, and how the decision came to be. */
@Injectable()
export class ProviderScopeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cycles: ReportingCycleCatalogue,
    private readonly recalculation: ScopeRecalculation,
  ) {}

  async providerScope(
    principal: Principal,
    providerId: string,
    contractYear: string,
  ): Promise<ProviderScope> {
    mustBeContractYear(contractYear);
    const provider = await this.visibleProvider(this.dataSource.manager, principal, providerId);
    const manager = this.dataSource.manager;
    const obligationRows: ObligationRow[] = await manager.query(
      `SELECT clause, title, applies, basis, explanation, scope_status, updated_at FROM obligation
       WHERE provider_id = $1 AND contract_year = $2`,
      [providerId, contractYear],
    );
    const historyRows: HistoryRow[] = await manager.query(
      `SELECT d.id::text, d.decided_at, d.reason, d.decision, d.previous, d.changes, d.actor_user_id,
              u.display_name
       FROM scope_decision d LEFT JOIN app_user u ON u.id = d.actor_user_id
       WHERE d.provider_id = $1 AND d.contract_year = $2 ORDER BY d.id DESC`,
      [providerId, contractYear],
    );
    const years: Array<{ contract_year: string }> = await manager.query(
      `SELECT DISTINCT contract_year FROM obligation WHERE provider_id = $1`,
      [providerId],
    );
    const decision = historyRows[0]?.decision ?? null;
    const cycle = await this.cycles.cycleOrNull(contractYear);
    // In the decision's order, which is the rule set's.
    const order = (clause: string) => decision?.obligations.findIndex((o) => o.clause === clause) ?? 0;
    const obligations = obligationRows
      .sort((a, b) => order(a.clause) - order(b.clause))
      .map((row) => toObligation(row, cycle));
    return {
      provider,
      contractYear,
      decision,
      scopeStatus: obligations.length === 0 ? null : statusOf(obligations),
      obligations,
      history: historyRows.map(toHistoryEntry),
      contractYears: years.map((y) => y.contract_year).sort(compareContractYears),
    };
  }

  /** The co-ordinating commissioner confirms the year's decision; audited and kept in the scope history. */
  async confirm(principal: Principal, providerId: string, contractYear: string): Promise<ProviderScope> {
    mustBeContractYear(contractYear);
    await this.dataSource.transaction(async (manager) => {
      await this.visibleProvider(manager, principal, providerId);
      const [coordinating] = await manager.query(
        `SELECT 1 FROM contract c JOIN contract_commissioner cc ON cc.contract_id = c.id
         WHERE c.provider_id = $1 AND c.contract_year = $2 AND cc.is_coordinating AND cc.commissioner_id = $3`,
        [providerId, contractYear, principal.organisationId],
      );
      if (!coordinating) {
        throw new ForbiddenException(
          `Only a co-ordinating commissioner on one of the provider's ${contractYear} contracts can confirm its scope`,
        );
      }
      const outcome = await this.recalculation.confirm(manager, actorOf(principal), providerId, contractYear);
      if (!outcome) throw new NotFoundException(`No scope decision for ${contractYear} to confirm`);
    });
    return this.providerScope(principal, providerId, contractYear);
  }

  /** Every provider with a contract the caller can see that year: in scope of the WRES or exempt, and why. */
  async yearOverview(principal: Principal, contractYear: string): Promise<ScopeYearOverview> {
    mustBeContractYear(contractYear);
    const params: unknown[] = principal.role === 'admin' ? [] : [principal.organisationId];
    const year = `$${params.push(contractYear)}`;
    const clause = `$${params.push(WRES_REPORT_CLAUSE)}`;
    const rows: Array<
      OrganisationRow & {
        applies: boolean | null;
        explanation: string | null;
        confirmed: boolean | null;
        decision: ScopeAssessment | null;
        coordinating: Array<{ id: string; name: string }> | null;
      }
    > = await this.dataSource.query(
      `WITH visible AS (
         SELECT c.id, c.provider_id FROM contract c
         WHERE c.contract_year = ${year} AND c.id IN (${visibleContractIdsSql(principal)})
       )
       SELECT ${ORGANISATION_COLUMNS}, w.applies, w.explanation,
         (SELECT bool_and(o.scope_status = 'confirmed') FROM obligation o
          WHERE o.provider_id = p.id AND o.contract_year = ${year}) AS confirmed,
         d.decision,
         (SELECT json_agg(DISTINCT jsonb_build_object('id', co.id, 'name', co.name))
          FROM visible v JOIN contract_commissioner cc ON cc.contract_id = v.id AND cc.is_coordinating
          JOIN organisation co ON co.id = cc.commissioner_id WHERE v.provider_id = p.id) AS coordinating
       FROM organisation p
       LEFT JOIN obligation w ON w.provider_id = p.id AND w.contract_year = ${year} AND w.clause = ${clause}
       LEFT JOIN LATERAL (
         SELECT sd.decision FROM scope_decision sd
         WHERE sd.provider_id = p.id AND sd.contract_year = ${year} ORDER BY sd.id DESC LIMIT 1
       ) d ON true
       WHERE p.id IN (SELECT provider_id FROM visible)
       ORDER BY p.name`,
      params,
    );
    const providers: ScopeYearProvider[] = rows.map((row) => ({
      provider: toOrganisation(row),
      inScope: row.applies === true,
      smallProvider: row.decision?.smallProvider ?? true,
      totalIncomePence: row.decision?.totalIncomePence ?? 0,
      explanation: row.explanation ?? `${WRES_REPORT_CLAUSE} is not in the ${contractYear} rule set.`,
      scopeStatus: row.confirmed ? 'confirmed' : 'presumed',
      coordinatingCommissioners: (row.coordinating ?? []).sort((a, b) => a.name.localeCompare(b.name)),
    }));
    const count = (test: (p: ScopeYearProvider) => boolean) => providers.filter(test).length;
    return {
      contractYear,
      providers,
      counts: {
        inScope: count((p) => p.inScope),
        exempt: count((p) => !p.inScope),
        presumed: count((p) => p.scopeStatus === 'presumed'),
        confirmed: count((p) => p.scopeStatus === 'confirmed'),
      },
    };
  }

  /** A provider the caller may see; otherwise 404, so its existence is not revealed. */
  private async visibleProvider(
    manager: EntityManager,
    principal: Principal,
    providerId: string,
  ): Promise<OrganisationSummary> {
    const params: unknown[] = principal.role === 'admin' ? [] : [principal.organisationId];
    const [row]: OrganisationRow[] = await manager.query(
      `SELECT ${ORGANISATION_COLUMNS} FROM organisation p
       WHERE p.kind = 'provider' AND p.id = $${params.push(providerId)}::uuid
         AND p.id IN (${visibleOrganisationIdsSql(principal)})`,
      params,
    );
    if (!row) throw new NotFoundException('Provider not found');
    return toOrganisation(row);
  }
}

interface ObligationRow {
  clause: string;
  title: string;
  applies: boolean;
  basis: ScopeObligationBasis;
  explanation: string;
  scope_status: ScopeStatus;
  updated_at: Date;
}

interface HistoryRow {
  id: string;
  decided_at: Date;
  reason: ScopeDecisionReason;
  decision: ScopeAssessment;
  previous: ScopeAssessment | null;
  changes: ScopeChange[];
  actor_user_id: string | null;
  display_name: string | null;
}

function mustBeContractYear(contractYear: string): void {
  if (!isContractYear(contractYear)) {
    const message = new InvalidContractYearError(contractYear).message;
    throw validationFailed([{ path: 'contractYear', messages: [message] }]);
  }
}

function toObligation(row: ObligationRow, cycle: ReportingCycle | null): ProviderObligation {
  const obligation = { clause: row.clause, applies: row.applies };
  return {
    clause: row.clause,
    title: row.title,
    applies: row.applies,
    basis: row.basis,
    explanation: row.explanation,
    scopeStatus: row.scope_status,
    updatedAt: row.updated_at.toISOString(),
    deadlines: cycle
      ? deriveDeadlines({ cycle, obligation }).map(({ key, kind, actor, dueDate, timing, description }) => ({
          key,
          kind,
          actor,
          dueDate,
          timing,
          description,
        }))
      : [],
  };
}

function statusOf(obligations: readonly ProviderObligation[]): ScopeStatus {
  return obligations.every((o) => o.scopeStatus === 'confirmed') ? 'confirmed' : 'presumed';
}

function toHistoryEntry(row: HistoryRow): ScopeHistoryEntry {
  return {
    id: row.id,
    decidedAt: row.decided_at.toISOString(),
    reason: row.reason,
    decidedBy:
      row.actor_user_id === null
        ? null
        : { userId: row.actor_user_id, displayName: row.display_name ?? 'Unknown user' },
    smallProvider: row.decision.smallProvider,
    totalIncomePence: row.decision.totalIncomePence,
    previousTotalIncomePence: row.previous?.totalIncomePence ?? null,
    changes: row.changes,
    explanations: row.reason === 'confirmed' ? [] : explanationChanges(row.previous, row.decision),
  };
}

function toOrganisation(row: OrganisationRow): OrganisationSummary {
  return {
    id: row.id,
    odsCode: row.ods_code,
    name: row.name,
    kind: row.kind as OrganisationSummary['kind'],
    providerKind: row.provider_kind as OrganisationSummary['providerKind'],
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

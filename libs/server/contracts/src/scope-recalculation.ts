import { Injectable } from '@nestjs/common';
import { assessScope, diffObligations } from '@wres/domain/scope';
import type { Actor } from '@wres/server/core/audit';
import { AuditService } from '@wres/server/core/audit';
import { Clock } from '@wres/server/core/config';
import { PENCE_TRANSFORMER, ScopeDecisionEntity } from '@wres/server/core/database';
import { RuleSetCatalogue } from '@wres/server/scope';
import type {
  ProviderKind,
  ScopeAssessment,
  ScopeChange,
  ScopeDecisionReason,
  ScopeStatus,
} from '@wres/shared/contracts';
import type { EntityManager } from 'typeorm';
import { explanationChanges, sameDecision, scopeStatusAfter } from './scope-record';

/** A provider's scope for one year after a recalculation or confirmation. */
export interface ProviderScopeOutcome {
  decision: ScopeAssessment;
  scopeStatus: ScopeStatus;
  /** Clauses whose applying changed; empty when only figures or nothing changed. */
  changes: ScopeChange[];
  /** False when the decision was identical to the last one, so no history was written. */
  recorded: boolean;
}

/**
 * Decides a provider's obligations for a contract year from everything that bears on them (its kind, the
 * year's rules and its expected income across all its contracts that year) and records the decision.
 * Always runs inside the caller's transaction, so a contract and the obligations it creates commit or roll
 * back together. Every trigger (a contract, a provider's kind, a rule set) comes through here.
 */
@Injectable()
export class ScopeRecalculation {
  constructor(
    private readonly ruleSets: RuleSetCatalogue,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Null when the provider has no contracts that year, and so no obligations. */
  async recalculate(
    manager: EntityManager,
    actor: Actor,
    providerId: string,
    contractYear: string,
    reason: ScopeDecisionReason,
  ): Promise<ProviderScopeOutcome | null> {
    await lockProviderYear(manager, providerId, contractYear);
    const [provider]: Array<{ provider_kind: ProviderKind | null }> = await manager.query(
      `SELECT provider_kind FROM organisation WHERE id = $1`,
      [providerId],
    );
    if (!provider?.provider_kind) throw new Error(`Organisation ${providerId} is not a provider`);
    // Every commissioner line on every contract: the threshold is on the provider's aggregate NHS income.
    const lines: Array<{ expected_income_pence: string }> = await manager.query(
      `SELECT cc.expected_income_pence FROM contract c JOIN contract_commissioner cc ON cc.contract_id = c.id
       WHERE c.provider_id = $1 AND c.contract_year = $2 ORDER BY c.created_at, cc.id`,
      [providerId, contractYear],
    );
    if (lines.length === 0) {
      await manager.query(`DELETE FROM obligation WHERE provider_id = $1 AND contract_year = $2`, [
        providerId,
        contractYear,
      ]);
      return null;
    }
    const decision = assessScope({
      ruleSet: await this.ruleSets.ruleSetFor(contractYear),
      providerKind: provider.provider_kind,
      incomesPence: lines.map((line) => PENCE_TRANSFORMER.from(line.expected_income_pence) as number),
    });
    const previous = await latestDecision(manager, providerId, contractYear);
    const scopeStatus = scopeStatusAfter(
      previous,
      decision,
      await currentStatus(manager, providerId, contractYear),
    );
    if (previous !== null && sameDecision(previous, decision)) {
      return { decision, scopeStatus, changes: [], recorded: false };
    }
    await manager.query(
      `DELETE FROM obligation WHERE provider_id = $1 AND contract_year = $2 AND NOT (clause = ANY($3))`,
      [providerId, contractYear, decision.obligations.map((o) => o.clause)],
    );
    for (const obligation of decision.obligations) {
      await manager.query(
        `INSERT INTO obligation (provider_id, contract_year, clause, title, applies, basis, explanation, scope_status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT ON CONSTRAINT obligation_unique DO UPDATE SET title = EXCLUDED.title,
           applies = EXCLUDED.applies, basis = EXCLUDED.basis, explanation = EXCLUDED.explanation,
           scope_status = EXCLUDED.scope_status, updated_at = now()`,
        [
          providerId,
          contractYear,
          obligation.clause,
          obligation.title,
          obligation.applies,
          obligation.basis,
          obligation.explanation,
          scopeStatus,
        ],
      );
    }
    const changes = previous ? diffObligations(previous, decision) : [];
    await this.appendHistory(manager, actor, {
      providerId,
      contractYear,
      reason,
      decision,
      previous,
      changes,
    });
    return { decision, scopeStatus, changes, recorded: true };
  }

  /**
   * The co-ordinating commissioner has checked the year's decision: its obligations are confirmed until the
   * decision next changes. Null when there is no decision to confirm.
   */
  async confirm(
    manager: EntityManager,
    actor: Actor,
    providerId: string,
    contractYear: string,
  ): Promise<ProviderScopeOutcome | null> {
    await lockProviderYear(manager, providerId, contractYear);
    const decision = await latestDecision(manager, providerId, contractYear);
    if (decision === null) return null;
    if ((await currentStatus(manager, providerId, contractYear)) === 'confirmed') {
      return { decision, scopeStatus: 'confirmed', changes: [], recorded: false };
    }
    await manager.query(
      `UPDATE obligation SET scope_status = 'confirmed', updated_at = now()
       WHERE provider_id = $1 AND contract_year = $2`,
      [providerId, contractYear],
    );
    await this.appendHistory(manager, actor, {
      providerId,
      contractYear,
      reason: 'confirmed',
      decision,
      previous: decision,
      changes: [],
    });
    return { decision, scopeStatus: 'confirmed', changes: [], recorded: true };
  }

  private async appendHistory(
    manager: EntityManager,
    actor: Actor,
    entry: {
      providerId: string;
      contractYear: string;
      reason: ScopeDecisionReason;
      decision: ScopeAssessment;
      previous: ScopeAssessment | null;
      changes: ScopeChange[];
    },
  ): Promise<void> {
    const { providerId, contractYear, reason, decision, previous, changes } = entry;
    await manager.insert(ScopeDecisionEntity, {
      providerId,
      contractYear,
      decidedAt: this.clock.now(),
      actorUserId: actor.userId,
      reason,
      decision,
      previous,
      changes,
    });
    await this.audit.record(manager, actor, {
      action: reason === 'confirmed' ? 'scope.confirmed' : 'scope.decided',
      entityType: 'provider-scope',
      entityId: providerId,
      summary: {
        contractYear,
        reason,
        smallProvider: decision.smallProvider,
        totalIncomePence: decision.totalIncomePence,
        previousTotalIncomePence: previous?.totalIncomePence ?? null,
        changes: changes.map(({ clause, change }) => ({ clause, change })),
        explanations: reason === 'confirmed' ? [] : explanationChanges(previous, decision),
      },
    });
  }
}

/**
 * Serialises decisions about one provider's year: two contract writes committing side by side would each
 * sum incomes without the other's and the later would record a stale total.
 */
async function lockProviderYear(manager: EntityManager, providerId: string, contractYear: string) {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
    `provider-scope:${providerId}:${contractYear}`,
  ]);
}

async function latestDecision(
  manager: EntityManager,
  providerId: string,
  contractYear: string,
): Promise<ScopeAssessment | null> {
  const [row]: Array<{ decision: ScopeAssessment }> = await manager.query(
    `SELECT decision FROM scope_decision WHERE provider_id = $1 AND contract_year = $2 ORDER BY id DESC LIMIT 1`,
    [providerId, contractYear],
  );
  return row?.decision ?? null;
}

/** Confirmed only when every obligation of the year is; null when there are none. */
async function currentStatus(
  manager: EntityManager,
  providerId: string,
  contractYear: string,
): Promise<ScopeStatus | null> {
  const [row]: Array<{ confirmed: boolean | null }> = await manager.query(
    `SELECT bool_and(scope_status = 'confirmed') AS confirmed FROM obligation
     WHERE provider_id = $1 AND contract_year = $2`,
    [providerId, contractYear],
  );
  if (row?.confirmed === null || row?.confirmed === undefined) return null;
  return row.confirmed ? 'confirmed' : 'presumed';
}

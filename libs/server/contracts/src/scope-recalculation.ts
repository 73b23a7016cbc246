import { Injectable } from '@nestjs/common';
import { assessScope, diffObligations } from '@wres/domain/scope';
import type { RuleSet } from '@wres/domain/scope';
import type { Actor, AuditEntry } from '@wres/server/core/audit';
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

/** Scope history rows per insert: well inside PostgreSQL's limit on parameters per statement. */
const HISTORY_ROWS_PER_INSERT = 1_000;

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
      ruleSet: await this.ruleSets.ruleSetFor(contractYear, manager),
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
   * `recalculate` for many provider-years at once (a contract import), with the same outcome for each, but
   * reading and writing in a few statements for all of them rather than several each. Each provider-year
   * at most once; outcomes in the order given.
   */
  async recalculateAll(
    manager: EntityManager,
    actor: Actor,
    items: readonly ProviderYearToDecide[],
  ): Promise<Array<ProviderScopeOutcome | null>> {
    if (items.length === 0) return [];
    const keyOf = (providerId: string, contractYear: string) => `${providerId}|${contractYear}`;
    if (new Set(items.map((item) => keyOf(item.providerId, item.contractYear))).size !== items.length) {
      throw new Error('Each provider-year is recalculated at most once per batch');
    }
    const providerIds = items.map((item) => item.providerId);
    const years = items.map((item) => item.contractYear);
    const pairs = `SELECT * FROM unnest($1::uuid[], $2::text[]) AS k(provider_id, contract_year)`;
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('provider-scope:' || provider_id || ':' || contract_year, 0))
       FROM (${pairs} ORDER BY 1, 2) AS keys`,
      [providerIds, years],
    );
    const kinds = new Map(
      (
        (await manager.query(`SELECT id, provider_kind FROM organisation WHERE id = ANY($1::uuid[])`, [
          [...new Set(providerIds)],
        ])) as Array<{ id: string; provider_kind: ProviderKind | null }>
      ).map((row) => [row.id, row.provider_kind] as const),
    );
    const incomes = new Map<string, number[]>();
    const lines: Array<{ provider_id: string; contract_year: string; expected_income_pence: string }> =
      await manager.query(
        `SELECT c.provider_id, c.contract_year, cc.expected_income_pence
         FROM contract c JOIN contract_commissioner cc ON cc.contract_id = c.id
         WHERE (c.provider_id, c.contract_year) IN (${pairs}) ORDER BY c.created_at, cc.id`,
        [providerIds, years],
      );
    for (const line of lines) {
      const key = keyOf(line.provider_id, line.contract_year);
      incomes.set(key, [
        ...(incomes.get(key) ?? []),
        PENCE_TRANSFORMER.from(line.expected_income_pence) as number,
      ]);
    }
    const previousOf = new Map(
      (
        (await manager.query(
          `SELECT DISTINCT ON (provider_id, contract_year) provider_id, contract_year, decision
           FROM scope_decision WHERE (provider_id, contract_year) IN (${pairs})
           ORDER BY provider_id, contract_year, id DESC`,
          [providerIds, years],
        )) as Array<{ provider_id: string; contract_year: string; decision: ScopeAssessment }>
      ).map((row) => [keyOf(row.provider_id, row.contract_year), row.decision] as const),
    );
    const statusOf = new Map(
      (
        (await manager.query(
          `SELECT provider_id, contract_year, bool_and(scope_status = 'confirmed') AS confirmed FROM obligation
           WHERE (provider_id, contract_year) IN (${pairs}) GROUP BY provider_id, contract_year`,
          [providerIds, years],
        )) as Array<{ provider_id: string; contract_year: string; confirmed: boolean | null }>
      ).map((row) => [keyOf(row.provider_id, row.contract_year), row.confirmed] as const),
    );
    const outcomes: Array<ProviderScopeOutcome | null> = [];
    const cleared: ProviderYearToDecide[] = [];
    const decided: Array<{
      item: ProviderYearToDecide;
      decision: ScopeAssessment;
      scopeStatus: ScopeStatus;
    }> = [];
    const history: HistoryEntry[] = [];
    const ruleSets = new Map<string, RuleSet>();
    for (const item of items) {
      const key = keyOf(item.providerId, item.contractYear);
      const providerKind = kinds.get(item.providerId);
      if (!providerKind) throw new Error(`Organisation ${item.providerId} is not a provider`);
      const incomesPence = incomes.get(key);
      if (incomesPence === undefined) {
        cleared.push(item);
        outcomes.push(null);
        continue;
      }
      let ruleSet = ruleSets.get(item.contractYear);
      if (ruleSet === undefined) {
        ruleSet = await this.ruleSets.ruleSetFor(item.contractYear, manager);
        ruleSets.set(item.contractYear, ruleSet);
      }
      const decision = assessScope({ ruleSet, providerKind, incomesPence });
      const previous = previousOf.get(key) ?? null;
      const confirmed = statusOf.get(key);
      const current: ScopeStatus | null =
        confirmed === null || confirmed === undefined ? null : confirmed ? 'confirmed' : 'presumed';
      const scopeStatus = scopeStatusAfter(previous, decision, current);
      if (previous !== null && sameDecision(previous, decision)) {
        outcomes.push({ decision, scopeStatus, changes: [], recorded: false });
        continue;
      }
      const changes = previous ? diffObligations(previous, decision) : [];
      decided.push({ item, decision, scopeStatus });
      history.push({ ...item, decision, previous, changes });
      outcomes.push({ decision, scopeStatus, changes, recorded: true });
    }
    if (cleared.length > 0) {
      await manager.query(`DELETE FROM obligation WHERE (provider_id, contract_year) IN (${pairs})`, [
        cleared.map((item) => item.providerId),
        cleared.map((item) => item.contractYear),
      ]);
    }
    if (decided.length > 0) {
      const obligations = decided.flatMap(({ item, decision, scopeStatus }) =>
        decision.obligations.map((obligation) => ({ ...item, obligation, scopeStatus })),
      );
      const column = <T>(value: (row: (typeof obligations)[number]) => T) => obligations.map(value);
      await manager.query(
        `DELETE FROM obligation WHERE (provider_id, contract_year) IN (${pairs})
         AND (provider_id, contract_year, clause) NOT IN (SELECT * FROM unnest($3::uuid[], $4::text[], $5::text[]))`,
        [
          decided.map(({ item }) => item.providerId),
          decided.map(({ item }) => item.contractYear),
          column((row) => row.providerId),
          column((row) => row.contractYear),
          column((row) => row.obligation.clause),
        ],
      );
      await manager.query(
        `INSERT INTO obligation (provider_id, contract_year, clause, title, applies, basis, explanation, scope_status)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::text[], $7::text[], $8::text[])
         ON CONFLICT ON CONSTRAINT obligation_unique DO UPDATE SET title = EXCLUDED.title,
           applies = EXCLUDED.applies, basis = EXCLUDED.basis, explanation = EXCLUDED.explanation,
           scope_status = EXCLUDED.scope_status, updated_at = now()`,
        [
          column((row) => row.providerId),
          column((row) => row.contractYear),
          column((row) => row.obligation.clause),
          column((row) => row.obligation.title),
          column((row) => row.obligation.applies),
          column((row) => row.obligation.basis),
          column((row) => row.obligation.explanation),
          column((row) => row.scopeStatus),
        ],
      );
      const recorded = history.map((entry) => this.historyOf(actor, entry));
      for (let start = 0; start < recorded.length; start += HISTORY_ROWS_PER_INSERT) {
        const chunk = recorded.slice(start, start + HISTORY_ROWS_PER_INSERT);
        await manager.insert(
          ScopeDecisionEntity,
          chunk.map((row) => row.decisionRow),
        );
      }
      await this.audit.recordMany(
        manager,
        actor,
        recorded.map((row) => row.auditEntry),
      );
    }
    return outcomes;
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

  private async appendHistory(manager: EntityManager, actor: Actor, entry: HistoryEntry): Promise<void> {
    const { decisionRow, auditEntry } = this.historyOf(actor, entry);
    await manager.insert(ScopeDecisionEntity, decisionRow);
    await this.audit.record(manager, actor, auditEntry);
  }

  /** The scope history row and the audit row that record one decision. */
  private historyOf(
    actor: Actor,
    entry: HistoryEntry,
  ): { decisionRow: Partial<ScopeDecisionEntity>; auditEntry: AuditEntry } {
    const { providerId, contractYear, reason, decision, previous, changes } = entry;
    return {
      decisionRow: {
        providerId,
        contractYear,
        decidedAt: this.clock.now(),
        actorUserId: actor.userId,
        reason,
        decision,
        previous,
        changes,
      },
      auditEntry: {
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
      },
    };
  }
}

interface HistoryEntry {
  providerId: string;
  contractYear: string;
  reason: ScopeDecisionReason;
  decision: ScopeAssessment;
  previous: ScopeAssessment | null;
  changes: ScopeChange[];
}

/** One provider's year to decide again, and why. */
export interface ProviderYearToDecide {
  providerId: string;
  contractYear: string;
  reason: ScopeDecisionReason;
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

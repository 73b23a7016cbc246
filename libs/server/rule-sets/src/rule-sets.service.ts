import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  InvalidContractYearError,
  UnknownContractYearError,
  isContractYear,
  previewRuleSetChange,
} from '@wres/domain/scope';
import type { ProviderKind, RuleSet } from '@wres/domain/scope';
import { ScopeRecalculation } from '@wres/server/contracts';
import { AuditService } from '@wres/server/core/audit';
import { actorOf } from '@wres/server/core/auth';
import type { Principal } from '@wres/server/core/auth';
import { Clock } from '@wres/server/core/config';
import { PENCE_TRANSFORMER } from '@wres/server/core/database';
import { validationFailed } from '@wres/server/core/http';
import { DatabaseRuleSetCatalogue, normaliseRuleSet, ruleSetProblems } from '@wres/server/scope';
import type { StoredRuleSet } from '@wres/server/scope';
import type {
  RuleSetPreview,
  RuleSetProviderChange,
  RuleSetRecord,
  RuleSetSaveResult,
} from '@wres/shared/contracts';
import { DataSource, EntityManager } from 'typeorm';

interface ProviderYearRow {
  id: string;
  name: string;
  provider_kind: ProviderKind;
  incomes: string[];
}

/** Each contract year's scope rules: read them, see what an edit would change, and save it. */
@Injectable()
export class RuleSetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: DatabaseRuleSetCatalogue,
    private readonly recalculation: ScopeRecalculation,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<RuleSetRecord[]> {
    return (await this.catalogue.storedRuleSets()).map(toRecord);
  }

  /** 400 for a malformed year, 404 for a year without rules. */
  async get(contractYear: string): Promise<RuleSetRecord> {
    mustBeContractYear(contractYear);
    const stored = await this.catalogue.storedRuleSet(contractYear).catch((error: unknown) => {
      if (error instanceof UnknownContractYearError) throw new NotFoundException(error.message);
      throw error;
    });
    return toRecord(stored);
  }

  /**
   * Which providers with contracts that year would have different obligations under the edited rules, and
   * how. Problems with the edit are listed instead, with no changes; nothing is stored either way.
   */
  async preview(contractYear: string, candidate: unknown): Promise<RuleSetPreview> {
    mustBeContractYear(contractYear);
    const problems = ruleSetProblems(candidate, contractYear);
    if (problems.length > 0) return { problems, changes: [] };
    const current = await this.currentRules(contractYear);
    const providers = await providersWithContracts(this.dataSource.manager, contractYear);
    const names = new Map(providers.map((p) => [p.id, p.name] as const));
    const changes = previewRuleSetChange(
      current,
      normaliseRuleSet(candidate as RuleSet),
      providers.map((p) => ({
        providerId: p.id,
        providerKind: p.provider_kind,
        incomesPence: p.incomes.map((income) => PENCE_TRANSFORMER.from(income) as number),
      })),
    );
    return {
      problems: [],
      changes: changes.map((change) => ({ ...change, providerName: names.get(change.providerId) ?? '' })),
    };
  }

  /**
   * Saves a year's rules and, in the same transaction, re-decides the obligations of every provider with
   * contracts that year, so rules and obligations never disagree. 400 with every problem by path.
   */
  async save(principal: Principal, contractYear: string, candidate: unknown): Promise<RuleSetSaveResult> {
    mustBeContractYear(contractYear);
    const problems = ruleSetProblems(candidate, contractYear);
    if (problems.length > 0) throw validationFailed(problems, 'The rule set has problems');
    const ruleSet = normaliseRuleSet(candidate as RuleSet);
    const actor = actorOf(principal);
    return this.dataSource.transaction(async (manager) => {
      // Two admins saving one year commit one after the other, each re-deciding with its own rules.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `rule-set:${contractYear}`,
      ]);
      const before = await this.currentRules(contractYear, manager);
      await manager.query(
        `INSERT INTO rule_set (contract_year, definition, updated_at, updated_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (contract_year) DO UPDATE SET definition = EXCLUDED.definition,
           updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
        [contractYear, JSON.stringify(ruleSet), this.clock.now(), principal.userId],
      );
      await this.audit.record(manager, actor, {
        action: 'rule-set.changed',
        entityType: 'rule-set',
        entityId: contractYear,
        summary: { contractYear, before: before.clauses.length > 0 ? before : null, after: ruleSet },
      });
      // Every provider with contracts that year, re-decided in one batch with the rules just written.
      const providers = await providersWithContracts(manager, contractYear);
      const outcomes = await this.recalculation.recalculateAll(
        manager,
        actor,
        providers.map((provider) => ({
          providerId: provider.id,
          contractYear,
          reason: 'rule set changed' as const,
        })),
      );
      const changes: RuleSetProviderChange[] = providers.flatMap((provider, index) => {
        const outcome = outcomes[index];
        return outcome && outcome.changes.length > 0
          ? [{ providerId: provider.id, providerName: provider.name, changes: outcome.changes }]
          : [];
      });
      return { record: toRecord(await this.catalogue.storedRuleSet(contractYear, manager)), changes };
    });
  }

  /** The year's rules now; none for a year nobody has written rules for yet (so no contracts either). */
  private currentRules(contractYear: string, manager?: EntityManager): Promise<RuleSet> {
    return this.catalogue.ruleSetFor(contractYear, manager).catch((error: unknown) => {
      if (error instanceof UnknownContractYearError) {
        return { contractYear, smallProviderThresholdPence: 0, clauses: [] };
      }
      throw error;
    });
  }
}

/** Every provider with a contract that year, with each commissioner line's income (the scope inputs). */
function providersWithContracts(manager: EntityManager, contractYear: string): Promise<ProviderYearRow[]> {
  return manager.query(
    `SELECT p.id, p.name, p.provider_kind, array_agg(cc.expected_income_pence::text) AS incomes
     FROM contract c JOIN contract_commissioner cc ON cc.contract_id = c.id
     JOIN organisation p ON p.id = c.provider_id
     WHERE c.contract_year = $1 GROUP BY p.id, p.name, p.provider_kind ORDER BY p.name, p.id`,
    [contractYear],
  );
}

function mustBeContractYear(contractYear: string): void {
  if (!isContractYear(contractYear)) {
    const message = new InvalidContractYearError(contractYear).message;
    throw validationFailed([{ path: 'contractYear', messages: [message] }]);
  }
}

function toRecord(stored: StoredRuleSet): RuleSetRecord {
  return {
    contractYear: stored.ruleSet.contractYear,
    ruleSet: stored.ruleSet,
    source: stored.source,
    updatedAt: stored.updatedAt?.toISOString() ?? null,
    updatedBy: stored.updatedBy,
  };
}

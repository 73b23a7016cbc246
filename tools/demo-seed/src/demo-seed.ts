import { randomUUID } from 'node:crypto';
import { shippedRuleSets } from '@wres/domain/scope';
import { PasswordHasher } from '@wres/server/core/auth';
import {
  AuditEventEntity,
  ContractCommissionerEntity,
  ContractEntity,
  ObligationEntity,
  OrganisationEntity,
  OrganisationRelationshipEntity,
  ScopeDecisionEntity,
  UserEntity,
} from '@wres/server/core/database';
import type { ProviderKind } from '@wres/shared/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { demoContracts } from './demo-contracts';
import { DEMO_ORGANISATIONS, DEMO_RELATIONSHIPS, DEMO_USERS } from './demo-organisations';
import { demoScopeHistory } from './demo-scope';

export const DEMO_PASSWORD_DEFAULT = 'demo-password-2026';

export interface SeedResult {
  seeded: boolean;
  summary: string;
}

/** Seeds the demo in one transaction, only into a database that has no organisations yet. */
export async function seedDemo(
  dataSource: DataSource,
  options: { password: string; now: Date },
): Promise<SeedResult> {
  const passwordHash = await new PasswordHasher().hash(options.password);
  return dataSource.transaction(async (manager) => {
    // Serialise concurrent starts: only one seeds.
    await manager.query('LOCK TABLE organisation IN EXCLUSIVE MODE');
    if ((await manager.count(OrganisationEntity)) > 0) return { seeded: false, summary: '' };

    const ids = new Map<string, string>();
    for (const o of DEMO_ORGANISATIONS) {
      const saved = await manager.save(OrganisationEntity, {
        odsCode: o.odsCode,
        name: o.name,
        kind: o.kind,
        providerKind: o.providerKind ?? null,
        validFrom: o.validFrom ?? null,
        validTo: o.validTo ?? null,
        successorId: null,
      });
      ids.set(o.key, saved.id);
    }
    const idOf = (key: string) => {
      const id = ids.get(key);
      if (!id) throw new Error(`Demo seed refers to an unknown organisation "${key}"`);
      return id;
    };
    for (const o of DEMO_ORGANISATIONS.filter((o) => o.successor)) {
      await manager.update(
        OrganisationEntity,
        { id: idOf(o.key) },
        { successorId: idOf(o.successor as string) },
      );
    }
    await manager.insert(
      OrganisationRelationshipEntity,
      DEMO_RELATIONSHIPS.map((r) => ({
        kind: r.kind,
        fromOrganisationId: idOf(r.from),
        toOrganisationId: idOf(r.to),
        validFrom: r.validFrom ?? null,
        validTo: null,
      })),
    );
    await manager.insert(
      UserEntity,
      DEMO_USERS.map((u) => ({
        email: u.email,
        displayName: u.displayName,
        role: u.role,
        organisationId: idOf(u.organisation),
        passwordHash,
        status: 'active' as const,
        lastSignedInAt: null,
      })),
    );
    const contracts = await seedContracts(manager, idOf, options.now);
    await manager.insert(AuditEventEntity, {
      occurredAt: options.now,
      actorUserId: null,
      actorOrganisationId: null,
      requestId: null,
      action: 'demo.seeded',
      entityType: 'database',
      entityId: null,
      summary: { organisations: DEMO_ORGANISATIONS.length, users: DEMO_USERS.length, contracts },
    });
    return {
      seeded: true,
      summary: `${DEMO_ORGANISATIONS.length} organisations, ${DEMO_RELATIONSHIPS.length} relationships, ${DEMO_USERS.length} users, ${contracts} contracts`,
    };
  });
}

/**
 * Contracts for every year with their obligations and scope history, as the api's scope recalculation would
 * have left them. Decided with the pure domain and written in bulk: the seed runs at every start on an empty
 * database and in every integration run. Returns how many contracts were written.
 */
async function seedContracts(
  manager: EntityManager,
  idOf: (key: string) => string,
  now: Date,
): Promise<number> {
  const contracts = demoContracts();
  const kindOf = (key: string): ProviderKind => {
    const kind = DEMO_ORGANISATIONS.find((o) => o.key === key)?.providerKind;
    if (!kind) throw new Error(`Demo contract for "${key}", which is not a provider`);
    return kind;
  };
  const rows = contracts.map((contract) => ({ id: randomUUID(), contract }));
  await manager.insert(
    ContractEntity,
    rows.map(({ id, contract }) => ({
      id,
      providerId: idOf(contract.provider),
      contractYear: contract.contractYear,
      form: contract.form,
    })),
  );
  await manager.insert(
    ContractCommissionerEntity,
    rows.flatMap(({ id, contract }) =>
      contract.commissioners.map((line) => ({
        contractId: id,
        commissionerId: idOf(line.commissioner),
        isCoordinating: line.coordinating,
        expectedIncomePence: line.expectedIncomePence,
      })),
    ),
  );
  const history = demoScopeHistory(contracts, kindOf, shippedRuleSets());
  await manager.insert(
    ScopeDecisionEntity,
    history.map((entry) => ({
      providerId: idOf(entry.provider),
      contractYear: entry.contractYear,
      decidedAt: now,
      actorUserId: null,
      reason: 'contract recorded' as const,
      decision: entry.decision,
      previous: entry.previous,
      changes: entry.changes,
    })),
  );
  // The last decision per provider and year is what its obligations hold.
  const latest = new Map(history.map((entry) => [`${entry.provider}|${entry.contractYear}`, entry] as const));
  await manager.insert(
    ObligationEntity,
    [...latest.values()].flatMap((entry) =>
      entry.decision.obligations.map((obligation) => ({
        providerId: idOf(entry.provider),
        contractYear: entry.contractYear,
        clause: obligation.clause,
        title: obligation.title,
        applies: obligation.applies,
        basis: obligation.basis,
        explanation: obligation.explanation,
        scopeStatus: 'presumed' as const,
      })),
    ),
  );
  return contracts.length;
}

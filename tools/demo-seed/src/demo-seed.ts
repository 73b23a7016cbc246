import { randomUUID } from 'node:crypto';
import { shippedRuleSets } from '@wres/domain/scope';
import { PasswordHasher } from '@wres/server/core/auth';
import { computeIndicators } from '@wres/domain/wres';
import {
  AssuranceReviewEntity,
  AuditEventEntity,
  ContractCommissionerEntity,
  ContractEntity,
  ObligationEntity,
  OrganisationEntity,
  OrganisationRelationshipEntity,
  ReviewEventEntity,
  ScopeDecisionEntity,
  SubmissionEntity,
  SubmissionVersionEntity,
  UserEntity,
} from '@wres/server/core/database';
import { WRES_REPORT_CLAUSE } from '@wres/shared/contracts';
import type { ProviderKind } from '@wres/shared/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { demoContracts } from './demo-contracts';
import { DEMO_COLLEAGUES, DEMO_ORGANISATIONS, DEMO_RELATIONSHIPS, DEMO_USERS } from './demo-organisations';
import { demoActionPlans } from './demo-action-plans';
import type { DemoAction } from './demo-action-plans';
import { demoReports } from './demo-submissions';
import type { DemoReport } from './demo-submissions';
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
    const users = [...DEMO_USERS, ...DEMO_COLLEAGUES];
    const saved = await manager.insert(
      UserEntity,
      users.map((u) => ({
        email: u.email,
        displayName: u.displayName,
        role: u.role,
        organisationId: idOf(u.organisation),
        passwordHash,
        status: 'active' as const,
        lastSignedInAt: null,
      })),
    );
    const userIds = new Map(
      users.map((u, index) => [u.organisation, saved.identifiers[index]['id'] as string]),
    );
    const { contracts, applying } = await seedContracts(manager, idOf, options.now);
    const seeded = await seedReports(manager, applying, idOf, userIds, options.now);
    const reports = seeded.filter((report) => report.versions.length > 0).length;
    const actions = await seedActionPlans(manager, demoActionPlans(seeded, options.now), idOf, userIds);
    await manager.insert(AuditEventEntity, {
      occurredAt: options.now,
      actorUserId: null,
      actorOrganisationId: null,
      requestId: null,
      action: 'demo.seeded',
      entityType: 'database',
      entityId: null,
      summary: { organisations: DEMO_ORGANISATIONS.length, users: users.length, contracts, reports, actions },
    });
    return {
      seeded: true,
      summary: `${DEMO_ORGANISATIONS.length} organisations, ${DEMO_RELATIONSHIPS.length} relationships, ${users.length} users, ${contracts} contracts, ${reports} submitted WRES reports, ${actions} actions in action plans`,
    };
  });
}

/**
 * Contracts for every year with their obligations and scope history, as the api's scope recalculation would
 * have left them. Decided with the pure domain and written in bulk: the seed runs at every start on an empty
 * database and in every integration run. Returns how many contracts were written, and which providers the
 * WRES annual report applies to each year with the commissioner co-ordinating their contract.
 */
async function seedContracts(
  manager: EntityManager,
  idOf: (key: string) => string,
  now: Date,
): Promise<{ contracts: number; applying: ApplyingReport[] }> {
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
  const applying = [...latest.values()]
    .filter((entry) => entry.decision.obligations.some((o) => o.clause === WRES_REPORT_CLAUSE && o.applies))
    .map((entry) => {
      const contract = contracts.find(
        (c) => c.provider === entry.provider && c.contractYear === entry.contractYear,
      );
      const coordinating = contract?.commissioners.find((line) => line.coordinating)?.commissioner;
      if (!coordinating)
        throw new Error(`No co-ordinating commissioner for ${entry.provider} ${entry.contractYear}`);
      return { provider: entry.provider, contractYear: entry.contractYear, coordinating };
    });
  return { contracts: contracts.length, applying };
}

interface ApplyingReport {
  provider: string;
  contractYear: string;
  coordinating: string;
}

/**
 * WRES reports in every state (draft, submitted on time and late, resubmitted, in review, changes requested,
 * assured, not assured), with their indicators computed by the same engine as a real submission and their
 * review history. Returns the reports seeded.
 */
async function seedReports(
  manager: EntityManager,
  applying: readonly ApplyingReport[],
  idOf: (key: string) => string,
  userIds: ReadonlyMap<string, string>,
  now: Date,
): Promise<DemoReport[]> {
  const nameOf = (key: string) => DEMO_ORGANISATIONS.find((o) => o.key === key)?.name ?? key;
  const userOf = (organisation: string) => {
    const id = userIds.get(organisation);
    if (!id) throw new Error(`The demo has no user at "${organisation}" to act on its reports`);
    return id;
  };
  const reports = demoReports(
    applying.map((a) => ({ ...a, providerName: nameOf(a.provider) })),
    now,
  );
  for (const report of reports) {
    const coordinating = applying.find(
      (a) => a.provider === report.provider && a.contractYear === report.contractYear,
    )?.coordinating as string;
    const [submission] = (
      await manager.insert(SubmissionEntity, {
        providerId: idOf(report.provider),
        contractYear: report.contractYear,
        clause: WRES_REPORT_CLAUSE,
        status: report.versions.length > 0 ? 'submitted' : 'draft',
        currentVersion: report.versions.length,
        draftDocument: report.draft ? { ...report.draft.document } : null,
        draftDetails: report.draft ? { ...report.draft.details } : null,
      })
    ).identifiers as Array<{ id: string }>;
    for (const version of report.versions) {
      const computed = computeIndicators(version.document);
      await manager.insert(SubmissionVersionEntity, {
        submissionId: submission.id,
        version: version.version,
        // Free-form JSON columns, which TypeORM's insert typing cannot describe.
        document: { ...version.document } as never,
        details: { ...version.details } as never,
        indicators: { ...computed.indicators } as never,
        warnings: [...computed.warnings] as never,
        submittedAt: version.submittedAt,
        submittedBy: userOf(report.provider),
        late: version.late,
        lateReason: version.late ? (version.details.lateReason ?? null) : null,
      });
    }
    if (!report.review) continue;
    const decider = userOf(coordinating);
    const [review] = (
      await manager.insert(AssuranceReviewEntity, {
        submissionId: submission.id,
        state: report.review.state,
        reviewedVersion: report.review.reviewedVersion,
        decidedBy: report.review.decidedAt ? decider : null,
        decidedAt: report.review.decidedAt,
      })
    ).identifiers as Array<{ id: string }>;
    await manager.insert(
      ReviewEventEntity,
      report.events.map((event) => ({
        reviewId: review.id,
        at: event.at,
        actorUserId: event.by === 'provider' ? userOf(report.provider) : decider,
        actorOrganisationId: idOf(event.by === 'provider' ? report.provider : coordinating),
        kind: event.to ? ('transition' as const) : ('comment' as const),
        fromState: event.from,
        toState: event.to,
        indicator: event.indicator,
        text: event.text,
      })),
    );
  }
  return reports;
}

/** The action plans with their progress updates, acted on by each provider's first user. */
async function seedActionPlans(
  manager: EntityManager,
  actions: readonly DemoAction[],
  idOf: (key: string) => string,
  userIds: ReadonlyMap<string, string>,
): Promise<number> {
  for (const action of actions) {
    const by = userIds.get(action.provider);
    if (!by) throw new Error(`The demo has no user at "${action.provider}" to keep its action plan`);
    const [inserted]: Array<{ id: string }> = await manager.query(
      `INSERT INTO plan_action (provider_id, contract_year, task, outcome, indicator, owner_name, owner_email,
         due_date, status, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::date, $9, $10, $11, $12) RETURNING id`,
      [
        idOf(action.provider),
        action.contractYear,
        action.task,
        action.outcome,
        action.indicator,
        action.ownerName,
        action.ownerEmail,
        action.dueDate,
        action.status,
        by,
        action.createdAt,
        action.updates.at(-1)?.at ?? action.createdAt,
      ],
    );
    for (const update of action.updates)
      await manager.query(
        `INSERT INTO action_progress_update (action_id, at, by_user_id, text, status, due_date)
         VALUES ($1, $2, $3, $4, $5, $6::date)`,
        [inserted.id, update.at, by, update.text, update.status, update.dueDate],
      );
  }
  return actions.length;
}

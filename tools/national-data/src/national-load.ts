import { computeIndicators } from '@wres/domain/wres';
import { renderEmail } from '@wres/server/core/mail';
import { WRES_REPORT_CLAUSE } from '@wres/shared/contracts';
import type { Client } from 'pg';
import { BulkWriter, isoOrNull, json, StatementQueue, type Column } from './bulk-writer';
import {
  providerContracts,
  providerScopes,
  type NationalContract,
  type ProviderYearScope,
} from './national-contracts';
import { keepEvenly, outboxOutcome, providerYearEmails, type OutboxCandidate } from './national-outbox';
import { randomFor, stableUuid } from './national-random';
import {
  ICB_FIRST_DAY,
  organisationsInWriteOrder,
  type NationalCommissioner,
  type NationalProvider,
  type NationalRegister,
  type NationalUser,
} from './national-register';
import {
  planReport,
  reportDetails,
  reportDocument,
  versionDocument,
  type NationalReport,
} from './national-reports';

export interface LoadOptions {
  asOf: Date;
  passwordHash: string;
  outboxRows: number;
  /** Providers per round of writes: what is held in memory at once. */
  providersPerChunk?: number;
  log?: (line: string) => void;
}

export interface LoadResult {
  /** Rows written per table, in write order. */
  counts: Array<[table: string, rows: number]>;
  /** Seconds spent in each phase. */
  phases: Array<[phase: string, seconds: number]>;
  outboxCandidates: number;
  reviewStates: Record<string, number>;
}

/** One provider's contracts, scope, reports and emails, drawn from the register. */
interface ProviderYears {
  contracts: NationalContract[];
  years: Array<{ scope: ProviderYearScope; report: NationalReport | null; obligationId: string }>;
}

function providerYears(register: NationalRegister, provider: NationalProvider, asOf: Date): ProviderYears {
  const { seed } = register.shape;
  const contracts = providerContracts(register, provider);
  const years = providerScopes(provider, contracts).map((scope) => ({
    scope,
    obligationId: stableUuid(seed, 'obligation', provider.id, scope.contractYear, WRES_REPORT_CLAUSE),
    report:
      scope.wresApplies && scope.history[0].decidedAt <= asOf
        ? planReport(seed, provider, scope.contractYear, scope.startYear, asOf)
        : null,
  }));
  return { contracts, years };
}

/** Everything the loader looks organisations and users up by. */
class Lookup {
  readonly commissioners = new Map<string, NationalCommissioner>();
  readonly names = new Map<string, string>();

  constructor(readonly register: NationalRegister) {
    for (const commissioner of [...register.ccgs, ...register.icbs])
      this.commissioners.set(commissioner.id, commissioner);
    for (const organisation of organisationsInWriteOrder(register))
      this.names.set(organisation.id, organisation.name);
  }

  usersOf = (organisationId: string): readonly NationalUser[] =>
    this.register.usersOf.get(organisationId) ?? [];
  nameOf = (organisationId: string): string => this.names.get(organisationId) ?? 'Unknown organisation';

  firstUser(organisationId: string): NationalUser {
    const [user] = this.usersOf(organisationId);
    if (!user) throw new Error(`No user at organisation ${organisationId}`);
    return user;
  }

  /** Who acts for a commissioner on a date: a CCG's ICB once the CCG has gone. */
  actingCommissioner(commissionerId: string, at: Date): NationalCommissioner {
    const commissioner = this.commissioners.get(commissionerId);
    if (!commissioner) throw new Error(`Unknown commissioner ${commissionerId}`);
    if (commissioner.kind === 'ccg' && at.toISOString().slice(0, 10) >= ICB_FIRST_DAY) {
      return this.register.icbs[commissioner.icb];
    }
    return commissioner;
  }

  analystFor(commissionerId: string): NationalUser {
    const commissioner = this.commissioners.get(commissionerId);
    if (!commissioner) throw new Error(`Unknown commissioner ${commissionerId}`);
    const analyst = this.usersOf(this.register.csus[commissioner.csu].id).find(
      (u) => u.role === 'csu-analyst',
    );
    if (!analyst) throw new Error(`No analyst at the CSU supporting ${commissioner.name}`);
    return analyst;
  }
}

const COLUMNS = {
  organisation: [
    ['id', 'uuid'],
    ['ods_code', 'text'],
    ['name', 'text'],
    ['kind', 'text'],
    ['provider_kind', 'text'],
    ['valid_from', 'date'],
    ['valid_to', 'date'],
    ['successor_id', 'uuid'],
  ],
  organisation_relationship: [
    ['id', 'uuid'],
    ['kind', 'text'],
    ['from_organisation_id', 'uuid'],
    ['to_organisation_id', 'uuid'],
    ['valid_from', 'date'],
  ],
  app_user: [
    ['id', 'uuid'],
    ['email', 'text'],
    ['display_name', 'text'],
    ['role', 'text'],
    ['organisation_id', 'uuid'],
    ['password_hash', 'text'],
    ['status', 'text'],
  ],
  contract: [
    ['id', 'uuid'],
    ['provider_id', 'uuid'],
    ['contract_year', 'text'],
    ['form', 'text'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ],
  contract_commissioner: [
    ['id', 'uuid'],
    ['contract_id', 'uuid'],
    ['commissioner_id', 'uuid'],
    ['is_coordinating', 'boolean'],
    ['expected_income_pence', 'bigint'],
  ],
  scope_decision: [
    ['provider_id', 'uuid'],
    ['contract_year', 'text'],
    ['decided_at', 'timestamptz'],
    ['actor_user_id', 'uuid'],
    ['reason', 'text'],
    ['decision', 'jsonb'],
    ['previous', 'jsonb'],
    ['changes', 'jsonb'],
  ],
  obligation: [
    ['id', 'uuid'],
    ['provider_id', 'uuid'],
    ['contract_year', 'text'],
    ['clause', 'text'],
    ['title', 'text'],
    ['applies', 'boolean'],
    ['basis', 'text'],
    ['explanation', 'text'],
    ['scope_status', 'text'],
    ['updated_at', 'timestamptz'],
  ],
  submission: [
    ['id', 'uuid'],
    ['provider_id', 'uuid'],
    ['contract_year', 'text'],
    ['clause', 'text'],
    ['status', 'text'],
    ['current_version', 'int'],
    ['draft_document', 'jsonb'],
    ['draft_details', 'jsonb'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ],
  submission_version: [
    ['id', 'uuid'],
    ['submission_id', 'uuid'],
    ['version', 'int'],
    ['document', 'jsonb'],
    ['details', 'jsonb'],
    ['indicators', 'jsonb'],
    ['warnings', 'jsonb'],
    ['submitted_at', 'timestamptz'],
    ['submitted_by', 'uuid'],
    ['late', 'boolean'],
    ['late_reason', 'text'],
  ],
  assurance_review: [
    ['id', 'uuid'],
    ['submission_id', 'uuid'],
    ['state', 'text'],
    ['reviewed_version', 'int'],
    ['decided_by', 'uuid'],
    ['decided_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ],
  review_event: [
    ['id', 'uuid'],
    ['review_id', 'uuid'],
    ['at', 'timestamptz'],
    ['actor_user_id', 'uuid'],
    ['actor_organisation_id', 'uuid'],
    ['kind', 'text'],
    ['from_state', 'text'],
    ['to_state', 'text'],
    ['indicator', 'text'],
    ['text', 'text'],
    ['version', 'int'],
  ],
  review_checklist_rating: [
    ['id', 'uuid'],
    ['review_id', 'uuid'],
    ['item', 'text'],
    ['rating', 'text'],
    ['note', 'text'],
    ['proposed', 'boolean'],
    ['version', 'int'],
    ['rated_by', 'uuid'],
    ['rated_by_organisation', 'uuid'],
    ['rated_at', 'timestamptz'],
  ],
  outbound_email: [
    ['id', 'uuid'],
    ['dedupe_key', 'text'],
    ['template', 'text'],
    ['recipient', 'text'],
    ['data', 'jsonb'],
    ['status', 'text'],
    ['attempts', 'int'],
    ['last_error', 'text'],
    ['subject', 'text'],
    ['message_id', 'text'],
    ['sent_at', 'timestamptz'],
    ['created_at', 'timestamptz'],
  ],
} satisfies Record<string, readonly Column[]>;

type Table = keyof typeof COLUMNS;

/**
 * Loads the national data set into a migrated, empty database: the register, then
 * each chunk of providers (contracts, scope, obligations, reports with indicators computed by the WRES
 * engine from the stored document, reviews), then the outbox, thinned evenly to exactly the rows asked for.
 */
export async function loadNationalData(
  client: Client,
  /** A second connection for the outbox, which nothing refers to: PostgreSQL writes it on the other core. */
  outboxClient: Client,
  register: NationalRegister,
  options: LoadOptions,
): Promise<LoadResult> {
  const { seed } = register.shape;
  const { asOf } = options;
  const log = options.log ?? (() => undefined);
  const chunkSize = options.providersPerChunk ?? 100;
  const lookup = new Lookup(register);
  const phases: Array<[string, number]> = [];
  let phaseStart = Date.now();
  const phase = (name: string) => {
    const now = Date.now();
    phases.push([name, (now - phaseStart) / 1_000]);
    log(`  ${name}: ${((now - phaseStart) / 1_000).toFixed(1)} s`);
    phaseStart = now;
  };

  // Emails are derived from the reports, so count them first (cheap: no documents), to keep exactly N.
  let candidates = 0;
  for (const provider of register.providers) {
    const { years } = providerYears(register, provider, asOf);
    for (const year of years) {
      if (!year.scope.wresApplies) continue;
      for (const _ of providerYearEmails(mailOf(lookup, provider, year), asOf, seed)) candidates++;
    }
  }
  phase(`planned reports and ${candidates.toLocaleString('en-GB')} candidate emails`);

  const queue = new StatementQueue(client);
  const outboxQueue = new StatementQueue(outboxClient);
  const writer = (table: Table, batchRows = 0) => new BulkWriter(queue, table, COLUMNS[table], batchRows);
  const w = {
    organisation: writer('organisation'),
    organisation_relationship: writer('organisation_relationship'),
    app_user: writer('app_user'),
    contract: writer('contract'),
    contract_commissioner: writer('contract_commissioner'),
    scope_decision: writer('scope_decision'),
    obligation: writer('obligation'),
    submission: writer('submission'),
    submission_version: writer('submission_version'),
    assurance_review: writer('assurance_review'),
    review_event: writer('review_event'),
    review_checklist_rating: writer('review_checklist_rating'),
    // No foreign keys: it sends its own batches, on its own connection.
    outbound_email: new BulkWriter(outboxQueue, 'outbound_email', COLUMNS.outbound_email, 5_000),
  };
  const flushInOrder = async () => {
    for (const table of Object.keys(w) as Table[]) await w[table].flush();
  };

  for (const organisation of organisationsInWriteOrder(register)) {
    await w.organisation.add([
      organisation.id,
      organisation.odsCode,
      organisation.name,
      organisation.kind,
      organisation.providerKind,
      organisation.validFrom,
      organisation.validTo,
      organisation.successorId,
    ]);
  }
  for (const r of register.relationships)
    await w.organisation_relationship.add([r.id, r.kind, r.fromId, r.toId, r.validFrom]);
  for (const user of register.users) {
    await w.app_user.add([
      user.id,
      user.email,
      user.displayName,
      user.role,
      user.organisationId,
      options.passwordHash,
      'active',
    ]);
  }
  await flushInOrder();

  const reviewStates: Record<string, number> = {};
  let emailIndex = 0;
  let versionsComputed = 0;
  let computeMs = 0;
  for (let start = 0; start < register.providers.length; start += chunkSize) {
    for (const provider of register.providers.slice(start, start + chunkSize)) {
      const { contracts, years } = providerYears(register, provider, asOf);
      for (const contract of contracts) {
        await w.contract.add([
          contract.id,
          provider.id,
          contract.contractYear,
          contract.form,
          contract.recordedAt.toISOString(),
          contract.recordedAt.toISOString(),
        ]);
        for (const line of contract.lines) {
          await w.contract_commissioner.add([
            line.id,
            contract.id,
            line.commissionerId,
            line.coordinating,
            line.expectedIncomePence,
          ]);
        }
      }
      for (const year of years) {
        const { scope } = year;
        const random = randomFor(seed, 'confirmation', provider.odsCode, scope.contractYear);
        for (const entry of scope.history) {
          await w.scope_decision.add([
            provider.id,
            scope.contractYear,
            entry.decidedAt.toISOString(),
            null,
            'contract recorded',
            json(entry.decision),
            json(entry.previous),
            json(entry.changes),
          ]);
        }
        // The co-ordinating commissioner confirmed most past years' decisions a few weeks on.
        const decidedAt = scope.history[scope.history.length - 1].decidedAt;
        const confirmedAt = new Date(decidedAt.getTime() + (10 + Math.floor(random() * 50)) * 86_400_000);
        const confirmed = confirmedAt <= asOf && random() < 0.6;
        if (confirmed) {
          const commissioner = lookup.actingCommissioner(scope.leadCommissionerId, confirmedAt);
          await w.scope_decision.add([
            provider.id,
            scope.contractYear,
            confirmedAt.toISOString(),
            lookup.firstUser(commissioner.id).id,
            'confirmed',
            json(scope.latest.decision),
            json(scope.latest.decision),
            '[]',
          ]);
        }
        for (const obligation of scope.latest.decision.obligations) {
          await w.obligation.add([
            obligation.clause === WRES_REPORT_CLAUSE
              ? year.obligationId
              : stableUuid(seed, 'obligation', provider.id, scope.contractYear, obligation.clause),
            provider.id,
            scope.contractYear,
            obligation.clause,
            obligation.title,
            obligation.applies,
            obligation.basis,
            obligation.explanation,
            confirmed ? 'confirmed' : 'presumed',
            (confirmed ? confirmedAt : decidedAt).toISOString(),
          ]);
        }
        if (year.report) {
          const started = Date.now();
          versionsComputed += await writeReport(w, lookup, provider, scope, year.report, seed);
          computeMs += Date.now() - started;
          const state = year.report.review?.state ?? 'draft';
          reviewStates[state] = (reviewStates[state] ?? 0) + 1;
        }
        if (!scope.wresApplies) continue;
        for (const email of providerYearEmails(mailOf(lookup, provider, year), asOf, seed)) {
          if (keepEvenly(emailIndex++, candidates, options.outboxRows))
            await w.outbound_email.add(outboxRow(seed, email, asOf));
        }
      }
    }
    await flushInOrder();
    const done = Math.min(start + chunkSize, register.providers.length);
    if (done % 500 === 0 || done === register.providers.length) {
      log(
        `  ${done.toLocaleString('en-GB')} providers written (${versionsComputed.toLocaleString('en-GB')} versions)`,
      );
    }
  }
  await flushInOrder();
  await Promise.all([queue.drain(), outboxQueue.drain()]);
  log(`  (the WRES engine and documents took ${(computeMs / 1_000).toFixed(1)} s of that)`);
  phase('wrote organisations, users, contracts, scope, reports, reviews and outbox');

  await client.query(
    `INSERT INTO audit_event (occurred_at, action, entity_type, summary) VALUES ($1, 'national-data.loaded', 'database', $2)`,
    [
      asOf.toISOString(),
      json({ seed, providers: register.providers.length, outboxRows: w.outbound_email.count }),
    ],
  );
  await client.query('VACUUM (ANALYZE)');
  phase('vacuumed and analysed');

  return {
    counts: (Object.keys(w) as Table[]).map((table) => [table, w[table].count]),
    phases,
    outboxCandidates: candidates,
    reviewStates,
  };
}

function mailOf(
  lookup: Lookup,
  provider: NationalProvider,
  year: { scope: ProviderYearScope; report: NationalReport | null; obligationId: string },
) {
  return {
    provider,
    scope: year.scope,
    obligationId: year.obligationId,
    report: year.report,
    submitters: lookup.usersOf(provider.id),
    usersOf: lookup.usersOf,
    nameOf: lookup.nameOf,
  };
}

function outboxRow(seed: string, email: OutboxCandidate, asOf: Date): unknown[] {
  const outcome = outboxOutcome(seed, email.dedupeKey, email.createdAt, asOf);
  const sent = outcome.status === 'sent';
  return [
    stableUuid(seed, 'email', email.dedupeKey),
    email.dedupeKey,
    email.template,
    email.recipient,
    json(email.data),
    outcome.status,
    outcome.attempts,
    outcome.lastError,
    sent ? renderEmail(email.template, email.data as never).subject : null,
    sent ? `<${stableUuid(seed, 'message', email.dedupeKey)}@wres.localhost>` : null,
    isoOrNull(outcome.sentAt),
    email.createdAt.toISOString(),
  ];
}

/** A report's submission, versions (indicators computed from each stored document), review and trail. */
async function writeReport(
  w: Record<Table, BulkWriter>,
  lookup: Lookup,
  provider: NationalProvider,
  scope: ProviderYearScope,
  report: NationalReport,
  seed: string,
): Promise<number> {
  const submitter = lookup.firstUser(provider.id);
  const document = reportDocument(seed, provider, scope.contractYear);
  const signedOff = (at: Date) => new Date(at.getTime() - 14 * 86_400_000).toISOString().slice(0, 10);
  const draft = report.versions.length === 0;
  const createdAt = draft ? (report.draftSavedAt as Date) : report.versions[0].submittedAt;
  const updatedAt = draft ? createdAt : report.versions[report.versions.length - 1].submittedAt;
  await w.submission.add([
    report.submissionId,
    provider.id,
    scope.contractYear,
    WRES_REPORT_CLAUSE,
    draft ? 'draft' : 'submitted',
    report.versions.length,
    draft ? json(document) : null,
    draft
      ? json(
          reportDetails(
            provider.name,
            scope.contractYear,
            signedOff(createdAt),
            false,
            submitter.displayName,
            true,
          ),
        )
      : null,
    createdAt.toISOString(),
    updatedAt.toISOString(),
  ]);
  for (const version of report.versions) {
    const stored = versionDocument(document, version.correction);
    const details = reportDetails(
      provider.name,
      scope.contractYear,
      signedOff(version.submittedAt),
      version.late,
      submitter.displayName,
    );
    const computed = computeIndicators(stored);
    await w.submission_version.add([
      version.id,
      report.submissionId,
      version.version,
      json(stored),
      json(details),
      json(computed.indicators),
      json(computed.warnings),
      version.submittedAt.toISOString(),
      submitter.id,
      version.late,
      version.late ? (details.lateReason ?? null) : null,
    ]);
  }
  if (!report.review) return report.versions.length;
  const decider = report.review.decidedAt
    ? lookup.actingCommissioner(scope.leadCommissionerId, report.review.decidedAt)
    : null;
  await w.assurance_review.add([
    report.review.id,
    report.submissionId,
    report.review.state,
    report.review.reviewedVersion,
    decider ? lookup.firstUser(decider.id).id : null,
    isoOrNull(report.review.decidedAt),
    report.review.updatedAt.toISOString(),
  ]);
  for (const event of report.events) {
    let actorUser: NationalUser;
    let actorOrganisation: string;
    if (event.by === 'provider') {
      actorUser = submitter;
      actorOrganisation = provider.id;
    } else if (event.by === 'csu') {
      actorUser = lookup.analystFor(scope.leadCommissionerId);
      actorOrganisation = actorUser.organisationId;
    } else {
      const commissioner = lookup.actingCommissioner(scope.leadCommissionerId, event.at);
      actorUser = lookup.firstUser(commissioner.id);
      actorOrganisation = commissioner.id;
    }
    await w.review_event.add([
      event.id,
      report.review.id,
      event.at.toISOString(),
      actorUser.id,
      actorOrganisation,
      event.kind,
      event.from,
      event.to,
      event.indicator,
      event.text,
      event.version,
    ]);
  }
  for (const rating of report.ratings) {
    const commissioner = lookup.actingCommissioner(scope.leadCommissionerId, rating.at);
    await w.review_checklist_rating.add([
      rating.id,
      report.review.id,
      rating.item,
      rating.rating,
      rating.note,
      false,
      rating.version,
      lookup.firstUser(commissioner.id).id,
      commissioner.id,
      rating.at.toISOString(),
    ]);
  }
  return report.versions.length;
}

import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { metLate, todayInLondon } from '@wres/domain/calendar';
import { contractYearEnd } from '@wres/domain/scope';
import { computeIndicators, submissionDetailsProblems, validateWresDocument } from '@wres/domain/wres';
import type { WresDocument } from '@wres/domain/wres';
import { AuditService } from '@wres/server/core/audit';
import { actorOf } from '@wres/server/core/auth';
import type { Principal } from '@wres/server/core/auth';
import { Clock } from '@wres/server/core/config';
import { SubmissionEntity, SubmissionVersionEntity } from '@wres/server/core/database';
import { providerYearVisibleSql } from '@wres/server/contracts';
import { groupProblemsByPath, validationFailed } from '@wres/server/core/http';
import { LinkCheckRequests } from '@wres/server/link-checker';
import { ReviewsService } from '@wres/server/reviews';
import { annualReportDueDate, ReportingCycleCatalogue } from '@wres/server/scope';
import type {
  Submission,
  SubmissionDetails,
  SubmissionVersion,
  SubmissionVersionDiff,
  SubmissionVersionSummary,
} from '@wres/shared/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { diffJson } from './json-diff';
import { WRES_REPORT_CLAUSE } from '@wres/shared/contracts';

interface SubmissionRow {
  id: string;
  status: Submission['status'];
  current_version: number;
  draft_document: Record<string, unknown> | null;
  draft_details: SubmissionDetails | null;
  updated_at: Date;
}

interface VersionRow {
  version: number;
  submitted_at: Date;
  submitted_by: string;
  submitted_by_name: string;
  late: boolean;
  late_reason: string | null;
  document?: Record<string, unknown>;
  details?: SubmissionDetails;
  indicators?: Record<string, unknown>;
  warnings?: Array<{ path: string; message: string }>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function summaryOf(row: VersionRow): SubmissionVersionSummary {
  return {
    version: row.version,
    submittedAt: row.submitted_at.toISOString(),
    submittedBy: { id: row.submitted_by, displayName: row.submitted_by_name },
    late: row.late,
    lateReason: row.late_reason,
  };
}

@Injectable()
export class SubmissionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cycles: ReportingCycleCatalogue,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly reviews: ReviewsService,
    private readonly linkChecks: LinkCheckRequests,
  ) {}

  /** The report's state and its versions; the draft only for the provider itself. */
  async get(principal: Principal, providerId: string, contractYear: string): Promise<Submission> {
    const submission = await this.visibleSubmission(
      this.dataSource.manager,
      principal,
      providerId,
      contractYear,
    );
    const versions: VersionRow[] = await this.dataSource.query(
      `SELECT v.version, v.submitted_at, v.submitted_by, u.display_name AS submitted_by_name, v.late, v.late_reason
       FROM submission_version v JOIN app_user u ON u.id = v.submitted_by
       WHERE v.submission_id = $1 ORDER BY v.version`,
      [submission.id],
    );
    const ownDraft = principal.organisationId === providerId;
    return {
      providerId,
      contractYear,
      clause: WRES_REPORT_CLAUSE,
      status: submission.status,
      currentVersion: submission.current_version,
      draft: ownDraft
        ? {
            document: submission.draft_document,
            details: submission.draft_details,
            updatedAt: submission.updated_at.toISOString(),
          }
        : null,
      versions: versions.map(summaryOf),
    };
  }

  async version(
    principal: Principal,
    providerId: string,
    contractYear: string,
    version: number,
  ): Promise<SubmissionVersion> {
    const submission = await this.visibleSubmission(
      this.dataSource.manager,
      principal,
      providerId,
      contractYear,
    );
    const [row]: VersionRow[] = await this.dataSource.query(
      `SELECT v.version, v.submitted_at, v.submitted_by, u.display_name AS submitted_by_name, v.late, v.late_reason,
              v.document, v.details, v.indicators, v.warnings
       FROM submission_version v JOIN app_user u ON u.id = v.submitted_by
       WHERE v.submission_id = $1 AND v.version = $2`,
      [submission.id, version],
    );
    if (!row) throw new NotFoundException(`Version ${version} has not been submitted`);
    return {
      ...summaryOf(row),
      providerId,
      contractYear,
      document: row.document ?? {},
      details: row.details ?? {},
      indicators: row.indicators ?? {},
      warnings: row.warnings ?? [],
    };
  }

  /** What changed from one submitted version to another, document and details, by path. */
  async diff(
    principal: Principal,
    providerId: string,
    contractYear: string,
    version: number,
    against: number,
  ): Promise<SubmissionVersionDiff> {
    const [later, earlier] = [
      await this.version(principal, providerId, contractYear, version),
      await this.version(principal, providerId, contractYear, against),
    ];
    return {
      version,
      against,
      changes: [
        ...diffJson(earlier.document, later.document, 'document'),
        ...diffJson(earlier.details, later.details, 'details'),
      ],
    };
  }

  /** Saves the provider's draft, which may be incomplete: only its shape is checked until submission. */
  async saveDraft(
    principal: Principal,
    providerId: string,
    contractYear: string,
    body: Record<string, unknown>,
  ): Promise<Submission> {
    const problems: Array<{ path: string; message: string }> = [];
    if (!isObject(body['document']))
      problems.push({ path: 'document', message: 'document must be a WRES document (a JSON object)' });
    if (body['details'] !== undefined && !isObject(body['details']))
      problems.push({ path: 'details', message: 'details must be a JSON object' });
    const unknownFields = Object.keys(body).filter((key) => key !== 'document' && key !== 'details');
    for (const key of unknownFields) problems.push({ path: key, message: `${key} should not exist` });
    if (problems.length > 0) throw validationFailed(groupProblemsByPath(problems), 'The draft has problems');

    await this.dataSource.transaction(async (manager) => {
      await this.mustBeOwnObligation(manager, principal, providerId, contractYear);
      // One row per obligation; a second save replaces the draft and keeps any submitted versions.
      const [saved]: Array<{ id: string }> = await manager.query(
        `INSERT INTO submission (provider_id, contract_year, clause, draft_document, draft_details)
         VALUES ($1, $2, $3, $4::jsonb, $5::jsonb)
         ON CONFLICT (provider_id, contract_year, clause) DO UPDATE
         SET draft_document = EXCLUDED.draft_document, draft_details = EXCLUDED.draft_details, updated_at = now()
         RETURNING id`,
        [
          providerId,
          contractYear,
          WRES_REPORT_CLAUSE,
          JSON.stringify(body['document']),
          JSON.stringify(body['details'] ?? {}),
        ],
      );
      await this.audit.record(manager, actorOf(principal), {
        action: 'submission.draft-saved',
        entityType: 'submission',
        entityId: saved.id,
        summary: { providerId, contractYear, clause: WRES_REPORT_CLAUSE },
      });
    });
    return this.get(principal, providerId, contractYear);
  }

  /** The provider's own draft document, to prefill its template; null for anyone else, or without a draft. */
  async ownDraftDocument(
    principal: Principal,
    providerId: string,
    contractYear: string,
  ): Promise<Record<string, unknown> | null> {
    if (principal.organisationId !== providerId) return null;
    const [row]: Array<Pick<SubmissionRow, 'draft_document'>> = await this.dataSource.query(
      `SELECT draft_document FROM submission WHERE provider_id = $1 AND contract_year = $2 AND clause = $3`,
      [providerId, contractYear, WRES_REPORT_CLAUSE],
    );
    return row?.draft_document ?? null;
  }

  /** Refuses (404, 409) unless the caller may write this report: for checking before reading an upload. */
  mustWriteOwnReport(principal: Principal, providerId: string, contractYear: string): Promise<void> {
    return this.mustBeOwnObligation(this.dataSource.manager, principal, providerId, contractYear);
  }

  /**
   * Replaces only the draft's document (the figures, read from an uploaded template), keeping the draft's
   * details, with the audit row in the same transaction. `source` says where the document came from.
   */
  async replaceDraftDocument(
    principal: Principal,
    providerId: string,
    contractYear: string,
    document: Record<string, unknown>,
    source: Record<string, unknown>,
  ): Promise<Submission> {
    await this.dataSource.transaction(async (manager) => {
      await this.mustBeOwnObligation(manager, principal, providerId, contractYear);
      const [saved]: Array<{ id: string }> = await manager.query(
        `INSERT INTO submission (provider_id, contract_year, clause, draft_document, draft_details)
         VALUES ($1, $2, $3, $4::jsonb, '{}'::jsonb)
         ON CONFLICT (provider_id, contract_year, clause) DO UPDATE
         SET draft_document = EXCLUDED.draft_document, updated_at = now()
         RETURNING id`,
        [providerId, contractYear, WRES_REPORT_CLAUSE, JSON.stringify(document)],
      );
      await this.audit.record(manager, actorOf(principal), {
        action: 'submission.template-imported',
        entityType: 'submission',
        entityId: saved.id,
        summary: { providerId, contractYear, clause: WRES_REPORT_CLAUSE, ...source },
      });
    });
    return this.get(principal, providerId, contractYear);
  }

  /**
   * Submits the saved draft as a new, immutable version with the indicators computed from it, after checking
   * everything a submission needs; every problem is reported at once and nothing is stored if there are any.
   */
  async submit(principal: Principal, providerId: string, contractYear: string): Promise<SubmissionVersion> {
    const { submissionId, version, reviewEmails } = await this.dataSource.transaction(async (manager) => {
      await this.mustBeOwnObligation(manager, principal, providerId, contractYear);
      // Held until commit, so two submissions cannot both take the next version number.
      const [submission] = await this.lockSubmission(manager, providerId, contractYear);
      if (!submission) throw new ConflictException('Save a draft before submitting');
      // An assured report is locked: what the commissioner assured stays the report's latest version.
      await this.reviews.mustAcceptNewVersion(manager, submission.id);

      const document = submission.draft_document ?? {};
      const details = submission.draft_details ?? {};
      const now = this.clock.now();
      const late = await this.isLate(contractYear, todayInLondon(now));
      const report = validateWresDocument(document as unknown as WresDocument, {
        expectedReportingPeriodEnd: contractYearEnd(contractYear),
      });
      const problems = [
        ...report.errors.map((problem) => ({ ...problem, path: `document.${problem.path}` })),
        ...submissionDetailsProblems(details, document, late),
      ];
      if (problems.length > 0)
        throw validationFailed(groupProblemsByPath(problems), 'The submission has problems');

      const computed = computeIndicators(document as unknown as WresDocument);
      const next = submission.current_version + 1;
      // The documents are free-form JSON, which TypeORM's insert typing cannot describe.
      const row = {
        submissionId: submission.id,
        version: next,
        document,
        details: details as Record<string, unknown>,
        indicators: computed.indicators as unknown as Record<string, unknown>,
        warnings: [...computed.warnings],
        submittedAt: now,
        submittedBy: principal.userId,
        late,
        lateReason: late ? (details.lateReason ?? null) : null,
      };
      await manager.insert(SubmissionVersionEntity, row as QueryDeepPartialEntity<SubmissionVersionEntity>);
      await manager.update(
        SubmissionEntity,
        { id: submission.id },
        { status: 'submitted', currentVersion: next },
      );
      // The co-ordinating commissioner is told in the same transaction, through the outbox.
      const reviewEmails = await this.reviews.onSubmitted(manager, submission.id, next);
      await this.audit.record(manager, actorOf(principal), {
        action: 'submission.submitted',
        entityType: 'submission',
        entityId: submission.id,
        summary: { providerId, contractYear, clause: WRES_REPORT_CLAUSE, version: next, late },
      });
      return { submissionId: submission.id, version: next, reviewEmails };
    });
    // After commit, so the worker finds the version; the sweep checks it if the queue is away now.
    await this.linkChecks.checkSoon({ submissionId, version });
    await this.reviews.sendEmails(reviewEmails);
    return this.version(principal, providerId, contractYear, version);
  }

  /** Submitted after the last day of the year's annual-report milestone; a year without a calendar has none. */
  private async isLate(contractYear: string, today: string): Promise<boolean> {
    const dueDate = await annualReportDueDate(this.cycles, contractYear);
    return dueDate ? metLate(dueDate, today) : false;
  }

  /**
   * Only a provider writes its own report, and only for a year in which the WRES annual report applies to
   * it. Another organisation's report is not found, so its existence is not revealed.
   */
  private async mustBeOwnObligation(
    manager: EntityManager,
    principal: Principal,
    providerId: string,
    contractYear: string,
  ): Promise<void> {
    if (principal.organisationId !== providerId) throw new NotFoundException('Submission not found');
    const [obligation]: Array<{ applies: boolean; explanation: string }> = await manager.query(
      `SELECT applies, explanation FROM obligation WHERE provider_id = $1 AND contract_year = $2 AND clause = $3`,
      [providerId, contractYear, WRES_REPORT_CLAUSE],
    );
    if (!obligation?.applies) {
      const why = obligation ? ` ${obligation.explanation}` : ' There is no contract recorded for that year.';
      throw new ConflictException(
        `The WRES annual report (${WRES_REPORT_CLAUSE}) does not apply to this provider in ${contractYear}, ` +
          `so there is nothing to submit.${why}`,
      );
    }
  }

  private lockSubmission(
    manager: EntityManager,
    providerId: string,
    contractYear: string,
  ): Promise<SubmissionRow[]> {
    return manager.query(
      `SELECT id, status, current_version, draft_document, draft_details, updated_at FROM submission
       WHERE provider_id = $1 AND contract_year = $2 AND clause = $3 FOR UPDATE`,
      [providerId, contractYear, WRES_REPORT_CLAUSE],
    );
  }

  private async visibleSubmission(
    manager: EntityManager,
    principal: Principal,
    providerId: string,
    contractYear: string,
  ): Promise<SubmissionRow> {
    const [row]: SubmissionRow[] = await manager.query(
      `SELECT s.id, s.status, s.current_version, s.draft_document, s.draft_details, s.updated_at
       FROM submission s
       WHERE s.provider_id = $2 AND s.contract_year = $3 AND s.clause = $4 AND ${providerYearVisibleSql(principal)}`,
      [principal.organisationId, providerId, contractYear, WRES_REPORT_CLAUSE],
    );
    if (!row) throw new NotFoundException('Submission not found');
    return row;
  }
}

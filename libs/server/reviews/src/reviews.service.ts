import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@wres/server/core/audit';
import type { Actor } from '@wres/server/core/audit';
import { actorOf } from '@wres/server/core/auth';
import type { Principal } from '@wres/server/core/auth';
import { Clock } from '@wres/server/core/config';
import { AssuranceReviewEntity, ReviewEventEntity } from '@wres/server/core/database';
import { providerYearVisibleSql } from '@wres/server/contracts';
import type { Review, ReviewEventKind, ReviewState } from '@wres/shared/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { decisionRefusal, REVIEW_DECISIONS } from './review-transitions';
import { REVIEWED_CLAUSE } from './review-visibility';

export const ASSURED_REPORT_IS_LOCKED =
  'This report has been assured, so it is locked: a new version cannot be submitted';

interface ReportRow {
  submission_id: string;
  review_id: string | null;
  state: ReviewState | null;
  reviewed_version: number | null;
  decided_by: string | null;
  decided_at: Date | null;
}

interface EventRow {
  at: Date;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  actor_name: string | null;
  kind: ReviewEventKind;
  from_state: ReviewState | null;
  to_state: ReviewState | null;
  indicator: string | null;
  text: string | null;
}

interface OpenReview {
  reviewId: string;
  state: ReviewState;
}

/** A note on a review: a comment (commissioners and CSUs) or a recommendation (CSUs). */
interface Note {
  kind: 'comment' | 'recommendation';
  text: string;
  indicator?: string;
}

/**
 * Assurance of submitted WRES reports. Anyone who may see a report may read its review; only users of the
 * contract's co-ordinating commissioner move it; every move and note is one transaction with its event and
 * its audit row.
 */
@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async get(principal: Principal, providerId: string, contractYear: string): Promise<Review> {
    const report = await this.visibleReport(this.dataSource.manager, principal, providerId, contractYear);
    const events: EventRow[] = report.review_id
      ? await this.dataSource.query(
          `SELECT e.at, e.actor_user_id, e.actor_organisation_id, u.display_name AS actor_name, e.kind,
                  e.from_state, e.to_state, e.indicator, e.text
           FROM review_event e LEFT JOIN app_user u ON u.id = e.actor_user_id
           WHERE e.review_id = $1 ORDER BY e.at, e.id`,
          [report.review_id],
        )
      : [];
    return {
      providerId,
      contractYear,
      state: report.state,
      reviewedVersion: report.reviewed_version,
      decidedBy: report.decided_by,
      decidedAt: report.decided_at?.toISOString() ?? null,
      events: events.map((event) => ({
        at: event.at.toISOString(),
        actor: {
          userId: event.actor_user_id,
          organisationId: event.actor_organisation_id,
          displayName: event.actor_name,
        },
        kind: event.kind,
        fromState: event.from_state,
        toState: event.to_state,
        indicator: event.indicator,
        text: event.text,
      })),
    };
  }

  /** The co-ordinating commissioner moves the review on; anything the process does not allow is a 409. */
  async transition(
    principal: Principal,
    providerId: string,
    contractYear: string,
    to: ReviewState,
    comment?: string,
  ): Promise<Review> {
    await this.dataSource.transaction(async (manager) => {
      const report = await this.visibleReport(manager, principal, providerId, contractYear, true);
      await this.mustCoordinate(manager, principal, providerId, contractYear);
      const review = this.mustBeSubmitted(report);
      const refusal = decisionRefusal(review.state, to);
      if (refusal) throw new ConflictException(refusal);
      await this.move(manager, actorOf(principal), review, to, report.reviewed_version as number, comment);
    });
    return this.get(principal, providerId, contractYear);
  }

  async comment(
    principal: Principal,
    providerId: string,
    contractYear: string,
    text: string,
    indicator?: string,
  ): Promise<Review> {
    return this.note(principal, providerId, contractYear, { kind: 'comment', text, indicator });
  }

  async recommend(
    principal: Principal,
    providerId: string,
    contractYear: string,
    text: string,
  ): Promise<Review> {
    return this.note(principal, providerId, contractYear, { kind: 'recommendation', text });
  }

  /**
   * Refuses a new version of an assured report; call in the submission's transaction, with the submission
   * locked, before anything is written.
   */
  async mustAcceptNewVersion(manager: EntityManager, submissionId: string): Promise<void> {
    const [review]: Array<{ state: ReviewState }> = await manager.query(
      `SELECT state FROM assurance_review WHERE submission_id = $1`,
      [submissionId],
    );
    if (review?.state === 'assured') throw new ConflictException(ASSURED_REPORT_IS_LOCKED);
  }

  /**
   * A version was submitted, in the submission's transaction: the first opens the review; one after changes
   * were requested makes it resubmitted; one while the review is open becomes the version under review. An
   * assured report takes no new version.
   */
  async onSubmitted(manager: EntityManager, submissionId: string, version: number): Promise<void> {
    const [submitted]: Array<{ submitted_by: string; provider_id: string }> = await manager.query(
      `SELECT v.submitted_by, s.provider_id FROM submission_version v JOIN submission s ON s.id = v.submission_id
       WHERE v.submission_id = $1 AND v.version = $2`,
      [submissionId, version],
    );
    if (!submitted) throw new Error(`Version ${version} of submission ${submissionId} is not stored`);
    const actor: Actor = {
      userId: submitted.submitted_by,
      organisationId: submitted.provider_id,
      requestId: null,
    };
    const [review]: Array<{ id: string; state: ReviewState }> = await manager.query(
      `SELECT id, state FROM assurance_review WHERE submission_id = $1 FOR UPDATE`,
      [submissionId],
    );
    if (!review) {
      const [opened]: Array<{ id: string }> = await manager.query(
        `INSERT INTO assurance_review (submission_id, state, reviewed_version, updated_at)
         VALUES ($1, 'submitted', $2, $3) RETURNING id`,
        [submissionId, version, this.clock.now()],
      );
      await this.record(
        manager,
        actor,
        opened.id,
        { kind: 'transition', from: null, to: 'submitted' },
        version,
      );
      return;
    }
    if (review.state === 'assured') throw new ConflictException(ASSURED_REPORT_IS_LOCKED);
    if (review.state === 'changes-requested') {
      await this.move(manager, actor, { reviewId: review.id, state: review.state }, 'resubmitted', version);
    } else if (review.state !== 'not-assured') {
      // Still open: the new version is the one under review. A decision stays with the version it was made on.
      await manager.update(AssuranceReviewEntity, { id: review.id }, { reviewedVersion: version });
    }
  }

  private async note(
    principal: Principal,
    providerId: string,
    contractYear: string,
    note: Note,
  ): Promise<Review> {
    await this.dataSource.transaction(async (manager) => {
      const report = await this.visibleReport(manager, principal, providerId, contractYear, true);
      const review = this.mustBeSubmitted(report);
      await this.record(
        manager,
        actorOf(principal),
        review.reviewId,
        { kind: note.kind, text: note.text, indicator: note.indicator ?? null },
        report.reviewed_version as number,
      );
    });
    return this.get(principal, providerId, contractYear);
  }

  private async move(
    manager: EntityManager,
    actor: Actor,
    review: OpenReview,
    to: ReviewState,
    version: number,
    comment?: string,
  ): Promise<void> {
    const now = this.clock.now();
    const decided = REVIEW_DECISIONS.includes(to);
    await manager.update(
      AssuranceReviewEntity,
      { id: review.reviewId },
      {
        state: to,
        reviewedVersion: version,
        decidedBy: decided ? actor.userId : null,
        decidedAt: decided ? now : null,
      },
    );
    await this.record(
      manager,
      actor,
      review.reviewId,
      { kind: 'transition', from: review.state, to, text: comment ?? null },
      version,
    );
  }

  /** The review event and its audit row, in the caller's transaction. */
  private async record(
    manager: EntityManager,
    actor: Actor,
    reviewId: string,
    event: {
      kind: ReviewEventKind;
      from?: ReviewState | null;
      to?: ReviewState;
      text?: string | null;
      indicator?: string | null;
    },
    version: number,
  ): Promise<void> {
    await manager.insert(ReviewEventEntity, {
      reviewId,
      at: this.clock.now(),
      actorUserId: actor.userId,
      actorOrganisationId: actor.organisationId,
      kind: event.kind,
      fromState: event.from ?? null,
      toState: event.to ?? null,
      indicator: event.indicator ?? null,
      text: event.text ?? null,
    });
    await this.audit.record(manager, actor, {
      action: event.kind === 'transition' ? 'review.transitioned' : `review.${event.kind}-added`,
      entityType: 'assurance_review',
      entityId: reviewId,
      summary: {
        version,
        ...(event.kind === 'transition' ? { from: event.from ?? null, to: event.to } : {}),
        ...(event.indicator ? { indicator: event.indicator } : {}),
      },
    });
  }

  private mustBeSubmitted(report: ReportRow): OpenReview {
    if (!report.review_id || !report.state)
      throw new ConflictException('The report has not been submitted yet, so there is nothing to review');
    return { reviewId: report.review_id, state: report.state };
  }

  /**
   * Only the contract's co-ordinating commissioner decides assurance: an associate commissioner and a CSU
   * may see the report and comment, but due regard cannot be delegated.
   */
  private async mustCoordinate(
    manager: EntityManager,
    principal: Principal,
    providerId: string,
    contractYear: string,
  ): Promise<void> {
    const [coordinating] = await manager.query(
      `SELECT 1 FROM contract c JOIN contract_commissioner cc ON cc.contract_id = c.id
       WHERE c.provider_id = $1 AND c.contract_year = $2 AND cc.is_coordinating AND cc.commissioner_id = $3`,
      [providerId, contractYear, principal.organisationId],
    );
    if (!coordinating)
      throw new ForbiddenException(
        `Only the co-ordinating commissioner of the provider's contract for ${contractYear} can decide its assurance`,
      );
  }

  /** The visible report and its review, if submitted; locked with `forUpdate` so moves and submissions queue. */
  private async visibleReport(
    manager: EntityManager,
    principal: Principal,
    providerId: string,
    contractYear: string,
    forUpdate = false,
  ): Promise<ReportRow> {
    const [row]: ReportRow[] = await manager.query(
      `SELECT s.id AS submission_id, r.id AS review_id, r.state, r.reviewed_version, r.decided_by, r.decided_at
       FROM submission s LEFT JOIN assurance_review r ON r.submission_id = s.id
       WHERE s.provider_id = $2 AND s.contract_year = $3 AND s.clause = $4 AND ${providerYearVisibleSql(principal)}
       ${forUpdate ? 'FOR UPDATE OF s' : ''}`,
      [principal.organisationId, providerId, contractYear, REVIEWED_CLAUSE],
    );
    if (!row) throw new NotFoundException('Review not found');
    return row;
  }
}

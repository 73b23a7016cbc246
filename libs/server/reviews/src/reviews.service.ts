import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@wres/server/core/audit';
import type { Actor } from '@wres/server/core/audit';
import { actorOf } from '@wres/server/core/auth';
import type { Principal } from '@wres/server/core/auth';
import { Clock } from '@wres/server/core/config';
import { AssuranceReviewEntity, ReviewEventEntity } from '@wres/server/core/database';
import { validationFailed } from '@wres/server/core/http';
import { Permission, REVIEW_STATES_NEEDING_COMMENT } from '@wres/shared/contracts';
import type { ChecklistRatingRequest, Review, ReviewEventKind, ReviewState } from '@wres/shared/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { isDecided, OpenReview, ReviewAccess } from './review-access';
import { ReviewEmails } from './review-emails.service';
import { decisionRefusal, REVIEW_DECISIONS } from './review-transitions';

export const ASSURED_REPORT_IS_LOCKED =
  'This report has been assured, so it is locked: a new version cannot be submitted';

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
  version: number | null;
}

/** A note on a review: a comment (commissioners and CSUs) or a recommendation (CSUs). */
interface Note {
  kind: 'comment' | 'recommendation';
  text: string;
  indicator?: string;
  /** A CSU analyst's proposed ratings of the human checklist items, with its recommendation. */
  checklist?: readonly ChecklistRatingRequest[];
}

const COMMENT_NEEDED: Partial<Record<ReviewState, string>> = {
  'changes-requested': 'Say what the provider should change',
  'not-assured': 'Say why the report is not assured',
};

/**
 * The version each event happened on. Events recorded before versions were kept take the latest version
 * submitted by then, which is what was under review.
 */
export const EVENT_VERSION_SQL = `COALESCE(e.version, (
  SELECT max(sv.version) FROM submission_version sv WHERE sv.submission_id = r.submission_id AND sv.submitted_at <= e.at))`;

/**
 * Assurance of submitted WRES reports. Anyone who may see a report may read its review; only users of the
 * contract's co-ordinating commissioner move it; every move and note is one transaction with its event, its
 * audit row and its emails.
 */
@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly access: ReviewAccess,
    private readonly emails: ReviewEmails,
  ) {}

  async get(principal: Principal, providerId: string, contractYear: string): Promise<Review> {
    const manager = this.dataSource.manager;
    const report = await this.access.visibleReport(manager, principal, providerId, contractYear);
    // A CSU analyst's recommendation is advice to the commissioner, and who there reviews the report is the
    // commissioner's own business: neither is part of the provider's conversation.
    const forProvider = principal.organisationId === providerId;
    const events: EventRow[] = report.review_id
      ? await this.dataSource.query(
          `SELECT e.at, e.actor_user_id, e.actor_organisation_id, u.display_name AS actor_name, e.kind,
                  e.from_state, e.to_state, e.indicator, e.text, ${EVENT_VERSION_SQL} AS version
           FROM review_event e JOIN assurance_review r ON r.id = e.review_id
           LEFT JOIN app_user u ON u.id = e.actor_user_id
           WHERE e.review_id = $1 ${forProvider ? `AND e.kind NOT IN ('recommendation', 'assignment')` : ''}
           ORDER BY e.at, e.id`,
          [report.review_id],
        )
      : [];
    const lastChangesRequested = [...events]
      .reverse()
      .find((event) => event.kind === 'transition' && event.to_state === 'changes-requested');
    const comparedWith =
      lastChangesRequested?.version && report.reviewed_version
        ? lastChangesRequested.version < report.reviewed_version
          ? lastChangesRequested.version
          : null
        : null;
    const canDecide =
      principal.permissions.includes(Permission.ReviewsDecide) &&
      (await this.access.coordinates(manager, principal, providerId, contractYear));
    return {
      providerId,
      contractYear,
      providerName: report.provider_name,
      state: report.state,
      reviewedVersion: report.reviewed_version,
      decidedBy: report.decided_by,
      decidedAt: report.decided_at?.toISOString() ?? null,
      changesRequestedOnVersion: comparedWith,
      canDecide,
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
        version: event.version,
      })),
    };
  }

  /**
   * The co-ordinating commissioner moves the review on; anything the process does not allow is a 409. Sending
   * a report back or finding it not assured needs a comment, which the provider is sent.
   */
  async transition(
    principal: Principal,
    providerId: string,
    contractYear: string,
    to: ReviewState,
    comment?: string,
  ): Promise<Review> {
    const emailIds = await this.dataSource.transaction(async (manager) => {
      const report = await this.access.visibleReport(manager, principal, providerId, contractYear, true);
      await this.access.mustCoordinate(manager, principal, providerId, contractYear);
      const review = this.access.mustBeSubmitted(report);
      const refusal = decisionRefusal(review.state, to);
      if (refusal) throw new ConflictException(refusal);
      const text = comment?.trim() || null;
      if (REVIEW_STATES_NEEDING_COMMENT.includes(to) && !text)
        throw validationFailed(
          [{ path: 'comment', messages: [COMMENT_NEEDED[to] ?? 'Give a comment'] }],
          'The decision needs a comment',
        );
      const eventId = await this.move(manager, actorOf(principal), review, to, review.version, text);
      return this.emails.decision(manager, {
        eventId,
        providerId,
        contractYear,
        version: review.version,
        to,
        comment: text,
      });
    });
    await this.emails.dispatch(emailIds);
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
    checklist?: readonly ChecklistRatingRequest[],
  ): Promise<Review> {
    return this.note(principal, providerId, contractYear, { kind: 'recommendation', text, checklist });
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
   * assured report takes no new version. Returns the outbox rows of the emails to the co-ordinating
   * commissioner, for `sendEmails` after commit.
   */
  async onSubmitted(manager: EntityManager, submissionId: string, version: number): Promise<string[]> {
    const [submitted]: Array<{
      submitted_by: string;
      provider_id: string;
      contract_year: string;
      late: boolean;
    }> = await manager.query(
      `SELECT v.submitted_by, v.late, s.provider_id, s.contract_year
       FROM submission_version v JOIN submission s ON s.id = v.submission_id
       WHERE v.submission_id = $1 AND v.version = $2`,
      [submissionId, version],
    );
    if (!submitted) throw new Error(`Version ${version} of submission ${submissionId} is not stored`);
    const actor: Actor = {
      userId: submitted.submitted_by,
      organisationId: submitted.provider_id,
      requestId: null,
    };
    const tell = (resubmitted: boolean) =>
      this.emails.submitted(manager, {
        submissionId,
        providerId: submitted.provider_id,
        contractYear: submitted.contract_year,
        version,
        resubmitted,
        late: submitted.late,
      });
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
      return tell(version > 1);
    }
    if (review.state === 'assured') throw new ConflictException(ASSURED_REPORT_IS_LOCKED);
    if (review.state === 'changes-requested') {
      await this.move(
        manager,
        actor,
        { reviewId: review.id, state: review.state, version },
        'resubmitted',
        version,
      );
      return tell(true);
    }
    if (review.state === 'not-assured') return [];
    // Still open: the new version is the one under review. A decision stays with the version it was made on.
    await manager.update(AssuranceReviewEntity, { id: review.id }, { reviewedVersion: version });
    return tell(true);
  }

  /** Hands the emails of a committed submission to the queue. */
  sendEmails(outboundEmailIds: readonly string[]): Promise<void> {
    return this.emails.dispatch(outboundEmailIds);
  }

  private async note(
    principal: Principal,
    providerId: string,
    contractYear: string,
    note: Note,
  ): Promise<Review> {
    await this.dataSource.transaction(async (manager) => {
      const report = await this.access.visibleReport(manager, principal, providerId, contractYear, true);
      const review = this.access.mustBeSubmitted(report);
      const proposals = note.checklist ?? [];
      if (proposals.length > 0 && isDecided(review.state))
        throw new ConflictException('The report has been decided, so its checklist is kept as it was');
      const actor = actorOf(principal);
      await this.record(
        manager,
        actor,
        review.reviewId,
        { kind: note.kind, text: note.text, indicator: note.indicator ?? null },
        review.version,
      );
      await this.rateChecklist(manager, actor, review, proposals, true);
    });
    return this.get(principal, providerId, contractYear);
  }

  /**
   * Records ratings of the human checklist items for the version under review, with one audit row each: the
   * commissioner's assessment, or (`proposed`) a CSU analyst's proposal. The trail keeps every rating.
   */
  async rateChecklist(
    manager: EntityManager,
    actor: Actor,
    review: OpenReview,
    ratings: readonly ChecklistRatingRequest[],
    proposed: boolean,
  ): Promise<void> {
    if (ratings.length === 0) return;
    const at = this.clock.now();
    await manager.query(
      `INSERT INTO review_checklist_rating
         (review_id, item, rating, note, proposed, version, rated_by, rated_by_organisation, rated_at)
       SELECT $1, item, rating, NULLIF(btrim(note), ''), $2, $3, $4, $5, $6
       FROM unnest($7::text[], $8::text[], $9::text[]) AS t(item, rating, note)`,
      [
        review.reviewId,
        proposed,
        review.version,
        actor.userId,
        actor.organisationId,
        at,
        ratings.map((rating) => rating.item),
        ratings.map((rating) => rating.rating),
        ratings.map((rating) => rating.note ?? null),
      ],
    );
    await this.audit.recordMany(
      manager,
      actor,
      ratings.map((rating) => ({
        action: proposed ? 'review.checklist-proposed' : 'review.checklist-rated',
        entityType: 'assurance_review',
        entityId: review.reviewId,
        summary: { version: review.version, item: rating.item, rating: rating.rating },
      })),
    );
  }

  private async move(
    manager: EntityManager,
    actor: Actor,
    review: OpenReview,
    to: ReviewState,
    version: number,
    comment: string | null = null,
  ): Promise<string> {
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
    return this.record(
      manager,
      actor,
      review.reviewId,
      { kind: 'transition', from: review.state, to, text: comment },
      version,
    );
  }

  /** The review event and its audit row, in the caller's transaction; returns the event's id. */
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
  ): Promise<string> {
    const inserted = await manager.insert(ReviewEventEntity, {
      reviewId,
      at: this.clock.now(),
      actorUserId: actor.userId,
      actorOrganisationId: actor.organisationId,
      kind: event.kind,
      fromState: event.from ?? null,
      toState: event.to ?? null,
      indicator: event.indicator ?? null,
      text: event.text ?? null,
      version,
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
    return (inserted.identifiers[0] as { id: string }).id;
  }
}

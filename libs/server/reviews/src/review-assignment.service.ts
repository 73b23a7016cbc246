import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@wres/server/core/audit';
import { actorOf } from '@wres/server/core/auth';
import type { Principal } from '@wres/server/core/auth';
import { Clock } from '@wres/server/core/config';
import { ReviewEventEntity } from '@wres/server/core/database';
import { validationFailed } from '@wres/server/core/http';
import type { FieldProblem, Reviewer, ReviewAssignmentResult } from '@wres/shared/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { isDecided, ReportInList, ReviewAccess } from './review-access';
import { ReviewEmails } from './review-emails.service';

interface ReviewerRow {
  user_id: string;
  email: string;
  display_name: string;
  organisation_name: string;
}

/** The active commissioner users of an organisation: who may be given its reports to review. $1 is the organisation. */
const REVIEWERS = `
  SELECT u.id AS user_id, u.email, u.display_name, o.name AS organisation_name
  FROM app_user u JOIN organisation o ON o.id = u.organisation_id
  WHERE u.organisation_id = $1 AND u.role = 'commissioner' AND u.status = 'active'`;

/** Why a report cannot be given to a reviewer, or null when it can. */
function refusal(report: ReportInList | undefined, contractYear: string): string | null {
  if (!report) return `There is no ${contractYear} WRES report by this provider that you can see`;
  const name = `${report.provider_name}’s ${report.contract_year} report`;
  if (!report.review_id || !report.state || !report.reviewed_version)
    return `${name} has not been submitted yet, so there is nothing to review`;
  if (!report.coordinating)
    return `Only the co-ordinating commissioner of ${report.provider_name}’s ${report.contract_year} contract can give its report to a reviewer`;
  if (isDecided(report.state))
    return `${name} has been ${report.state === 'assured' ? 'assured' : 'found not assured'}, so its review is over and its reviewer stays as it was`;
  return null;
}

/**
 * Who in the co-ordinating commissioner reviews a report. A commissioner gives one report or many to one of
 * its own active commissioner users (or takes them back) in one action: all or nothing, each change a review
 * event with its audit row, and one email to the reviewer, in one transaction.
 */
@Injectable()
export class ReviewAssignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly access: ReviewAccess,
    private readonly emails: ReviewEmails,
  ) {}

  /** The caller's organisation's active commissioner users, by name. */
  async reviewers(principal: Principal): Promise<Reviewer[]> {
    const rows: ReviewerRow[] = await this.dataSource.query(`${REVIEWERS} ORDER BY u.display_name, u.email`, [
      principal.organisationId,
    ]);
    return rows.map((row) => ({ userId: row.user_id, displayName: row.display_name, email: row.email }));
  }

  /**
   * Gives every report (contract years written "2018/19") to the reviewer, or with `reviewerId` null takes
   * them back. Any report the caller may not assign, or a reviewer who is not the caller's organisation's
   * active commissioner user, refuses the whole action with every problem by path.
   */
  async assign(
    principal: Principal,
    reports: ReadonlyArray<{ providerId: string; contractYear: string }>,
    reviewerId: string | null,
  ): Promise<ReviewAssignmentResult> {
    const { result, emailIds } = await this.dataSource.transaction(async (manager) => {
      const found = await this.access.visibleReports(manager, principal, reports);
      const byIndex = new Map(found.map((report) => [report.index, report]));
      const problems: FieldProblem[] = [];
      reports.forEach((report, index) => {
        const problem = refusal(byIndex.get(index), report.contractYear);
        if (problem) problems.push({ path: `reports[${index}]`, messages: [problem] });
      });
      const reviewer = reviewerId ? await this.reviewer(manager, principal, reviewerId) : null;
      if (reviewerId && !reviewer)
        problems.push({
          path: 'reviewerId',
          messages: ['reviewerId must be an active commissioner user of your organisation'],
        });
      if (problems.length > 0) throw validationFailed(problems, 'The reports cannot be assigned');

      const changed = found.filter((report) => report.reviewer_id !== reviewerId);
      const unchanged = found.length - changed.length;
      if (changed.length === 0) return { result: { assigned: 0, unchanged }, emailIds: [] };

      const now = this.clock.now();
      const actor = actorOf(principal);
      await manager.query(
        `UPDATE assurance_review SET reviewer_id = $1, updated_at = $2 WHERE id = ANY($3::uuid[])`,
        [reviewerId, now, changed.map((report) => report.review_id)],
      );
      const inserted = await manager.insert(
        ReviewEventEntity,
        changed.map((report) => ({
          reviewId: report.review_id as string,
          at: now,
          actorUserId: actor.userId,
          actorOrganisationId: actor.organisationId,
          kind: 'assignment' as const,
          fromState: null,
          toState: null,
          indicator: null,
          text: null,
          version: report.reviewed_version,
          reviewerId,
        })),
      );
      await this.audit.recordMany(
        manager,
        actor,
        changed.map((report) => ({
          action: reviewerId ? 'review.reviewer-assigned' : 'review.reviewer-removed',
          entityType: 'assurance_review',
          entityId: report.review_id as string,
          summary: {
            version: report.reviewed_version,
            reviewerId,
            previousReviewerId: report.reviewer_id,
          },
        })),
      );
      // Nobody needs telling what they have just done themselves.
      const emailIds =
        reviewer && reviewer.user_id !== principal.userId
          ? await this.emails.assigned(manager, {
              eventId: (inserted.identifiers[0] as { id: string }).id,
              reviewer: {
                userId: reviewer.user_id,
                email: reviewer.email,
                displayName: reviewer.display_name,
              },
              assignedBy: principal.displayName,
              commissionerName: reviewer.organisation_name,
              reports: changed.map((report) => ({
                providerId: report.provider_id,
                providerName: report.provider_name,
                contractYear: report.contract_year,
              })),
            })
          : [];
      return { result: { assigned: changed.length, unchanged }, emailIds };
    });
    await this.emails.dispatch(emailIds);
    return result;
  }

  /** The reviewer, if an active commissioner user of the caller's organisation; kept so until commit. */
  private async reviewer(
    manager: EntityManager,
    principal: Principal,
    userId: string,
  ): Promise<ReviewerRow | null> {
    const [row]: ReviewerRow[] = await manager.query(`${REVIEWERS} AND u.id = $2 FOR SHARE OF u`, [
      principal.organisationId,
      userId,
    ]);
    return row ?? null;
  }
}

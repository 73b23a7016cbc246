import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal } from '@wres/server/core/auth';
import { HUMAN_CHECKLIST_ITEMS } from '@wres/shared/contracts';
import type {
  ChecklistItemId,
  RagRating,
  ReviewAudit,
  ReviewAuditKind,
  ReviewState,
} from '@wres/shared/contracts';
import { DataSource } from 'typeorm';
import { ReviewAccess } from './review-access';
import { auditSummary } from './review-audit.csv';
import { EVENT_VERSION_SQL } from './reviews.service';

interface StepRow {
  at: Date;
  kind: ReviewAuditKind;
  actor_name: string | null;
  actor_organisation: string | null;
  version: number | null;
  from_state: ReviewState | null;
  to_state: ReviewState | null;
  indicator: string | null;
  item: ChecklistItemId | null;
  rating: RagRating | null;
  text: string | null;
  flag: boolean;
  reviewer_name: string | null;
}

/**
 * A submission's whole trail from what was stored: every version submitted, every transition, comment,
 * recommendation and reviewer assignment, and every checklist rating, with who and when. Oldest first; at the same instant a
 * submission comes before what it caused, and ratings made together follow the checklist's order.
 */
@Injectable()
export class ReviewAuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ReviewAccess,
  ) {}

  async audit(
    principal: Principal,
    providerId: string,
    contractYear: string,
  ): Promise<{ audit: ReviewAudit; odsCode: string }> {
    const report = await this.access.visibleReport(
      this.dataSource.manager,
      principal,
      providerId,
      contractYear,
    );
    // Advice to the commissioner (recommendations, proposed ratings, the checklist) is not the provider's to see,
    // nor who at the commissioner reviews the report.
    const forProvider = principal.organisationId === providerId;
    const steps: StepRow[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT v.submitted_at AS at, 'submitted' AS kind, u.display_name AS actor_name,
                o.name AS actor_organisation, v.version, NULL AS from_state, NULL AS to_state, NULL AS indicator,
                NULL AS item, NULL AS rating, CASE WHEN v.late THEN v.late_reason END AS text, v.late AS flag,
                NULL AS reviewer_name, 0 AS tie, 0 AS place
         FROM submission_version v
         JOIN app_user u ON u.id = v.submitted_by
         LEFT JOIN organisation o ON o.id = u.organisation_id
         WHERE v.submission_id = $1
         UNION ALL
         SELECT e.at, e.kind, u.display_name, o.name, ${EVENT_VERSION_SQL}, e.from_state, e.to_state, e.indicator,
                NULL, NULL, e.text, false, ru.display_name, 1, 0
         FROM review_event e
         JOIN assurance_review r ON r.id = e.review_id
         LEFT JOIN app_user u ON u.id = e.actor_user_id
         LEFT JOIN organisation o ON o.id = e.actor_organisation_id
         LEFT JOIN app_user ru ON ru.id = e.reviewer_id
         WHERE r.submission_id = $1 AND ($2::boolean OR e.kind NOT IN ('recommendation', 'assignment'))
         UNION ALL
         SELECT cr.rated_at, 'checklist', u.display_name, o.name, cr.version, NULL, NULL, NULL, cr.item, cr.rating,
                cr.note, cr.proposed, NULL, 2, array_position($3::text[], cr.item::text)
         FROM review_checklist_rating cr
         JOIN assurance_review r ON r.id = cr.review_id
         JOIN app_user u ON u.id = cr.rated_by
         JOIN organisation o ON o.id = cr.rated_by_organisation
         WHERE r.submission_id = $1 AND $2::boolean
       ) steps
       ORDER BY at, tie, place`,
      [report.submission_id, !forProvider, [...HUMAN_CHECKLIST_ITEMS]],
    );
    const [provider]: Array<{ ods_code: string }> = await this.dataSource.query(
      `SELECT ods_code FROM organisation WHERE id = $1`,
      [providerId],
    );
    const audit: ReviewAudit = {
      providerId,
      providerName: report.provider_name,
      contractYear,
      state: report.state,
      entries: steps.map((step) => ({
        at: step.at.toISOString(),
        kind: step.kind,
        summary: auditSummary({
          kind: step.kind,
          version: step.version,
          toState: step.to_state,
          indicator: step.indicator,
          item: step.item,
          rating: step.rating,
          flag: step.flag,
          reviewer: step.reviewer_name,
        }),
        actor: { displayName: step.actor_name, organisationName: step.actor_organisation },
        version: step.version,
        fromState: step.from_state,
        toState: step.to_state,
        indicator: step.indicator,
        item: step.item,
        rating: step.rating,
        text: step.text,
      })),
    };
    return { audit, odsCode: provider?.ods_code ?? 'provider' };
  }
}

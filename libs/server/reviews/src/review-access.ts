import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { Principal } from '@wres/server/core/auth';
import { providerYearVisibleSql } from '@wres/server/contracts';
import type { ReviewState } from '@wres/shared/contracts';
import { EntityManager } from 'typeorm';
import { WRES_REPORT_CLAUSE } from '@wres/shared/contracts';

export interface ReportRow {
  submission_id: string;
  provider_name: string;
  review_id: string | null;
  state: ReviewState | null;
  reviewed_version: number | null;
  decided_by: string | null;
  decided_at: Date | null;
}

/** One of several reports asked for at once, as `visibleReports` finds it. */
export interface ReportInList {
  /** Its place in the list asked for, from 0. */
  index: number;
  provider_id: string;
  contract_year: string;
  provider_name: string;
  review_id: string | null;
  state: ReviewState | null;
  reviewed_version: number | null;
  reviewer_id: string | null;
  /** The caller's organisation co-ordinates the provider's contract for the year. */
  coordinating: boolean;
}

export interface OpenReview {
  reviewId: string;
  state: ReviewState;
  version: number;
}

/** Who may see a report's review and who decides it, shared by the review's services. */
@Injectable()
export class ReviewAccess {
  /** The visible report and its review, if submitted; locked with `forUpdate` so moves and submissions queue. */
  async visibleReport(
    manager: EntityManager,
    principal: Principal,
    providerId: string,
    contractYear: string,
    forUpdate = false,
  ): Promise<ReportRow> {
    const [row]: ReportRow[] = await manager.query(
      `SELECT s.id AS submission_id, p.name AS provider_name, r.id AS review_id, r.state, r.reviewed_version,
              r.decided_by, r.decided_at
       FROM submission s JOIN organisation p ON p.id = s.provider_id
       LEFT JOIN assurance_review r ON r.submission_id = s.id
       WHERE s.provider_id = $2 AND s.contract_year = $3 AND s.clause = $4 AND ${providerYearVisibleSql(principal)}
       ${forUpdate ? 'FOR UPDATE OF s' : ''}`,
      [principal.organisationId, providerId, contractYear, WRES_REPORT_CLAUSE],
    );
    if (!row) throw new NotFoundException('Review not found');
    return row;
  }

  /**
   * Several reports at once (contract years written "2018/19"), each with its review and whether the caller
   * co-ordinates it; a report the caller may not see, or that does not exist, is simply not there. Locks the
   * submissions, in one order, so moves and submissions of the same reports queue behind the caller's.
   */
  async visibleReports(
    manager: EntityManager,
    principal: Principal,
    reports: ReadonlyArray<{ providerId: string; contractYear: string }>,
  ): Promise<ReportInList[]> {
    const rows: ReportInList[] = await manager.query(
      `SELECT (t.n - 1)::int AS index, s.provider_id, s.contract_year, p.name AS provider_name,
              r.id AS review_id, r.state, r.reviewed_version, r.reviewer_id,
              EXISTS (
                SELECT 1 FROM contract c JOIN contract_commissioner cc ON cc.contract_id = c.id
                WHERE c.provider_id = s.provider_id AND c.contract_year = s.contract_year AND cc.is_coordinating
                  AND cc.commissioner_id = $1::uuid
              ) AS coordinating
       FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS t(provider_id, contract_year, n)
       JOIN submission s ON s.provider_id = t.provider_id AND s.contract_year = t.contract_year AND s.clause = $4
       JOIN organisation p ON p.id = s.provider_id
       LEFT JOIN assurance_review r ON r.submission_id = s.id
       WHERE ${providerYearVisibleSql(principal, 's.contract_year', 's.provider_id')}
       ORDER BY s.id
       FOR UPDATE OF s`,
      [
        principal.organisationId,
        reports.map((report) => report.providerId),
        reports.map((report) => report.contractYear),
        WRES_REPORT_CLAUSE,
      ],
    );
    return rows.sort((a, b) => a.index - b.index);
  }

  mustBeSubmitted(report: ReportRow): OpenReview {
    if (!report.review_id || !report.state || !report.reviewed_version)
      throw new ConflictException('The report has not been submitted yet, so there is nothing to review');
    return { reviewId: report.review_id, state: report.state, version: report.reviewed_version };
  }

  /** The caller's organisation is the co-ordinating commissioner of the provider's contract for the year. */
  async coordinates(
    manager: EntityManager,
    principal: Principal,
    providerId: string,
    contractYear: string,
  ): Promise<boolean> {
    const [coordinating] = await manager.query(
      `SELECT 1 FROM contract c JOIN contract_commissioner cc ON cc.contract_id = c.id
       WHERE c.provider_id = $1 AND c.contract_year = $2 AND cc.is_coordinating AND cc.commissioner_id = $3`,
      [providerId, contractYear, principal.organisationId],
    );
    return Boolean(coordinating);
  }

  /**
   * Only the contract's co-ordinating commissioner decides assurance: an associate commissioner and a CSU
   * may see the report and comment, but due regard cannot be delegated.
   */
  async mustCoordinate(
    manager: EntityManager,
    principal: Principal,
    providerId: string,
    contractYear: string,
  ): Promise<void> {
    if (!(await this.coordinates(manager, principal, providerId, contractYear)))
      throw new ForbiddenException(
        `Only the co-ordinating commissioner of the provider's contract for ${contractYear} can decide its assurance`,
      );
  }
}

/** A report is decided once assured or found not assured; its review and checklist then stay as they were. */
export function isDecided(state: ReviewState): boolean {
  return state === 'assured' || state === 'not-assured';
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AWAITING_COMMISSIONER,
  assuranceChecklist,
  isReviewOverdue,
  reviewDueBy,
} from '@wres/domain/assurance';
import { todayInLondon } from '@wres/domain/calendar';
import type { Principal } from '@wres/server/core/auth';
import { Clock } from '@wres/server/core/config';
import type { ReviewQueue, ReviewQueueQuery, ReviewQueueRow } from '@wres/shared/contracts';
import { DataSource } from 'typeorm';
import { AnnualReportDeadlines } from './annual-report-deadlines';
import { ChecklistRow, checklistQuestionOf, checklistRowsSql } from './review-checklist.rows';

/** Overdue reviews first, then those waiting for the commissioner, then the rest; oldest submission first. */
function queueOrder(row: ReviewQueueRow): number {
  if (row.overdue) return 0;
  return AWAITING_COMMISSIONER.includes(row.state) ? 1 : 2;
}

/**
 * A reviewer's queue: every submitted report the caller may see, in one statement, with each report's
 * checklist rating worked out by the same rules as its review page. The year, state and reviewer filter in
 * SQL; the rating and "overdue" depend on the checklist settings and rules, so they filter the rows read.
 */
@Injectable()
export class ReviewQueueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly deadlines: AnnualReportDeadlines,
  ) {}

  async queue(principal: Principal, query: ReviewQueueQuery): Promise<ReviewQueue> {
    const params: unknown[] = [principal.organisationId];
    const conditions: string[] = [];
    if (query.contractYear) conditions.push(`s.contract_year = $${params.push(query.contractYear)}`);
    if (query.state) conditions.push(`r.state = $${params.push(query.state)}`);
    if (query.overdue === true) conditions.push(`r.state = ANY($${params.push([...AWAITING_COMMISSIONER])})`);
    if (query.reviewer === 'unassigned') conditions.push(`r.reviewer_id IS NULL`);
    else if (query.reviewer === 'me')
      conditions.push(`r.reviewer_id = $${params.push(principal.userId)}::uuid`);
    else if (query.reviewer) conditions.push(`r.reviewer_id = $${params.push(query.reviewer)}::uuid`);
    const rows: ChecklistRow[] = await this.dataSource.query(checklistRowsSql(principal, conditions), params);

    const dueDates = await this.deadlines.dueDates(rows.map((row) => row.contract_year));
    const today = todayInLondon(this.clock.now());
    const queue = rows.map((row): ReviewQueueRow => {
      const { question, settings } = checklistQuestionOf(row, dueDates.get(row.contract_year) ?? null, today);
      const { overall } = assuranceChecklist(question);
      const dueBy = reviewDueBy(row.submitted_at, settings.reviewWithinDays);
      return {
        providerId: row.provider_id,
        providerName: row.provider_name,
        odsCode: row.ods_code,
        contractYear: row.contract_year,
        state: row.state,
        reviewedVersion: row.reviewed_version,
        submittedAt: row.submitted_at.toISOString(),
        reviewDueBy: dueBy,
        overdue: isReviewOverdue(row.state, dueBy, today),
        late: row.first_late,
        rating: overall.rating,
        unrated: overall.unrated,
        coordinatingCommissioner: row.coordinating_name ?? 'Not recorded',
        coordinating: row.coordinating,
        reviewer:
          row.reviewer_id && row.reviewer_name
            ? { userId: row.reviewer_id, displayName: row.reviewer_name }
            : null,
      };
    });
    return {
      rows: queue
        .filter((row) => query.overdue === undefined || row.overdue === query.overdue)
        .filter((row) => !query.rag || (row.rating ?? 'not-rated') === query.rag)
        .sort(
          (a, b) =>
            queueOrder(a) - queueOrder(b) ||
            a.submittedAt.localeCompare(b.submittedAt) ||
            a.providerName.localeCompare(b.providerName),
        ),
    };
  }
}

import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assuranceChecklist } from '@wres/domain/assurance';
import { todayInLondon } from '@wres/domain/calendar';
import { actorOf } from '@wres/server/core/auth';
import { Clock } from '@wres/server/core/config';
import type { Principal } from '@wres/server/core/auth';
import { Permission } from '@wres/shared/contracts';
import type { AssuranceChecklist, ChecklistRatingRequest } from '@wres/shared/contracts';
import { DataSource } from 'typeorm';
import { AnnualReportDeadlines } from './annual-report-deadlines';
import { isDecided, ReviewAccess } from './review-access';
import { ChecklistRow, checklistQuestionOf, checklistRowsSql } from './review-checklist.rows';
import { ReviewsService } from './reviews.service';

/**
 * The assurance checklist of the version under review: worked out on each read from the version, last
 * year's, the link checks and the year's settings, so it follows the link checker and the settings as they
 * change; only the human ratings are stored.
 */
@Injectable()
export class ReviewChecklistService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ReviewAccess,
    private readonly reviews: ReviewsService,
    private readonly deadlines: AnnualReportDeadlines,
    private readonly clock: Clock,
  ) {}

  async checklist(
    principal: Principal,
    providerId: string,
    contractYear: string,
  ): Promise<AssuranceChecklist> {
    const report = await this.access.visibleReport(
      this.dataSource.manager,
      principal,
      providerId,
      contractYear,
    );
    this.access.mustBeSubmitted(report);
    const [row]: ChecklistRow[] = await this.dataSource.query(
      checklistRowsSql(principal, ['s.provider_id = $2::uuid', 's.contract_year = $3']),
      [principal.organisationId, providerId, contractYear],
    );
    if (!row) throw new NotFoundException('Review not found');
    const { question, settings } = checklistQuestionOf(
      row,
      await this.deadlines.dueDate(contractYear),
      todayInLondon(this.clock.now()),
    );
    const { items, overall } = assuranceChecklist(question);
    const open = !isDecided(row.state);
    return {
      providerId,
      contractYear,
      version: row.reviewed_version,
      items,
      overall,
      settings,
      canAssess: open && row.coordinating && principal.permissions.includes(Permission.ReviewsDecide),
      canPropose: open && principal.permissions.includes(Permission.ReviewsRecommend),
    };
  }

  /** The co-ordinating commissioner rates the human items of the version under review, while it is open. */
  async assess(
    principal: Principal,
    providerId: string,
    contractYear: string,
    ratings: readonly ChecklistRatingRequest[],
  ): Promise<AssuranceChecklist> {
    await this.dataSource.transaction(async (manager) => {
      const report = await this.access.visibleReport(manager, principal, providerId, contractYear, true);
      await this.access.mustCoordinate(manager, principal, providerId, contractYear);
      const review = this.access.mustBeSubmitted(report);
      if (isDecided(review.state))
        throw new ConflictException('The report has been decided, so its checklist is kept as it was');
      await this.reviews.rateChecklist(manager, actorOf(principal), review, ratings, false);
    });
    return this.checklist(principal, providerId, contractYear);
  }
}

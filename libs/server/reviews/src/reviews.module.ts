import { Module } from '@nestjs/common';
import { MailModule } from '@wres/server/core/mail';
import { ScopeModule } from '@wres/server/scope';
import { AnnualReportDeadlines } from './annual-report-deadlines';
import { ChecklistSettingsController } from './checklist-settings.controller';
import { ChecklistSettingsService } from './checklist-settings.service';
import { ReviewAccess } from './review-access';
import { ReviewAssignmentService } from './review-assignment.service';
import { ReviewAssignmentsController } from './review-assignments.controller';
import { ReviewAuditService } from './review-audit.service';
import { ReviewChecklistService } from './review-checklist.service';
import { ReviewEmails } from './review-emails.service';
import { ReviewQueueService } from './review-queue.service';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [MailModule, ScopeModule],
  controllers: [ReviewsController, ReviewAssignmentsController, ChecklistSettingsController],
  providers: [
    ReviewsService,
    ReviewAccess,
    ReviewEmails,
    ReviewChecklistService,
    ReviewQueueService,
    ReviewAuditService,
    ReviewAssignmentService,
    ChecklistSettingsService,
    AnnualReportDeadlines,
  ],
  exports: [ReviewsService],
})
export class ReviewsModule {}

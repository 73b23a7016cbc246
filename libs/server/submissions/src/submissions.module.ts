import { Module } from '@nestjs/common';
import { LinkChecksModule } from '@wres/server/link-checker';
import { ReviewsModule } from '@wres/server/reviews';
import { ScopeModule } from '@wres/server/scope';
import { ProviderReportsController } from './provider-reports.controller';
import { ProviderReportsService } from './provider-reports.service';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsService } from './submissions.service';
import { SubmissionTemplateController } from './template/submission-template.controller';
import { SubmissionTemplateService } from './template/submission-template.service';

@Module({
  imports: [ScopeModule, ReviewsModule, LinkChecksModule],
  controllers: [SubmissionsController, ProviderReportsController, SubmissionTemplateController],
  providers: [SubmissionsService, ProviderReportsService, SubmissionTemplateService],
})
export class SubmissionsModule {}

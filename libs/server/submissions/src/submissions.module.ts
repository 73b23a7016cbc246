import { Module } from '@nestjs/common';
import { ReviewsModule } from '@wres/server/reviews';
import { ScopeModule } from '@wres/server/scope';
import { ProviderReportsController } from './provider-reports.controller';
import { ProviderReportsService } from './provider-reports.service';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsService } from './submissions.service';

@Module({
  imports: [ScopeModule, ReviewsModule],
  controllers: [SubmissionsController, ProviderReportsController],
  providers: [SubmissionsService, ProviderReportsService],
})
export class SubmissionsModule {}

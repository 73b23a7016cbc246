import { Module } from '@nestjs/common';
import { ReviewsModule } from '@wres/server/reviews';
import { ScopeModule } from '@wres/server/scope';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsService } from './submissions.service';

@Module({
  imports: [ScopeModule, ReviewsModule],
  controllers: [SubmissionsController],
  providers: [SubmissionsService],
})
export class SubmissionsModule {}

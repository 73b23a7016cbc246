import { Module } from '@nestjs/common';
import { LinkCheckRequests } from './link-check-requests.service';
import { LinkChecksController } from './link-checks.controller';
import { LinkChecksService } from './link-checks.service';

/** The api's side: reading a version's link checks, and asking for a check when a version is submitted. */
@Module({
  controllers: [LinkChecksController],
  providers: [LinkChecksService, LinkCheckRequests],
  exports: [LinkCheckRequests],
})
export class LinkChecksModule {}

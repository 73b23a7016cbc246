import { Controller, Get, Param, ParseIntPipe, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@wres/server/core/auth';
import { contractYearFromPath } from '@wres/server/core/http';
import { Permission } from '@wres/shared/contracts';
import type { VersionLinkChecks } from '@wres/shared/contracts';
import { LinkChecksService } from './link-checks.service';

@ApiTags('submissions')
@ApiParam({
  name: 'contractYear',
  example: '2018-19',
  description: 'Written 2018-19 or, URL-encoded, 2018%2F19',
})
@Controller('v1/submissions')
export class LinkChecksController {
  constructor(private readonly linkChecks: LinkChecksService) {}

  @Get(':providerId/:contractYear/versions/:version/link-checks')
  @RequirePermission(Permission.SubmissionsRead)
  @ApiOkResponse({
    description:
      'The latest check of the published-report and action-plan links of a submitted version, and every check',
  })
  @ApiNotFoundResponse({ description: 'The version does not exist or is not visible to the caller' })
  forVersion(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) providerId: string,
    @Param('contractYear') contractYear: string,
    @Param('version', new ParseIntPipe({ errorHttpStatusCode: 404 })) version: number,
  ): Promise<VersionLinkChecks> {
    return this.linkChecks.forVersion(principal, providerId, contractYearFromPath(contractYear), version);
  }
}

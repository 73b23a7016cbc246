import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@wres/server/core/auth';
import { Permission } from '@wres/shared/contracts';
import type { ProviderReports } from '@wres/shared/contracts';
import { ProviderReportsService } from './provider-reports.service';

@ApiTags('submissions')
@Controller('v1/providers')
export class ProviderReportsController {
  constructor(private readonly reports: ProviderReportsService) {}

  @Get(':providerId/wres-reports')
  @RequirePermission(Permission.SubmissionsRead)
  @ApiOkResponse({
    description:
      'Each contract year’s WRES annual report (SC13.5.2) the caller may see, newest first: whether it ' +
      'applies and why, its due date and status (due, overdue, submitted, submitted late, not required)',
  })
  @ApiNotFoundResponse({ description: 'The provider does not exist or is not visible to the caller' })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) providerId: string,
  ): Promise<ProviderReports> {
    return this.reports.reports(principal, providerId);
  }
}

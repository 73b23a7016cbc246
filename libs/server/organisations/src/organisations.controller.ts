import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@wres/server/core/auth';
import { Permission } from '@wres/shared/contracts';
import type { OrganisationDetail, OrganisationSummary } from '@wres/shared/contracts';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('v1/organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @RequirePermission(Permission.OrganisationsRead)
  @ApiOkResponse({ description: 'Organisations visible to the caller, by name' })
  list(@CurrentPrincipal() principal: Principal): Promise<OrganisationSummary[]> {
    return this.organisations.listVisible(principal);
  }

  @Get('mine')
  @RequirePermission(Permission.OrganisationsRead)
  @ApiOkResponse({ description: "The caller's own organisation and how others relate to it" })
  mine(@CurrentPrincipal() principal: Principal): Promise<OrganisationDetail> {
    return this.organisations.getVisible(principal, principal.organisationId);
  }

  @Get(':id')
  @RequirePermission(Permission.OrganisationsRead)
  @ApiOkResponse({
    description: 'One organisation; 404 when it does not exist or is not visible to the caller',
  })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string,
  ): Promise<OrganisationDetail> {
    return this.organisations.getVisible(principal, id);
  }
}

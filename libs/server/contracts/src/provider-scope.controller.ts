import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@wres/server/core/auth';
import { Permission } from '@wres/shared/contracts';
import type { ProviderScope, ScopeYearOverview } from '@wres/shared/contracts';
import { ContractYearQueryDto, ScopeConfirmationDto } from './contracts.dto';
import { ProviderScopeService } from './provider-scope.service';

@ApiTags('scope')
@Controller('v1')
export class ProviderScopeController {
  constructor(private readonly scope: ProviderScopeService) {}

  @Get('providers/:id/scope')
  @RequirePermission(Permission.ContractsRead)
  @ApiOkResponse({
    description:
      "The provider's obligations for the year with explanations and deadlines, and the history of the decision",
  })
  @ApiNotFoundResponse({ description: 'The provider does not exist or is not visible to the caller' })
  providerScope(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string,
    @Query() query: ContractYearQueryDto,
  ): Promise<ProviderScope> {
    return this.scope.providerScope(principal, id, query.contractYear);
  }

  @Post('providers/:id/scope/confirm')
  @HttpCode(200)
  @RequirePermission(Permission.ContractsManage)
  @ApiOkResponse({ description: "The provider's scope for the year, now confirmed" })
  @ApiForbiddenResponse({ description: 'The caller is not a co-ordinating commissioner for that year' })
  @ApiNotFoundResponse({ description: 'The provider does not exist or is not visible to the caller' })
  confirm(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string,
    @Body() body: ScopeConfirmationDto,
  ): Promise<ProviderScope> {
    return this.scope.confirm(principal, id, body.contractYear);
  }

  @Get('scope/years/:contractYear')
  @RequirePermission(Permission.ContractsRead)
  @ApiParam({
    name: 'contractYear',
    example: '2020-21',
    description: 'Written 2020-21 or, URL-encoded, 2020%2F21',
  })
  @ApiOkResponse({
    description: 'Every visible provider with contracts that year: in scope or exempt, and why',
  })
  @ApiBadRequestResponse({ description: 'Not a contract year' })
  yearOverview(
    @CurrentPrincipal() principal: Principal,
    @Param('contractYear') contractYear: string,
  ): Promise<ScopeYearOverview> {
    // A slash in a path segment needs encoding, so the path also takes "2020-21".
    return this.scope.yearOverview(principal, contractYear.replace(/^(\d{4})-(\d{2})$/, '$1/$2'));
  }
}

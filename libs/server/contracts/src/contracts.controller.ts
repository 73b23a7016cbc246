import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@wres/server/core/auth';
import { Permission } from '@wres/shared/contracts';
import type { Contract, ContractWriteResult } from '@wres/shared/contracts';
import { ContractChangeDto, ContractDto, ContractListQueryDto } from './contracts.dto';
import { ContractsService } from './contracts.service';

@ApiTags('contracts')
@Controller('v1/contracts')
export class ContractsController {
  constructor(private readonly contracts: ContractsService) {}

  @Post()
  @RequirePermission(Permission.ContractsManage)
  @ApiCreatedResponse({
    description:
      "The contract, recorded with its commissioning relationships, and the provider's resulting scope for the year",
  })
  @ApiBadRequestResponse({
    description: 'Every problem by field path, e.g. commissioners[1].expectedIncomePence',
  })
  @ApiForbiddenResponse({ description: 'A commissioner recording a contract its organisation is not on' })
  record(@CurrentPrincipal() principal: Principal, @Body() body: ContractDto): Promise<ContractWriteResult> {
    return this.contracts.record(principal, body);
  }

  @Get()
  @RequirePermission(Permission.ContractsRead)
  @ApiOkResponse({ description: 'Contracts visible to the caller, newest year first' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ContractListQueryDto): Promise<Contract[]> {
    return this.contracts.list(principal, query);
  }

  @Get(':id')
  @RequirePermission(Permission.ContractsRead)
  @ApiOkResponse({ description: 'One contract' })
  @ApiNotFoundResponse({ description: 'It does not exist or is not visible to the caller' })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string,
  ): Promise<Contract> {
    return this.contracts.get(principal, id);
  }

  @Patch(':id')
  @RequirePermission(Permission.ContractsManage)
  @ApiOkResponse({ description: "The changed contract and the provider's scope, re-decided with it" })
  @ApiBadRequestResponse({ description: 'Every problem by field path' })
  @ApiForbiddenResponse({ description: 'A commissioner changing a contract its organisation is not on' })
  @ApiNotFoundResponse({ description: 'It does not exist or is not visible to the caller' })
  change(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string,
    @Body() body: ContractChangeDto,
  ): Promise<ContractWriteResult> {
    return this.contracts.change(principal, id, body);
  }
}

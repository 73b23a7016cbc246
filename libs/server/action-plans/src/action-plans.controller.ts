import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@wres/server/core/auth';
import { contractYearFromPath } from '@wres/server/core/http';
import { Permission } from '@wres/shared/contracts';
import type { ActionPlan, PlanAction, PlanActionList } from '@wres/shared/contracts';
import {
  ActionProgressCreateDto,
  PlanActionCreateDto,
  PlanActionEditDto,
  PlanActionsQueryDto,
} from './action-plans.dto';
import { ActionPlansService } from './action-plans.service';

const PLAN = ':providerId/:contractYear';
const uuid = () => new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('action plans')
@Controller('v1/action-plans')
export class ActionPlansController {
  constructor(private readonly plans: ActionPlansService) {}

  @Get()
  @RequirePermission(Permission.SubmissionsRead)
  @ApiOkResponse({
    description:
      'Actions across every provider the caller may see (a provider: its own), overdue first, then by due date',
  })
  @ApiBadRequestResponse({ description: 'A filter that is not a contract year, provider id or true/false' })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: PlanActionsQueryDto,
  ): Promise<PlanActionList> {
    return this.plans.list(principal, {
      contractYear: query.contractYear ? contractYearFromPath(query.contractYear) : undefined,
      providerId: query.providerId,
      overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
    });
  }

  @Get(PLAN)
  @RequirePermission(Permission.SubmissionsRead)
  @ApiParam({
    name: 'contractYear',
    example: '2024-25',
    description: 'Written 2024-25 or, URL-encoded, 2024%2F25',
  })
  @ApiOkResponse({
    description: 'The provider’s action plan for the year, with each action’s progress updates',
  })
  @ApiNotFoundResponse({ description: 'The provider is not visible to the caller for that year' })
  plan(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', uuid()) providerId: string,
    @Param('contractYear') contractYear: string,
  ): Promise<ActionPlan> {
    return this.plans.plan(principal, providerId, contractYearFromPath(contractYear));
  }

  @Post(`${PLAN}/actions`)
  @RequirePermission(Permission.SubmissionsWrite)
  @ApiCreatedResponse({ description: 'The action, added to the plan' })
  @ApiBadRequestResponse({ description: 'Every problem by field: task, outcome, indicator, owner, due date' })
  @ApiForbiddenResponse({ description: 'The caller can see the plan but is not the provider' })
  @ApiNotFoundResponse({ description: 'The provider is not visible to the caller for that year' })
  @ApiConflictResponse({ description: 'No WRES annual report is due from the provider that year' })
  add(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', uuid()) providerId: string,
    @Param('contractYear') contractYear: string,
    @Body() body: PlanActionCreateDto,
  ): Promise<PlanAction> {
    return this.plans.add(principal, providerId, contractYearFromPath(contractYear), body);
  }

  @Put(`${PLAN}/actions/:actionId`)
  @RequirePermission(Permission.SubmissionsWrite)
  @ApiOkResponse({
    description:
      'The action with its wording and owner changed; status and due date change by progress update',
  })
  @ApiBadRequestResponse({ description: 'Every problem by field' })
  @ApiForbiddenResponse({ description: 'The caller can see the plan but is not the provider' })
  @ApiNotFoundResponse({ description: 'No such action in the provider’s plan for that year' })
  edit(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', uuid()) providerId: string,
    @Param('contractYear') contractYear: string,
    @Param('actionId', uuid()) actionId: string,
    @Body() body: PlanActionEditDto,
  ): Promise<PlanAction> {
    return this.plans.edit(principal, providerId, contractYearFromPath(contractYear), actionId, body);
  }

  @Post(`${PLAN}/actions/:actionId/updates`)
  @RequirePermission(Permission.SubmissionsWrite)
  @ApiCreatedResponse({
    description: 'The action with the progress update added, its status and due date moved',
  })
  @ApiBadRequestResponse({
    description: 'No text, a status that is not one, or a due date that is not a date',
  })
  @ApiForbiddenResponse({ description: 'The caller can see the plan but is not the provider' })
  @ApiNotFoundResponse({ description: 'No such action in the provider’s plan for that year' })
  addProgress(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', uuid()) providerId: string,
    @Param('contractYear') contractYear: string,
    @Param('actionId', uuid()) actionId: string,
    @Body() body: ActionProgressCreateDto,
  ): Promise<PlanAction> {
    return this.plans.addProgress(principal, providerId, contractYearFromPath(contractYear), actionId, body);
  }
}

import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@wres/server/core/auth';
import { contractYearFromPath, validationFailed } from '@wres/server/core/http';
import { Permission } from '@wres/shared/contracts';
import type {
  ChasedProviderSummary,
  ChasingBoard,
  ChasingTimeline,
  ReminderPause,
} from '@wres/shared/contracts';
import { ChasingBoardService } from './chasing-board.service';
import { ChasingTimelineService } from './chasing-timeline.service';
import { ReminderPauseDto } from './reminder-pause.dto';
import { ReminderPausesService } from './reminder-pauses.service';

/** "2015/16" or "2015-16"; a 400 naming contractYear when it is missing or not a year. */
function requiredContractYear(value: string | undefined): string {
  if (!value) throw validationFailed([{ path: 'contractYear', messages: ['contractYear is required'] }]);
  return contractYearFromPath(value);
}

@ApiTags('chasing')
@Controller('v1')
export class ChasingBoardController {
  constructor(
    private readonly boards: ChasingBoardService,
    private readonly timelines: ChasingTimelineService,
    private readonly pauses: ReminderPausesService,
  ) {}

  @Get('chasing/board')
  @RequirePermission(Permission.ChasingSend)
  @ApiQuery({ name: 'contractYear', required: true, example: '2015/16' })
  @ApiOkResponse({
    description:
      'For the in-scope providers whose contracts the caller co-ordinates that year: overdue and due reports and interim reports, and the year’s chasing emails sent today or failed',
  })
  board(
    @CurrentPrincipal() principal: Principal,
    @Query('contractYear') contractYear?: string,
  ): Promise<ChasingBoard> {
    return this.boards.board(principal, requiredContractYear(contractYear));
  }

  @Get('chasing/providers')
  @RequirePermission(Permission.ChasingSend)
  @ApiQuery({ name: 'contractYear', required: true, example: '2015/16' })
  @ApiOkResponse({
    description:
      'The in-scope providers whose contracts the caller co-ordinates that year, with their report status and interim requests',
  })
  providers(
    @CurrentPrincipal() principal: Principal,
    @Query('contractYear') contractYear?: string,
  ): Promise<ChasedProviderSummary[]> {
    return this.boards.providers(principal, requiredContractYear(contractYear));
  }

  @Get('providers/:providerId/chasing-timeline')
  @RequirePermission(Permission.SubmissionsRead)
  @ApiQuery({ name: 'contractYear', required: true, example: '2015/16' })
  @ApiOkResponse({ description: 'Chasing emails to the provider’s users that year, and reminders to come' })
  @ApiNotFoundResponse({ description: 'A provider the caller may not see that year' })
  timeline(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) providerId: string,
    @Query('contractYear') contractYear?: string,
  ): Promise<ChasingTimeline> {
    return this.timelines.timeline(principal, providerId, requiredContractYear(contractYear));
  }

  @Post('providers/:providerId/reminder-pause')
  @RequirePermission(Permission.ChasingSend)
  @ApiCreatedResponse({ description: 'Automatic reminders to the provider stop for the year; audited' })
  @ApiBadRequestResponse({ description: 'Every problem by path: contractYear, reason' })
  @ApiForbiddenResponse({ description: 'The caller does not co-ordinate the provider’s contract that year' })
  @ApiConflictResponse({ description: 'Already paused for the year' })
  pause(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) providerId: string,
    @Body() body: ReminderPauseDto,
  ): Promise<ReminderPause> {
    return this.pauses.pause(principal, providerId, {
      contractYear: contractYearFromPath(body.contractYear),
      reason: body.reason,
    });
  }

  @Delete('providers/:providerId/reminder-pause')
  @RequirePermission(Permission.ChasingSend)
  @ApiQuery({ name: 'contractYear', required: true, example: '2015/16' })
  @ApiOkResponse({ description: 'The pause, ended: reminders resume at the next sweep; audited' })
  @ApiForbiddenResponse({ description: 'The caller does not co-ordinate the provider’s contract that year' })
  @ApiNotFoundResponse({ description: 'Not paused for the year' })
  resume(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) providerId: string,
    @Query('contractYear') contractYear?: string,
  ): Promise<ReminderPause> {
    return this.pauses.resume(principal, providerId, requiredContractYear(contractYear));
  }
}

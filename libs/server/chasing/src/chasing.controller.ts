import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@wres/server/core/auth';
import { contractYearFromPath } from '@wres/server/core/http';
import { Permission } from '@wres/shared/contracts';
import type {
  CommissionerLetterPreview,
  CommissionerLetterSent,
  InterimRequest,
  InterimRequestsCreated,
} from '@wres/shared/contracts';
import { CommissionerLetterDto, InterimRequestAnswerDto, InterimRequestCreateDto } from './chasing.dto';
import { CommissionerLettersService } from './commissioner-letters.service';
import { InterimRequestsService } from './interim-requests.service';

@ApiTags('chasing')
@Controller('v1')
export class ChasingController {
  constructor(
    private readonly interims: InterimRequestsService,
    private readonly letters: CommissionerLettersService,
  ) {}

  @Post('interim-requests')
  @RequirePermission(Permission.ChasingSend)
  @ApiCreatedResponse({
    description: 'One request per provider, each emailed to the provider’s users and audited, in one go',
  })
  @ApiBadRequestResponse({
    description: 'Every problem by path, e.g. providerIds[3] for a provider the caller does not co-ordinate',
  })
  requestInterimReports(
    @CurrentPrincipal() principal: Principal,
    @Body() body: InterimRequestCreateDto,
  ): Promise<InterimRequestsCreated> {
    return this.interims.create(principal, body);
  }

  @Get('interim-requests')
  @RequirePermission(Permission.SubmissionsRead)
  @ApiQuery({ name: 'contractYear', required: false, example: '2015-16' })
  @ApiQuery({ name: 'providerId', required: false })
  @ApiOkResponse({ description: 'Requests the caller may see: a provider its own, commissioners theirs' })
  listInterimRequests(
    @CurrentPrincipal() principal: Principal,
    @Query('contractYear') contractYear?: string,
    @Query('providerId', new ParseUUIDPipe({ optional: true })) providerId?: string,
  ): Promise<InterimRequest[]> {
    return this.interims.list(principal, {
      contractYear: contractYear ? contractYearFromPath(contractYear) : undefined,
      providerId,
    });
  }

  @Post('interim-requests/:id/answer')
  @HttpCode(200)
  @RequirePermission(Permission.SubmissionsWrite)
  @ApiOkResponse({ description: 'The request, answered' })
  @ApiNotFoundResponse({ description: 'Not a request to the caller’s organisation' })
  @ApiConflictResponse({ description: 'Already answered' })
  answerInterimRequest(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string,
    @Body() body: InterimRequestAnswerDto,
  ): Promise<InterimRequest> {
    return this.interims.answer(principal, id, body);
  }

  @Post('commissioner-letters/preview')
  @HttpCode(200)
  @RequirePermission(Permission.ChasingSend)
  @ApiOkResponse({ description: 'The letter as it will read, and who it will go to; nothing is sent' })
  previewLetter(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CommissionerLetterDto,
  ): Promise<CommissionerLetterPreview> {
    return this.letters.preview(principal, body);
  }

  @Post('commissioner-letters/send')
  @HttpCode(200)
  @RequirePermission(Permission.ChasingSend)
  @ApiOkResponse({ description: 'How many letters were queued; anyone already sent this letter is skipped' })
  sendLetter(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CommissionerLetterDto,
  ): Promise<CommissionerLetterSent> {
    return this.letters.send(principal, body);
  }
}

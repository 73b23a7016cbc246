import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@wres/server/core/auth';
import { contractYearFromPath, validationFailed } from '@wres/server/core/http';
import { Permission } from '@wres/shared/contracts';
import type { Submission, SubmissionVersion, SubmissionVersionDiff } from '@wres/shared/contracts';
import { SubmissionsService } from './submissions.service';

const REPORT = ':providerId/:contractYear';
const uuid = () => new ParseUUIDPipe({ errorHttpStatusCode: 404 });
const versionNumber = () => new ParseIntPipe({ errorHttpStatusCode: 404 });

@ApiTags('submissions')
@ApiParam({
  name: 'contractYear',
  example: '2018-19',
  description: 'Written 2018-19 or, URL-encoded, 2018%2F19',
})
@ApiNotFoundResponse({ description: 'The provider’s report does not exist or is not visible to the caller' })
@Controller('v1/submissions')
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Get(REPORT)
  @RequirePermission(Permission.SubmissionsRead)
  @ApiOkResponse({ description: 'Status and submitted versions; the draft only for the provider itself' })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', uuid()) providerId: string,
    @Param('contractYear') contractYear: string,
  ): Promise<Submission> {
    return this.submissions.get(principal, providerId, contractYearFromPath(contractYear));
  }

  @Put(`${REPORT}/draft`)
  @RequirePermission(Permission.SubmissionsWrite)
  @ApiOkResponse({ description: 'The report with the saved draft; a draft may be incomplete' })
  @ApiBadRequestResponse({ description: 'The document or details are not JSON objects' })
  @ApiConflictResponse({ description: 'The WRES annual report does not apply to the provider that year' })
  // A plain object, not a DTO: the global pipe then leaves the deep document whole, and a draft may be partial.
  saveDraft(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', uuid()) providerId: string,
    @Param('contractYear') contractYear: string,
    @Body() body: Record<string, unknown>,
  ): Promise<Submission> {
    return this.submissions.saveDraft(principal, providerId, contractYearFromPath(contractYear), body);
  }

  @Post(`${REPORT}/submit`)
  @HttpCode(200)
  @RequirePermission(Permission.SubmissionsWrite)
  @ApiOkResponse({ description: 'The new immutable version, with the indicators computed from it' })
  @ApiBadRequestResponse({
    description: 'Every problem with the document (document.…) and details (details.…), by path',
  })
  @ApiConflictResponse({
    description: 'The WRES annual report does not apply to the provider that year, or no draft is saved',
  })
  submit(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', uuid()) providerId: string,
    @Param('contractYear') contractYear: string,
  ): Promise<SubmissionVersion> {
    return this.submissions.submit(principal, providerId, contractYearFromPath(contractYear));
  }

  @Get(`${REPORT}/versions/:version`)
  @RequirePermission(Permission.SubmissionsRead)
  @ApiOkResponse({ description: 'One version as submitted: document, details, indicators and warnings' })
  version(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', uuid()) providerId: string,
    @Param('contractYear') contractYear: string,
    @Param('version', versionNumber()) version: number,
  ): Promise<SubmissionVersion> {
    return this.submissions.version(principal, providerId, contractYearFromPath(contractYear), version);
  }

  @Get(`${REPORT}/versions/:version/diff`)
  @RequirePermission(Permission.SubmissionsRead)
  @ApiQuery({
    name: 'against',
    required: false,
    description: 'The earlier version; the one before by default',
  })
  @ApiOkResponse({ description: 'Every changed value, by path, with its value before and after' })
  @ApiBadRequestResponse({ description: '`against` is not a version number' })
  diff(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', uuid()) providerId: string,
    @Param('contractYear') contractYear: string,
    @Param('version', versionNumber()) version: number,
    @Query('against') against?: string,
  ): Promise<SubmissionVersionDiff> {
    const earlier = against === undefined ? version - 1 : Number(against);
    if (!Number.isSafeInteger(earlier) || earlier < 1 || (against !== undefined && !/^\d+$/.test(against)))
      throw validationFailed([{ path: 'against', messages: ['against must be a submitted version number'] }]);
    return this.submissions.diff(principal, providerId, contractYearFromPath(contractYear), version, earlier);
  }
}

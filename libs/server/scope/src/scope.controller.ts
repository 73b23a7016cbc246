import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@wres/server/core/auth';
import { Permission } from '@wres/shared/contracts';
import type { ScopeAssessment } from '@wres/shared/contracts';
import { ScopeAssessmentDto } from './scope-assessment.dto';
import { ScopeService } from './scope.service';

@ApiTags('scope')
@Controller('v1/scope')
export class ScopeController {
  constructor(private readonly scope: ScopeService) {}

  @Post('assess')
  @HttpCode(200)
  @RequirePermission(Permission.ScopeAssess)
  @ApiOkResponse({
    description:
      'Whether the provider is small, and each clause of the year’s rule set with whether it applies and ' +
      'why, citing the figures. Nothing is stored.',
  })
  @ApiBadRequestResponse({
    description:
      'Every problem by field path: unknown contract year or provider kind, amounts not whole pence',
  })
  assess(@Body() body: ScopeAssessmentDto): Promise<ScopeAssessment> {
    return this.scope.assess(body);
  }
}

import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@wres/server/core/auth';
import { contractYearFromPath } from '@wres/server/core/http';
import { Permission } from '@wres/shared/contracts';
import type { ChecklistSettingsForYear } from '@wres/shared/contracts';
import { ChecklistSettingsService } from './checklist-settings.service';
import { ChecklistSettingsDto } from './reviews.dto';

/** A year's assurance checklist settings sit with its other per-year rules, so they share their permissions. */
@ApiTags('reviews')
@ApiParam({
  name: 'contractYear',
  example: '2025-26',
  description: 'Written 2025-26 or, URL-encoded, 2025%2F26',
})
@Controller('v1/checklist-settings')
export class ChecklistSettingsController {
  constructor(private readonly settings: ChecklistSettingsService) {}

  @Get(':contractYear')
  @RequirePermission(Permission.RuleSetsRead)
  @ApiOkResponse({
    description: 'The year’s checklist settings, or the defaults when it has none of its own',
  })
  get(@Param('contractYear') contractYear: string): Promise<ChecklistSettingsForYear> {
    return this.settings.forYear(contractYearFromPath(contractYear));
  }

  @Put(':contractYear')
  @RequirePermission(Permission.RuleSetsManage)
  @ApiOkResponse({ description: 'The year’s own settings, as stored' })
  @ApiBadRequestResponse({ description: 'Every problem with the settings, by path' })
  set(
    @CurrentPrincipal() principal: Principal,
    @Param('contractYear') contractYear: string,
    @Body() body: ChecklistSettingsDto,
  ): Promise<ChecklistSettingsForYear> {
    return this.settings.set(principal, contractYearFromPath(contractYear), body.settings);
  }
}

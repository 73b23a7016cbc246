import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { ApiBodyOptions } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@wres/server/core/auth';
import { Permission, PROVIDER_KINDS } from '@wres/shared/contracts';
import type { RuleSetPreview, RuleSetRecord, RuleSetSaveResult } from '@wres/shared/contracts';
import { RuleSetsService } from './rule-sets.service';

const YEAR_PARAM = {
  name: 'year',
  example: '2019-20',
  description: 'Contract year, written 2019-20 or, URL-encoded, 2019%2F20',
};

/** The edited rule set as sent; checked by the scope domain in one pass so every problem has its path. */
const RULE_SET_BODY: ApiBodyOptions = {
  schema: {
    type: 'object',
    required: ['contractYear', 'smallProviderThresholdPence', 'clauses'],
    properties: {
      contractYear: { type: 'string', example: '2019/20' },
      smallProviderThresholdPence: { type: 'integer', minimum: 0, example: 20_000_000 },
      basis: { type: 'string' },
      clauses: {
        type: 'array',
        items: {
          type: 'object',
          required: ['clause', 'title', 'appliesTo', 'smallProvidersExempt'],
          properties: {
            clause: { type: 'string', example: 'SC13.5.2' },
            title: { type: 'string' },
            appliesTo: { type: 'array', items: { type: 'string', enum: [...PROVIDER_KINDS] } },
            smallProvidersExempt: { type: 'boolean' },
            exclusions: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  kind: { type: 'string', enum: [...PROVIDER_KINDS] },
                  reason: { type: 'string' },
                },
              },
            },
          },
        },
      },
    },
  },
};

/** A slash in a path segment needs encoding, so the path also takes "2019-20". */
function contractYearOf(param: string): string {
  return param.replace(/^(\d{4})-(\d{2})$/, '$1/$2');
}

@ApiTags('rule-sets')
@Controller('v1/rule-sets')
export class RuleSetsController {
  constructor(private readonly ruleSets: RuleSetsService) {}

  @Get()
  @RequirePermission(Permission.RuleSetsRead)
  @ApiOkResponse({ description: "Every contract year's rules, shipped or as an admin saved them" })
  list(): Promise<RuleSetRecord[]> {
    return this.ruleSets.list();
  }

  @Get(':year')
  @RequirePermission(Permission.RuleSetsRead)
  @ApiParam(YEAR_PARAM)
  @ApiOkResponse({ description: "One year's rules and who last saved them" })
  @ApiBadRequestResponse({ description: 'Not a contract year' })
  @ApiNotFoundResponse({ description: 'No rules for that year' })
  get(@Param('year') year: string): Promise<RuleSetRecord> {
    return this.ruleSets.get(contractYearOf(year));
  }

  @Post(':year/preview')
  @HttpCode(200)
  @RequirePermission(Permission.RuleSetsManage)
  @ApiParam(YEAR_PARAM)
  @ApiBody(RULE_SET_BODY)
  @ApiOkResponse({
    description:
      'Every provider with contracts that year whose obligations the edit would change, and how; or the ' +
      'problems with the edit, by path. Nothing is stored.',
  })
  preview(@Param('year') year: string, @Body() body: Record<string, unknown>): Promise<RuleSetPreview> {
    return this.ruleSets.preview(contractYearOf(year), body);
  }

  @Put(':year')
  @RequirePermission(Permission.RuleSetsManage)
  @ApiParam(YEAR_PARAM)
  @ApiBody(RULE_SET_BODY)
  @ApiOkResponse({
    description:
      'The saved rules and the providers whose obligations changed, re-decided in the same transaction',
  })
  @ApiBadRequestResponse({ description: 'Every problem by field path, e.g. clauses[1].appliesTo[0]' })
  @ApiForbiddenResponse({ description: 'Only admins edit rule sets' })
  save(
    @CurrentPrincipal() principal: Principal,
    @Param('year') year: string,
    @Body() body: Record<string, unknown>,
  ): Promise<RuleSetSaveResult> {
    return this.ruleSets.save(principal, contractYearOf(year), body);
  }
}

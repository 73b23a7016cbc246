import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ComputedIndicators } from '@wres/domain/wres';
import { RequirePermission } from '@wres/server/core/auth';
import { Permission } from '@wres/shared/contracts';
import { WRES_DOCUMENT_SCHEMA } from './wres-document.schema';
import { WresCalculator } from './wres-calculator.service';

@ApiTags('wres')
@Controller('v1/wres')
export class WresCalculatorController {
  constructor(private readonly calculator: WresCalculator) {}

  @Post('calculate')
  @HttpCode(200)
  @RequirePermission(Permission.WresCalculate)
  @ApiBody({ schema: WRES_DOCUMENT_SCHEMA })
  @ApiOkResponse({
    description:
      'The nine indicators computed from the counts, unrounded, with relative likelihoods, confidence ' +
      'intervals, significance and small-number flags; figures that cannot be computed say why. Warnings ' +
      'name published figures that cannot be right. Nothing is stored.',
  })
  @ApiBadRequestResponse({ description: 'Every problem with the document, by field path' })
  // A plain object, not a DTO: the global pipe then leaves the deep document whole (no whitelist
  // stripping) and the WRES domain's validator checks it, reporting every problem by path.
  calculate(@Body() document: Record<string, unknown>): ComputedIndicators {
    return this.calculator.calculate(document);
  }
}

import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@wres/server/core/auth';
import { contractYearFromPath } from '@wres/server/core/http';
import { Permission } from '@wres/shared/contracts';
import type { AssuranceChecklist, Review, ReviewAudit, ReviewQueue } from '@wres/shared/contracts';

import { auditFileName, auditToCsv } from './review-audit.csv';
import { ReviewAuditService } from './review-audit.service';
import { ReviewChecklistService } from './review-checklist.service';
import { ReviewQueueService } from './review-queue.service';
import {
  ChecklistAssessmentDto,
  ReviewAuditQueryDto,
  ReviewCommentDto,
  ReviewQueueQueryDto,
  ReviewRecommendationWithChecklistDto,
  ReviewTransitionDto,
} from './reviews.dto';
import { ReviewsService } from './reviews.service';

const REPORT = ':providerId/:contractYear';
const uuid = () => new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('reviews')
@ApiParam({
  name: 'contractYear',
  example: '2018-19',
  description: 'Written 2018-19 or, URL-encoded, 2018%2F19',
})
@ApiNotFoundResponse({ description: 'The provider’s report does not exist or is not visible to the caller' })
@Controller('v1/reviews')
export class ReviewsController {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly checklists: ReviewChecklistService,
    private readonly queues: ReviewQueueService,
    private readonly audits: ReviewAuditService,
  ) {}

  @Get()
  @RequirePermission(Permission.ReviewsComment)
  @ApiOkResponse({
    description:
      'The caller’s review queue: every submitted report it may see, with its state, checklist rating, ' +
      'reviewer and whether its review is overdue; overdue first',
  })
  @ApiBadRequestResponse({
    description:
      'A filter that is not a contract year, state, rating, true/false, or reviewer (me, unassigned or a user id)',
  })
  queue(@CurrentPrincipal() principal: Principal, @Query() query: ReviewQueueQueryDto): Promise<ReviewQueue> {
    return this.queues.queue(principal, {
      contractYear: query.contractYear ? contractYearFromPath(query.contractYear) : undefined,
      state: query.state,
      rag: query.rag,
      overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
      reviewer: query.reviewer,
    });
  }

  @Get(REPORT)
  @RequirePermission(Permission.SubmissionsRead)
  @ApiOkResponse({ description: 'The review’s state (null before the first submission) and its trail' })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', uuid()) providerId: string,
    @Param('contractYear') contractYear: string,
  ): Promise<Review> {
    return this.reviews.get(principal, providerId, contractYearFromPath(contractYear));
  }

  @Post(`${REPORT}/transition`)
  @HttpCode(200)
  @RequirePermission(Permission.ReviewsDecide)
  @ApiOkResponse({ description: 'The review in its new state' })
  @ApiBadRequestResponse({ description: '`to` is not a review state' })
  @ApiForbiddenResponse({ description: 'The caller’s organisation does not co-ordinate the contract' })
  @ApiConflictResponse({ description: 'The report is not submitted, or the process does not allow the move' })
  transition(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', uuid()) providerId: string,
    @Param('contractYear') contractYear: string,
    @Body() body: ReviewTransitionDto,
  ): Promise<Review> {
    const year = contractYearFromPath(contractYear);
    return this.reviews.transition(principal, providerId, year, body.to, body.comment);
  }

  @Post(`${REPORT}/comments`)
  @RequirePermission(Permission.ReviewsComment)
  @ApiCreatedResponse({ description: 'The review with the comment added' })
  @ApiBadRequestResponse({ description: 'No text, or an indicator other than i1 to i9' })
  @ApiConflictResponse({ description: 'The report has not been submitted' })
  comment(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', uuid()) providerId: string,
    @Param('contractYear') contractYear: string,
    @Body() body: ReviewCommentDto,
  ): Promise<Review> {
    const year = contractYearFromPath(contractYear);
    return this.reviews.comment(principal, providerId, year, body.text, body.indicator);
  }

  @Post(`${REPORT}/recommendations`)
  @RequirePermission(Permission.ReviewsRecommend)
  @ApiCreatedResponse({
    description: 'The review with the recommendation added; the decision stays with the CCG',
  })
  @ApiBadRequestResponse({ description: 'No text' })
  @ApiConflictResponse({ description: 'The report has not been submitted' })
  recommend(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', uuid()) providerId: string,
    @Param('contractYear') contractYear: string,
    @Body() body: ReviewRecommendationWithChecklistDto,
  ): Promise<Review> {
    const year = contractYearFromPath(contractYear);
    return this.reviews.recommend(principal, providerId, year, body.text, body.checklist);
  }

  @Get(`${REPORT}/checklist`)
  @RequirePermission(Permission.ReviewsComment)
  @ApiOkResponse({
    description:
      'The assurance checklist of the version under review: automatic items with their rating and reason, ' +
      'the human items as rated, and the overall rating',
  })
  @ApiConflictResponse({ description: 'The report has not been submitted' })
  checklist(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', uuid()) providerId: string,
    @Param('contractYear') contractYear: string,
  ): Promise<AssuranceChecklist> {
    return this.checklists.checklist(principal, providerId, contractYearFromPath(contractYear));
  }

  @Put(`${REPORT}/checklist`)
  @RequirePermission(Permission.ReviewsDecide)
  @ApiOkResponse({ description: 'The checklist with the human items rated' })
  @ApiBadRequestResponse({ description: 'An item that is not a human item, or a rating that is not a RAG' })
  @ApiForbiddenResponse({ description: 'The caller’s organisation does not co-ordinate the contract' })
  @ApiConflictResponse({ description: 'The report has not been submitted, or has been decided' })
  assess(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', uuid()) providerId: string,
    @Param('contractYear') contractYear: string,
    @Body() body: ChecklistAssessmentDto,
  ): Promise<AssuranceChecklist> {
    return this.checklists.assess(principal, providerId, contractYearFromPath(contractYear), body.items);
  }

  @Get(`${REPORT}/audit`)
  @RequirePermission(Permission.SubmissionsRead)
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    description:
      'Every submission, transition, comment, recommendation, checklist rating and reviewer assignment of ' +
      'the report, with who and when, oldest first; as JSON or (format=csv) a CSV download. The provider’s ' +
      'own users see neither the advice to the commissioner nor its assignments.',
  })
  @ApiBadRequestResponse({ description: 'format is not json or csv' })
  async audit(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', uuid()) providerId: string,
    @Param('contractYear') contractYear: string,
    @Query() query: ReviewAuditQueryDto,
  ): Promise<ReviewAudit | StreamableFile> {
    const year = contractYearFromPath(contractYear);
    const { audit, odsCode } = await this.audits.audit(principal, providerId, year);
    if (query.format !== 'csv') return audit;
    const content = auditToCsv(audit);
    return new StreamableFile(content, {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${auditFileName(odsCode, year)}"`,
      length: content.length,
    });
  }
}

import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
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
import type { Review } from '@wres/shared/contracts';

import { ReviewCommentDto, ReviewRecommendationDto, ReviewTransitionDto } from './reviews.dto';
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
  constructor(private readonly reviews: ReviewsService) {}

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
    @Body() body: ReviewRecommendationDto,
  ): Promise<Review> {
    return this.reviews.recommend(principal, providerId, contractYearFromPath(contractYear), body.text);
  }
}

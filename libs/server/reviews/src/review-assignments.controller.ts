import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@wres/server/core/auth';
import { Permission } from '@wres/shared/contracts';
import type { Reviewer, ReviewAssignmentResult } from '@wres/shared/contracts';
import { ReviewAssignmentService } from './review-assignment.service';
import { contractYearOf, ReviewAssignmentDto } from './reviews.dto';

/** Who in the co-ordinating commissioner reviews which reports. */
@ApiTags('reviews')
@Controller('v1/reviews')
export class ReviewAssignmentsController {
  constructor(private readonly assignments: ReviewAssignmentService) {}

  @Get('reviewers')
  @RequirePermission(Permission.ReviewsDecide)
  @ApiOkResponse({
    description:
      'The active commissioner users of the caller’s organisation, by name: who may be given reports',
  })
  @ApiForbiddenResponse({ description: 'The caller is not a commissioner' })
  reviewers(@CurrentPrincipal() principal: Principal): Promise<Reviewer[]> {
    return this.assignments.reviewers(principal);
  }

  @Post('assignments')
  @HttpCode(200)
  @RequirePermission(Permission.ReviewsDecide)
  @ApiOkResponse({
    description:
      'Gives every report to the reviewer (or, reviewerId null, takes them back), all or nothing: each change ' +
      'is a review event with an audit row, and the reviewer gets one email listing the reports (not when ' +
      'assigning themselves). Reports already with that reviewer count as unchanged.',
  })
  @ApiBadRequestResponse({
    description:
      'Every problem by path. The body’s shape (e.g. reports[0].contractYear); and, so that one answer names ' +
      'every report that cannot be assigned, reports[i] for a report that does not exist or is not visible to ' +
      'the caller (worded the same, so nothing is revealed), is not submitted, is not co-ordinated by the ' +
      'caller’s organisation, or has been decided (assured or not assured); and reviewerId for anyone but an ' +
      'active commissioner user of the caller’s organisation. Nothing is changed.',
  })
  @ApiForbiddenResponse({ description: 'The caller is not a commissioner' })
  assign(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ReviewAssignmentDto,
  ): Promise<ReviewAssignmentResult> {
    return this.assignments.assign(
      principal,
      body.reports.map((report) => ({
        providerId: report.providerId,
        contractYear: contractYearOf(report.contractYear),
      })),
      body.reviewerId,
    );
  }
}

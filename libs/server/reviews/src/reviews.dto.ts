import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REVIEW_STATES } from '@wres/shared/contracts';
import type {
  ReviewCommentRequest,
  ReviewRecommendationRequest,
  ReviewState,
  ReviewTransitionRequest,
} from '@wres/shared/contracts';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

const MAX_TEXT = 10_000;
export const REVIEW_INDICATORS = ['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8', 'i9'] as const;

/* The DTOs check the shape; whether the move is allowed from the review's state is the service's to say (409). */

export class ReviewTransitionDto implements ReviewTransitionRequest {
  @ApiProperty({ enum: REVIEW_STATES, example: 'in-review' })
  @IsIn(REVIEW_STATES, { message: `to must be one of ${REVIEW_STATES.join(', ')}` })
  to!: ReviewState;

  @ApiPropertyOptional({ description: 'Why, for the provider and the trail' })
  @IsOptional()
  @IsString({ message: 'comment must be text' })
  @MaxLength(MAX_TEXT, { message: `comment must be at most ${MAX_TEXT} characters` })
  comment?: string;
}

export class ReviewCommentDto implements ReviewCommentRequest {
  @ApiProperty()
  @IsString({ message: 'text must be text' })
  @IsNotEmpty({ message: 'text must not be empty' })
  @MaxLength(MAX_TEXT, { message: `text must be at most ${MAX_TEXT} characters` })
  text!: string;

  @ApiPropertyOptional({ enum: REVIEW_INDICATORS, description: 'The indicator the comment is about' })
  @IsOptional()
  @IsIn(REVIEW_INDICATORS, { message: 'indicator must be one of i1 to i9' })
  indicator?: string;
}

export class ReviewRecommendationDto implements ReviewRecommendationRequest {
  @ApiProperty()
  @IsString({ message: 'text must be text' })
  @IsNotEmpty({ message: 'text must not be empty' })
  @MaxLength(MAX_TEXT, { message: `text must be at most ${MAX_TEXT} characters` })
  text!: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  HUMAN_CHECKLIST_ITEMS,
  RAG_RATINGS,
  REVIEW_QUEUE_RATINGS,
  REVIEW_STATES,
} from '@wres/shared/contracts';
import { isContractYear } from '@wres/domain/scope';
import type {
  ChecklistAssessmentRequest,
  ChecklistRatingRequest,
  HumanChecklistItem,
  RagRating,
  ReviewAssignmentRequest,
  ReviewCommentRequest,
  ReviewQueueRating,
  ReviewRecommendationRequest,
  ReviewState,
  ReviewTransitionRequest,
} from '@wres/shared/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  isUUID,
  MaxLength,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { ValidationOptions } from 'class-validator';

const MAX_TEXT = 10_000;
export const REVIEW_INDICATORS = ['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8', 'i9'] as const;
/** One assignment may hand over a whole queue, but not an unbounded list. */
export const MAX_REPORTS_PER_ASSIGNMENT = 1_000;

/** "2018-19" (as paths write it) or "2018/19" → "2018/19"; anything else is returned as it came. */
export function contractYearOf(value: string): string {
  return value.replace(/^(\d{4})-(\d{2})$/, '$1/$2');
}

/** A contract year written 2018-19 or 2018/19, as `contractYearFromPath` reads it. */
function IsContractYearWritten(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isContractYearWritten',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isContractYear(contractYearOf(value)),
      },
    },
    options,
  );
}

/** The queue's reviewer filter: `me`, `unassigned` or a user id. */
function IsReviewerFilter(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isReviewerFilter',
      validator: {
        validate: (value: unknown) =>
          value === 'me' || value === 'unassigned' || (typeof value === 'string' && isUUID(value)),
      },
    },
    options,
  );
}

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

export class ChecklistRatingDto implements ChecklistRatingRequest {
  @ApiProperty({ enum: HUMAN_CHECKLIST_ITEMS })
  @IsIn(HUMAN_CHECKLIST_ITEMS, { message: `item must be one of ${HUMAN_CHECKLIST_ITEMS.join(', ')}` })
  item!: HumanChecklistItem;

  @ApiProperty({ enum: RAG_RATINGS })
  @IsIn(RAG_RATINGS, { message: `rating must be one of ${RAG_RATINGS.join(', ')}` })
  rating!: RagRating;

  @ApiPropertyOptional({ description: 'Why, in a sentence' })
  @IsOptional()
  @IsString({ message: 'note must be text' })
  @MaxLength(MAX_TEXT, { message: `note must be at most ${MAX_TEXT} characters` })
  note?: string;
}

export class ChecklistAssessmentDto implements ChecklistAssessmentRequest {
  @ApiProperty({
    type: [ChecklistRatingDto],
    description: 'Ratings of the human checklist items, each item at most once',
  })
  @IsArray({ message: 'items must be a list' })
  @ArrayMinSize(1, { message: 'items must rate at least one checklist item' })
  @ArrayUnique((rating: ChecklistRatingDto) => rating?.item, { message: 'items must rate each item once' })
  @ValidateNested({ each: true })
  @Type(() => ChecklistRatingDto)
  items!: ChecklistRatingDto[];
}

export class ReviewRecommendationWithChecklistDto extends ReviewRecommendationDto {
  @ApiPropertyOptional({
    type: [ChecklistRatingDto],
    description: 'Proposed ratings of the human checklist items, for the commissioner to weigh',
  })
  @IsOptional()
  @IsArray({ message: 'checklist must be a list' })
  @ArrayUnique((rating: ChecklistRatingDto) => rating?.item, {
    message: 'checklist must rate each item once',
  })
  @ValidateNested({ each: true })
  @Type(() => ChecklistRatingDto)
  checklist?: ChecklistRatingDto[];
}

export class ReviewQueueQueryDto {
  @ApiPropertyOptional({ example: '2025/26', description: 'Contract year: 2025/26 or 2025-26' })
  @IsOptional()
  @IsString({ message: 'contractYear must be a contract year such as 2025/26' })
  contractYear?: string;

  @ApiPropertyOptional({ enum: REVIEW_STATES })
  @IsOptional()
  @IsIn(REVIEW_STATES, { message: `state must be one of ${REVIEW_STATES.join(', ')}` })
  state?: ReviewState;

  @ApiPropertyOptional({ enum: REVIEW_QUEUE_RATINGS, description: 'The checklist’s overall rating' })
  @IsOptional()
  @IsIn(REVIEW_QUEUE_RATINGS, { message: `rag must be one of ${REVIEW_QUEUE_RATINGS.join(', ')}` })
  rag?: ReviewQueueRating;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Waiting for the commissioner past its due day',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'overdue must be true or false' })
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({
    example: 'me',
    description: 'Whose reports: me (assigned to the caller), unassigned, or a reviewer’s user id',
  })
  @IsOptional()
  @IsReviewerFilter({ message: 'reviewer must be me, unassigned or a user id' })
  reviewer?: string;
}

export class ReviewAssignmentReportDto {
  @ApiProperty({ format: 'uuid', description: 'The provider whose report it is' })
  @IsUUID('all', { message: 'providerId must be a provider id' })
  providerId!: string;

  @ApiProperty({ example: '2018-19', description: 'Contract year: 2018-19 or 2018/19' })
  @IsContractYearWritten({ message: 'contractYear must be a contract year such as 2018-19 or 2018/19' })
  contractYear!: string;
}

export class ReviewAssignmentDto implements ReviewAssignmentRequest {
  @ApiProperty({
    type: [ReviewAssignmentReportDto],
    description: 'The reports to give to the reviewer, each once',
  })
  @IsArray({ message: 'reports must be a list' })
  @ArrayMinSize(1, { message: 'reports must name at least one report' })
  @ArrayMaxSize(MAX_REPORTS_PER_ASSIGNMENT, {
    message: `reports may name at most ${MAX_REPORTS_PER_ASSIGNMENT} reports`,
  })
  @ArrayUnique(
    (report: ReviewAssignmentReportDto) =>
      typeof report?.contractYear === 'string'
        ? `${report.providerId}|${contractYearOf(report.contractYear)}`
        : report,
    { message: 'reports must name each report once' },
  )
  @ValidateNested({ each: true, message: 'each report must be an object with providerId and contractYear' })
  @Type(() => ReviewAssignmentReportDto)
  reports!: ReviewAssignmentReportDto[];

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description:
      'The reviewer: an active commissioner user of the caller’s organisation; null takes the reports back',
  })
  @ValidateIf((body: ReviewAssignmentDto) => body.reviewerId !== null)
  @IsUUID('all', { message: 'reviewerId must be a user id, or null to remove the reviewer' })
  reviewerId!: string | null;
}

export class ReviewAuditQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'json (the default) or a CSV download' })
  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'format must be json or csv' })
  format?: 'json' | 'csv';
}

export class ChecklistSettingsDto {
  @ApiProperty({
    description:
      'The year’s complete settings: selfReportedEthnicity {green, amber}, significantWorsening {redFrom}, ' +
      'boardGapPoints, reviewWithinDays, excludedItems',
  })
  @IsObject({ message: 'settings must be an object' })
  settings!: Record<string, unknown>;
}

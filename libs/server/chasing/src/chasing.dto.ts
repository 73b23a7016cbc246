import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMMISSIONER_LETTERS } from '@wres/shared/contracts';
import type {
  CommissionerLetter,
  CommissionerLetterRequest,
  InterimRequestAnswer,
  InterimRequestCreate,
} from '@wres/shared/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';

const CONTRACT_YEAR = /^\d{4}\/\d{2}$/;
const MAX_TEXT = 5_000;
/** One action may reach every provider a commissioner co-ordinates, but not an unbounded list. */
export const MAX_PROVIDERS_PER_REQUEST = 1_000;

/* The DTOs check the shape; whether the caller co-ordinates each provider, and the dates, are the service's. */

export class InterimRequestCreateDto implements InterimRequestCreate {
  @ApiProperty({ example: '2015/16' })
  @Matches(CONTRACT_YEAR, { message: 'contractYear must be a contract year such as 2015/16' })
  contractYear!: string;

  @ApiProperty({ type: [String], description: 'Providers to ask, each getting its own request' })
  @IsArray({ message: 'providerIds must be a list of provider ids' })
  @ArrayMinSize(1, { message: 'providerIds must name at least one provider' })
  @ArrayMaxSize(MAX_PROVIDERS_PER_REQUEST, {
    message: `providerIds may name at most ${MAX_PROVIDERS_PER_REQUEST} providers`,
  })
  @ArrayUnique({ message: 'providerIds must not name a provider twice' })
  @IsUUID('all', { each: true, message: 'each of providerIds must be a provider id' })
  providerIds!: string[];

  @ApiProperty({ example: '2015-11-30', description: 'ISO date, today or later' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueDate must be a date written YYYY-MM-DD' })
  dueDate!: string;

  @ApiProperty({ example: 'Please tell us how your actions on shortlisting are progressing.' })
  @IsString({ message: 'message must be text' })
  @IsNotEmpty({ message: 'message must not be empty' })
  @MaxLength(MAX_TEXT, { message: `message must be at most ${MAX_TEXT} characters` })
  message!: string;
}

export class InterimRequestAnswerDto implements InterimRequestAnswer {
  @ApiProperty({ description: 'Progress on the action plan since the last report' })
  @IsString({ message: 'progress must be text' })
  @IsNotEmpty({ message: 'progress must not be empty' })
  @MaxLength(MAX_TEXT, { message: `progress must be at most ${MAX_TEXT} characters` })
  progress!: string;

  @ApiPropertyOptional({ description: 'Any figures updated since the last report' })
  @IsOptional()
  @IsString({ message: 'updatedFigures must be text' })
  @MaxLength(MAX_TEXT, { message: `updatedFigures must be at most ${MAX_TEXT} characters` })
  updatedFigures?: string;
}

export class CommissionerLetterDto implements CommissionerLetterRequest {
  @ApiProperty({ example: '2015/16' })
  @Matches(CONTRACT_YEAR, { message: 'contractYear must be a contract year such as 2015/16' })
  contractYear!: string;

  @ApiProperty({ enum: COMMISSIONER_LETTERS })
  @IsIn(COMMISSIONER_LETTERS, { message: `letter must be one of ${COMMISSIONER_LETTERS.join(', ')}` })
  letter!: CommissionerLetter;
}

import { ApiProperty } from '@nestjs/swagger';
import type { ReminderPauseRequest } from '@wres/shared/contracts';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

const MAX_REASON = 2_000;

export class ReminderPauseDto implements ReminderPauseRequest {
  @ApiProperty({ example: '2025/26' })
  @Matches(/^\d{4}\/\d{2}$/, { message: 'contractYear must be a contract year such as 2015/16' })
  contractYear!: string;

  @ApiProperty({ example: 'The trust is in special measures; we agreed a later date by letter.' })
  @IsString({ message: 'reason must be text' })
  @IsNotEmpty({ message: 'reason must not be empty' })
  @MaxLength(MAX_REASON, { message: `reason must be at most ${MAX_REASON} characters` })
  reason!: string;
}

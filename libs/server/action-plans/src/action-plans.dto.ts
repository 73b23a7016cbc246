import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTION_INDICATORS, ACTION_STATUSES } from '@wres/shared/contracts';
import type {
  ActionIndicator,
  ActionProgressCreate,
  ActionStatus,
  PlanActionCreate,
  PlanActionEdit,
} from '@wres/shared/contracts';
import { Allow, IsIn, IsOptional, IsString, IsUUID } from 'class-validator';

/*
 * The fields are only declared here (so unknown ones are refused); every rule about their values is the
 * domain's (`planActionProblems`, `progressUpdateProblems`), which the web app applies too, and the service
 * reports all of its problems in one 400.
 */

export class PlanActionEditDto implements PlanActionEdit {
  @ApiProperty({ example: 'Record non-mandatory training and CPD in ESR' })
  @Allow()
  task!: string;

  @ApiPropertyOptional({ example: 'Indicator 4 measured from ESR from next year' })
  @Allow()
  outcome?: string;

  @ApiPropertyOptional({ enum: ACTION_INDICATORS, description: 'Left out for the plan as a whole' })
  @Allow()
  indicator?: ActionIndicator;

  @ApiProperty({ example: 'Head of Learning and Development' })
  @Allow()
  ownerName!: string;

  @ApiProperty({ example: 'learning.lead@example.nhs.uk', description: 'Where the owner’s reminders go' })
  @Allow()
  ownerEmail!: string;
}

export class PlanActionCreateDto extends PlanActionEditDto implements PlanActionCreate {
  @ApiProperty({ example: '2022-03-31', description: 'ISO date' })
  @Allow()
  dueDate!: string;
}

export class ActionProgressCreateDto implements ActionProgressCreate {
  @ApiProperty({ example: 'Update September 2021: further discussion needed with the ESR team.' })
  @Allow()
  text!: string;

  @ApiPropertyOptional({ enum: ACTION_STATUSES, description: 'The status the action moves to' })
  @Allow()
  status?: ActionStatus;

  @ApiPropertyOptional({ example: '2022-03-31', description: 'A revised due date (ISO date)' })
  @Allow()
  dueDate?: string;
}

export class PlanActionsQueryDto {
  @ApiPropertyOptional({ example: '2024-25', description: 'Contract year: 2024/25 or 2024-25' })
  @IsOptional()
  @IsString({ message: 'contractYear must be a contract year such as 2024/25' })
  contractYear?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'providerId must be a provider id' })
  providerId?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Only actions past their due date, not complete',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'overdue must be true or false' })
  overdue?: 'true' | 'false';
}

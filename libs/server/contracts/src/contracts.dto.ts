import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONTRACT_FORMS } from '@wres/shared/contracts';
import type {
  ContractChangeRequest,
  ContractCommissionerRequest,
  ContractForm,
  ContractRequest,
} from '@wres/shared/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { MAX_COMMISSIONERS_PER_CONTRACT } from './contract.problems';

/*
 * The DTOs check only that each field is there with the right JSON type. Whether the year has rules,
 * amounts are whole non-negative pence, one commissioner co-ordinates and the organisations are of the right
 * kind is checked in one pass by the service, so a single answer lists all of those problems by path.
 */

export class ContractCommissionerDto implements ContractCommissionerRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'commissionerId must be an organisation id' })
  commissionerId!: string;

  @ApiProperty({ description: 'Exactly one commissioner on a contract co-ordinates' })
  @IsBoolean({ message: 'coordinating must be true or false' })
  coordinating!: boolean;

  @ApiProperty({ type: 'integer', minimum: 0, example: 15_000_000, description: 'In pence' })
  @IsNumber(
    { allowNaN: false, allowInfinity: false },
    { message: 'expectedIncomePence must be a number of pence' },
  )
  expectedIncomePence!: number;
}

const commissionersProperty = {
  type: ContractCommissionerDto,
  isArray: true,
  description: 'Every commissioner on the contract with the income expected from it for the year',
};

export class ContractDto implements ContractRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'providerId must be an organisation id' })
  providerId!: string;

  @ApiProperty({ example: '2020/21', description: 'Contract year, April to March' })
  @IsString({ message: 'Enter the contract year, like 2015/16' })
  contractYear!: string;

  @ApiProperty({ enum: CONTRACT_FORMS })
  @IsIn(CONTRACT_FORMS, { message: `Choose the form of contract: ${CONTRACT_FORMS.join(', ')}` })
  form!: ContractForm;

  @ApiProperty(commissionersProperty)
  @IsArray({ message: 'List the commissioners on the contract' })
  @ArrayMaxSize(MAX_COMMISSIONERS_PER_CONTRACT)
  @ValidateNested({ each: true })
  @Type(() => ContractCommissionerDto)
  commissioners!: ContractCommissionerDto[];
}

export class ContractChangeDto implements ContractChangeRequest {
  @ApiPropertyOptional({ enum: CONTRACT_FORMS })
  @IsOptional()
  @IsIn(CONTRACT_FORMS, { message: `Choose the form of contract: ${CONTRACT_FORMS.join(', ')}` })
  form?: ContractForm;

  @ApiPropertyOptional({ ...commissionersProperty, description: 'Replaces the whole list when given' })
  @IsOptional()
  @IsArray({ message: 'List the commissioners on the contract' })
  @ArrayMaxSize(MAX_COMMISSIONERS_PER_CONTRACT)
  @ValidateNested({ each: true })
  @Type(() => ContractCommissionerDto)
  commissioners?: ContractCommissionerDto[];
}

export class ContractListQueryDto {
  @ApiPropertyOptional({ example: '2020/21' })
  @IsOptional()
  @IsString()
  contractYear?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'providerId must be an organisation id' })
  providerId?: string;
}

export class ContractYearQueryDto {
  @ApiProperty({ example: '2020/21' })
  @IsString({ message: 'Give the contract year, like 2015/16' })
  contractYear!: string;
}

export class ScopeConfirmationDto {
  @ApiProperty({ example: '2020/21' })
  @IsString({ message: 'Enter the contract year, like 2015/16' })
  contractYear!: string;
}

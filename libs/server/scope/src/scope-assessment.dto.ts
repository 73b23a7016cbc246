import { ApiProperty } from '@nestjs/swagger';
import { PROVIDER_KINDS } from '@wres/shared/contracts';
import type { ProviderKind, ScopeAssessmentRequest } from '@wres/shared/contracts';
import { ArrayMaxSize, IsArray, IsString } from 'class-validator';

/**
 * Checks only that each field is there with the right JSON type. Whether the year has rules, the kind is
 * known and each amount is whole, non-negative pence is the scope domain's call, made in one pass so a
 * single answer lists all of those problems by path (`incomesPence[1]`), which class-validator cannot.
 */
export class ScopeAssessmentDto implements ScopeAssessmentRequest {
  @ApiProperty({ example: '2015/16', description: 'Contract year, April to March' })
  @IsString({ message: 'Enter the contract year, like 2015/16' })
  contractYear!: string;

  @ApiProperty({ enum: PROVIDER_KINDS, example: 'nhs-trust' })
  @IsString({ message: `Choose the kind of provider: ${PROVIDER_KINDS.join(', ')}` })
  providerKind!: ProviderKind;

  @ApiProperty({
    type: 'integer',
    isArray: true,
    minimum: 0,
    example: [15_000_000, 6_000_000],
    description:
      'Expected income for the contract year from each NHS commissioner under NHS Standard Contract based ' +
      'contracts, in pence: one entry per commissioner',
  })
  @IsArray({ message: 'Give the expected income from each NHS commissioner as a list of amounts in pence' })
  // Far more than any provider's commissioners; keeps a request from being arbitrarily large.
  @ArrayMaxSize(1000, { message: 'Give no more than 1,000 amounts' })
  incomesPence!: number[];
}

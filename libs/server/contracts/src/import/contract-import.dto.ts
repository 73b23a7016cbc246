import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

/** The text fields of the upload form beside the file. */
export class ContractImportFormDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "Admins only: the CCG or ICB whose lines these are. A commissioner's lines are always its own organisation's.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'commissionerId must be an organisation id' })
  commissionerId?: string;
}

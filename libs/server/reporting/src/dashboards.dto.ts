import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DASHBOARD_EXPORT_FORMATS } from '@wres/shared/contracts';
import type { DashboardExportFormat } from '@wres/shared/contracts';
import { IsIn, IsOptional, IsString, IsUUID } from 'class-validator';

const CONTRACT_YEAR = {
  example: '2024/25',
  description: 'Contract year, April to March: 2024/25 or 2024-25',
};

export class CsuDashboardQueryDto {
  @ApiProperty(CONTRACT_YEAR)
  @IsString({ message: 'Give the contract year, like 2024/25' })
  contractYear!: string;
}

export class CommissionerDashboardQueryDto extends CsuDashboardQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The CCG or ICB; a commissioner may leave it out for its own. CSU analysts and admins name one they support or any.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'commissionerId must be an organisation id' })
  commissionerId?: string;
}

const FORMAT = {
  enum: DASHBOARD_EXPORT_FORMATS,
  description:
    'csv (one table), xlsx (one sheet per table, and an About sheet) or json (the published tables)',
};
const TABLE = {
  description:
    'The table to export (see the dashboard’s exportTables); every table when left out (csv needs one)',
};

export class CsuExportQueryDto extends CsuDashboardQueryDto {
  @ApiProperty(FORMAT)
  @IsIn(DASHBOARD_EXPORT_FORMATS, { message: `Choose a format: ${DASHBOARD_EXPORT_FORMATS.join(', ')}` })
  format!: DashboardExportFormat;

  @ApiPropertyOptional(TABLE)
  @IsOptional()
  @IsString({ message: 'table must be a table name' })
  table?: string;
}

export class CommissionerExportQueryDto extends CommissionerDashboardQueryDto {
  @ApiProperty(FORMAT)
  @IsIn(DASHBOARD_EXPORT_FORMATS, { message: `Choose a format: ${DASHBOARD_EXPORT_FORMATS.join(', ')}` })
  format!: DashboardExportFormat;

  @ApiPropertyOptional(TABLE)
  @IsOptional()
  @IsString({ message: 'table must be a table name' })
  table?: string;
}

export class TrendsQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'One provider’s own figures, year by year' })
  @IsOptional()
  @IsUUID('all', { message: 'providerId must be an organisation id' })
  providerId?: string;

  @ApiPropertyOptional({
    enum: ['portfolio', 'region'],
    description:
      'portfolio: one commissioner’s providers pooled; region: every commissioner in the caller’s remit',
  })
  @IsOptional()
  @IsIn(['portfolio', 'region'], { message: 'scope must be portfolio or region' })
  scope?: 'portfolio' | 'region';

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'For scope=portfolio: the CCG or ICB (a commissioner may leave it out for its own)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'commissionerId must be an organisation id' })
  commissionerId?: string;
}

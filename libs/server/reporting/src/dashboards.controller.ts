import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@wres/server/core/auth';
import { Permission } from '@wres/shared/contracts';
import type {
  CommissionerDashboard,
  CsuDashboard,
  DashboardExport,
  DashboardTrends,
} from '@wres/shared/contracts';
import { CommissionerDashboardService } from './commissioner-dashboard.service';
import { CsuDashboardService } from './csu-dashboard.service';
import {
  CSV_CONTENT_TYPE,
  DashboardExportService,
  ExportFile,
  XLSX_CONTENT_TYPE,
} from './dashboard-export.service';
import {
  CommissionerDashboardQueryDto,
  CommissionerExportQueryDto,
  CsuDashboardQueryDto,
  CsuExportQueryDto,
  TrendsQueryDto,
} from './dashboards.dto';
import { contractYearFromQuery } from './reporting-calendar';
import { TrendsService } from './trends.service';

function asResponse(result: ExportFile | DashboardExport): StreamableFile | DashboardExport {
  if (!('kind' in result)) return result;
  return new StreamableFile(result.content, {
    type: result.contentType,
    disposition: `attachment; filename="${result.fileName}"`,
    length: result.content.length,
  });
}

@ApiTags('dashboards')
@ApiForbiddenResponse({ description: 'Provider users: dashboards are for commissioners, CSUs and admins' })
@Controller('v1/dashboards')
export class DashboardsController {
  constructor(
    private readonly commissioner: CommissionerDashboardService,
    private readonly csu: CsuDashboardService,
    private readonly trendsService: TrendsService,
    private readonly exports: DashboardExportService,
  ) {}

  @Get('commissioner')
  @RequirePermission(Permission.DashboardsRead)
  @ApiOkResponse({
    description:
      'One commissioner’s year (with its predecessor or successor): providers in scope, exempt, presumed and ' +
      'confirmed; reports due, overdue, submitted on time or late, and where each is in assurance; a row per ' +
      'provider with its status and headline indicators, unsuppressed (the commissioner’s own screen)',
  })
  @ApiBadRequestResponse({ description: 'Not a contract year; or a CSU or admin named no commissioner' })
  @ApiNotFoundResponse({ description: 'The commissioner is not in the caller’s remit' })
  commissionerDashboard(
    @CurrentPrincipal() principal: Principal,
    @Query() query: CommissionerDashboardQueryDto,
  ): Promise<CommissionerDashboard> {
    return this.commissioner.dashboard(
      principal,
      contractYearFromQuery(query.contractYear),
      query.commissionerId,
    );
  }

  @Get('csu')
  @RequirePermission(Permission.DashboardsRead)
  @ApiOkResponse({
    description:
      'Across the commissioners in the caller’s remit (a CSU’s supported CCGs and ICBs; a commissioner’s own): ' +
      'reporting rate and timeliness by commissioner, each indicator’s spread across providers, and pooled ' +
      'figures (counts summed before ratios), the pooled tables suppressed',
  })
  @ApiBadRequestResponse({ description: 'Not a contract year' })
  csuDashboard(
    @CurrentPrincipal() principal: Principal,
    @Query() query: CsuDashboardQueryDto,
  ): Promise<CsuDashboard> {
    return this.csu.dashboard(principal, contractYearFromQuery(query.contractYear));
  }

  @Get('trends')
  @RequirePermission(Permission.DashboardsRead)
  @ApiOkResponse({
    description:
      'Every indicator across contract years: one provider’s own (providerId), a commissioner’s providers ' +
      'pooled (scope=portfolio) or the caller’s whole remit pooled (scope=region); pooled trends suppressed',
  })
  @ApiBadRequestResponse({ description: 'Neither or both of providerId and scope' })
  @ApiNotFoundResponse({ description: 'The provider or commissioner is not visible to the caller' })
  trends(@CurrentPrincipal() principal: Principal, @Query() query: TrendsQueryDto): Promise<DashboardTrends> {
    return this.trendsService.trends(principal, query);
  }

  @Get('commissioner/export')
  @RequirePermission(Permission.DashboardsRead)
  @Header('Cache-Control', 'no-store')
  @ApiProduces(CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE, 'application/json')
  @ApiOkResponse({
    description:
      'The commissioner dashboard’s tables (scope, reports, assurance, providers), always suppressed: CSV (one ' +
      'table), XLSX (a sheet per table) or JSON (the published tables)',
  })
  @ApiBadRequestResponse({
    description: 'Not a contract year, an unknown format or table, or CSV without a table',
  })
  @ApiNotFoundResponse({ description: 'The commissioner is not in the caller’s remit' })
  async commissionerExport(
    @CurrentPrincipal() principal: Principal,
    @Query() query: CommissionerExportQueryDto,
  ): Promise<StreamableFile | DashboardExport> {
    const contractYear = contractYearFromQuery(query.contractYear);
    return asResponse(await this.exports.export(principal, 'commissioner', { ...query, contractYear }));
  }

  @Get('csu/export')
  @RequirePermission(Permission.DashboardsRead)
  @Header('Cache-Control', 'no-store')
  @ApiProduces(CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE, 'application/json')
  @ApiOkResponse({
    description:
      'The CSU dashboard’s tables (reporting, providers, distribution, pooled-i1 to pooled-i9e), always ' +
      'suppressed: CSV (one table), XLSX (a sheet per table) or JSON (the published tables)',
  })
  @ApiBadRequestResponse({
    description: 'Not a contract year, an unknown format or table, or CSV without a table',
  })
  async csuExport(
    @CurrentPrincipal() principal: Principal,
    @Query() query: CsuExportQueryDto,
  ): Promise<StreamableFile | DashboardExport> {
    const contractYear = contractYearFromQuery(query.contractYear);
    return asResponse(await this.exports.export(principal, 'csu', { ...query, contractYear }));
  }
}

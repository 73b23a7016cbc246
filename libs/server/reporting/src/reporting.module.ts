import { Module } from '@nestjs/common';
import { ScopeModule } from '@wres/server/scope';
import { CommissionerDashboardService } from './commissioner-dashboard.service';
import { CsuDashboardService } from './csu-dashboard.service';
import { DashboardExportService } from './dashboard-export.service';
import { DashboardRemitService } from './dashboard-remit.service';
import { DashboardsController } from './dashboards.controller';
import { TrendsService } from './trends.service';

/** Commissioner and CSU dashboards, trends and their suppressed exports. */
@Module({
  imports: [ScopeModule],
  controllers: [DashboardsController],
  providers: [
    DashboardRemitService,
    CommissionerDashboardService,
    CsuDashboardService,
    TrendsService,
    DashboardExportService,
  ],
})
export class ReportingModule {}

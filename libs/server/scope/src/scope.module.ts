import { Module } from '@nestjs/common';
import { ReportingCycleCatalogue, ShippedReportingCycleCatalogue } from './reporting-cycle.catalogue';
import { RuleSetCatalogue, ShippedRuleSetCatalogue } from './rule-set.catalogue';
import { ScopeController } from './scope.controller';
import { ScopeService } from './scope.service';

@Module({
  controllers: [ScopeController],
  providers: [
    ScopeService,
    { provide: RuleSetCatalogue, useClass: ShippedRuleSetCatalogue },
    { provide: ReportingCycleCatalogue, useClass: ShippedReportingCycleCatalogue },
  ],
  exports: [RuleSetCatalogue, ReportingCycleCatalogue, ScopeService],
})
export class ScopeModule {}

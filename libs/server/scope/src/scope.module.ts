import { Module } from '@nestjs/common';
import { DatabaseRuleSetCatalogue } from './database-rule-set.catalogue';
import { ReportingCycleCatalogue, ShippedReportingCycleCatalogue } from './reporting-cycle.catalogue';
import { RuleSetCatalogue } from './rule-set.catalogue';
import { ScopeController } from './scope.controller';
import { ScopeService } from './scope.service';

@Module({
  controllers: [ScopeController],
  providers: [
    ScopeService,
    DatabaseRuleSetCatalogue,
    // One instance behind both tokens, so the rule-set admin's transaction reaches every reader.
    { provide: RuleSetCatalogue, useExisting: DatabaseRuleSetCatalogue },
    { provide: ReportingCycleCatalogue, useClass: ShippedReportingCycleCatalogue },
  ],
  exports: [RuleSetCatalogue, DatabaseRuleSetCatalogue, ReportingCycleCatalogue, ScopeService],
})
export class ScopeModule {}

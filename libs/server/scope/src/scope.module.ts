import { Module } from '@nestjs/common';
import { RuleSetCatalogue, ShippedRuleSetCatalogue } from './rule-set.catalogue';
import { ScopeController } from './scope.controller';
import { ScopeService } from './scope.service';

@Module({
  controllers: [ScopeController],
  providers: [ScopeService, { provide: RuleSetCatalogue, useClass: ShippedRuleSetCatalogue }],
  exports: [RuleSetCatalogue, ScopeService],
})
export class ScopeModule {}

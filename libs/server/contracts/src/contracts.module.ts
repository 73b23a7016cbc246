import { Module } from '@nestjs/common';
import { ScopeModule } from '@wres/server/scope';
import { ContractsController } from './contracts.controller';
import { ContractsService } from './contracts.service';
import { ContractImportController } from './import/contract-import.controller';
import { ContractImportService } from './import/contract-import.service';
import { ProviderScopeController } from './provider-scope.controller';
import { ProviderScopeService } from './provider-scope.service';
import { ScopeRecalculation } from './scope-recalculation';

@Module({
  imports: [ScopeModule],
  controllers: [ContractImportController, ContractsController, ProviderScopeController],
  providers: [ContractsService, ContractImportService, ProviderScopeService, ScopeRecalculation],
  exports: [ScopeRecalculation],
})
export class ContractsModule {}

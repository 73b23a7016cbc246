import { Module } from '@nestjs/common';
import { ContractsModule } from '@wres/server/contracts';
import { ScopeModule } from '@wres/server/scope';
import { RuleSetsController } from './rule-sets.controller';
import { RuleSetsService } from './rule-sets.service';

/**
 * The rule-set admin. Apart from the scope lib, which owns the catalogue, because saving rules re-decides
 * providers' obligations through the contracts lib, and the contracts lib already depends on scope.
 */
@Module({
  imports: [ScopeModule, ContractsModule],
  controllers: [RuleSetsController],
  providers: [RuleSetsService],
})
export class RuleSetsModule {}

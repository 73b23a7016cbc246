export * from './contract-visibility';
export * from './contract.problems';
export * from './contracts.module';
export * from './contracts.service';
export * from './import';
export * from './provider-scope.service';
export * from './scope-recalculation';
export * from './scope-record';

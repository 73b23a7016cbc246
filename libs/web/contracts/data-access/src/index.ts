export * from './lib/contract-import.api';
export * from './lib/contract-labels';
export * from './lib/contract-years';
export * from './lib/contracts.api';
export * from './lib/money';
export * from './lib/provider-scope.api';

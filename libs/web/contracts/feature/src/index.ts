export * from './lib/contract-form.page';
export * from './lib/contracts.routes';
export * from './lib/provider.page';
export * from './lib/providers-list.page';
export * from './lib/scope-year.page';
export * from './lib/year-picker.component';

export * from './lib/rule-set-year.page';
export * from './lib/rule-sets-list.page';
export * from './lib/rule-sets.routes';

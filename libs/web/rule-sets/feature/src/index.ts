export * from './lib/checklist-settings-list.page';
export * from './lib/checklist-settings-year.page';
export * from './lib/checklist-settings.routes';
export * from './lib/rule-set-year.page';
export * from './lib/rule-sets-list.page';
export * from './lib/rule-sets.routes';

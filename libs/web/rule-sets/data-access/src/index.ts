export * from './lib/checklist-settings.api';
export * from './lib/rule-sets.api';

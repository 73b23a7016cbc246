export * from './lib/checklist-settings';
export * from './lib/checklist.rules';
export * from './lib/review-timeliness';
export * from './lib/action-plan.rules';

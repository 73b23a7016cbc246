export * from './lib/action-plan-summary.component';
export * from './lib/action-plans.routes';

export * from './lib/action-plans.api';

export * from './action-plans.module';

export * from './reminder-policy';

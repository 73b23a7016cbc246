export * from './lib/rule-sets.api';

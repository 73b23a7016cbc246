export * from './rule-sets.module';
export * from './rule-sets.service';

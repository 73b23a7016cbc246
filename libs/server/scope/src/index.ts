export * from './database-rule-set.catalogue';
export * from './reporting-cycle.catalogue';
export * from './rule-set.catalogue';
export * from './rule-set.problems';
export * from './scope.module';
export * from './scope.problems';
export * from './scope.service';
export * from './annual-report-deadline';

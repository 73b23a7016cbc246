export * from './rule-set.catalogue';
export * from './scope.module';
export * from './scope.service';

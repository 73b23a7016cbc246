export * from './organisation-visibility';
export * from './organisations.module';
export * from './organisations.service';

export * from './accounts.module';
export * from './accounts.service';

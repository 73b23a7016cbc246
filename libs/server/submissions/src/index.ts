export * from './json-diff';
export * from './submissions.module';
export * from './submissions.service';

export * from './json-diff';
export * from './submission-details.problems';
export * from './submission-visibility';
export * from './submissions.module';
export * from './submissions.service';

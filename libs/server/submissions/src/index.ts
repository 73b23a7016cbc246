export * from './json-diff';
export * from './submission-details.problems';
export * from './submissions.module';
export * from './submissions.service';

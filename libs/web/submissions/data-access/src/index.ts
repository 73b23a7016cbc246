export * from './lib/submissions.api';

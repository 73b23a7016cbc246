export * from './lib/previous-year-report';
export * from './lib/report-version.model';
export * from './lib/submissions.routes';

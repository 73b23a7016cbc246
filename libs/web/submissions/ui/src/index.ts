export * from './lib/report-view.component';

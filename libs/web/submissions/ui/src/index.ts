export * from './lib/report-view.component';
export * from './lib/table-scroll.component';

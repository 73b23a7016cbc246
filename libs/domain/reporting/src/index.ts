export * from './lib/report-table.model';
export * from './lib/table-publication.policy';
export * from './lib/indicator-descriptions';
export * from './lib/pooling';
export * from './lib/distribution';
export * from './lib/reporting-rate';
export * from './lib/provider-figures';
export * from './lib/pooled-tables';

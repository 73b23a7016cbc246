export * from './lib/dashboards.api';

export * from './lib/dashboards.routes';

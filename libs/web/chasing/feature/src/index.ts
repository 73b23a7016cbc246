export * from './lib/chasing.routes';

export * from './lib/chasing.api';

export * from './lib/chasing.api';
export * from './lib/chasing-notice.store';

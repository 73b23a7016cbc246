export * from './contract-year-path';
export * from './database-unavailable';
export * from './http-app';
export * from './logging';
export * from './validation';

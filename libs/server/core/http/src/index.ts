export * from './contract-year-path';
export * from './http-app';
export * from './logging';
export * from './validation';

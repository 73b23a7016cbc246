export * from './http-app';
export * from './logging';
export * from './validation';

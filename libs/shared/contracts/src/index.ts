export * from './auth';
export * from './contracts';
export * from './errors';
export * from './organisations';
export * from './permissions';
export * from './roles';
export * from './scope';

export * from './auth.module';
export * from './password-hasher';
export * from './permission.decorator';
export * from './permissions.guard';
export * from './principal';
export * from './route-permissions';
export * from './session';

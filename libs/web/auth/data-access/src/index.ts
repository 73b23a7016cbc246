export * from './lib/auth.api';
export * from './lib/auth.guards';
export * from './lib/session-expired.interceptor';
export * from './lib/session.store';

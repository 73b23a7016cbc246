export * from './job-handlers';
export * from './jobs';
export * from './queue.module';
export * from './redis-connection';

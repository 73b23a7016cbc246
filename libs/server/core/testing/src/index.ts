export * from './eventually';
export * from './session-agent';
export * from './smtp-sink';
export * from './test-config';
export * from './worker-process';

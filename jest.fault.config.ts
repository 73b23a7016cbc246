// Fault tests: `test/fault/*.fault-spec.ts`. Each starts PostgreSQL, Redis and an SMTP server of its own
// (never the shared ones), runs the built api and worker against them, and breaks them on purpose.
// One file at a time; minutes-long waits for recovery are part of the test.
const preset = require('./jest.preset.cjs');

export default {
  ...preset,
  displayName: 'fault',
  testMatch: ['<rootDir>/test/fault/**/*.fault-spec.ts'],
  globalSetup: '<rootDir>/test/fault/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/fault/support/global-teardown.ts',
  testTimeout: 240_000,
  maxWorkers: 1,
};

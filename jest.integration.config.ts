// Integration tests: `*.integration-spec.ts`, on the real PostgreSQL, Redis and an in-process SMTP server.
// Global setup creates one fresh database for the run and drops it afterwards; tests run one at a time.
const preset = require('./jest.preset.cjs');

export default {
  ...preset,
  displayName: 'integration',
  testMatch: ['<rootDir>/{libs,apps,tools,test}/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
};

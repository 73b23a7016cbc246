import { AppConfig, loadAppConfig } from '@wres/server/core/config';

/**
 * The day the integration run's demo is seeded as of: 3 April 2016, before any annual report was sent, so
 * tests that submit, review and chase reports start from a blank slate. The demo's later history is tested
 * on a database of its own.
 */
export const TEST_SEED_NOW = new Date('2016-04-03T09:00:00Z');

/** The run's database and queue namespace, set by the integration suite's global setup. */
export function testEnvironment(): { databaseUrl: string; queuePrefix: string } {
  const databaseUrl = process.env['TEST_DATABASE_URL'];
  const queuePrefix = process.env['TEST_QUEUE_PREFIX'];
  if (!databaseUrl || !queuePrefix) {
    throw new Error('TEST_DATABASE_URL is not set: run integration tests through jest.integration.config.ts');
  }
  return { databaseUrl, queuePrefix };
}

/** AppConfig for a test: the run's own database and queue prefix, quiet logs, plus any overrides. */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  const { databaseUrl, queuePrefix } = testEnvironment();
  return loadAppConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://portal.test',
    ...overrides,
  });
}

/** The same, as environment variables for a child process (the real worker). */
export function testProcessEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { databaseUrl, queuePrefix } = testEnvironment();
  return {
    PATH: process.env['PATH'],
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: 'warn',
    PUBLIC_URL: 'http://portal.test',
    ...overrides,
  };
}

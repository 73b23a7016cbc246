import type { NestExpressApplication } from '@nestjs/platform-express';
import { testConfig } from '@wres/server/core/testing';
import { createApiApp } from '../create-app';

export const DEMO_PASSWORD = () => process.env['TEST_DEMO_PASSWORD'] as string;

/** The real api (sessions, CSRF, guard, validation) on the run's database, ready for supertest. */
export async function startTestApi(overrides: Record<string, string> = {}): Promise<NestExpressApplication> {
  const app = await createApiApp(testConfig(overrides));
  await app.init();
  return app;
}

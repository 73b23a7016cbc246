import type { NestExpressApplication } from '@nestjs/platform-express';
import { createDataSource, dropDatabase, migrateDatabase } from '@wres/server/core/database';
import { SessionAgent, TEST_SEED_NOW, testConfig } from '@wres/server/core/testing';
import { seedDemo } from '@wres/tools/demo-seed';
import { DataSource } from 'typeorm';
import { createApiApp } from '../create-app';

export const DEMO_PASSWORD = () => process.env['TEST_DEMO_PASSWORD'] as string;

/** The real api (sessions, CSRF, guard, validation) on the run's database, ready for supertest. */
export async function startTestApi(overrides: Record<string, string> = {}): Promise<NestExpressApplication> {
  const app = await createApiApp(testConfig(overrides));
  await app.init();
  return app;
}

/**
 * A database of the file's own, migrated and seeded with the demo as it stood on `now` (by default the run's
 * seed day), for tests that change shared state or need the demo's later history. Drop it in afterAll.
 */
export async function seedOwnDatabase(databaseUrl: string, now: Date = TEST_SEED_NOW): Promise<void> {
  await dropDatabase(databaseUrl);
  await migrateDatabase(databaseUrl);
  const seeding = createDataSource(databaseUrl);
  await seeding.initialize();
  try {
    await seedDemo(seeding, { password: DEMO_PASSWORD(), now });
  } finally {
    await seeding.destroy();
  }
}

/** Signed-in demo users, one session each, made on first use and kept for the rest of the file. */
export function demoUsers(app: () => NestExpressApplication) {
  const clients = new Map<string, SessionAgent>();
  return {
    async as(email: string): Promise<SessionAgent> {
      let client = clients.get(email);
      if (!client) {
        client = new SessionAgent(app());
        await client.signIn(email, DEMO_PASSWORD());
        clients.set(email, client);
      }
      return client;
    },
    async organisationId(odsCode: string): Promise<string> {
      const [row] = await app()
        .get(DataSource)
        .query(`SELECT id FROM organisation WHERE ods_code = $1`, [odsCode]);
      if (!row) throw new Error(`No organisation with ODS code ${odsCode}`);
      return row.id as string;
    },
  };
}

/** How many submitted versions a provider has, across years: to show a refused submit stored nothing. */
export async function submissionVersionCount(db: DataSource, providerId: string): Promise<number> {
  const [row] = await db.query(
    `SELECT count(*)::int AS n FROM submission_version v JOIN submission s ON s.id = v.submission_id
     WHERE s.provider_id = $1`,
    [providerId],
  );
  return row.n as number;
}

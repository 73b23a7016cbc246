import type { NestExpressApplication } from '@nestjs/platform-express';
import { createDataSource, dropDatabase, migrateDatabase } from '@wres/server/core/database';
import { SessionAgent, TEST_SEED_NOW, testConfig } from '@wres/server/core/testing';
import { seedDemo } from '@wres/tools/demo-seed';
import { DataSource } from 'typeorm';
import { createApiApp } from '../create-app';

export const DEMO_PASSWORD = () => process.env['TEST_DEMO_PASSWORD'] as string;

/**
 * Everything a WRES report needs beyond its counts, for Northfield Community Health's 2018/19 report (seed
 * 004): what a provider's submission carries in tests that are not about the details themselves.
 */
export const SEED_004_DETAILS = {
  publishedReportUrl: 'https://northfield-community.example.nhs.uk/wres-2019.pdf',
  actionPlanUrl: 'https://northfield-community.example.nhs.uk/wres-action-plan-2019',
  boardSignOff: { name: 'Pat Morgan', role: 'Chair', date: '2019-04-10' },
  lead: { name: 'Haseeb Ahmad', contact: 'haseeb.ahmad@example.nhs.uk' },
  narratives: Object.fromEntries(
    [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => [`i${i}`, `What indicator ${i} shows and what we will do`]),
  ),
  accuracyDeclaration: true,
};

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

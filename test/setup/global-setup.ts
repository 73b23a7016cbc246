import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import './register-paths';
import 'reflect-metadata';
import { createDataSource, migrateDatabase } from '@wres/server/core/database';
import { TEST_SEED_NOW } from '@wres/server/core/testing';
import { seedDemo } from '@wres/tools/demo-seed';

export const TEST_DEMO_PASSWORD = 'integration-test-password';

/** One fresh database per run (migrated and seeded with the demo), and a queue namespace of its own. */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const base = process.env['TEST_DATABASE_BASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432';
  const databaseUrl = `${base}/wres_it_${runId}`;
  process.env['TEST_DATABASE_URL'] = databaseUrl;
  process.env['TEST_QUEUE_PREFIX'] = `wres-it-${runId.replace(/_/g, '-')}`;
  process.env['TEST_DEMO_PASSWORD'] = TEST_DEMO_PASSWORD;
  await migrateDatabase(databaseUrl);
  const dataSource = createDataSource(databaseUrl);
  await dataSource.initialize();
  await seedDemo(dataSource, { password: TEST_DEMO_PASSWORD, now: TEST_SEED_NOW });
  await dataSource.destroy();
  // Cross-process tests run the built worker; build it if this run was started without `npm test`.
  if (!existsSync(join(__dirname, '../../dist/apps/worker/main.js'))) {
    execSync('npx nx build worker', { stdio: 'inherit', cwd: join(__dirname, '../..') });
  }
}

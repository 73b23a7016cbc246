import 'reflect-metadata';
import { InvalidEnvironmentError, loadAppConfig } from '@wres/server/core/config';
import { createDataSource } from '@wres/server/core/database';
import { DEMO_PASSWORD_DEFAULT, seedDemo } from '@wres/tools/demo-seed';

/** `node dist/apps/api/seed.js`: seeds the demo when the database holds no organisations; otherwise leaves it be. */
async function main(): Promise<void> {
  const config = loadAppConfig();
  const password = process.env['DEMO_PASSWORD'] || DEMO_PASSWORD_DEFAULT;
  const dataSource = createDataSource(config.database.url);
  await dataSource.initialize();
  try {
    const result = await seedDemo(dataSource, { password, now: config.clock.fixedNow ?? new Date() });
    console.log(
      result.seeded ? `Seeded the demo: ${result.summary}` : 'Database already has data; demo seed skipped',
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof InvalidEnvironmentError ? error.message : error);
  process.exit(1);
});

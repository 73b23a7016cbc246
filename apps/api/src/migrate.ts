import 'reflect-metadata';
import { InvalidEnvironmentError, loadAppConfig } from '@wres/server/core/config';
import { migrateDatabase } from '@wres/server/core/database';

/** `node dist/apps/api/migrate.js`: creates the database if missing and applies every pending migration. */
async function main(): Promise<void> {
  const config = loadAppConfig();
  const { created, ran } = await migrateDatabase(config.database.url);
  if (created) console.log(`Created database ${new URL(config.database.url).pathname.slice(1)}`);
  console.log(ran.length ? `Applied migrations: ${ran.join(', ')}` : 'Database schema is up to date');
}

main().catch((error: unknown) => {
  console.error(error instanceof InvalidEnvironmentError ? error.message : error);
  process.exit(1);
});

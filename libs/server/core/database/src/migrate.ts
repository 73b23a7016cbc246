import { ensureDatabase } from './database-admin';
import { createDataSource } from './data-source';

/** Creates the database if missing and runs every pending migration. Returns the names it ran. */
export async function migrateDatabase(databaseUrl: string): Promise<{ created: boolean; ran: string[] }> {
  const created = await ensureDatabase(databaseUrl);
  const dataSource = createDataSource(databaseUrl);
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return { created, ran: ran.map((migration) => migration.name) };
  } finally {
    await dataSource.destroy();
  }
}

import 'reflect-metadata';
import { cpus, totalmem } from 'node:os';
import { migrateDatabase } from '@wres/server/core/database';
import { PasswordHasher } from '@wres/server/core/auth';
import { Client } from 'pg';
import {
  parseNationalArguments,
  NATIONAL_DATABASE_COMMENT,
  type NationalArguments,
} from './national-arguments';
import { loadNationalData } from './national-load';
import { nationalRegister, NATIONAL_SHAPE } from './national-register';

function databaseUrl(server: string, database: string): string {
  return `${server.replace(/\/+$/, '')}/${database}`;
}

/**
 * Drops a national data set made before, so a run starts clean; refuses to touch any other database that
 * holds data (the name is the caller's, and `wres` is the demo's).
 */
async function prepareDatabase(args: NationalArguments): Promise<void> {
  const admin = new Client({ connectionString: databaseUrl(args.server, 'postgres') });
  await admin.connect();
  try {
    const [existing] = (
      await admin.query(
        `SELECT d.datname, shobj_description(d.oid, 'pg_database') AS comment
         FROM pg_database d WHERE d.datname = $1`,
        [args.database],
      )
    ).rows as Array<{ datname: string; comment: string | null }>;
    if (existing) {
      if (existing.comment !== NATIONAL_DATABASE_COMMENT && !(await isEmpty(args))) {
        throw new Error(
          `Database ${args.database} exists and was not made by this generator; choose another --database.`,
        );
      }
      await admin.query(`DROP DATABASE "${args.database}" WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE "${args.database}"`);
    await admin.query(`COMMENT ON DATABASE "${args.database}" IS '${NATIONAL_DATABASE_COMMENT}'`);
  } finally {
    await admin.end();
  }
}

async function isEmpty(args: NationalArguments): Promise<boolean> {
  const client = new Client({ connectionString: databaseUrl(args.server, args.database) });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT to_regclass('public.organisation') IS NULL
              OR NOT EXISTS (SELECT 1 FROM organisation) AS empty`,
    );
    return rows[0].empty === true;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const args = parseNationalArguments(process.argv.slice(2));
  const url = databaseUrl(args.server, args.database);
  const started = Date.now();
  const log = (line: string) => console.log(line);
  log(
    `National-scale data set into ${args.database} (as of ${args.asOf.toISOString().slice(0, 10)}, seed ${args.seed})`,
  );
  log(
    `Machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  );

  await prepareDatabase(args);
  const { ran } = await migrateDatabase(url);
  log(`  created and migrated (${ran.length} migrations): ${((Date.now() - started) / 1_000).toFixed(1)} s`);

  const register = nationalRegister({ ...NATIONAL_SHAPE, seed: args.seed, ...args.shape });
  // One hash for everyone: argon2 is deliberately slow, and every user shares the password.
  const passwordHash = await new PasswordHasher().hash(args.password);
  const client = new Client({ connectionString: url, application_name: 'wres-national-data' });
  const outboxClient = new Client({ connectionString: url, application_name: 'wres-national-data-outbox' });
  await Promise.all([client.connect(), outboxClient.connect()]);
  try {
    // A generated data set: a crash mid-load means running again, so commits need not wait for the disk.
    for (const connection of [client, outboxClient]) await connection.query('SET synchronous_commit = off');
    const result = await loadNationalData(client, outboxClient, register, {
      asOf: args.asOf,
      passwordHash,
      outboxRows: args.outboxRows,
      log,
    });
    const seconds = (Date.now() - started) / 1_000;
    const width = Math.max(...result.counts.map(([table]) => table.length));
    log('');
    log('Rows loaded:');
    for (const [table, rows] of result.counts)
      log(`  ${table.padEnd(width)}  ${rows.toLocaleString('en-GB').padStart(9)}`);
    const total = result.counts.reduce((sum, [, rows]) => sum + rows, 0);
    log(`  ${'total'.padEnd(width)}  ${total.toLocaleString('en-GB').padStart(9)}`);
    log('');
    log(
      `Organisations: ${register.csus.length} CSUs, ${register.ccgs.length} CCGs, ${register.icbs.length} ICBs, ` +
        `${register.providers.length.toLocaleString('en-GB')} providers (${describeProviders(register.providers)})`,
    );
    log(
      `Reports by state: ${Object.entries(result.reviewStates)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([state, n]) => `${state} ${n.toLocaleString('en-GB')}`)
        .join(', ')}`,
    );
    log(
      `Outbox: ${args.outboxRows.toLocaleString('en-GB')} kept of ${result.outboxCandidates.toLocaleString('en-GB')} emails the service would have written`,
    );
    log(`Users: every one signs in with the password "${args.password}" (e.g. analyst1.0x1@national.test)`);
    log('');
    log(`Loaded in ${seconds.toFixed(1)} s (${(seconds / 60).toFixed(1)} minutes).`);
  } finally {
    await Promise.all([client.end(), outboxClient.end()]);
  }
}

function describeProviders(providers: ReturnType<typeof nationalRegister>['providers']): string {
  const count = (predicate: (p: (typeof providers)[number]) => boolean) => providers.filter(predicate).length;
  return [
    `${count((p) => p.providerKind === 'nhs-trust' || p.providerKind === 'foundation-trust')} trusts and foundation trusts`,
    `${count((p) => p.providerKind === 'independent')} independent`,
    `${count((p) => p.providerKind === 'voluntary')} voluntary`,
    `${count((p) => p.providerKind === 'primary-care')} primary care`,
    `${count((p) => p.small)} small when they first contract`,
  ].join(', ');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

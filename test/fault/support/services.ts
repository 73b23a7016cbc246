import { createDataSource, migrateDatabase } from '@wres/server/core/database';
import { TEST_SEED_NOW, WorkerProcess } from '@wres/server/core/testing';
import { seedDemo } from '@wres/tools/demo-seed';
import type { DataSource } from 'typeorm';
import { registerProcess } from './cleanup';

/** The demo users' password in the fault suite's databases. */
export const FAULT_PASSWORD = 'fault-suite-password';

/** Queue keys of the fault suite; each test has a Redis of its own, so one prefix is enough. */
export const FAULT_QUEUE_PREFIX = 'wres-fault';

/** Creates, migrates and seeds (with the demo as it stood on the integration suite's seed day) a database. */
export async function seedDatabase(databaseUrl: string): Promise<void> {
  await migrateDatabase(databaseUrl);
  const seeding = createDataSource(databaseUrl);
  await seeding.initialize();
  try {
    await seedDemo(seeding, { password: FAULT_PASSWORD, now: TEST_SEED_NOW });
  } finally {
    await seeding.destroy();
  }
}

/** A data source on a database, for the test's own look at what the api and worker wrote. */
export async function openDatabase(databaseUrl: string): Promise<DataSource> {
  const dataSource = createDataSource(databaseUrl);
  await dataSource.initialize();
  return dataSource;
}

/** Environment for the real api or worker as a child process, on the test's private services. */
export function serviceEnv(services: {
  databaseUrl: string;
  redisUrl: string;
  smtpUrl?: string;
  extra?: Record<string, string>;
}): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'],
    NODE_ENV: 'test',
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    QUEUE_PREFIX: FAULT_QUEUE_PREFIX,
    // Nothing listens here unless the test says where its SMTP server is.
    SMTP_URL: services.smtpUrl ?? 'smtp://127.0.0.1:9',
    LOG_LEVEL: process.env['FAULT_LOG_LEVEL'] ?? 'warn',
    PUBLIC_URL: 'http://portal.test',
    ...services.extra,
  };
}

/** Starts the real, built worker, written down for clean-up until it exits (see cleanup.ts). */
export async function startWorker(env: NodeJS.ProcessEnv): Promise<WorkerProcess> {
  const worker = new WorkerProcess(env);
  await worker.start();
  void worker.exited().then(registerProcess(worker.pid));
  return worker;
}

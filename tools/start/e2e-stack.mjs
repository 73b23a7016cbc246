// The stack the end-to-end tests drive: the built api, worker and web on a database of their own,
// with a mail catcher whose inbox the tests read. Dropped again when Playwright stops it.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  buildAll,
  DIST,
  isBuilt,
  runToCompletion,
  startMailCatcher,
  startProcess,
  stopOnSignal,
} from './stack.mjs';

const port = process.env.E2E_PORT ?? '4310';
const mailSmtpPort = Number(process.env.E2E_MAIL_SMTP_PORT ?? 4325);
const mailWebPort = Number(process.env.E2E_MAIL_WEB_PORT ?? 4380);
const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
const databaseName = `wres_e2e_${runId}`;
const server = process.env.TEST_DATABASE_BASE_URL ?? 'postgres://postgres@127.0.0.1:5432';

const env = {
  ...process.env,
  NODE_ENV: 'test',
  PORT: port,
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  DATABASE_URL: `${server}/${databaseName}`,
  QUEUE_PREFIX: `wres-e2e-${runId}`,
  SMTP_URL: `smtp://127.0.0.1:${mailSmtpPort}`,
  WEB_DIST: DIST.web,
  DEMO_PASSWORD: process.env.E2E_DEMO_PASSWORD ?? 'e2e-demo-password',
  LOG_LEVEL: 'warn',
};

async function dropDatabase() {
  const client = new pg.Client({ connectionString: `${server}/postgres` });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  await client.end();
}

if (!isBuilt()) buildAll();
const mailCatcher = await startMailCatcher({ smtpPort: mailSmtpPort, webPort: mailWebPort });
runToCompletion(DIST.migrate, env);
runToCompletion(DIST.seed, env);
const children = [startProcess('worker', DIST.worker, env), startProcess('api', DIST.api, env)];
stopOnSignal(
  () => children,
  async () => {
    mailCatcher.close();
    await dropDatabase();
  },
);

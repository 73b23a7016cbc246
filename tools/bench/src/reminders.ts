import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { createDataSource, dropDatabase, migrateDatabase } from '@wres/server/core/database';
import { createMailTransport, renderEmail } from '@wres/server/core/mail';
import type { EmailTemplateData } from '@wres/server/core/mail';
import { JobName, QueueName, redisConnectionOptions } from '@wres/server/core/queue';
import { WRES_REPORT_CLAUSE } from '@wres/shared/contracts';
import { seedDemo } from '@wres/tools/demo-seed';
import { Queue, QueueEvents } from 'bullmq';
import Redis from 'ioredis';
import { SMTPServer } from 'smtp-server';
import type { DataSource } from 'typeorm';
import { fixed, table } from './stats';

/**
 * `npm run bench:reminders`: the reminder sweep over 50,000 obligations in the real worker, then the worker
 * sending 10,000 of those reminders to a local SMTP sink, against raw nodemailer sending the same messages
 * to the same sink in the same run. A scratch database is made for the run and dropped at the end.
 */

const ROOT = process.cwd();
const WORKER = join(ROOT, 'dist/apps/worker/main.js');
const SERVER = process.env['BENCH_DATABASE_SERVER'] ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
/** The 2015/16 annual report is due on 1 May 2016: its 28-day reminder is due on this day. */
const APP_NOW = '2016-04-03T09:00:00Z';
const SEED_NOW = new Date(APP_NOW);
const OBLIGATIONS = 50_000;
const EMAILS = 10_000;
const MAIL_FROM = 'WRES assurance portal <no-reply@wres.localhost>';
const RECIPIENT_DOMAIN = '@bench-reminders.test';
const RAW_SENDER_FLAG = '--raw-sender';

function log(line = ''): void {
  console.log(line);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Accepts every message and discards it, counting messages and bytes. */
class DiscardingSink {
  received = 0;
  bytes = 0;
  private waiter: { count: number; resolve: (at: number) => void } | null = null;
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, callback) => {
      stream.on('data', (chunk: Buffer) => (this.bytes += chunk.length));
      stream.on('end', () => {
        this.received++;
        if (this.waiter && this.received >= this.waiter.count) {
          this.waiter.resolve(performance.now());
          this.waiter = null;
        }
        callback();
      });
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  reset(): void {
    this.received = 0;
    this.bytes = 0;
  }

  /** Resolves with the time (performance.now()) the `count`th message since the last reset arrived. */
  untilReceived(count: number, timeoutMs: number): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`Only ${this.received} of ${count} emails arrived within ${timeoutMs / 1000} s`)),
        timeoutMs,
      );
      const done = (at: number) => {
        clearTimeout(timer);
        resolve(at);
      };
      if (this.received >= count) done(performance.now());
      else this.waiter = { count, resolve: done };
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/**
 * The built worker in its own process, as the integration tests run it: NODE_ENV=test, since a fixed clock
 * (APP_NOW) is refused in production.
 */
class Worker {
  private output = '';
  private readonly child: ChildProcess;

  constructor(env: Record<string, string>) {
    if (!existsSync(WORKER)) throw new Error('The worker is not built: run `npm run bench:reminders`.');
    this.child = spawn(process.execPath, [WORKER], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'], NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => (this.output = (this.output + chunk.toString('utf8')).slice(-4_000));
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
  }

  /** Started once its processors are consuming, i.e. after its start-up sweeps. */
  async ready(queues: Queue[]): Promise<void> {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null)
        throw new Error(`The worker exited (${this.child.exitCode}):\n${this.output}`);
      const counts = await Promise.all(queues.map((queue) => queue.getWorkersCount()));
      if (counts.every((n) => n > 0)) return;
      await sleep(100);
    }
    throw new Error(`The worker did not start within 120 s:\n${this.output}`);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await Promise.race([exited, sleep(15_000)]);
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

interface Message {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/**
 * The raw sender, in a process of its own as the worker is: the worker's pooled transport
 * (`createMailTransport`, 5 connections) sending every message at once; nodemailer's pool queues them.
 */
function rawSender(): void {
  let messages: Message[] = [];
  process.on('message', (command: { messages?: Message[]; url?: string }) => {
    if (command.messages) {
      messages = command.messages;
      process.send?.('loaded');
      return;
    }
    const transporter = createMailTransport(command.url ?? '');
    Promise.all(messages.map((message) => transporter.sendMail(message)))
      .then(() => {
        transporter.close();
        process.send?.('sent', () => process.exit(0));
      })
      .catch((error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
      });
  });
}

async function timeRawSending(sink: DiscardingSink, url: string, messages: Message[]): Promise<number> {
  const child = spawn(process.execPath, [process.argv[1], RAW_SENDER_FLAG], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = () =>
    new Promise<string>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`The raw sender exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (reply) => {
        child.off('exit', onExit);
        resolve(String(reply));
      });
    });
  try {
    const loaded = next();
    child.send({ messages });
    await loaded;
    sink.reset();
    const started = performance.now();
    const sent = next();
    child.send({ url });
    const lastArrived = await sink.untilReceived(messages.length, 600_000);
    await sent;
    return (lastArrived - started) / 1000;
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
  }
}

/** 50,000 in-scope providers, each with one active submitter and a 2015/16 WRES obligation not yet met. */
async function insertObligations(db: DataSource): Promise<void> {
  await db.query(
    `INSERT INTO organisation (ods_code, name, kind, provider_kind)
     SELECT 'ZB' || lpad(g::text, 6, '0'), 'Bench Reminders Provider ' || g || ' Ltd', 'provider', 'independent'
     FROM generate_series(1, $1::int) g`,
    [OBLIGATIONS],
  );
  await db.query(
    `INSERT INTO app_user (email, display_name, role, organisation_id, password_hash, status)
     SELECT 'submitter.' || lower(o.ods_code) || $1, 'Submitter ' || o.ods_code, 'provider-submitter', o.id,
            'not-a-real-hash', 'active'
     FROM organisation o WHERE o.name LIKE 'Bench Reminders Provider %'`,
    [RECIPIENT_DOMAIN],
  );
  await db.query(
    `INSERT INTO obligation (provider_id, contract_year, clause, title, applies, basis, explanation, scope_status)
     SELECT o.id, '2015/16', $1, 'WRES annual report', true, 'applies', 'In scope for the benchmark.', 'confirmed'
     FROM organisation o WHERE o.name LIKE 'Bench Reminders Provider %'`,
    [WRES_REPORT_CLAUSE],
  );
  await db.query('ANALYZE');
}

async function benchRows(db: DataSource): Promise<number> {
  const [row] = await db.query(
    `SELECT count(*)::int AS n FROM outbound_email WHERE template = 'deadline-reminder' AND recipient LIKE $1`,
    [`%${RECIPIENT_DOMAIN}`],
  );
  return row.n;
}

async function deleteQueueKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1_000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Number((totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
  };
  const suffix = randomBytes(4).toString('hex');
  const databaseUrl = `${SERVER}/wres_bench_reminders_${suffix}`;
  const prefixes = [`wres-bench-reminders-${suffix}-sweep`, `wres-bench-reminders-${suffix}-send`];
  const connection = redisConnectionOptions(REDIS_URL, 'worker');
  const redis = new Redis(connection);
  const sink = new DiscardingSink();
  const smtpUrl = await sink.start();
  const queues: Array<Queue | QueueEvents> = [];
  const openQueues = (prefix: string) => {
    const maintenance = new Queue(QueueName.Maintenance, { connection, prefix });
    const email = new Queue(QueueName.Email, { connection, prefix });
    const events = new QueueEvents(QueueName.Maintenance, { connection, prefix });
    queues.push(maintenance, email, events);
    return { maintenance, email, events };
  };
  const workerEnv = (prefix: string) => ({
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    SMTP_URL: smtpUrl,
    MAIL_FROM,
    APP_NOW,
    PUBLIC_URL: 'http://portal.bench',
    SESSION_SECRET: randomBytes(32).toString('hex'),
  });
  let worker: Worker | null = null;
  let db: DataSource | null = null;
  let cleaning: Promise<void> | null = null;
  /** Stops the worker, empties the run's queues, drops the scratch database: at the end, on failure or Ctrl-C. */
  const cleanUp = () =>
    (cleaning ??= (async () => {
      await worker?.stop();
      for (const queue of queues) await queue.close().catch(() => undefined);
      for (const prefix of prefixes) await deleteQueueKeys(redis, prefix).catch(() => undefined);
      redis.disconnect();
      await sink.stop();
      await db?.destroy().catch(() => undefined);
      await dropDatabase(databaseUrl).catch((error: unknown) =>
        console.error(
          `Could not drop the scratch database: ${error instanceof Error ? error.message : error}`,
        ),
      );
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

  try {
    log(`Scratch database wres_bench_reminders_${suffix}: migrating and seeding the demo…`);
    await migrateDatabase(databaseUrl);
    db = createDataSource(databaseUrl);
    await db.initialize();
    await seedDemo(db, { password: randomBytes(12).toString('hex'), now: SEED_NOW });

    // 1. The sweep. The worker starts first (its start-up sweep covers the demo only), then the obligations
    // are added and the sweep job is queued, so start-up is not part of the figure.
    const sweepQueues = openQueues(prefixes[0]);
    await sweepQueues.events.waitUntilReady();
    worker = new Worker(workerEnv(prefixes[0]));
    await worker.ready([sweepQueues.maintenance, sweepQueues.email]);
    log(`Inserting ${OBLIGATIONS.toLocaleString('en-GB')} obligations, providers and submitters…`);
    await insertObligations(db);
    log('Timing the reminder sweep…');
    const sweepStarted = performance.now();
    const job = await sweepQueues.maintenance.add(JobName.SweepReminders, {});
    const finished = job.waitUntilFinished(sweepQueues.events, 600_000) as Promise<{ written: number }>;
    finished.catch(() => undefined);
    let rows = 0;
    while ((rows = await benchRows(db)) < OBLIGATIONS) {
      await sleep(50);
      if (performance.now() - sweepStarted > 600_000)
        throw new Error(`The sweep wrote ${rows} rows in 600 s`);
    }
    const sweepRowsSeconds = (performance.now() - sweepStarted) / 1000;
    const { written } = await finished;
    const sweepJobSeconds = (performance.now() - sweepStarted) / 1000;
    log(
      `  ${rows} reminder rows in ${fixed(sweepRowsSeconds, 2)} s; job done (rows queued) ${fixed(sweepJobSeconds, 2)} s`,
    );
    await worker.stop();
    worker = null;

    // 2. The worker sending 10,000 of them. The rest are held back (marked failed), and the 10,000 too while
    // a fresh worker (on a fresh queue prefix) starts; then they are made pending again and the worker's own
    // outbox sweep dispatches them.
    const chosen: Array<{ id: string; recipient: string; data: EmailTemplateData['deadline-reminder'] }> =
      await db.query(
        `SELECT id, recipient, data FROM outbound_email
         WHERE template = 'deadline-reminder' AND recipient LIKE $1 AND status = 'pending' ORDER BY id LIMIT $2`,
        [`%${RECIPIENT_DOMAIN}`, EMAILS],
      );
    if (chosen.length < EMAILS) throw new Error(`Only ${chosen.length} reminders were left unsent`);
    await db.query(
      `UPDATE outbound_email SET status = 'failed', last_error = 'Held back by the benchmark' WHERE status = 'pending'`,
    );
    const sendQueues = openQueues(prefixes[1]);
    await sendQueues.events.waitUntilReady();
    worker = new Worker(workerEnv(prefixes[1]));
    await worker.ready([sendQueues.maintenance, sendQueues.email]);
    log(`Timing the worker sending ${EMAILS.toLocaleString('en-GB')} emails…`);
    await db.query(
      `UPDATE outbound_email SET status = 'pending', last_error = NULL WHERE id = ANY($1::uuid[])`,
      [chosen.map((row) => row.id)],
    );
    sink.reset();
    const sendStarted = performance.now();
    await sendQueues.maintenance.add(JobName.SweepOutbox, {});
    const workerLast = await sink.untilReceived(EMAILS, 900_000);
    const workerSeconds = (workerLast - sendStarted) / 1000;
    const workerBytes = sink.bytes;
    const [sent] = await db.query(
      `SELECT count(*)::int AS n FROM outbound_email WHERE status = 'sent' AND id = ANY($1::uuid[])`,
      [chosen.map((row) => row.id)],
    );
    await worker.stop();
    worker = null;
    log(`  ${fixed(workerSeconds, 2)} s (${sent.n} rows marked sent by then)`);

    // 3. Raw nodemailer: the same 10,000 messages, rendered as the worker renders them, to the same sink.
    log(`Timing raw nodemailer sending ${EMAILS.toLocaleString('en-GB')} emails…`);
    const messages: Message[] = chosen.map((row) => {
      const rendered = renderEmail('deadline-reminder', row.data);
      return {
        from: MAIL_FROM,
        to: row.recipient,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        headers: { 'X-WRES-Outbound-Id': row.id },
      };
    });
    const rawSeconds = await timeRawSending(sink, smtpUrl, messages);
    const rawBytes = sink.bytes;

    const workerRate = EMAILS / workerSeconds;
    const rawRate = EMAILS / rawSeconds;
    const results = {
      sweep: {
        obligations: OBLIGATIONS,
        rowsWritten: rows,
        jobWritten: written,
        secondsToRows: Number(sweepRowsSeconds.toFixed(3)),
        secondsToJobDone: Number(sweepJobSeconds.toFixed(3)),
        obligationsPerSecond: Number((OBLIGATIONS / sweepRowsSeconds).toFixed(0)),
      },
      send: {
        emails: EMAILS,
        worker: {
          seconds: Number(workerSeconds.toFixed(3)),
          emailsPerSecond: Number(workerRate.toFixed(1)),
          meanMessageBytes: Math.round(workerBytes / EMAILS),
        },
        rawNodemailer: {
          seconds: Number(rawSeconds.toFixed(3)),
          emailsPerSecond: Number(rawRate.toFixed(1)),
          meanMessageBytes: Math.round(rawBytes / EMAILS),
        },
        ratioWorkerToRaw: Number((workerRate / rawRate).toFixed(3)),
      },
    };
    const loadAverageAtEnd = loadavg().map((n) => Number(n.toFixed(2)));

    log('');
    log(
      `Reminders benchmark, ${startedAt.toISOString()} (${machine.cpus} × ${machine.cpuModel}, Node ${machine.node})`,
    );
    log('');
    log(
      table(
        ['Measure', 'Count', 'Seconds', 'Rate', 'Mean message'],
        [
          [
            'Reminder sweep (worker), to rows committed',
            `${rows} rows`,
            fixed(sweepRowsSeconds, 2),
            `${fixed(OBLIGATIONS / sweepRowsSeconds, 0)} obligations/s`,
            '–',
          ],
          [
            'Reminder sweep job, to its 50,000 send jobs queued',
            `${written} rows`,
            fixed(sweepJobSeconds, 2),
            '–',
            '–',
          ],
          [
            'Sending through the worker',
            `${EMAILS} emails`,
            fixed(workerSeconds, 2),
            `${fixed(workerRate, 1)} emails/s`,
            `${results.send.worker.meanMessageBytes} B`,
          ],
          [
            'Raw nodemailer, same pool settings',
            `${EMAILS} emails`,
            fixed(rawSeconds, 2),
            `${fixed(rawRate, 1)} emails/s`,
            `${results.send.rawNodemailer.meanMessageBytes} B`,
          ],
        ],
      ),
    );
    log('');
    log(`Worker send rate ÷ raw nodemailer rate: ${fixed(workerRate / rawRate, 2)}`);
    log(`Load average at end: ${loadAverageAtEnd.join(', ')}`);

    mkdirSync(join(ROOT, 'tmp'), { recursive: true });
    writeFileSync(
      join(ROOT, 'tmp/bench-reminders.json'),
      `${JSON.stringify(
        {
          startedAt: startedAt.toISOString(),
          finishedAt: new Date().toISOString(),
          machine: { ...machine, loadAverageAtEnd },
          settings: { appNow: APP_NOW, obligations: OBLIGATIONS, emails: EMAILS },
          ...results,
        },
        null,
        2,
      )}\n`,
    );
    log('Written to tmp/bench-reminders.json');
  } finally {
    await cleanUp();
  }
}

if (process.argv.includes(RAW_SENDER_FLAG)) {
  rawSender();
} else {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

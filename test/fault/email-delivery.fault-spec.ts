import {
  DEFAULT_JOB_OPTIONS,
  JobName,
  jobIdFor,
  QueueName,
  redisConnectionOptions,
} from '@wres/server/core/queue';
import { eventually, SmtpSink } from '@wres/server/core/testing';
import type { ReceivedEmail, WorkerProcess } from '@wres/server/core/testing';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { stopWithin } from './support/cleanup';
import { freePort } from './support/free-port';
import { PrivatePostgres } from './support/private-postgres';
import { PrivateRedis } from './support/private-redis';
import { FAULT_QUEUE_PREFIX, openDatabase, seedDatabase, serviceEnv, startWorker } from './support/services';

/** The worker's email concurrency (EmailProcessor) and SMTP pool size: at most this many sends in flight. */
const WORKER_EMAIL_CONCURRENCY = 5;

const outboundId = (email: ReceivedEmail) => String(email.headers.get('x-wres-outbound-id') ?? '');

/**
 * The worker and the mail server misbehave mid-batch: the worker is stopped gracefully, then killed, while
 * hundreds of emails are being sent; the mail server is away for a while, refuses a mailbox for good (550),
 * and for now (451). Every email the outbox holds arrives; duplicates are counted at the mail server.
 */
describe('email delivery under faults', () => {
  let postgres: PrivatePostgres;
  let redis: PrivateRedis;
  let db: DataSource;
  let queue: Queue;
  let databaseUrl: string;
  const running: WorkerProcess[] = [];

  beforeAll(async () => {
    postgres = await PrivatePostgres.start();
    databaseUrl = postgres.url('wres');
    await seedDatabase(databaseUrl);
    db = await openDatabase(databaseUrl);
    redis = await PrivateRedis.start();
    // The api's side of the queue, as EmailOutbox.dispatch uses it.
    queue = new Queue(QueueName.Email, {
      connection: redisConnectionOptions(redis.url, 'producer'),
      prefix: FAULT_QUEUE_PREFIX,
      defaultJobOptions: DEFAULT_JOB_OPTIONS,
    });
  });

  afterAll(async () => {
    for (const worker of running) await stopWithin(worker);
    await queue?.close().catch(() => undefined);
    await db?.destroy().catch(() => undefined);
    await redis?.destroy();
    await postgres?.destroy();
  });

  async function workerSendingTo(smtpUrl: string): Promise<WorkerProcess> {
    const worker = await startWorker(serviceEnv({ databaseUrl, redisUrl: redis.url, smtpUrl }));
    running.push(worker);
    return worker;
  }

  /** Writes `count` emails to the outbox and dispatches them, as the api does after its transaction commits. */
  async function queueEmails(batch: string, count: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await db.query(
      `INSERT INTO outbound_email (template, recipient, data, status, attempts)
       SELECT 'password-reset', $1 || '-' || n || '@fault.test',
              jsonb_build_object('displayName', 'Person ' || n, 'link', 'http://portal.test/r?token=' || n,
                                 'expiresInMinutes', 60),
              'pending', 0
       FROM generate_series(1, $2::int) AS n
       RETURNING id`,
      [batch, count],
    );
    const ids = rows.map((row) => row.id);
    await queue.addBulk(
      ids.map((outboundEmailId) => ({
        name: JobName.SendEmail,
        data: { outboundEmailId },
        opts: { jobId: jobIdFor(JobName.SendEmail, outboundEmailId) },
      })),
    );
    return ids;
  }

  /** How many times each of `ids` arrived at the mail server. */
  function arrivals(smtp: SmtpSink, ids: readonly string[]): Map<string, number> {
    const wanted = new Set(ids);
    const counts = new Map<string, number>();
    for (const email of smtp.received) {
      const id = outboundId(email);
      if (wanted.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }

  async function outboxState(ids: readonly string[]) {
    const rows: Array<{ id: string; status: string; attempts: number; last_error: string | null }> =
      await db.query(
        `SELECT id, status, attempts, last_error FROM outbound_email WHERE id = ANY($1::uuid[])`,
        [ids],
      );
    return rows;
  }

  /** Stops (or kills) the worker once `after` of the batch have arrived, restarts it, waits for the rest. */
  async function interruptMidBatch(signal: 'SIGTERM' | 'SIGKILL', count: number, after: number) {
    const smtp = new SmtpSink();
    smtp.replyDelayMs = 40; // A busy server: sends overlap, so several are in flight at any moment.
    await smtp.start();
    try {
      const worker = await workerSendingTo(smtp.url);
      const ids = await queueEmails(signal.toLowerCase(), count);
      await eventually(() => expect(arrivals(smtp, ids).size).toBeGreaterThanOrEqual(after), 60_000, 10);

      const signalledAt = Date.now();
      const arrivedBefore = arrivals(smtp, ids).size;
      await worker.stop(signal);
      const stopMs = Date.now() - signalledAt;
      // Let the mail server finish reading what reached it: a killed sender's last bytes are still on the wire.
      await new Promise((resolve) => setTimeout(resolve, 1_000));

      // Between the two workers: which emails the mail server has, and which the outbox thinks are sent.
      const between = await outboxState(ids);
      const arrived = arrivals(smtp, ids);
      const sent = new Set(between.filter((row) => row.status === 'sent').map((row) => row.id));
      const arrivedUnrecorded = [...arrived.keys()].filter((id) => !sent.has(id));
      const inFlight = between.filter((row) => row.status === 'pending' && row.attempts > 0).length;

      const restartedAt = Date.now();
      await workerSendingTo(smtp.url);
      // After a kill, the sends that were in hand wait until BullMQ sees their lock lapse (about a minute).
      await eventually(
        async () => {
          const rows = await outboxState(ids);
          expect(rows.filter((row) => row.status !== 'sent').length).toBe(0);
        },
        150_000,
        250,
      );
      const completeMs = Date.now() - restartedAt;
      expect(arrivals(smtp, ids).size).toBe(count);

      const final = arrivals(smtp, ids);
      const delivered = [...final.values()].reduce((sum, n) => sum + n, 0);
      const duplicates = delivered - final.size;
      const attempts = (await outboxState(ids)).reduce<Record<number, number>>(
        (tally, row) => ({ ...tally, [row.attempts]: (tally[row.attempts] ?? 0) + 1 }),
        {},
      );
      return {
        stopMs,
        arrivedBefore,
        arrivedBetween: arrived.size,
        sentBetween: sent.size,
        arrivedUnrecorded: arrivedUnrecorded.length,
        inFlight,
        completeMs,
        delivered,
        unique: final.size,
        duplicates,
        attempts,
      };
    } finally {
      for (const worker of running) await stopWithin(worker);
      await smtp.stop();
    }
  }

  it('SIGTERM mid-batch: in-flight sends finish, the rest wait, every email arrives once', async () => {
    const count = 300;
    const result = await interruptMidBatch('SIGTERM', count, 100);
    console.log(
      [
        `Graceful stop (SIGTERM) after ${result.arrivedBefore} of ${count} emails had arrived: the worker ` +
          `finished the sends in hand and exited in ${result.stopMs} ms.`,
        `At the stop: ${result.arrivedBetween} at the mail server, ${result.sentBetween} recorded as sent, ` +
          `${result.arrivedUnrecorded} arrived but unrecorded, ${result.inFlight} begun but unfinished.`,
        `After the restart: all ${count} sent and recorded within ${result.completeMs} ms; ${result.delivered} messages for ` +
          `${result.unique} emails, duplicates ${result.duplicates}. Attempts per email: ${JSON.stringify(result.attempts)}.`,
      ].join('\n'),
    );
    // A graceful stop finishes what it started: what arrived is exactly what the outbox recorded as sent.
    expect(result.arrivedUnrecorded).toBe(0);
    expect(result.inFlight).toBe(0);
    expect(result.sentBetween).toBeLessThan(count);
    expect(result.unique).toBe(count);
    expect(result.duplicates).toBe(0);
  });

  it('SIGKILL mid-batch of 200: every email arrives; duplicates at most the sends in flight', async () => {
    const count = 200;
    const result = await interruptMidBatch('SIGKILL', count, 80);
    console.log(
      [
        `Worker killed (SIGKILL) after ${result.arrivedBefore} of ${count} emails had arrived (gone in ${result.stopMs} ms).`,
        `At the kill: ${result.arrivedBetween} at the mail server, ${result.sentBetween} recorded as sent, ` +
          `${result.arrivedUnrecorded} arrived but unrecorded, ${result.inFlight} begun but unfinished ` +
          `(concurrency ${WORKER_EMAIL_CONCURRENCY}).`,
        `After the restart: all ${count} sent and recorded within ${result.completeMs} ms; ${result.delivered} messages for ` +
          `${result.unique} emails: ${result.duplicates} duplicate(s), counted at the mail server. ` +
          `Attempts per email: ${JSON.stringify(result.attempts)}.`,
      ].join('\n'),
    );
    expect(result.unique).toBe(count);
    expect(result.sentBetween).toBeLessThan(count);
    // Only a send the mail server had taken but the worker had not yet recorded can be repeated.
    expect(result.duplicates).toBe(result.arrivedUnrecorded);
    expect(result.duplicates).toBeLessThanOrEqual(result.inFlight);
    expect(result.inFlight).toBeLessThanOrEqual(WORKER_EMAIL_CONCURRENCY);
  });

  it('SMTP down for a while: retries with backoff, then delivers each email once it is back', async () => {
    const port = await freePort();
    await workerSendingTo(`smtp://127.0.0.1:${port}`); // nothing listens there yet
    const queuedAt = Date.now();
    const ids = await queueEmails('smtp-down', 3);
    // Each email is tried, refused a connection, and tried again after the backoff.
    await eventually(
      async () => {
        const rows = await outboxState(ids);
        expect(rows.every((row) => row.status === 'pending' && row.attempts >= 2)).toBe(true);
        expect(rows.every((row) => /ECONNREFUSED/.test(row.last_error ?? ''))).toBe(true);
      },
      30_000,
      250,
    );
    const smtp = new SmtpSink();
    await smtp.start(port);
    const backAt = Date.now();
    try {
      await eventually(() => expect(arrivals(smtp, ids).size).toBe(ids.length), 90_000, 250);
      const deliveredMs = Date.now() - backAt;
      await eventually(async () => {
        const rows = await outboxState(ids);
        expect(rows.map((row) => [row.status, row.last_error])).toEqual(ids.map(() => ['sent', null]));
      });
      const rows = await outboxState(ids);
      expect([...arrivals(smtp, ids).values()]).toEqual(ids.map(() => 1));
      console.log(
        `SMTP down for ${((backAt - queuedAt) / 1000).toFixed(1)} s: each email refused and retried with ` +
          `backoff; all ${ids.length} delivered ${(deliveredMs / 1000).toFixed(1)} s after the server came back, ` +
          `once each, after ${rows.map((row) => row.attempts).join(', ')} attempts.`,
      );
    } finally {
      for (const worker of running) await stopWithin(worker);
      await smtp.stop();
    }
  });

  it('a 550 refusal is marked failed at once with the reason; a 451 is retried and delivered', async () => {
    const smtp = new SmtpSink();
    await smtp.start();
    smtp.rejectRecipients.set('refused-1@fault.test', { code: 550, message: 'No such user here' });
    smtp.rejectRecipients.set('refused-2@fault.test', {
      code: 451,
      message: 'Mailbox busy, try again later',
    });
    try {
      await workerSendingTo(smtp.url);
      const [permanent, temporary, fine] = await queueEmails('refused', 3);
      await eventually(async () => {
        const [row] = await outboxState([temporary]);
        expect(row).toMatchObject({ status: 'pending', attempts: 1 });
        expect(row.last_error).toMatch(/451/);
      }, 20_000);
      smtp.rejectRecipients.delete('refused-2@fault.test'); // the mailbox is free again
      await eventually(() => expect(arrivals(smtp, [temporary, fine]).size).toBe(2), 30_000, 250);
      await eventually(async () => {
        const [row] = await outboxState([temporary]);
        expect(row).toMatchObject({ status: 'sent', attempts: 2 });
      });
      const [failed] = await outboxState([permanent]);
      expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
      expect(failed.last_error).toMatch(/550/);
      expect(failed.last_error).toMatch(/No such user here/);
      expect(arrivals(smtp, [permanent]).size).toBe(0);
      console.log(
        `550 from the mail server: marked failed after 1 attempt, reason "${failed.last_error}". ` +
          `451: retried after the backoff and delivered on attempt 2.`,
      );
    } finally {
      for (const worker of running) await stopWithin(worker);
      await smtp.stop();
    }
  });
});

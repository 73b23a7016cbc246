import { createDataSource } from '@wres/server/core/database';
import { JobName, QueueName, redisConnectionOptions } from '@wres/server/core/queue';
import {
  eventually,
  SmtpSink,
  testConfig,
  testEnvironment,
  testProcessEnv,
  WorkerProcess,
} from '@wres/server/core/testing';
import { Queue, QueueEvents } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';

const PROVIDER = 'provider@demo.test';
const SUBMITTED = 'already.submitted@reminders.test';
const FOUR_WEEKS_BEFORE = '2016-04-03T09:00:00Z';
const TWO_WEEKS_BEFORE = '2016-04-17T09:00:00Z';

/**
 * Deadline reminders travel obligation → reminder sweep (in the real worker) → outbox → BullMQ → SMTP.
 * The seeded trust's 2015/16 annual report is due on 1 May 2016: 28 days after 3 April 2016.
 */
describe('deadline reminders', () => {
  let db: DataSource;
  let smtp: SmtpSink;
  let worker: WorkerProcess | null = null;
  let redis: Redis;
  let maintenance: Queue;
  let maintenanceEvents: QueueEvents;
  const { databaseUrl, queuePrefix } = testEnvironment();

  const startWorker = async (now: string) => {
    worker = new WorkerProcess(testProcessEnv({ APP_NOW: now, SMTP_URL: smtp.url }));
    await worker.start();
  };
  const stopWorker = async () => {
    await worker?.stop();
    worker = null;
  };
  const emailsTo = (recipient: string, subject: string) =>
    smtp.received.filter((e) => e.to.includes(recipient) && e.subject === subject);
  const reminderRows = (recipient: string): Promise<Array<{ status: string; dedupe_key: string }>> =>
    db.query(
      `SELECT status, dedupe_key, attempts FROM outbound_email
       WHERE template = 'deadline-reminder' AND recipient = $1 ORDER BY created_at`,
      [recipient],
    );

  beforeAll(async () => {
    db = createDataSource(databaseUrl);
    await db.initialize();
    smtp = new SmtpSink();
    await smtp.start();
    const connection = redisConnectionOptions(testConfig().redis.url, 'worker');
    redis = new Redis(connection);
    maintenance = new Queue(QueueName.Maintenance, { connection, prefix: queuePrefix });
    maintenanceEvents = new QueueEvents(QueueName.Maintenance, { connection, prefix: queuePrefix });
    await maintenanceEvents.waitUntilReady();

    // A second in-scope provider that has already submitted its 2015/16 report.
    const [organisation] = await db.query(
      `INSERT INTO organisation (ods_code, name, kind, provider_kind)
       VALUES ('ZREM1', 'Early Submitter Hospital Ltd', 'provider', 'independent') RETURNING id`,
    );
    await db.query(
      `INSERT INTO obligation (provider_id, contract_year, clause, title, applies, basis, explanation, scope_status)
       VALUES ($1, '2015/16', 'SC13.5.2', 'WRES annual report', true, 'applies', 'In scope for the test.', 'confirmed')`,
      [organisation.id],
    );
    const [user] = await db.query(
      `INSERT INTO app_user (email, display_name, role, organisation_id, password_hash, status)
       VALUES ($1, 'Early Submitter', 'provider-submitter', $2, 'not-a-real-hash', 'active') RETURNING id`,
      [SUBMITTED, organisation.id],
    );
    const [submission] = await db.query(
      `INSERT INTO submission (provider_id, contract_year, clause, status, current_version)
       VALUES ($1, '2015/16', 'SC13.5.2', 'submitted', 1) RETURNING id`,
      [organisation.id],
    );
    await db.query(
      `INSERT INTO submission_version (submission_id, version, document, details, indicators, submitted_at,
         submitted_by, late)
       VALUES ($1, 1, '{}', '{}', '{}', '2016-03-20T10:00:00Z', $2, false)`,
      [submission.id, user.id],
    );
  });

  afterAll(async () => {
    // Leave nothing pending for a later file's worker to send to that file's mail server.
    await eventually(async () => {
      const [pending] = await db.query(
        `SELECT count(*)::int AS n FROM outbound_email WHERE template = 'deadline-reminder' AND status = 'pending'`,
      );
      expect(pending.n).toBe(0);
    }, 30_000).catch(() => undefined);
    await stopWorker();
    await maintenanceEvents?.close();
    await maintenance?.close();
    redis?.disconnect();
    await smtp?.stop();
    await db?.destroy();
  });

  it('finds the seeded trust in scope for 2015/16 with no submission', async () => {
    const rows = await db.query(
      `SELECT o.applies FROM obligation o JOIN app_user u ON u.organisation_id = o.provider_id
       WHERE u.email = $1 AND o.contract_year = '2015/16' AND o.clause = 'SC13.5.2'`,
      [PROVIDER],
    );
    expect(rows).toEqual([{ applies: true }]);
  });

  it('sends the 28-day reminder exactly once although the sweep runs five times', async () => {
    const subject = 'Reminder: your 2015/16 WRES annual report is due in 28 days';
    await startWorker(FOUR_WEEKS_BEFORE); // sweep 1, at start-up
    const email = await smtp.waitFor((e) => e.to.includes(PROVIDER) && e.subject === subject);
    expect(email.text).toContain('Dear Haseeb Ahmad,');
    expect(email.text).toContain('(deadline 1 May 2016)');
    expect(email.html).toMatch(/href="http:\/\/portal\.test\/reports\/[0-9a-f-]+"/);

    for (let sweep = 2; sweep <= 4; sweep++) {
      const job = await maintenance.add(JobName.SweepReminders, {});
      expect(await job.waitUntilFinished(maintenanceEvents, 20_000)).toEqual({ written: 0 });
    }
    await stopWorker();
    await startWorker(FOUR_WEEKS_BEFORE); // sweep 5, at start-up
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    expect(emailsTo(PROVIDER, subject)).toHaveLength(1);
    const rows = await reminderRows(PROVIDER);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'sent' });
    expect(rows[0].dedupe_key).toMatch(/^reminder:[0-9a-f-]+:annual-report:before-28:[0-9a-f-]+$/);
  });

  it('sends nothing to a provider that has already submitted for the year', async () => {
    expect(smtp.received.filter((e) => e.to.includes(SUBMITTED))).toHaveLength(0);
    expect(await reminderRows(SUBMITTED)).toEqual([]);
  });

  it('loses no reminder when Redis loses its queues: the next sweep re-enqueues the outbox', async () => {
    const subject = 'Reminder: your 2015/16 WRES annual report is due in 14 days';
    await stopWorker();
    // The mail server is refusing for now, so the sweep's rows stay pending with their jobs retrying in Redis.
    smtp.rejectWith = { code: 451, message: 'Try again later' };
    await startWorker(TWO_WEEKS_BEFORE);
    await eventually(async () => {
      const rows = await db.query(
        `SELECT status, attempts FROM outbound_email
         WHERE template = 'deadline-reminder' AND recipient = $1 AND dedupe_key LIKE '%:before-14:%'`,
        [PROVIDER],
      );
      expect(rows).toEqual([{ status: 'pending', attempts: 1 }]);
    }, 20_000);
    await stopWorker();

    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${queuePrefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    expect(await redis.keys(`${queuePrefix}:*`)).toEqual([]);

    smtp.rejectWith = null;
    await startWorker(TWO_WEEKS_BEFORE); // its start-up sweeps re-derive the queue from PostgreSQL
    const email = await smtp.waitFor((e) => e.to.includes(PROVIDER) && e.subject === subject);
    expect(email.text).toContain('is due in 14 days');
    await eventually(async () => {
      const rows = await reminderRows(PROVIDER);
      expect(rows.map((row) => row.status)).toEqual(['sent', 'sent']);
    });
    expect(emailsTo(PROVIDER, subject)).toHaveLength(1);
    expect(smtp.received.filter((e) => e.to.includes(SUBMITTED))).toHaveLength(0);
  });
});

import type { NestExpressApplication } from '@nestjs/platform-express';
import { createDataSource } from '@wres/server/core/database';
import { JobName, jobIdFor, QueueName, redisConnectionOptions } from '@wres/server/core/queue';
import {
  eventually,
  SessionAgent,
  SmtpSink,
  testConfig,
  testEnvironment,
  testProcessEnv,
  WorkerProcess,
} from '@wres/server/core/testing';
import { Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD, startTestApi } from './test-app';

/** Invitations and password resets travel api → outbox → BullMQ → the real worker process → SMTP. */
describe('emails through the queue and the worker', () => {
  let app: NestExpressApplication;
  let smtp: SmtpSink;
  let worker: WorkerProcess;

  beforeAll(async () => {
    smtp = new SmtpSink();
    await smtp.start();
    app = await startTestApi({ SMTP_URL: smtp.url });
    worker = new WorkerProcess(testProcessEnv({ SMTP_URL: smtp.url }));
    await worker.start();
  });

  afterAll(async () => {
    await worker?.stop();
    await app?.close();
    await smtp?.stop();
  });

  const tokenFrom = (text: string, path: string) => {
    const match = text.match(new RegExp(`http://portal\\.test${path}\\?token=([\\w-]+)`));
    if (!match) throw new Error(`No ${path} link in:\n${text}`);
    return match[1];
  };

  it('delivers an invitation with a working link, and records it', async () => {
    const commissioner = new SessionAgent(app);
    await commissioner.signIn('commissioner@demo.test', DEMO_PASSWORD());
    const created = await commissioner
      .post('/api/v1/invitations', {
        email: 'New.Lead@Northfield.test',
        displayName: 'Nadia Lead',
        role: 'commissioner',
      })
      .expect(201);
    expect(created.body.email).toBe('new.lead@northfield.test');

    const email = await smtp.waitFor((e) => e.to.includes('new.lead@northfield.test'));
    expect(email.subject).toBe('You have been invited to the WRES assurance portal');
    expect(email.text).toContain('Catherine Bull has invited you');
    expect(email.text).toContain('NHS Northfield CCG');
    const token = tokenFrom(email.text, '/accept-invitation');
    expect(email.html).toContain(`href="http://portal.test/accept-invitation?token=${token}"`);

    // The worker records the send just after the SMTP server has the message.
    await eventually(async () => {
      const [row] = await app
        .get(DataSource)
        .query(
          `SELECT status, message_id, sent_at, attempts FROM outbound_email WHERE recipient = 'new.lead@northfield.test'`,
        );
      expect(row).toMatchObject({ status: 'sent', attempts: 1 });
      expect(row.message_id).toMatch(/@/);
      expect(row.sent_at).toBeInstanceOf(Date);
    });

    const invitee = new SessionAgent(app);
    await invitee.csrf();
    await invitee.post('/api/v1/invitations/accept', { token, password: 'short' }).expect(400);
    await invitee
      .post('/api/v1/invitations/accept', { token, password: 'a long enough password' })
      .expect(204);
    await invitee
      .post('/api/v1/invitations/accept', { token, password: 'a long enough password' })
      .expect(410);
    await invitee.signIn('new.lead@northfield.test', 'a long enough password');
    const me = await invitee.get('/api/v1/me').expect(200);
    expect(me.body).toMatchObject({ role: 'commissioner', organisation: { odsCode: '01D' } });

    const audit = await app
      .get(DataSource)
      .query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id`, [created.body.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'user.invited',
      'user.invitation-accepted',
      'user.signed-in',
    ]);
  });

  it('does not let a provider submitter invite anyone', async () => {
    const provider = new SessionAgent(app);
    await provider.signIn('provider@demo.test', DEMO_PASSWORD());
    await provider
      .post('/api/v1/invitations', {
        email: 'someone@x.test',
        displayName: 'Someone',
        role: 'provider-submitter',
      })
      .expect(403);
  });

  it('resets a password by emailed link, ending other sessions', async () => {
    const oldSession = new SessionAgent(app);
    await oldSession.signIn('provider2@demo.test', DEMO_PASSWORD());
    const anonymous = new SessionAgent(app);
    await anonymous.csrf();
    await anonymous.post('/api/v1/auth/password-reset', { email: 'nobody@nowhere.test' }).expect(202);
    await anonymous.post('/api/v1/auth/password-reset', { email: 'provider2@demo.test' }).expect(202);
    const email = await smtp.waitFor((e) => e.to.includes('provider2@demo.test'));
    expect(email.subject).toBe('Reset your WRES assurance portal password');
    const token = tokenFrom(email.text, '/reset-password/confirm');
    await anonymous
      .post('/api/v1/auth/password-reset/confirm', { token, password: 'a brand new password' })
      .expect(204);
    await oldSession.get('/api/v1/me').expect(401);
    const fresh = new SessionAgent(app);
    await fresh.signIn('provider2@demo.test', 'a brand new password');
    expect(smtp.received.filter((e) => e.to.includes('nobody@nowhere.test'))).toHaveLength(0);
  });
});

describe('an email requested while Redis is unreachable', () => {
  it('waits in the outbox and is sent by the worker once the queue is back', async () => {
    const smtp = new SmtpSink();
    await smtp.start();
    // The api cannot reach Redis (nothing listens on this port); the worker can.
    const app = await startTestApi({ SMTP_URL: smtp.url, REDIS_URL: 'redis://127.0.0.1:6399' });
    const worker = new WorkerProcess(testProcessEnv({ SMTP_URL: smtp.url }));
    try {
      const admin = new SessionAgent(app);
      await admin.signIn('admin@demo.test', DEMO_PASSWORD());
      await admin
        .post('/api/v1/invitations', {
          email: 'queued@demo.test',
          displayName: 'Queued Person',
          role: 'csu-analyst',
        })
        .expect(201);
      const [pending] = await app
        .get(DataSource)
        .query(`SELECT status FROM outbound_email WHERE recipient = 'queued@demo.test'`);
      expect(pending.status).toBe('pending');

      await worker.start(); // its start-up sweep re-derives the queue from the outbox
      const email = await smtp.waitFor((e) => e.to.includes('queued@demo.test'));
      expect(email.subject).toBe('You have been invited to the WRES assurance portal');
    } finally {
      await worker.stop();
      await app.close();
      await smtp.stop();
    }
  });
});

describe('an email whose send job used up its attempts before it could record why', () => {
  it('is retried by the outbox sweep and sent once', async () => {
    const smtp = new SmtpSink();
    await smtp.start();
    const db = createDataSource(testEnvironment().databaseUrl);
    await db.initialize();
    const connection = redisConnectionOptions(testConfig().redis.url, 'worker');
    const { queuePrefix } = testEnvironment();
    const queue = new Queue(QueueName.Email, { connection, prefix: queuePrefix });
    const worker = new WorkerProcess(testProcessEnv({ SMTP_URL: smtp.url }));
    // Stands in for a worker whose every attempt died before the outbox row could be updated.
    const failing = new Worker(
      QueueName.Email,
      async () => {
        throw new Error('connection to PostgreSQL lost');
      },
      { connection, prefix: queuePrefix },
    );
    try {
      const [row]: Array<{ id: string }> = await db.query(
        `INSERT INTO outbound_email (dedupe_key, template, recipient, data, status, attempts)
         VALUES ('test:exhausted-job', 'password-reset', 'exhausted@demo.test', $1, 'pending', 0) RETURNING id`,
        [
          JSON.stringify({
            displayName: 'Exhausted Job',
            link: 'http://portal.test/reset',
            expiresInMinutes: 60,
          }),
        ],
      );
      const jobId = jobIdFor(JobName.SendEmail, row.id);
      await queue.add(JobName.SendEmail, { outboundEmailId: row.id }, { jobId, attempts: 1 });
      await eventually(async () => expect(await queue.getJobState(jobId)).toBe('failed'));
      await failing.close();

      await worker.start(); // its start-up sweep finds the row pending and its job failed
      const email = await smtp.waitFor((e) => e.to.includes('exhausted@demo.test'));
      expect(email.subject).toBe('Reset your WRES assurance portal password');
      await eventually(async () => {
        const [sent] = await db.query(`SELECT status FROM outbound_email WHERE id = $1`, [row.id]);
        expect(sent.status).toBe('sent');
      });
      expect(smtp.received.filter((e) => e.to.includes('exhausted@demo.test'))).toHaveLength(1);
    } finally {
      await failing.close();
      await worker.stop();
      await queue.close();
      await db.destroy();
      await smtp.stop();
    }
  });
});

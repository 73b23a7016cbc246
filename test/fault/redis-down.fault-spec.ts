import { eventually, SessionAgent, SmtpSink } from '@wres/server/core/testing';
import type { WorkerProcess } from '@wres/server/core/testing';
import type { DataSource } from 'typeorm';
import { ApiProcess } from './support/api-process';
import { stopWithin } from './support/cleanup';
import { PrivatePostgres } from './support/private-postgres';
import { PrivateRedis } from './support/private-redis';
import { FAULT_PASSWORD, openDatabase, seedDatabase, serviceEnv, startWorker } from './support/services';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Redis goes away while the service is in use. Reads, sign-in and anything that only needs PostgreSQL keep
 * working; health says the service is degraded and names Redis; emails requested meanwhile wait in the
 * outbox and are sent once Redis is back, although the Redis that comes back has lost everything (no
 * persistence) and the api that took one of the requests was replaced during the outage.
 */
describe('Redis down', () => {
  let postgres: PrivatePostgres;
  let redis: PrivateRedis;
  let smtp: SmtpSink;
  let env: NodeJS.ProcessEnv;
  const apis: ApiProcess[] = [];
  let worker: WorkerProcess;
  let db: DataSource;

  async function startApi(): Promise<ApiProcess> {
    const api = new ApiProcess(env);
    apis.push(api);
    await api.start();
    return api;
  }

  beforeAll(async () => {
    postgres = await PrivatePostgres.start();
    const databaseUrl = postgres.url('wres');
    await seedDatabase(databaseUrl);
    db = await openDatabase(databaseUrl);
    redis = await PrivateRedis.start();
    smtp = new SmtpSink();
    await smtp.start();
    env = serviceEnv({ databaseUrl, redisUrl: redis.url, smtpUrl: smtp.url });
    worker = await startWorker(env);
  });

  afterAll(async () => {
    if (worker) await stopWithin(worker);
    for (const api of apis) await stopWithin(api);
    await smtp?.stop().catch(() => undefined);
    await db?.destroy().catch(() => undefined);
    await redis?.destroy();
    await postgres?.destroy();
  });

  const outboxRow = async (recipient: string) =>
    db.query(`SELECT status, attempts FROM outbound_email WHERE recipient = $1`, [recipient]);
  const arrivedFor = (recipient: string) => smtp.received.filter((email) => email.to.includes(recipient));

  it('keeps reads working, says degraded, and sends the emails queued meanwhile once Redis is back', async () => {
    let api = await startApi();
    let admin = new SessionAgent(api.url);
    await admin.signIn('admin@demo.test', FAULT_PASSWORD);
    const health = await admin.get('/api/health').expect(200);
    expect(health.body.status).toBe('ok');

    await redis.stop();
    const stoppedAt = Date.now();

    const degraded = await admin.get('/api/health');
    expect(degraded.status).toBe(200);
    expect(degraded.body).toMatchObject({
      status: 'degraded',
      info: { database: { status: 'up' } },
      error: { redis: { status: 'down' } },
    });

    // What users do that needs only PostgreSQL carries on: reading, and signing in afresh.
    const organisations = await admin.get('/api/v1/organisations').expect(200);
    expect(organisations.body.length).toBeGreaterThan(0);
    const provider = new SessionAgent(api.url);
    await provider.signIn('provider@demo.test', FAULT_PASSWORD);
    const mine = await provider.get('/api/v1/organisations/mine').expect(200);
    await provider.get(`/api/v1/providers/${mine.body.id}/wres-reports`).expect(200);

    // An invitation needs an email: the request succeeds at once, and the email waits in the outbox.
    const invite = async (email: string) => {
      const started = Date.now();
      await admin
        .post('/api/v1/invitations', { email, displayName: 'Rita Down', role: 'csu-analyst' })
        .expect(201);
      return Date.now() - started;
    };
    const first = 'during.outage@demo.test';
    const firstMs = await invite(first);
    expect(await outboxRow(first)).toEqual([{ status: 'pending', attempts: 0 }]);

    // A deploy during the outage: the api that took that request is replaced, and whatever it held in
    // memory to queue later goes with it. Only the outbox remembers the email.
    const replaced = await stopWithin(api, 10_000);
    api = await startApi();
    admin = new SessionAgent(api.url);
    await admin.signIn('admin@demo.test', FAULT_PASSWORD);
    const second = 'after.deploy@demo.test';
    const secondMs = await invite(second);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await outboxRow(first)).toEqual([{ status: 'pending', attempts: 0 }]);
    expect(await outboxRow(second)).toEqual([{ status: 'pending', attempts: 0 }]);
    expect(arrivedFor(first)).toHaveLength(0);

    // Redis returns empty-handed: queued jobs and the worker's schedules are gone.
    await redis.start();
    const backAt = Date.now();
    const outageMs = backAt - stoppedAt;
    await eventually(
      async () => {
        const again = await admin.get('/api/health').expect(200);
        expect(again.body.status).toBe('ok');
      },
      20_000,
      250,
    );
    const delivered: Record<string, number> = {};
    for (const recipient of [first, second]) {
      const email = await smtp.waitFor((e) => e.to.includes(recipient), 90_000);
      delivered[recipient] = Date.now() - backAt;
      expect(email.subject).toBe('You have been invited to the WRES assurance portal');
    }
    for (const recipient of [first, second]) {
      await eventually(async () =>
        expect(await outboxRow(recipient)).toEqual([{ status: 'sent', attempts: 1 }]),
      );
      expect(arrivedFor(recipient)).toHaveLength(1);
    }

    console.log(
      [
        `Redis down for ${seconds(outageMs)}: health 200 "degraded" naming redis; reads and sign-in 200.`,
        `Invitations answered 201 in ${firstMs} ms and ${secondMs} ms, each email kept in the outbox.`,
        `After Redis came back (empty): the email whose api was replaced arrived in ${seconds(delivered[first])},`,
        `the other in ${seconds(delivered[second])}; each exactly once. (The replaced api ${replaced} on SIGTERM.)`,
      ].join('\n'),
    );
  });
});

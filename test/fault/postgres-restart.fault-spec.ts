import { SessionAgent } from '@wres/server/core/testing';
import { ApiProcess } from './support/api-process';
import { stopWithin } from './support/cleanup';
import { PrivatePostgres } from './support/private-postgres';
import { PrivateRedis } from './support/private-redis';
import { FAULT_PASSWORD, seedDatabase, serviceEnv } from './support/services';

interface Probe {
  at: number;
  what: 'read' | 'health';
  /** The HTTP status, or the network error when the api gave no answer at all. */
  outcome: number | string;
  retryAfter?: string;
  body?: unknown;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * PostgreSQL goes away under a running api: restarted (`pg_ctl restart -m fast` cuts every connection),
 * then down for several seconds. Requests made meanwhile get a clean, retryable 503, the process does not
 * crash, and the same api instance serves the same signed-in user again soon after, without a restart.
 */
describe('PostgreSQL restarted', () => {
  let postgres: PrivatePostgres;
  let redis: PrivateRedis;
  let api: ApiProcess;
  let pid: number | undefined;
  let commissioner: SessionAgent;
  let organisations: unknown;

  beforeAll(async () => {
    postgres = await PrivatePostgres.start();
    const databaseUrl = postgres.url('wres');
    await seedDatabase(databaseUrl);
    redis = await PrivateRedis.start();
    api = new ApiProcess(serviceEnv({ databaseUrl, redisUrl: redis.url }));
    await api.start();
    pid = api.pid;
    commissioner = new SessionAgent(api.url);
    await commissioner.signIn('commissioner@demo.test', FAULT_PASSWORD);
    organisations = (await commissioner.get('/api/v1/organisations').expect(200)).body;
  });

  afterAll(async () => {
    if (api) await stopWithin(api);
    await redis?.destroy();
    await postgres?.destroy();
  });

  /**
   * Probes as users and a load balancer would, ten times a second each: the signed-in commissioner's
   * organisations, and health without a session. Runs `fault`, then waits until reads have answered 200
   * for three seconds in a row (at most 60 s), and reports what every probe got from the fault on.
   */
  async function probeThrough(fault: () => Promise<void>) {
    const anonymous = new SessionAgent(api.url);
    const probes: Probe[] = [];
    let probing = true;
    const probe = async (what: Probe['what']) => {
      while (probing) {
        const at = Date.now();
        const request =
          what === 'read' ? commissioner.get('/api/v1/organisations') : anonymous.get('/api/health');
        const probe: Probe = await request.timeout(5_000).then(
          (response) => ({
            at,
            what,
            outcome: response.status,
            retryAfter: response.headers['retry-after'],
            body: response.body,
          }),
          (error: { code?: string; message: string }) => ({ at, what, outcome: error.code ?? error.message }),
        );
        probes.push(probe);
        await sleep(100);
      }
    };
    const running = Promise.all([probe('read'), probe('health')]);
    await sleep(500);

    const faultStarted = Date.now();
    await fault();
    const faultEnded = Date.now();
    let recoveredAt: number | null = null;
    while (recoveredAt === null && Date.now() - faultEnded < 60_000) {
      await sleep(250);
      const reads = probes.filter((p) => p.what === 'read' && p.at >= faultStarted);
      const lastFailure = [...reads].reverse().find((p) => p.outcome !== 200);
      const firstOk = reads.find((p) => p.outcome === 200 && (!lastFailure || p.at > lastFailure.at));
      if (firstOk && lastFailure && Date.now() - firstOk.at >= 3_000) recoveredAt = firstOk.at;
      if (firstOk && !lastFailure && Date.now() - faultEnded >= 3_000) recoveredAt = faultEnded;
    }
    probing = false;
    await running;

    const during = probes.filter((p) => p.at >= faultStarted);
    const tally = (what: Probe['what']) =>
      during
        .filter((p) => p.what === what)
        .reduce<Record<string, number>>(
          (counts, p) => ({ ...counts, [p.outcome]: (counts[p.outcome] ?? 0) + 1 }),
          {},
        );
    return {
      during,
      faultMs: faultEnded - faultStarted,
      recoveryMs: recoveredAt === null ? null : Math.max(0, recoveredAt - faultEnded),
      summary: `reads ${JSON.stringify(tally('read'))}, health ${JSON.stringify(tally('health'))}`,
    };
  }

  /** What must hold after any of the faults: same process, every request answered, only clean refusals. */
  async function expectCleanRecovery(result: Awaited<ReturnType<typeof probeThrough>>) {
    expect(result.recoveryMs).not.toBeNull();
    expect(api.alive).toBe(true);
    expect(api.pid).toBe(pid);
    // Every request got an HTTP answer: no reset connection, no hang.
    expect(result.during.filter((p) => typeof p.outcome !== 'number')).toEqual([]);
    // Anything but 200 is a retryable 503, never a 500 or a wrong answer such as 401.
    const refusals = result.during.filter((p) => p.outcome !== 200);
    expect(refusals.filter((p) => p.outcome !== 503)).toEqual([]);
    expect(refusals.filter((p) => p.what === 'read' && p.retryAfter !== '5')).toEqual([]);
    // The same session reads the same data, and signing in (a write) works again.
    expect((await commissioner.get('/api/v1/organisations').expect(200)).body).toEqual(organisations);
    const fresh = new SessionAgent(api.url);
    await fresh.signIn('provider@demo.test', FAULT_PASSWORD);
    await fresh.get('/api/v1/organisations/mine').expect(200);
    expect((await fresh.get('/api/health').expect(200)).body.status).toBe('ok');
    return refusals;
  }

  it('answers during `pg_ctl restart -m fast` and serves again without restarting the api', async () => {
    const result = await probeThrough(() => postgres.restart());
    console.log(
      `PostgreSQL restart (-m fast) took ${result.faultMs} ms; reads answered 200 again ` +
        `${result.recoveryMs} ms after it returned, same api process.\nFrom the restart on: ${result.summary}.`,
    );
    await expectCleanRecovery(result);
  });

  it('answers 503 while PostgreSQL is down for 5 s, health naming the database, then recovers', async () => {
    const result = await probeThrough(async () => {
      await postgres.stop('fast');
      await sleep(5_000);
      await postgres.start();
    });
    console.log(
      `PostgreSQL down ${result.faultMs} ms (stop, 5 s, start); reads answered 200 again ${result.recoveryMs} ms ` +
        `after it was back, same api process.\nFrom the stop on: ${result.summary}.`,
    );
    const refusals = await expectCleanRecovery(result);
    expect(refusals.filter((p) => p.what === 'read').length).toBeGreaterThan(10);
    expect(refusals.filter((p) => p.what === 'health')).not.toHaveLength(0);
    for (const health of refusals.filter((p) => p.what === 'health'))
      expect(health.body).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
  });
});

import { cpus, loadavg } from 'node:os';
import { SEED_004_2018_19 } from '@wres/domain/wres';
import { ApiProcess } from './support/api-process';
import { stopWithin } from './support/cleanup';
import { runLoad, signInHeaders } from './support/load';
import type { LoadResult } from './support/load';
import { PrivatePostgres } from './support/private-postgres';
import { PrivateRedis } from './support/private-redis';
import { FAULT_PASSWORD, openDatabase, seedDatabase, serviceEnv } from './support/services';

const RATE_PER_SECOND = 100;
const DURATION_MS = 60_000;

/**
 * 60 seconds at 100 requests a second against the real api on loopback, a mix of what users and monitoring
 * do: health, two signed-in reads and the WRES calculator. Every request is answered and none with a 5xx.
 * Rate and latencies are reported, not asserted: the machine is shared.
 */
describe('load', () => {
  let postgres: PrivatePostgres;
  let redis: PrivateRedis;
  let api: ApiProcess;
  let providerId: string;

  beforeAll(async () => {
    postgres = await PrivatePostgres.start();
    const databaseUrl = postgres.url('wres');
    await seedDatabase(databaseUrl);
    const db = await openDatabase(databaseUrl);
    try {
      // Northfield Community Health NHS Trust, a provider the demo commissioner commissions.
      const [provider] = await db.query(
        `SELECT o.id FROM organisation o JOIN app_user u ON u.organisation_id = o.id WHERE u.email = 'provider@demo.test'`,
      );
      providerId = provider.id;
    } finally {
      await db.destroy();
    }
    redis = await PrivateRedis.start();
    api = new ApiProcess(serviceEnv({ databaseUrl, redisUrl: redis.url }));
    await api.start();
  });

  afterAll(async () => {
    if (api) await stopWithin(api);
    await redis?.destroy();
    await postgres?.destroy();
  });

  it(`answers ${RATE_PER_SECOND} requests a second for ${DURATION_MS / 1000} s with no 5xx`, async () => {
    const commissioner = await signInHeaders(api.url, 'commissioner@demo.test', FAULT_PASSWORD);
    const cpuBefore = api.cpuSeconds();
    const report = await runLoad({
      baseUrl: api.url,
      ratePerSecond: RATE_PER_SECOND,
      durationMs: DURATION_MS,
      targets: [
        { name: 'health', method: 'GET', path: '/api/health' },
        { name: 'organisations', method: 'GET', path: '/api/v1/organisations', headers: commissioner },
        {
          name: 'provider reports',
          method: 'GET',
          path: `/api/v1/providers/${providerId}/wres-reports`,
          headers: commissioner,
        },
        {
          name: 'calculator',
          method: 'POST',
          path: '/api/v1/wres/calculate',
          headers: commissioner,
          body: JSON.stringify(SEED_004_2018_19),
        },
      ],
    });

    const cpuAfter = api.cpuSeconds();
    const apiCpu =
      cpuBefore === null || cpuAfter === null
        ? 'unknown'
        : `${Math.round(((cpuAfter - cpuBefore) / (report.durationMs / 1000)) * 100)}% of one CPU`;
    const line = (r: LoadResult) =>
      `${r.name.padEnd(17)} ${String(r.sent).padStart(5)} sent  ${JSON.stringify(r.outcomes).padEnd(14)} ` +
      `p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms, p99 ${r.latencyMs.p99} ms, max ${r.latencyMs.max} ms`;
    console.log(
      [
        `${report.sent} requests in ${(report.durationMs / 1000).toFixed(1)} s: ${report.answered} answered, ` +
          `${report.achievedPerSecond} a second achieved (target ${RATE_PER_SECOND}); at most ${report.maxInFlight} in flight.`,
        `The api used ${apiCpu}; machine load average ${loadavg()[0].toFixed(1)} over ${cpus().length} CPUs.`,
        ...report.byTarget.map(line),
        line(report.overall),
      ].join('\n'),
    );

    expect(report.sent).toBe((RATE_PER_SECOND * DURATION_MS) / 1000);
    // Every request got an answer, none of them a server error, and each was the answer a user expects.
    expect(report.answered).toBe(report.sent);
    const serverErrors = Object.entries(report.overall.outcomes).filter(([status]) => /^5/.test(status));
    expect(serverErrors).toEqual([]);
    expect(report.overall.outcomes).toEqual({ '200': report.sent });
    expect(api.alive).toBe(true);
  });
});

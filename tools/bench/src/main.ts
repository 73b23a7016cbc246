import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { findCycle, milestoneDueDate, shippedCycles, todayInLondon } from '@wres/domain/calendar';
import { SEED_004_2018_19 } from '@wres/domain/wres';
import {
  COMMISSIONER_DASHBOARD_SQL,
  commissionerDashboardParameters,
  CSU_DASHBOARD_SQL,
  csuDashboardParameters,
  DASHBOARD_REMIT_SQL,
} from '@wres/server/reporting';
import { Pool } from 'pg';
import { parseBenchArguments, type BenchArguments } from './bench-arguments';
import { BenchClient } from './http-client';
import { gzippedBytes, initialScripts } from './initial-js';
import { runLoad, type Work } from './load-runner';
import { fixed, table, type LoadFigures } from './stats';

const ROOT = process.cwd();
const API = join(ROOT, 'dist/apps/api/main.js');
const WEB = join(ROOT, 'dist/apps/web/browser');

interface EndpointResult {
  name: string;
  request: string;
  levels: Array<{ concurrency: number } & LoadFigures>;
}

interface SqlResult {
  dashboard: string;
  statements: number;
  levels: Array<{ concurrency: number; endpointP50: number; sqlP50: number; ratio: number } & LoadFigures>;
}

function log(line = ''): void {
  console.log(line);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The built api on its own port against the national database, as production runs it. */
async function startApi(args: BenchArguments, port: number, databaseUrl: string): Promise<ChildProcess> {
  if (!existsSync(API)) throw new Error('The api is not built: run `npm run bench`, which builds it.');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    QUEUE_PREFIX: 'wres-bench',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: args.logLevel,
  };
  delete env['APP_NOW'];
  delete env['WEB_DIST'];
  const child = spawn(process.execPath, [API], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The api stopped (exit ${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill('SIGTERM');
  throw new Error(`The api did not become healthy within 90 s:\n${output}`);
}

async function stopApi(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

interface BenchUsers {
  providers: Array<{ email: string; providerId: string; version: number }>;
  commissioners: Array<{ email: string; organisationId: string }>;
  analysts: Array<{ email: string; organisationId: string }>;
}

/** Who the clients sign in as: providers with a report that year, ICB commissioners, CSU analysts. */
async function benchUsers(pool: Pool, year: string): Promise<BenchUsers> {
  const providers = await pool.query(
    `SELECT u.email, s.provider_id, s.current_version
     FROM submission s
     JOIN organisation p ON p.id = s.provider_id
     JOIN app_user u ON u.organisation_id = s.provider_id AND u.role = 'provider-submitter' AND u.status = 'active'
     WHERE s.contract_year = $1 AND s.current_version > 0
       AND u.email = (SELECT min(email) FROM app_user x WHERE x.organisation_id = p.id AND x.role = 'provider-submitter')
     ORDER BY p.ods_code LIMIT 50`,
    [year],
  );
  const commissioners = await pool.query(
    `SELECT DISTINCT ON (o.ods_code) u.email, o.id FROM app_user u JOIN organisation o ON o.id = u.organisation_id
     WHERE u.role = 'commissioner' AND u.status = 'active' AND o.kind = 'icb'
       AND EXISTS (SELECT 1 FROM contract_commissioner cc JOIN contract c ON c.id = cc.contract_id
                   WHERE cc.commissioner_id = o.id AND c.contract_year = $1)
     ORDER BY o.ods_code, u.email LIMIT 50`,
    [year],
  );
  const analysts = await pool.query(
    `SELECT u.email, u.organisation_id FROM app_user u JOIN organisation o ON o.id = u.organisation_id
     WHERE u.role = 'csu-analyst' AND u.status = 'active' AND o.kind = 'csu' ORDER BY u.email`,
  );
  const result: BenchUsers = {
    providers: providers.rows.map((r) => ({
      email: r.email,
      providerId: r.provider_id,
      version: r.current_version,
    })),
    commissioners: commissioners.rows.map((r) => ({ email: r.email, organisationId: r.id })),
    analysts: analysts.rows.map((r) => ({ email: r.email, organisationId: r.organisation_id })),
  };
  if (result.providers.length === 0 || result.commissioners.length === 0 || result.analysts.length === 0) {
    throw new Error(
      `The database has no providers, ICB commissioners or CSU analysts with ${year} data to sign in as`,
    );
  }
  return result;
}

/** Signs in `count` clients round-robin over the users, a few at a time (argon2 takes its time). */
async function signedIn(
  port: number,
  emails: readonly string[],
  count: number,
  password: string,
): Promise<BenchClient[]> {
  const clients = Array.from({ length: count }, () => new BenchClient('127.0.0.1', port));
  for (let start = 0; start < count; start += 5) {
    await Promise.all(
      clients
        .slice(start, start + 5)
        .map((client, offset) => client.signIn(emails[(start + offset) % emails.length], password)),
    );
  }
  return clients;
}

function dueDateOf(year: string): string | null {
  try {
    const milestone = findCycle(shippedCycles(), year).milestones.find((m) => m.kind === 'annual-report');
    return milestone ? milestoneDueDate(milestone) : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const args = parseBenchArguments(process.argv.slice(2));
  const databaseUrl = `${args.server.replace(/\/+$/, '')}/${args.database}`;
  const startedAt = new Date();
  const levels = args.concurrency;
  const maxClients = Math.max(...levels);
  const pool = new Pool({ connectionString: databaseUrl, max: 10, application_name: 'wres-bench' });
  const [{ organisations }] = (
    await pool.query(`SELECT count(*)::int AS organisations FROM organisation`).catch(() => {
      throw new Error(`Cannot read ${args.database}: generate it first with \`npm run data:national\`.`);
    })
  ).rows;
  const [{ version: postgres }] = (await pool.query(`SELECT current_setting('server_version') AS version`))
    .rows;
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres,
    loadAverageAtStart: loadavg().map((n) => Number(n.toFixed(2))),
  };
  log(`WRES benchmarks, ${startedAt.toISOString()}`);
  log(
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, PostgreSQL ${postgres}`,
  );
  log(
    `Load average at start: ${machine.loadAverageAtStart.join(', ')} (other work on the machine skews every figure)`,
  );
  log(
    `Database ${args.database}: ${organisations.toLocaleString('en-GB')} organisations; contract year ${args.year}`,
  );
  log(
    `Each endpoint: ${levels.join(', ')} concurrent clients, ${args.warmupSeconds} s warm-up then ${args.seconds} s measured`,
  );

  const users = await benchUsers(pool, args.year);
  const port = await freePort();
  const api = await startApi(args, port, databaseUrl);
  log(`api started on port ${port} (NODE_ENV=production, LOG_LEVEL=${args.logLevel})`);
  const results: EndpointResult[] = [];
  const sqlResults: SqlResult[] = [];
  try {
    log('Signing clients in…');
    const password = args.password;
    const providerClients = await signedIn(
      port,
      users.providers.map((u) => u.email),
      maxClients,
      password,
    );
    const commissionerClients = await signedIn(
      port,
      users.commissioners.map((u) => u.email),
      maxClients,
      password,
    );
    const analystClients = await signedIn(
      port,
      users.analysts.map((u) => u.email),
      maxClients,
      password,
    );
    const loginClients = Array.from({ length: maxClients }, () => new BenchClient('127.0.0.1', port));
    await Promise.all(loginClients.map((client) => client.fetchCsrf()));

    const yearQuery = encodeURIComponent(args.year);
    const yearPath = args.year.replace('/', '-');
    const providerOf = (client: number) => users.providers[client % users.providers.length];
    const ok = (status: number) => status >= 200 && status < 300;
    const all: Array<{ name: string; request: string; work: Work; check: () => Promise<string> }> = [
      {
        name: 'login',
        request: 'POST /api/v1/auth/login',
        work: async (client) =>
          ok(
            (
              await loginClients[client].post('/api/v1/auth/login', {
                email: providerOf(client).email,
                password,
              })
            ).status,
          ),
        check: async () => 'a provider submitter signs in',
      },
      {
        name: 'provider obligations',
        request: 'GET /api/v1/providers/:id/wres-reports',
        work: async (client) =>
          ok(
            (
              await providerClients[client].get(
                `/api/v1/providers/${providerOf(client).providerId}/wres-reports`,
              )
            ).status,
          ),
        check: async () => {
          const body = JSON.parse(
            (await providerClients[0].get(`/api/v1/providers/${providerOf(0).providerId}/wres-reports`)).body,
          );
          return `${body.provider?.name}: ${body.reports?.length} years of WRES reports`;
        },
      },
      {
        name: 'provider scope',
        request: `GET /api/v1/providers/:id/scope?contractYear=${args.year}`,
        work: async (client) =>
          ok(
            (
              await providerClients[client].get(
                `/api/v1/providers/${providerOf(client).providerId}/scope?contractYear=${yearQuery}`,
              )
            ).status,
          ),
        check: async () => {
          const response = await providerClients[0].get(
            `/api/v1/providers/${providerOf(0).providerId}/scope?contractYear=${yearQuery}`,
          );
          const body = JSON.parse(response.body);
          return `status ${response.status}, ${body.obligations?.length ?? '?'} obligations`;
        },
      },
      {
        name: 'submission view',
        request: 'GET /api/v1/submissions/:providerId/:year/versions/:n',
        work: async (client) => {
          const provider = providerOf(client);
          return ok(
            (
              await providerClients[client].get(
                `/api/v1/submissions/${provider.providerId}/${yearPath}/versions/${provider.version}`,
              )
            ).status,
          );
        },
        check: async () => {
          const provider = providerOf(0);
          const response = await providerClients[0].get(
            `/api/v1/submissions/${provider.providerId}/${yearPath}/versions/${provider.version}`,
          );
          return `status ${response.status}, version ${provider.version}, ${response.body.length.toLocaleString('en-GB')} bytes`;
        },
      },
      {
        name: 'calculator',
        request: 'POST /api/v1/wres/calculate (seed 004, 2018/19)',
        work: async (client) =>
          ok((await providerClients[client].post('/api/v1/wres/calculate', SEED_004_2018_19)).status),
        check: async () => {
          const response = await providerClients[0].post('/api/v1/wres/calculate', SEED_004_2018_19);
          const body = JSON.parse(response.body);
          return `status ${response.status}, ${Object.keys(body.indicators ?? {}).length} indicators`;
        },
      },
      {
        name: 'commissioner dashboard',
        request: `GET /api/v1/dashboards/commissioner?contractYear=${args.year}`,
        work: async (client) =>
          ok(
            (
              await commissionerClients[client].get(
                `/api/v1/dashboards/commissioner?contractYear=${yearQuery}`,
              )
            ).status,
          ),
        check: async () => {
          const response = await commissionerClients[0].get(
            `/api/v1/dashboards/commissioner?contractYear=${yearQuery}`,
          );
          const body = JSON.parse(response.body);
          const s = body.summary;
          return `${body.commissioner?.name}: ${s?.providers} co-ordinated providers, ${s?.scope?.inScope} in scope, ${s?.reports?.submittedOnTime} on time, ${s?.reports?.submittedLate} late, ${s?.assurance?.assured} assured (${response.body.length.toLocaleString('en-GB')} bytes)`;
        },
      },
      {
        name: 'CSU dashboard',
        request: `GET /api/v1/dashboards/csu?contractYear=${args.year}`,
        work: async (client) =>
          ok((await analystClients[client].get(`/api/v1/dashboards/csu?contractYear=${yearQuery}`)).status),
        check: async () => {
          const response = await analystClients[0].get(`/api/v1/dashboards/csu?contractYear=${yearQuery}`);
          const body = JSON.parse(response.body);
          const total = body.reporting?.total;
          return `${body.organisation?.name}: ${body.commissioners?.length} commissioners, ${total?.expected} reports expected, ${total?.submittedOnTime} on time, ${total?.submittedLate} late; ${body.distributions?.[0]?.providers?.length} providers in the distributions (${response.body.length.toLocaleString('en-GB')} bytes)`;
        },
      },
    ];
    const endpoints = all.filter((endpoint) => args.only.length === 0 || args.only.includes(endpoint.name));

    log('');
    log('The endpoints answer on the national data:');
    for (const endpoint of endpoints) log(`  ${endpoint.name}: ${await endpoint.check()}`);

    for (const endpoint of endpoints) {
      const result: EndpointResult = { name: endpoint.name, request: endpoint.request, levels: [] };
      for (const concurrency of levels) {
        const figures = await runLoad(endpoint.work, concurrency, args);
        result.levels.push({ concurrency, ...figures });
        log(
          `  ${endpoint.name} × ${concurrency}: p50 ${fixed(figures.p50)} ms, p95 ${fixed(figures.p95)} ms, ` +
            `p99 ${fixed(figures.p99)} ms, ${fixed(figures.requestsPerSecond, 0)} req/s` +
            (figures.errors > 0 ? `, ${figures.errors} errors` : ''),
        );
      }
      results.push(result);
    }

    // The dashboards' own SQL, run directly against PostgreSQL the way the services run it: the remit's
    // statements, then each of the dashboard's in the order `load` runs them.
    const today = todayInLondon(new Date());
    const dueDate = dueDateOf(args.year);
    const query = (sql: string, parameters: unknown[]) => pool.query(sql, parameters);
    const csuStatements = async (client: number) => {
      const organisationId = users.analysts[client % users.analysts.length].organisationId;
      await query(DASHBOARD_REMIT_SQL.organisation, [organisationId]);
      const remit = (await query(DASHBOARD_REMIT_SQL.supported, [organisationId])).rows.map(
        (r) => r.id as string,
      );
      const parameters = csuDashboardParameters(remit, args.year, dueDate, today);
      for (const key of Object.keys(CSU_DASHBOARD_SQL) as Array<keyof typeof CSU_DASHBOARD_SQL>) {
        await query(CSU_DASHBOARD_SQL[key], parameters[key]);
      }
      return true;
    };
    const commissionerStatements = async (client: number) => {
      const organisationId = users.commissioners[client % users.commissioners.length].organisationId;
      await query(DASHBOARD_REMIT_SQL.lineage, [organisationId]);
      const lineage = (await query(DASHBOARD_REMIT_SQL.lineage, [organisationId])).rows.map(
        (r) => r.id as string,
      );
      const parameters = commissionerDashboardParameters(lineage, args.year, dueDate, today);
      for (const sql of Object.values(COMMISSIONER_DASHBOARD_SQL)) await query(sql, parameters);
      return true;
    };
    for (const [dashboard, work, statements] of [
      ['commissioner dashboard', commissionerStatements, 2 + Object.keys(COMMISSIONER_DASHBOARD_SQL).length],
      ['CSU dashboard', csuStatements, 2 + Object.keys(CSU_DASHBOARD_SQL).length],
    ] as const) {
      const endpoint = results.find((r) => r.name === dashboard);
      if (!endpoint) continue;
      const result: SqlResult = { dashboard, statements, levels: [] };
      for (const concurrency of levels) {
        const figures = await runLoad(work, concurrency, args);
        const endpointP50 = endpoint.levels.find((l) => l.concurrency === concurrency)?.p50 ?? Number.NaN;
        result.levels.push({
          concurrency,
          ...figures,
          endpointP50,
          sqlP50: figures.p50,
          ratio: endpointP50 / figures.p50,
        });
        log(
          `  ${dashboard} SQL × ${concurrency}: p50 ${fixed(figures.p50)} ms → endpoint/SQL ${fixed(endpointP50 / figures.p50, 2)}`,
        );
      }
      sqlResults.push(result);
    }
    for (const client of [...providerClients, ...commissionerClients, ...analystClients, ...loginClients])
      client.close();
  } finally {
    await stopApi(api);
    await pool.end();
  }

  const web = initialJavaScript();
  const finishedAt = new Date();
  const loadAverageAtEnd = loadavg().map((n) => Number(n.toFixed(2)));
  printReport(results, sqlResults, web, loadAverageAtEnd);
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const file = join(ROOT, 'tmp/bench-results.json');
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        machine: { ...machine, loadAverageAtEnd },
        settings: {
          database: args.database,
          contractYear: args.year,
          concurrency: levels,
          warmupSeconds: args.warmupSeconds,
          seconds: args.seconds,
          logLevel: args.logLevel,
        },
        endpoints: results,
        dashboardSql: sqlResults,
        initialJavaScript: web,
        targets: targets(results, sqlResults, web),
      },
      null,
      2,
    )}\n`,
  );
  log(`Written to tmp/bench-results.json`);
}

interface WebSize {
  files: Array<{ file: string; bytes: number; gzipBytes: number }>;
  bytes: number;
  gzipBytes: number;
}

function initialJavaScript(): WebSize | null {
  const index = join(WEB, 'index.html');
  if (!existsSync(index)) return null;
  const read = (file: string) => (existsSync(join(WEB, file)) ? readFileSync(join(WEB, file), 'utf8') : null);
  const files = initialScripts(readFileSync(index, 'utf8'), read).map((file) => {
    const content = readFileSync(join(WEB, file));
    return { file, bytes: content.length, gzipBytes: gzippedBytes(content) };
  });
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}

interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | null;
}

function targets(results: EndpointResult[], sql: SqlResult[], web: WebSize | null): TargetCheck[] {
  const at = (name: string, concurrency: number) =>
    results.find((r) => r.name === name)?.levels.find((l) => l.concurrency === concurrency);
  const csu = at('CSU dashboard', 50);
  const csuRatio = sql.find((s) => s.dashboard === 'CSU dashboard')?.levels.find((l) => l.concurrency === 50);
  const obligations = at('provider obligations', 50);
  const calculator = results.find((r) => r.name === 'calculator');
  const bestRate = calculator ? Math.max(...calculator.levels.map((l) => l.requestsPerSecond)) : Number.NaN;
  const check = (
    target: string,
    value: number | undefined,
    unit: string,
    met: (v: number) => boolean,
  ): TargetCheck =>
    value === undefined || !Number.isFinite(value)
      ? { target, measured: 'not measured', met: null }
      : {
          target,
          measured: `${fixed(value, unit === '' ? 2 : unit === 'req/s' ? 0 : 1)}${unit ? ` ${unit}` : ''}`,
          met: met(value),
        };
  return [
    check('CSU dashboard p95 < 150 ms at 50 concurrent', csu?.p95, 'ms', (v) => v < 150),
    check('CSU dashboard endpoint/SQL p50 ≤ 2 at 50 concurrent', csuRatio?.ratio, '', (v) => v <= 2),
    check('provider obligations p95 < 50 ms at 50 concurrent', obligations?.p95, 'ms', (v) => v < 50),
    check('calculator ≥ 2,000 req/s (best level)', bestRate, 'req/s', (v) => v >= 2_000),
    check(
      'initial JavaScript ≤ 250 kB gzipped',
      web ? web.gzipBytes / 1_000 : undefined,
      'kB',
      (v) => v <= 250,
    ),
  ];
}

function printReport(
  results: EndpointResult[],
  sql: SqlResult[],
  web: WebSize | null,
  loadAverageAtEnd: number[],
): void {
  log('');
  log('Latency (ms) and throughput, closed-loop clients:');
  log(
    table(
      ['endpoint', 'clients', 'requests', 'errors', 'p50', 'p95', 'p99', 'req/s'],
      results.flatMap((result) =>
        result.levels.map((l) => [
          result.name,
          String(l.concurrency),
          String(l.requests),
          String(l.errors),
          fixed(l.p50),
          fixed(l.p95),
          fixed(l.p99),
          fixed(l.requestsPerSecond, 0),
        ]),
      ),
    ),
  );
  log('');
  log('Dashboards: endpoint p50 against the same SQL run directly on PostgreSQL (pool of 10, as the api):');
  log(
    table(
      ['dashboard', 'clients', 'endpoint p50', 'SQL p50', 'SQL p95', 'endpoint/SQL'],
      sql.flatMap((s) =>
        s.levels.map((l) => [
          s.dashboard,
          String(l.concurrency),
          fixed(l.endpointP50),
          fixed(l.sqlP50),
          fixed(l.p95),
          fixed(l.ratio, 2),
        ]),
      ),
    ),
  );
  log('');
  if (web) {
    log(
      `Initial JavaScript of the web app (${web.files.length} files): ${fixed(web.bytes / 1_000)} kB, ${fixed(web.gzipBytes / 1_000)} kB gzipped`,
    );
  } else {
    log('Initial JavaScript: the web app is not built');
  }
  log('');
  log('Targets:');
  log(
    table(
      ['target', 'measured', 'met'],
      targets(results, sql, web).map((t) => [
        t.target,
        t.measured,
        t.met === null ? '–' : t.met ? 'yes' : 'NO',
      ]),
    ),
  );
  log('');
  log(`Load average at end: ${loadAverageAtEnd.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

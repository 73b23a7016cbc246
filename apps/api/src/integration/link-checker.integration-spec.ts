import type { NestExpressApplication } from '@nestjs/platform-express';
import { SEED_004_2018_19 } from '@wres/domain/wres';
import { dropDatabase } from '@wres/server/core/database';
import { eventually, testEnvironment, testProcessEnv, WorkerProcess } from '@wres/server/core/testing';
import { checkLink, LINK_CHECK_DEFAULTS } from '@wres/server/link-checker';
import type { HostResolver } from '@wres/server/link-checker';
import type { VersionLinkChecks } from '@wres/shared/contracts';
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { demoUsers, SEED_004_DETAILS, seedOwnDatabase, startTestApi } from './test-app';

/** A web server on this machine that counts every connection and request it sees. */
class LocalSite {
  connections = 0;
  readonly requests: Array<{ path: string; headers: IncomingHttpHeaders }> = [];
  private readonly server: http.Server;

  constructor(handler: (request: IncomingMessage, response: ServerResponse) => void) {
    this.server = http.createServer((request, response) => {
      this.requests.push({ path: request.url ?? '', headers: request.headers });
      handler(request, response);
    });
    this.server.on('connection', () => (this.connections += 1));
  }

  async start(host = '127.0.0.1'): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, host, resolve));
    return this;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The site's address as a link would give it: `http://127.0.0.1:port` or `http://[::1]:port`. */
  get origin(): string {
    const { address, family } = this.server.address() as AddressInfo;
    return `http://${family === 'IPv6' ? `[${address}]` : address}:${this.port}`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const sha256 = (body: Buffer) => createHash('sha256').update(body).digest('hex');
const PDF = Buffer.from('%PDF-1.4\n% WRES annual report 2018/19, published by the board\n%%EOF\n');
const HTML = Buffer.from('<!doctype html><title>WRES action plan</title><h1>Our WRES action plan</h1>');
const LOCAL = { allowPrivateAddresses: true } as const;

/**
 * Watches every outgoing TCP connection in this process, as "host:port" (the host as the connection is asked
 * for, before any look-up). Those in `allowed` go ahead; any other is recorded and stopped before it leaves,
 * so a test that expects no connection fails without the checker ever reaching a private or metadata address.
 */
function watchConnections(allowed: string[] = []) {
  const attempts: string[] = [];
  const original = net.Socket.prototype.connect;
  const spy = jest.spyOn(net.Socket.prototype, 'connect').mockImplementation(function (
    this: net.Socket,
    ...args: unknown[]
  ) {
    // net.createConnection passes its normalised [options, listener] as one array.
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    const options = (typeof first === 'object' && first !== null ? first : {}) as net.TcpNetConnectOpts;
    const target = `${options.host ?? ''}:${options.port ?? ''}`;
    attempts.push(target);
    if (allowed.includes(target)) {
      return (original as (...a: unknown[]) => net.Socket).apply(this, args);
    }
    throw new Error(`The test stopped a connection to ${options.host}:${options.port}`);
  });
  return { attempts, restore: () => spy.mockRestore() };
}

describe('the link checker, against servers on this machine', () => {
  const sites: LocalSite[] = [];
  const site = async (
    handler: (request: IncomingMessage, response: ServerResponse) => void,
    host?: string,
  ): Promise<LocalSite> => {
    const started = await new LocalSite(handler).start(host);
    sites.push(started);
    return started;
  };

  afterAll(async () => {
    await Promise.all(sites.map((s) => s.stop()));
  });

  it('passes a 200 with a document, recording its status, type, size and SHA-256', async () => {
    const reports = await site((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/pdf' }).end(PDF);
    });
    const result = await checkLink(`${reports.origin}/wres-2019.pdf`, LOCAL);
    expect(result).toMatchObject({
      outcome: 'reachable',
      returnsDocument: true,
      httpStatus: 200,
      finalUrl: `${reports.origin}/wres-2019.pdf`,
      contentType: 'application/pdf',
      bytesRead: PDF.length,
      contentSha256: sha256(PDF),
      redirects: 0,
    });
    expect(result.explanation).toBe(
      `The link works: the site answered 200 with ${PDF.length} bytes of application/pdf.`,
    );
    expect(reports.requests).toEqual([{ path: '/wres-2019.pdf', headers: expect.any(Object) }]);
    expect(reports.requests[0].headers['user-agent']).toBe(LINK_CHECK_DEFAULTS.userAgent);
    expect(reports.requests[0].headers['accept-encoding']).toBe('identity');
  });

  it('follows a redirect to the page, and tells a page that is not a document', async () => {
    const moved = await site((request, response) => {
      if (request.url === '/old') response.writeHead(301, { Location: '/wres/action-plan' }).end();
      else if (request.url === '/logo.png')
        response.writeHead(200, { 'Content-Type': 'image/png' }).end('PNG');
      else response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(HTML);
    });
    const followed = await checkLink(`${moved.origin}/old`, LOCAL);
    expect(followed).toMatchObject({
      outcome: 'reachable',
      returnsDocument: true,
      finalUrl: `${moved.origin}/wres/action-plan`,
      redirects: 1,
      contentSha256: sha256(HTML),
    });
    const image = await checkLink(`${moved.origin}/logo.png`, LOCAL);
    expect(image).toMatchObject({ outcome: 'reachable', returnsDocument: false, contentType: 'image/png' });
    expect(image.explanation).toMatch(/which is not a web page, PDF or office document\.$/);
  });

  it('fails a 404 as not found, and a 500 as an error from the site', async () => {
    const broken = await site((request, response) => {
      response.writeHead(request.url === '/gone' ? 404 : 500).end('no');
    });
    const missing = await checkLink(`${broken.origin}/gone`, LOCAL);
    expect(missing).toMatchObject({
      outcome: 'not-found',
      httpStatus: 404,
      returnsDocument: false,
      contentSha256: null,
    });
    expect(missing.explanation).toMatch(/^The site answered 404: the page was not found/);
    const failing = await checkLink(`${broken.origin}/report`, LOCAL);
    expect(failing).toMatchObject({ outcome: 'http-error', httpStatus: 500 });
    expect(failing.explanation).toBe('The site answered 500 Internal Server Error instead of the page.');
  });

  it('stops a redirect loop at the bound', async () => {
    const loop = await site((request, response) => {
      response.writeHead(302, { Location: request.url === '/a' ? '/b' : '/a' }).end();
    });
    const result = await checkLink(`${loop.origin}/a`, LOCAL);
    expect(result).toMatchObject({ outcome: 'too-many-redirects', redirects: 5, httpStatus: 302 });
    expect(result.explanation).toBe(
      'The link redirected more than 5 times, so the check stopped following it.',
    );
    // The first request and five redirects followed; the sixth redirect is not.
    expect(loop.requests.map((r) => r.path)).toEqual(['/a', '/b', '/a', '/b', '/a', '/b']);

    const tighter = await checkLink(`${loop.origin}/a`, { ...LOCAL, maxRedirects: 2 });
    expect(tighter).toMatchObject({ outcome: 'too-many-redirects', redirects: 2 });
    expect(loop.requests).toHaveLength(6 + 3);
  });

  it('times out a server that never answers, and one that sends its body too slowly', async () => {
    const silent = await site(() => undefined);
    const started = Date.now();
    const result = await checkLink(`${silent.origin}/report.pdf`, { ...LOCAL, timeoutMs: 500 });
    const took = Date.now() - started;
    expect(result).toMatchObject({ outcome: 'timeout', httpStatus: null, contentSha256: null });
    expect(result.explanation).toBe('The site did not answer in full within 0.5 seconds.');
    expect(result.elapsedMs).toBeGreaterThanOrEqual(490);
    expect(took).toBeLessThan(1_500);

    const trickle = await site((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/pdf' });
      const drip = setInterval(() => response.write('%'), 100);
      response.on('close', () => clearInterval(drip));
    });
    const slowBody = await checkLink(`${trickle.origin}/report.pdf`, { ...LOCAL, timeoutMs: 500 });
    expect(slowBody).toMatchObject({ outcome: 'timeout', httpStatus: 200, contentSha256: null });
    expect(slowBody.bytesRead).toBeGreaterThan(0);
  });

  it('cuts off a body larger than the cap, whether or not its length is declared', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let written = 0;
    const large = await site((request, response) => {
      if (request.url === '/declared') {
        response.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': 5_000_000 });
        response.end();
        return;
      }
      // Undeclared (chunked) and endless, unless the checker stops reading.
      response.writeHead(200, { 'Content-Type': 'application/pdf' });
      const pump = () => {
        while (written < 50 * 1024 * 1024 && response.write(chunk)) written += chunk.length;
        if (written < 50 * 1024 * 1024) response.once('drain', pump);
        else response.end();
      };
      response.on('close', () => response.removeAllListeners('drain'));
      pump();
    });
    const cap = 1024 * 1024;
    const streamed = await checkLink(`${large.origin}/endless`, { ...LOCAL, maxBytes: cap });
    expect(streamed).toMatchObject({ outcome: 'too-large', contentSha256: null, returnsDocument: false });
    expect(streamed.bytesRead).toBeGreaterThan(cap);
    expect(streamed.bytesRead).toBeLessThanOrEqual(cap + 128 * 1024);
    expect(streamed.explanation).toBe('The document is larger than 1 MB, so the check stopped reading it.');
    expect(written).toBeLessThan(50 * 1024 * 1024);

    const declared = await checkLink(`${large.origin}/declared`, { ...LOCAL, maxBytes: cap });
    expect(declared).toMatchObject({ outcome: 'too-large', bytesRead: 0 });
  });

  it('connects to the address it checked, without looking the name up again', async () => {
    const reports = await site((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/pdf' }).end(PDF);
    });
    // A rebinding resolver: the first answer is this machine, any later one a private address.
    let lookups = 0;
    const rebinding: HostResolver = async () => [
      { address: lookups++ === 0 ? '127.0.0.1' : '10.0.0.1', family: 4 },
    ];
    const watch = watchConnections([`reports.trust.test:${reports.port}`]);
    try {
      const result = await checkLink(`http://reports.trust.test:${reports.port}/wres.pdf`, {
        ...LOCAL,
        resolveHost: rebinding,
      });
      expect(result).toMatchObject({ outcome: 'reachable', contentSha256: sha256(PDF) });
    } finally {
      watch.restore();
    }
    expect(lookups).toBe(1);
    expect(reports.requests.at(-1)?.headers.host).toBe(`reports.trust.test:${reports.port}`);
  });

  describe('in production mode (private addresses not allowed)', () => {
    const PRODUCTION = { allowPrivateAddresses: false } as const;
    let ipv4: LocalSite;
    let ipv6: LocalSite;

    beforeAll(async () => {
      const answer = (_request: IncomingMessage, response: ServerResponse) =>
        response.writeHead(200, { 'Content-Type': 'application/pdf' }).end(PDF);
      ipv4 = await site(answer);
      ipv6 = await site(answer, '::1');
    });

    it.each([
      ['127.0.0.1', () => `${ipv4.origin}/wres.pdf`, 'The link leads to 127.0.0.1: a loopback address'],
      ['10.0.0.1', () => `http://10.0.0.1:${ipv4.port}/wres.pdf`, 'a private network address'],
      [
        '169.254.169.254',
        () => 'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
        'a link-local address (where cloud metadata services live)',
      ],
      ['[::1]', () => `${ipv6.origin}/wres.pdf`, 'The link leads to ::1: a loopback address'],
      [
        'localhost',
        () => `http://localhost:${ipv4.port}/wres.pdf`,
        'The link leads to localhost, which resolves to 127.0.0.1: a loopback address',
      ],
    ])('refuses %s without connecting', async (_name, url, words) => {
      const watch = watchConnections();
      try {
        const result = await checkLink(url(), PRODUCTION);
        expect(result).toMatchObject({ outcome: 'refused-address', httpStatus: null, bytesRead: 0 });
        expect(result.explanation).toContain(words);
      } finally {
        watch.restore();
      }
      expect(watch.attempts).toEqual([]);
      expect(ipv4.connections + ipv6.connections).toBe(0);
    });

    it('checks every redirect again: a first hop that is allowed cannot lead to a private address', async () => {
      const targets: Record<string, () => string> = {
        '/to-loopback': () => `${ipv4.origin}/wres.pdf`,
        '/to-localhost': () => `http://localhost:${ipv4.port}/wres.pdf`,
        '/to-ipv6-loopback': () => `${ipv6.origin}/wres.pdf`,
        '/to-private': () => 'http://10.0.0.1/wres.pdf',
        '/to-metadata': () => 'http://169.254.169.254/latest/meta-data/',
        '/to-mapped': () => 'http://[::ffff:169.254.169.254]/latest/meta-data/',
      };
      const firstHop = await site((request, response) => {
        response.writeHead(302, { Location: targets[request.url ?? '']() }).end();
      });
      // Only the first hop stands in for a public site; every later hop is judged as in production.
      const onlyFirstHop = { allowPrivateAddresses: (hop: URL) => hop.port === String(firstHop.port) };
      const watch = watchConnections([`127.0.0.1:${firstHop.port}`]);
      const results = [];
      try {
        for (const path of Object.keys(targets)) {
          results.push(await checkLink(`${firstHop.origin}${path}`, onlyFirstHop));
        }
      } finally {
        watch.restore();
      }
      for (const result of results) {
        expect(result).toMatchObject({ outcome: 'refused-address', httpStatus: 302, redirects: 1 });
        expect(result.explanation).toMatch(/^The link redirects to /);
      }
      expect(results.map((r) => r.finalUrl)).toEqual(
        Object.values(targets).map((target) => new URL(target()).href),
      );
      expect(firstHop.requests).toHaveLength(6);
      expect(watch.attempts).toEqual(Object.keys(targets).map(() => `127.0.0.1:${firstHop.port}`));
      expect(ipv4.connections + ipv6.connections).toBe(0);
    });
  });
});

const NOW = '2019-04-15T09:00:00Z';
const YEAR = '2018-19';
/* Its own database: submitting here must not number versions the submissions file counts on. */
const databaseUrl = () => `${testEnvironment().databaseUrl}_link_checks`;

describe('link checks through the real worker', () => {
  let app: NestExpressApplication;
  let worker: WorkerProcess | null = null;
  let reports: LocalSite;
  const users = demoUsers(() => app);
  const as = users.as;
  let checks: string;

  const startWorker = async (now: string) => {
    worker = new WorkerProcess(
      testProcessEnv({
        APP_NOW: now,
        DATABASE_URL: databaseUrl(),
        LINK_CHECK_ALLOW_PRIVATE_ADDRESSES: 'true',
      }),
    );
    await worker.start();
  };
  const stopWorker = async () => {
    await worker?.stop();
    worker = null;
  };

  beforeAll(async () => {
    reports = await new LocalSite((request, response) => {
      if (request.url === '/wres-2019.pdf')
        response.writeHead(200, { 'Content-Type': 'application/pdf' }).end(PDF);
      else response.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not found</h1>');
    }).start();
    await seedOwnDatabase(databaseUrl());
    app = await startTestApi({ APP_NOW: NOW, DATABASE_URL: databaseUrl() });
    const northfield = await users.organisationId('RD1');
    checks = `/api/v1/submissions/${northfield}/${YEAR}/versions/1/link-checks`;
    await startWorker(NOW);
  });

  afterAll(async () => {
    await stopWorker();
    await app?.close();
    await reports?.stop();
    await dropDatabase(databaseUrl());
  });

  it('checks both links of a version once it is submitted, and shows the result to the commissioner', async () => {
    const provider = await as('provider@demo.test');
    const report = checks.replace('/versions/1/link-checks', '');
    const details = {
      ...SEED_004_DETAILS,
      publishedReportUrl: `${reports.origin}/wres-2019.pdf`,
      actionPlanUrl: `${reports.origin}/wres-action-plan-2019`,
    };
    await provider.put(`${report}/draft`, { document: SEED_004_2018_19, details }).expect(200);
    await provider.post(`${report}/submit`).expect(200);

    const read: VersionLinkChecks = await eventually(async () => {
      const body: VersionLinkChecks = (await provider.get(checks).expect(200)).body;
      expect(body.history).toHaveLength(2);
      return body;
    }, 20_000);
    expect(read.latest['published-report']).toMatchObject({
      url: `${reports.origin}/wres-2019.pdf`,
      outcome: 'reachable',
      returnsDocument: true,
      meetsChecklist: true,
      httpStatus: 200,
      contentType: 'application/pdf',
      bytesRead: PDF.length,
      contentSha256: sha256(PDF),
    });
    expect(read.latest['action-plan']).toMatchObject({
      url: `${reports.origin}/wres-action-plan-2019`,
      outcome: 'not-found',
      meetsChecklist: false,
      httpStatus: 404,
      contentSha256: null,
    });
    // Checked on the service's clock, which the test fixed at 15 April 2019.
    expect(read.latest['published-report']?.checkedAt.slice(0, 10)).toBe('2019-04-15');
    expect(reports.requests.map((r) => r.path).sort()).toEqual(['/wres-2019.pdf', '/wres-action-plan-2019']);

    const commissioner: VersionLinkChecks = (
      await (await as('commissioner@demo.test')).get(checks).expect(200)
    ).body;
    expect(commissioner.latest).toEqual(read.latest);
    await (await as('commissioner2@demo.test')).get(checks).expect(404);
    await provider.get(checks.replace('/versions/1/', '/versions/2/')).expect(404);
  });

  it('checks again a day later while the review is open, keeping the history', async () => {
    await stopWorker();
    await startWorker('2019-04-16T10:00:00Z');
    const provider = await as('provider@demo.test');
    const read: VersionLinkChecks = await eventually(async () => {
      const body: VersionLinkChecks = (await provider.get(checks).expect(200)).body;
      expect(body.history).toHaveLength(4);
      return body;
    }, 20_000);
    expect(read.history.map((c) => [c.link, c.checkedAt.slice(0, 10)])).toEqual([
      ['published-report', '2019-04-16'],
      ['action-plan', '2019-04-16'],
      ['published-report', '2019-04-15'],
      ['action-plan', '2019-04-15'],
    ]);
    expect(read.latest['published-report']?.contentSha256).toBe(sha256(PDF));
  });
});

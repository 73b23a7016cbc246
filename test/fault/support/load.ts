import { Agent, request } from 'node:http';

/** One kind of request in the mix. */
export interface LoadTarget {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  name: string;
  /** Scheduled, i.e. sent: the generator does not slow down when the server does (an open model). */
  sent: number;
  /** HTTP status → count; a request that got no answer is counted under its error code instead. */
  outcomes: Record<string, number>;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
}

export interface LoadReport {
  durationMs: number;
  sent: number;
  answered: number;
  achievedPerSecond: number;
  /** Most requests waiting for an answer at once. */
  maxInFlight: number;
  byTarget: LoadResult[];
  overall: LoadResult;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summarise(name: string, samples: ReadonlyArray<{ outcome: string; ms: number }>): LoadResult {
  const latencies = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  const outcomes: Record<string, number> = {};
  for (const sample of samples) outcomes[sample.outcome] = (outcomes[sample.outcome] ?? 0) + 1;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    name,
    sent: samples.length,
    outcomes,
    latencyMs: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies[latencies.length - 1] ?? 0),
    },
  };
}

/**
 * Sends `ratePerSecond` requests a second for `durationMs` over keep-alive connections, taking the targets
 * in turn, at fixed times whatever the answers (so a slow server shows as latency, not as a lower rate).
 * Latency is from the scheduled time to the end of the answer. Waits for every answer, or `timeoutMs`.
 */
export async function runLoad(options: {
  baseUrl: string;
  targets: readonly LoadTarget[];
  ratePerSecond: number;
  durationMs: number;
  timeoutMs?: number;
}): Promise<LoadReport> {
  const { baseUrl, targets, ratePerSecond, durationMs, timeoutMs = 10_000 } = options;
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const total = Math.round((ratePerSecond * durationMs) / 1000);
  const interval = 1000 / ratePerSecond;
  const samples: Array<{ target: string; outcome: string; ms: number }> = [];
  const pending: Array<Promise<void>> = [];
  let inFlight = 0;
  let maxInFlight = 0;

  const send = (target: LoadTarget, scheduledAt: number) =>
    new Promise<void>((resolve) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const done = (outcome: string) => {
        inFlight -= 1;
        samples.push({ target: target.name, outcome, ms: performance.now() - scheduledAt });
        resolve();
      };
      const body = target.body === undefined ? undefined : Buffer.from(target.body);
      const req = request(
        new URL(target.path, baseUrl),
        {
          method: target.method,
          agent,
          timeout: timeoutMs,
          headers: {
            ...target.headers,
            ...(body ? { 'content-type': 'application/json', 'content-length': String(body.length) } : {}),
          },
        },
        (res) => {
          res.resume();
          res.once('end', () => done(String(res.statusCode)));
          res.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? 'response error'));
        },
      );
      req.once('timeout', () => req.destroy(Object.assign(new Error('timed out'), { code: 'TIMEOUT' })));
      req.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
      req.end(body);
    });

  const started = performance.now();
  let next = 0;
  while (next < total) {
    const now = performance.now();
    while (next < total && started + next * interval <= now) {
      pending.push(send(targets[next % targets.length], started + next * interval));
      next += 1;
    }
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, started + next * interval - performance.now())),
    );
  }
  await Promise.all(pending);
  const durationMsActual = performance.now() - started;
  agent.destroy();

  const answered = samples.filter((sample) => /^\d+$/.test(sample.outcome)).length;
  return {
    durationMs: Math.round(durationMsActual),
    sent: samples.length,
    answered,
    achievedPerSecond: Math.round((answered / durationMsActual) * 1000 * 10) / 10,
    maxInFlight,
    byTarget: targets.map((target) =>
      summarise(
        target.name,
        samples.filter((sample) => sample.target === target.name),
      ),
    ),
    overall: summarise('all', samples),
  };
}

/** Signs in over plain HTTP as the web app does; returns the headers a signed-in request then carries. */
export async function signInHeaders(
  baseUrl: string,
  email: string,
  password: string,
): Promise<{ cookie: string; 'x-xsrf-token': string }> {
  const cookies = new Map<string, string>();
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookie = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const csrf = await fetch(new URL('/api/v1/auth/csrf', baseUrl));
  remember(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const login = await fetch(new URL('/api/v1/auth/login', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookie(), 'x-xsrf-token': csrfToken },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200)
    throw new Error(`Sign-in as ${email} failed: ${login.status} ${await login.text()}`);
  remember(login);
  return { cookie: cookie(), 'x-xsrf-token': decodeURIComponent(cookies.get('XSRF-TOKEN') ?? csrfToken) };
}

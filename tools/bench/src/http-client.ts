import { Agent, request } from 'node:http';

export interface HttpResponse {
  status: number;
  body: string;
}

/**
 * One browser-like client behind a load balancer: its own keep-alive connection and cookies, and the CSRF token the api issues
 * (sent back as X-XSRF-TOKEN on writes, as the web app does). Small on purpose: the load generator shares
 * the machine with the api and PostgreSQL, so it should cost as little as it can.
 */
export class BenchClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });
  private readonly cookies = new Map<string, string>();
  private csrfToken = '';

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {}

  get(path: string): Promise<HttpResponse> {
    return this.send('GET', path);
  }

  post(path: string, body: unknown): Promise<HttpResponse> {
    return this.send('POST', path, JSON.stringify(body));
  }

  /** Fetches a CSRF token, then signs in; throws unless the api says 200. */
  async signIn(email: string, password: string): Promise<void> {
    if (!this.csrfToken) await this.fetchCsrf();
    const response = await this.post('/api/v1/auth/login', { email, password });
    if (response.status !== 200) {
      throw new Error(`Sign-in as ${email} failed: ${response.status} ${response.body.slice(0, 200)}`);
    }
  }

  async fetchCsrf(): Promise<void> {
    const response = await this.get('/api/v1/auth/csrf');
    if (response.status !== 200) throw new Error(`GET /api/v1/auth/csrf: ${response.status}`);
    this.csrfToken = (JSON.parse(response.body) as { csrfToken: string }).csrfToken;
  }

  close(): void {
    this.agent.destroy();
  }

  private send(method: string, path: string, body?: string): Promise<HttpResponse> {
    // As a TLS-terminating load balancer would say: production cookies are Secure, and the api trusts the
    // proxy header from loopback.
    const headers: Record<string, string> = { accept: 'application/json', 'x-forwarded-proto': 'https' };
    if (this.cookies.size > 0) {
      headers['cookie'] = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(body));
      headers['x-xsrf-token'] = this.csrfToken;
    }
    return new Promise((resolve, reject) => {
      const req = request(
        { host: this.host, port: this.port, method, path, headers, agent: this.agent },
        (res) => {
          for (const cookie of res.headers['set-cookie'] ?? []) {
            const [pair] = cookie.split(';');
            const separator = pair.indexOf('=');
            const name = pair.slice(0, separator).trim();
            const value = pair.slice(separator + 1).trim();
            if (name === 'XSRF-TOKEN') this.csrfToken = decodeURIComponent(value);
            this.cookies.set(name, value);
          }
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }
}

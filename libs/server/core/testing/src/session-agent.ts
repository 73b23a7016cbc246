import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';

/**
 * A cookie-keeping client that behaves like the web app: fetches the CSRF token and sends it on every write.
 * Give it the api in the test's process, or the base URL of one running as a process of its own.
 */
export class SessionAgent {
  readonly agent: TestAgent;
  private csrfToken = '';

  constructor(app: INestApplication | string) {
    this.agent = request.agent(typeof app === 'string' ? app : app.getHttpServer());
  }

  async csrf(): Promise<void> {
    const response = await this.agent.get('/api/v1/auth/csrf').expect(200);
    this.csrfToken = response.body.csrfToken;
  }

  get(path: string) {
    return this.agent.get(path);
  }

  post(path: string, body?: object) {
    return this.agent.post(path).set('X-XSRF-TOKEN', this.csrfToken).send(body);
  }

  patch(path: string, body?: object) {
    return this.agent.patch(path).set('X-XSRF-TOKEN', this.csrfToken).send(body);
  }

  put(path: string, body?: object) {
    return this.agent.put(path).set('X-XSRF-TOKEN', this.csrfToken).send(body);
  }

  delete(path: string) {
    return this.agent.delete(path).set('X-XSRF-TOKEN', this.csrfToken);
  }

  /** A multipart form post, as a browser sends a file input: the file in `field`, with any text fields. */
  upload(
    path: string,
    field: string,
    content: Buffer,
    fileName: string,
    fields: Record<string, string> = {},
  ) {
    const request = this.agent.post(path).set('X-XSRF-TOKEN', this.csrfToken);
    for (const [name, value] of Object.entries(fields)) request.field(name, value);
    return request.attach(field, content, fileName);
  }

  /** Signs in (expecting success) and keeps the session's new CSRF token. */
  async signIn(email: string, password: string): Promise<void> {
    if (!this.csrfToken) await this.csrf();
    const response = await this.post('/api/v1/auth/login', { email, password });
    if (response.status !== 200)
      throw new Error(`Sign-in as ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
    const cookie = [response.headers['set-cookie']].flat().find((c) => c?.startsWith('XSRF-TOKEN='));
    if (cookie) this.csrfToken = decodeURIComponent(cookie.split(';')[0].split('=')[1]);
  }
}

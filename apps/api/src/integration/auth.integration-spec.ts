import type { NestExpressApplication } from '@nestjs/platform-express';
import { SessionAgent } from '@wres/server/core/testing';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD, demoUsers, startTestApi } from './test-app';

describe('signing in and seeing organisations', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await startTestApi({ LOGIN_MAX_FAILURES: '3' });
  });

  afterAll(() => app.close());

  it('answers a malformed sign-in with 400 listing every field', async () => {
    const client = new SessionAgent(app);
    await client.csrf();
    const response = await client
      .post('/api/v1/auth/login', { email: 'not-an-email', extra: true })
      .expect(400);
    const paths = response.body.problems.map((p: { path: string }) => p.path).sort();
    expect(paths).toEqual(['email', 'extra', 'password']);
    expect(response.body.problems.find((p: { path: string }) => p.path === 'password').messages).toContain(
      'Enter your password',
    );
  });

  it('refuses writes without the CSRF token', async () => {
    const client = new SessionAgent(app);
    const response = await client.agent
      .post('/api/v1/auth/login')
      .send({ email: 'provider@demo.test', password: DEMO_PASSWORD() })
      .expect(403);
    expect(response.body.message).toMatch(/CSRF/);
  });

  it('answers repeated wrong passwords with 429, even when the right one follows', async () => {
    const client = new SessionAgent(app);
    await client.csrf();
    for (let attempt = 0; attempt < 3; attempt++) {
      const wrong = await client.post('/api/v1/auth/login', {
        email: 'icb@demo.test',
        password: 'wrong-password',
      });
      expect(wrong.status).toBe(401);
      expect(wrong.body.message).toBe('Email address or password is incorrect');
    }
    const blocked = await client.post('/api/v1/auth/login', {
      email: 'icb@demo.test',
      password: DEMO_PASSWORD(),
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body.message).toMatch(/Too many failed sign-in attempts/);
    // Another account from the same address is not locked out by someone else's failures.
    const other = new SessionAgent(app);
    await other.signIn('csu@demo.test', DEMO_PASSWORD());
  });

  it('signs in, reports who the user is, and signs out', async () => {
    const client = new SessionAgent(app);
    await client.get('/api/v1/me').expect(401);
    await client.signIn('provider@demo.test', DEMO_PASSWORD());
    const me = await client.get('/api/v1/me').expect(200);
    expect(me.body).toMatchObject({
      email: 'provider@demo.test',
      role: 'provider-submitter',
      organisation: {
        name: 'Northfield Community Health NHS Trust',
        kind: 'provider',
        providerKind: 'nhs-trust',
      },
    });
    expect(me.body.permissions).toContain('organisations:read');
    await client.post('/api/v1/auth/logout').expect(204);
    await client.get('/api/v1/me').expect(401);
  });

  it('records the sign-in in the audit trail with the request id', async () => {
    const client = new SessionAgent(app);
    await client.signIn('commissioner2@demo.test', DEMO_PASSWORD());
    const rows = await app.get(DataSource).query(
      `SELECT a.action, a.request_id FROM audit_event a JOIN app_user u ON u.id = a.actor_user_id
         WHERE u.email = 'commissioner2@demo.test' AND a.action = 'user.signed-in'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0].request_id).toMatch(/^[\w-]+$/);
  });

  it('refuses the audit trail any change: it is append-only', async () => {
    await expect(app.get(DataSource).query(`UPDATE audit_event SET action = 'tampered'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(app.get(DataSource).query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
  });
});

describe('organisation scoping', () => {
  let app: NestExpressApplication;
  const users = demoUsers(() => app);
  const as = users.as;
  const idOf = users.organisationId;

  beforeAll(async () => {
    app = await startTestApi();
  });

  afterAll(() => app.close());

  it("does not show provider@demo.test provider2's organisation", async () => {
    const provider = await as('provider@demo.test');
    const provider2Org = await idOf('ND101');
    await provider.get(`/api/v1/organisations/${provider2Org}`).expect(404);
    const list = await provider.get('/api/v1/organisations').expect(200);
    expect(list.body.map((o: { odsCode: string }) => o.odsCode)).not.toContain('ND101');
    // ...but it does see its own organisation and its commissioners.
    expect(list.body.map((o: { odsCode: string }) => o.odsCode).sort()).toEqual(['01D', 'QD1', 'RD1']);
  });

  it("shows a commissioner its own providers and not another CCG's", async () => {
    const commissioner = await as('commissioner@demo.test');
    const list = await commissioner.get('/api/v1/organisations').expect(200);
    const codes = list.body.map((o: { odsCode: string }) => o.odsCode);
    expect(codes).toEqual(
      expect.arrayContaining(['01D', 'RD1', 'RD2', 'ND102', 'ND201', 'D81001', 'QD1', '0DM']),
    );
    expect(codes).not.toContain('RD3'); // Southbrook's trust, commissioned by CCG B only
    expect(codes).not.toContain('02D');
    await commissioner.get(`/api/v1/organisations/${await idOf('RD3')}`).expect(404);
  });

  it('shows a CSU analyst every CCG it supports and their providers', async () => {
    const csu = await as('csu@demo.test');
    const codes = (await csu.get('/api/v1/organisations').expect(200)).body.map(
      (o: { odsCode: string }) => o.odsCode,
    );
    expect(codes).toEqual(
      expect.arrayContaining(['01D', '02D', '03D', 'QD1', 'RD1', 'RD3', 'RD5', 'ND101', 'ND202']),
    );
  });

  it('shows CCG to ICB succession on the CCG page', async () => {
    const csu = await as('csu@demo.test');
    const ccg = await csu.get(`/api/v1/organisations/${await idOf('01D')}`).expect(200);
    expect(ccg.body.validTo).toBe('2022-06-30');
    expect(ccg.body.successor).toMatchObject({ odsCode: 'QD1', kind: 'icb', validFrom: '2022-07-01' });
  });

  it('answers 404, not 500, for ids that are not ids', async () => {
    const provider = await as('provider@demo.test');
    await provider.get('/api/v1/organisations/not-a-uuid').expect(404);
  });
});

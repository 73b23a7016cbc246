import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Contract, ProviderScope } from '@wres/shared/contracts';
import ICAL from 'ical.js';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { demoUsers, startTestApi } from './test-app';

interface FeedEntry {
  uid: string;
  date: string;
  allDay: boolean;
  summary: string;
  description: string;
}

describe("a commissioner's calendar feed", () => {
  let app: NestExpressApplication;
  const users = demoUsers(() => app);

  beforeAll(async () => {
    app = await startTestApi();
  });

  afterAll(() => app.close());

  /** Fetched as a calendar app would: no session, no CSRF token. */
  const fetchFeed = (url: string) => request(app.getHttpServer()).get(new URL(url).pathname);

  async function createFeed(email: string): Promise<string> {
    const response = await (await users.as(email)).post('/api/v1/calendar-feed').expect(201);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body.url).toMatch(
      /^http:\/\/portal\.test\/api\/v1\/calendar-feed\/[A-Za-z0-9_-]{43}\.ics$/,
    );
    return response.body.url;
  }

  function parse(text: string): FeedEntry[] {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        date: event.startDate.toString(),
        allDay: event.startDate.isDate,
        summary: event.summary,
        description: event.description,
      };
    });
  }

  /**
   * What the feed should hold, worked out another way: each provider-year the commissioner can see, and the
   * deadlines the provider-scope page gives its obligations that apply.
   */
  async function expectedDeadlines(email: string): Promise<Map<string, string>> {
    const client = await users.as(email);
    const contracts: Contract[] = (await client.get('/api/v1/contracts').expect(200)).body;
    const providerYears = new Set(contracts.map((c) => `${c.provider.id} ${c.contractYear}`));
    const expected = new Map<string, string>();
    for (const providerYear of providerYears) {
      const [providerId, contractYear] = providerYear.split(' ');
      const scope: ProviderScope = (
        await client.get(`/api/v1/providers/${providerId}/scope?contractYear=${contractYear}`).expect(200)
      ).body;
      for (const obligation of scope.obligations.filter((o) => o.applies)) {
        for (const deadline of obligation.deadlines) {
          expected.set(`${deadline.key}-${providerId}@wres`, deadline.dueDate);
        }
      }
    }
    return expected;
  }

  it('holds every deadline of every in-scope provider the commissioner can see, on its date', async () => {
    const url = await createFeed('commissioner@demo.test');
    const response = await fetchFeed(url).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    expect(response.headers['cache-control']).toBe('private, max-age=300');
    expect(response.headers['set-cookie']).toBeUndefined();

    const entries = parse(response.text);
    const expected = await expectedDeadlines('commissioner@demo.test');
    // Every contract year, from the 2015/16 reference to the ICB's years after July 2022.
    expect(new Set([...expected.keys()].map((uid) => uid.split(':')[1])).size).toBe(11);
    expect(new Map(entries.map((entry) => [entry.uid, entry.date]))).toEqual(expected);
    expect(entries).toHaveLength(expected.size);
    expect(entries.every((entry) => entry.allDay)).toBe(true);

    const trust = await users.organisationId('RD1');
    const annual = entries.find((entry) => entry.uid === `SC13.5.2:2015/16:annual-report-${trust}@wres`);
    expect(annual).toMatchObject({
      date: '2016-05-01',
      summary: 'Annual WRES report due: Northfield Community Health NHS Trust',
    });
    expect(annual?.description).toContain('SC13.5.2 (2015/16)');
    expect(annual?.description).toContain('Applies (SC13.5.2)');
    // The commissioner's own tasks: the letter before 1 July and the reminder before 1 May.
    expect(
      entries.find((e) => e.uid === `SC13.5.2:2015/16:commissioner-letter-publication-${trust}@wres`),
    ).toMatchObject({ date: '2015-06-30', summary: expect.stringMatching(/^Write to Northfield Community/) });
    expect(
      entries.find((e) => e.uid === `SC13.5.2:2015/16:commissioner-reminder-annual-report-${trust}@wres`),
    ).toMatchObject({ date: '2016-04-30', summary: expect.stringMatching(/^Remind Northfield Community/) });
  });

  it('leaves out exempt providers and those the commissioner does not commission', async () => {
    const url = await createFeed('commissioner@demo.test');
    const text = (await fetchFeed(url).expect(200)).text;
    const uids = parse(text).map((entry) => entry.uid);
    const db = app.get(DataSource);
    const [surgery] = await db.query(
      `SELECT id, provider_kind FROM organisation WHERE name = 'Elm Street Surgery'`,
    );
    expect(surgery.provider_kind).toBe('primary-care');
    const southbrookTrust = await users.organisationId('RD3');
    for (const providerId of [surgery.id as string, southbrookTrust]) {
      expect(uids.filter((uid) => uid.endsWith(`-${providerId}@wres`))).toEqual([]);
    }
    // Little Acorns is Southbrook's: small until 2019/20, then in scope, so only its later years appear.
    const southbrook = await createFeed('commissioner2@demo.test');
    const acorns = (await db.query(`SELECT id FROM organisation WHERE name LIKE 'Little Acorns%'`))[0].id;
    const years = new Set(
      parse((await fetchFeed(southbrook).expect(200)).text)
        .map((entry) => entry.uid)
        .filter((uid) => uid.endsWith(`-${acorns}@wres`))
        .map((uid) => uid.split(':')[1]),
    );
    expect([...years].sort()[0]).toBe('2020/21');
    expect(years.has('2019/20')).toBe(false);
  });

  it('retires the old address when the feed is rotated, and answers 404 for an unknown token', async () => {
    const first = await createFeed('commissioner@demo.test');
    await fetchFeed(first).expect(200);
    const second = await createFeed('commissioner@demo.test');
    expect(second).not.toBe(first);
    await fetchFeed(first).expect(404);
    await fetchFeed(second).expect(200);
    await request(app.getHttpServer())
      .get(`/api/v1/calendar-feed/${'A'.repeat(43)}.ics`)
      .expect(404);
    await request(app.getHttpServer()).get('/api/v1/calendar-feed/not-a-token.ics').expect(404);
    const db = app.get(DataSource);
    const feeds = await db.query(`SELECT token_hash FROM calendar_feed WHERE organisation_id = $1`, [
      await users.organisationId('01D'),
    ]);
    expect(feeds).toHaveLength(1);
    // Only a hash is kept: the token in the address is not stored anywhere.
    const token = new URL(second).pathname.split('/').pop()?.replace('.ics', '') ?? '';
    expect(feeds[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(feeds)).not.toContain(token);
    const [audit] = await db.query(
      `SELECT count(*)::int AS rotations FROM audit_event WHERE action = 'calendar-feed.rotated'`,
    );
    expect(audit.rotations).toBeGreaterThanOrEqual(2);
  });

  it('is for commissioners: a provider cannot create one', async () => {
    await (await users.as('provider@demo.test')).post('/api/v1/calendar-feed').expect(403);
    await (await users.as('csu@demo.test')).post('/api/v1/calendar-feed').expect(403);
  });
});

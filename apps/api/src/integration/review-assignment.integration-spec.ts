import type { NestExpressApplication } from '@nestjs/platform-express';
import { dropDatabase } from '@wres/server/core/database';
import { SmtpSink, testEnvironment, testProcessEnv, WorkerProcess } from '@wres/server/core/testing';
import type {
  Review,
  ReviewAssignmentResult,
  ReviewAudit,
  Reviewer,
  ReviewQueue,
  ReviewQueueRow,
  ValidationErrorBody,
} from '@wres/shared/contracts';
import { DataSource } from 'typeorm';
import { demoUsers, seedOwnDatabase, startTestApi } from './test-app';

/** The demo's "today", when Southbrook CCG has reports waiting for review. */
const NOW = '2026-11-23T09:00:00Z';
const ASSIGNMENTS = '/api/v1/reviews/assignments';
const DANA = 'dana.reviewer@demo.test';

/**
 * A co-ordinating commissioner gives reports to one of its own users to review, through the api, the outbox,
 * the real worker and an SMTP server. Southbrook CCG (commissioner2@demo.test, Hamel Dhanak) co-ordinates
 * Southbrook University Hospitals (RD4; 2025/26 submitted, 2024/25 in review), Little Acorns (ND203; 2024/25
 * submitted) and Meadowbank (ND101; 2024/25 assured), and is an associate on Westmere Physiotherapy's
 * contract (ND104; 2024/25 in review, co-ordinated by Westmere CCG). This file adds Dana Reviewer, a second commissioner at
 * Southbrook, and a disabled one, to a database of its own.
 */
describe('assigning reviewers', () => {
  const databaseUrl = `${testEnvironment().databaseUrl}_review_assignment`;
  const queuePrefix = `${testEnvironment().queuePrefix}-assign`;
  let app: NestExpressApplication;
  let db: DataSource;
  let smtp: SmtpSink;
  let worker: WorkerProcess | null = null;
  const users = demoUsers(() => app);
  const as = users.as;
  let danaId: string;
  let hamelId: string;
  let formerId: string;
  let wendyId: string;
  let southbrookUh: string;
  let littleAcorns: string;
  let meadowbank: string;
  let physiotherapy: string;

  const userId = async (email: string): Promise<string> =>
    (await db.query(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id as string;
  const queue = async (email: string, query = ''): Promise<ReviewQueueRow[]> =>
    ((await (await as(email)).get(`/api/v1/reviews${query}`).expect(200)).body as ReviewQueue).rows;
  const keys = (rows: readonly ReviewQueueRow[]) =>
    rows.map((row) => `${row.odsCode} ${row.contractYear}`).sort();
  /** Every report's reviewer and the assignment events so far: what a refused action must leave as it was. */
  const snapshot = async () => ({
    reviewers: await db.query(`SELECT id, reviewer_id FROM assurance_review ORDER BY id`),
    events: (await db.query(`SELECT count(*)::int AS n FROM review_event WHERE kind = 'assignment'`))[0].n,
    audit: (
      await db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action LIKE 'review.reviewer-%'`)
    )[0].n,
    emails: (
      await db.query(`SELECT count(*)::int AS n FROM outbound_email WHERE template = 'review-assigned'`)
    )[0].n,
  });

  beforeAll(async () => {
    await seedOwnDatabase(databaseUrl, new Date(NOW));
    smtp = new SmtpSink();
    await smtp.start();
    app = await startTestApi({ APP_NOW: NOW, DATABASE_URL: databaseUrl, QUEUE_PREFIX: queuePrefix });
    db = app.get(DataSource);
    // Colleagues of Hamel's, signing in with the demo password: one active, one who has left.
    await db.query(
      `INSERT INTO app_user (email, display_name, role, organisation_id, password_hash, status)
       SELECT v.email, v.display_name, 'commissioner', u.organisation_id, u.password_hash, v.status
       FROM app_user u, (VALUES ($1, 'Dana Reviewer', 'active'), ($2, 'Fergus Former', 'disabled'))
         AS v(email, display_name, status)
       WHERE u.email = 'commissioner2@demo.test'`,
      [DANA, 'fergus.former@demo.test'],
    );
    danaId = await userId(DANA);
    hamelId = await userId('commissioner2@demo.test');
    formerId = await userId('fergus.former@demo.test');
    wendyId = await userId('westmere@demo.test');
    southbrookUh = await users.organisationId('RD4');
    littleAcorns = await users.organisationId('ND203');
    meadowbank = await users.organisationId('ND101');
    physiotherapy = await users.organisationId('ND104');
  });

  afterAll(async () => {
    await worker?.stop();
    await app?.close();
    await smtp?.stop();
    await dropDatabase(databaseUrl);
  });

  it('lists the active commissioner users of the caller’s own organisation, by name', async () => {
    const reviewers = (
      await (await as('commissioner2@demo.test')).get('/api/v1/reviews/reviewers').expect(200)
    ).body as Reviewer[];
    expect(reviewers).toEqual([
      { userId: danaId, displayName: 'Dana Reviewer', email: DANA },
      { userId: hamelId, displayName: 'Hamel Dhanak', email: 'commissioner2@demo.test' },
    ]);
    // Westmere's commissioner sees only Westmere's.
    const theirs = (await (await as('westmere@demo.test')).get('/api/v1/reviews/reviewers').expect(200))
      .body as Reviewer[];
    expect(theirs.map((reviewer) => reviewer.displayName)).toEqual(['Wendy Marsh']);
  });

  it('gives two reports to Dana in one action, shows her in the queue, and filters by me and unassigned', async () => {
    const before = await queue('commissioner2@demo.test');
    expect(before.length).toBeGreaterThan(2);
    expect(before.every((row) => row.reviewer === null)).toBe(true);

    const result = (
      await (
        await as('commissioner2@demo.test')
      )
        .post(ASSIGNMENTS, {
          reports: [
            { providerId: southbrookUh, contractYear: '2025-26' },
            { providerId: littleAcorns, contractYear: '2024/25' },
          ],
          reviewerId: danaId,
        })
        .expect(200)
    ).body as ReviewAssignmentResult;
    expect(result).toEqual({ assigned: 2, unchanged: 0 });

    const rows = await queue('commissioner2@demo.test');
    const dana = { userId: danaId, displayName: 'Dana Reviewer' };
    expect(rows.find((row) => row.odsCode === 'RD4' && row.contractYear === '2025/26')?.reviewer).toEqual(
      dana,
    );
    expect(rows.find((row) => row.odsCode === 'ND203' && row.contractYear === '2024/25')?.reviewer).toEqual(
      dana,
    );
    expect(rows.filter((row) => row.reviewer !== null)).toHaveLength(2);

    // Dana's own queue, assigned to her; Hamel's by her id; and what nobody has yet.
    expect(keys(await queue(DANA, '?reviewer=me'))).toEqual(['ND203 2024/25', 'RD4 2025/26']);
    expect(await queue('commissioner2@demo.test', '?reviewer=me')).toEqual([]);
    expect(keys(await queue('commissioner2@demo.test', `?reviewer=${danaId}`))).toEqual([
      'ND203 2024/25',
      'RD4 2025/26',
    ]);
    const unassigned = await queue('commissioner2@demo.test', '?reviewer=unassigned');
    expect(unassigned).toHaveLength(rows.length - 2);
    expect(unassigned.every((row) => row.reviewer === null)).toBe(true);
    expect(keys(await queue('commissioner2@demo.test', `?reviewer=unassigned&contractYear=2024-25`))).toEqual(
      keys(rows.filter((row) => row.contractYear === '2024/25' && row.odsCode !== 'ND203')),
    );
    // A CSU analyst sees who at the CCG reviews each report.
    const csu = await queue('csu@demo.test', `?reviewer=${danaId}`);
    expect(keys(csu)).toEqual(['ND203 2024/25', 'RD4 2025/26']);

    for (const bad of ['someone', 'ME', '12345', '']) {
      const body = (
        await (await as('commissioner2@demo.test')).get(`/api/v1/reviews?reviewer=${bad}`).expect(400)
      ).body as ValidationErrorBody;
      expect(body.problems).toEqual([
        { path: 'reviewer', messages: ['reviewer must be me, unassigned or a user id'] },
      ]);
    }
  });

  it('records each assignment in the trail with who, when and to whom, as JSON and CSV', async () => {
    const review = `/api/v1/reviews/${southbrookUh}/2025-26`;
    const trail = (await (await as('commissioner2@demo.test')).get(`${review}/audit`).expect(200))
      .body as ReviewAudit;
    const assignment = trail.entries.at(-1);
    expect(assignment).toMatchObject({
      kind: 'assignment',
      summary: 'Assigned to Dana Reviewer',
      actor: { displayName: 'Hamel Dhanak', organisationName: 'NHS Southbrook CCG' },
      version: 1,
      text: null,
    });
    // The service's clock (APP_NOW, moving on from it), not the database's.
    expect(Date.parse(assignment?.at ?? '') - Date.parse(NOW)).toBeGreaterThanOrEqual(0);
    expect(Date.parse(assignment?.at ?? '') - Date.parse(NOW)).toBeLessThan(10 * 60_000);
    const [event] = await db.query(
      `SELECT e.reviewer_id, e.actor_user_id, e.version FROM review_event e
       JOIN assurance_review r ON r.id = e.review_id JOIN submission s ON s.id = r.submission_id
       WHERE e.kind = 'assignment' AND s.provider_id = $1 AND s.contract_year = '2025/26'`,
      [southbrookUh],
    );
    expect(event).toEqual({ reviewer_id: danaId, actor_user_id: hamelId, version: 1 });
    const audit = await db.query(
      `SELECT actor_user_id, summary FROM audit_event WHERE action = 'review.reviewer-assigned' ORDER BY id`,
    );
    expect(audit).toHaveLength(2);
    expect(audit[0]).toEqual({
      actor_user_id: hamelId,
      summary: { version: 1, reviewerId: danaId, previousReviewerId: null },
    });

    const csv = await (await as('commissioner2@demo.test')).get(`${review}/audit?format=csv`).expect(200);
    const lines = (csv.text ?? String(csv.body)).split('\r\n').filter(Boolean);
    expect(lines.at(-1)).toMatch(
      /^2026-11-23T09:\d\d:\d\d\.\d{3}Z,23 November 2026 at 09:\d\d:\d\d,Assigned to Dana Reviewer,Hamel Dhanak,NHS Southbrook CCG,1,/,
    );

    // Who at the commissioner reviews the report is not the provider's business.
    const provider = await as('lead.ftb@demo.test');
    const theirs = (await provider.get(`${review}/audit`).expect(200)).body as ReviewAudit;
    expect(theirs.entries.length).toBeGreaterThan(0);
    expect(theirs.entries.map((entry) => entry.kind)).not.toContain('assignment');
    const read = (await provider.get(review).expect(200)).body as Review;
    expect(read.events.map((entry) => entry.kind)).not.toContain('assignment');
    const seen = (await (await as('commissioner2@demo.test')).get(review).expect(200)).body as Review;
    expect(seen.events.at(-1)).toMatchObject({ kind: 'assignment', actor: { displayName: 'Hamel Dhanak' } });
  });

  it('emails Dana once, listing both reports, through the outbox and the worker', async () => {
    const rows = await db.query(
      `SELECT recipient, data FROM outbound_email WHERE template = 'review-assigned'`,
    );
    expect(rows).toEqual([
      {
        recipient: DANA,
        data: expect.objectContaining({
          displayName: 'Dana Reviewer',
          assignedBy: 'Hamel Dhanak',
          commissionerName: 'NHS Southbrook CCG',
          link: 'http://portal.test/reviews?reviewer=me',
        }),
      },
    ]);
    worker = new WorkerProcess(
      testProcessEnv({
        APP_NOW: NOW,
        SMTP_URL: smtp.url,
        DATABASE_URL: databaseUrl,
        QUEUE_PREFIX: queuePrefix,
      }),
    );
    await worker.start();
    const email = await smtp.waitFor(
      (received) => received.to.includes(DANA) && received.subject === 'For you to review: 2 WRES reports',
      30_000,
    );
    expect(email.text).toContain(
      'Hamel Dhanak has given you 2 Workforce Race Equality Standard annual reports to review for NHS Southbrook CCG:',
    );
    expect(email.text).toContain(
      `Southbrook University Hospitals NHS Foundation Trust, 2025/26: http://portal.test/reviews/${southbrookUh}/2025-26`,
    );
    expect(email.text).toContain(
      `Little Acorns Counselling Service, 2024/25: http://portal.test/reviews/${littleAcorns}/2024-25`,
    );
    expect(email.html).toContain('href="http://portal.test/reviews?reviewer=me"');
  });

  it('counts reports already with the reviewer as unchanged, and takes a report back', async () => {
    const commissioner = await as('commissioner2@demo.test');
    const again = (
      await commissioner
        .post(ASSIGNMENTS, {
          reports: [
            { providerId: southbrookUh, contractYear: '2025-26' },
            { providerId: southbrookUh, contractYear: '2024-25' },
          ],
          reviewerId: danaId,
        })
        .expect(200)
    ).body as ReviewAssignmentResult;
    expect(again).toEqual({ assigned: 1, unchanged: 1 });

    const back = (
      await commissioner
        .post(ASSIGNMENTS, {
          reports: [{ providerId: southbrookUh, contractYear: '2024-25' }],
          reviewerId: null,
        })
        .expect(200)
    ).body as ReviewAssignmentResult;
    expect(back).toEqual({ assigned: 1, unchanged: 0 });
    const trail = (await commissioner.get(`/api/v1/reviews/${southbrookUh}/2024-25/audit`).expect(200))
      .body as ReviewAudit;
    expect(trail.entries.slice(-2).map((entry) => [entry.summary, entry.actor.displayName])).toEqual([
      ['Assigned to Dana Reviewer', 'Hamel Dhanak'],
      ['Reviewer removed', 'Hamel Dhanak'],
    ]);
    expect(keys(await queue(DANA, '?reviewer=me'))).toEqual(['ND203 2024/25', 'RD4 2025/26']);
    // Taking back and assigning oneself send no email; the second assignment to Dana sent one more.
    expect(
      (await db.query(`SELECT count(*)::int AS n FROM outbound_email WHERE template = 'review-assigned'`))[0]
        .n,
    ).toBe(2);
    await (
      await as(DANA)
    )
      .post(ASSIGNMENTS, {
        reports: [{ providerId: southbrookUh, contractYear: '2024-25' }],
        reviewerId: danaId,
      })
      .expect(200);
    expect(
      (await db.query(`SELECT count(*)::int AS n FROM outbound_email WHERE template = 'review-assigned'`))[0]
        .n,
    ).toBe(2);
  });

  it('refuses a CSU analyst and a provider (403), and changes nothing', async () => {
    const before = await snapshot();
    const body = { reports: [{ providerId: littleAcorns, contractYear: '2024-25' }], reviewerId: danaId };
    await (await as('csu@demo.test')).post(ASSIGNMENTS, body).expect(403);
    await (await as('csu@demo.test')).get('/api/v1/reviews/reviewers').expect(403);
    await (await as('provider2@demo.test')).post(ASSIGNMENTS, body).expect(403);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a commissioner of an unrelated CCG at each report, and changes nothing', async () => {
    const before = await snapshot();
    const refused = (
      await (
        await as('westmere@demo.test')
      )
        .post(ASSIGNMENTS, {
          reports: [
            { providerId: littleAcorns, contractYear: '2024-25' },
            { providerId: southbrookUh, contractYear: '2025-26' },
          ],
          reviewerId: wendyId,
        })
        .expect(400)
    ).body as ValidationErrorBody;
    expect(refused.problems).toEqual([
      { path: 'reports[0]', messages: ['There is no 2024/25 WRES report by this provider that you can see'] },
      { path: 'reports[1]', messages: ['There is no 2025/26 WRES report by this provider that you can see'] },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a reviewer from another organisation, or one who has left, at reviewerId, and changes nothing', async () => {
    const before = await snapshot();
    const commissioner = await as('commissioner2@demo.test');
    for (const reviewerId of [
      wendyId,
      formerId,
      await userId('csu@demo.test'),
      '00000000-0000-4000-8000-000000000000',
    ]) {
      const refused = (
        await commissioner
          .post(ASSIGNMENTS, {
            reports: [{ providerId: southbrookUh, contractYear: '2024-25' }],
            reviewerId,
          })
          .expect(400)
      ).body as ValidationErrorBody;
      expect(refused.problems).toEqual([
        {
          path: 'reviewerId',
          messages: ['reviewerId must be an active commissioner user of your organisation'],
        },
      ]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses the whole action for a decided, unsubmitted or associate’s report, naming each, and changes nothing', async () => {
    const before = await snapshot();
    const refused = (
      await (
        await as('commissioner2@demo.test')
      )
        .post(ASSIGNMENTS, {
          reports: [
            { providerId: southbrookUh, contractYear: '2024-25' },
            { providerId: meadowbank, contractYear: '2024-25' },
            { providerId: meadowbank, contractYear: '2025-26' },
            { providerId: physiotherapy, contractYear: '2024-25' },
          ],
          reviewerId: wendyId,
        })
        .expect(400)
    ).body as ValidationErrorBody;
    expect(refused.problems).toEqual([
      {
        path: 'reports[1]',
        messages: [
          'Meadowbank Independent Hospital Ltd’s 2024/25 report has been assured, so its review is over and its reviewer stays as it was',
        ],
      },
      {
        path: 'reports[2]',
        messages: [
          'Meadowbank Independent Hospital Ltd’s 2025/26 report has not been submitted yet, so there is nothing to review',
        ],
      },
      {
        path: 'reports[3]',
        messages: [
          'Only the co-ordinating commissioner of Westmere Physiotherapy Partnership’s 2024/25 contract can give its report to a reviewer',
        ],
      },
      {
        path: 'reviewerId',
        messages: ['reviewerId must be an active commissioner user of your organisation'],
      },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('answers a bad body with every problem by path', async () => {
    const before = await snapshot();
    const commissioner = await as('commissioner2@demo.test');
    const problems = async (body: object) =>
      ((await commissioner.post(ASSIGNMENTS, body).expect(400)).body as ValidationErrorBody).problems;

    expect(
      await problems({
        reports: [
          { providerId: 'not-a-uuid', contractYear: '2025-27' },
          { providerId: southbrookUh, contractYear: '2025/26', extra: true },
          'RD4 2025/26',
        ],
        reviewerId: 'dana',
      }),
    ).toEqual([
      { path: 'reports[0].providerId', messages: ['providerId must be a provider id'] },
      {
        path: 'reports[0].contractYear',
        messages: ['contractYear must be a contract year such as 2018-19 or 2018/19'],
      },
      { path: 'reports[1].extra', messages: ['property extra should not exist'] },
      { path: 'reports[2]', messages: ['each report must be an object with providerId and contractYear'] },
      { path: 'reviewerId', messages: ['reviewerId must be a user id, or null to remove the reviewer'] },
    ]);
    expect(await problems({ reports: [], reviewerId: null })).toEqual([
      { path: 'reports', messages: ['reports must name at least one report'] },
    ]);
    expect(await problems({})).toEqual([
      { path: 'reports', messages: expect.arrayContaining(['reports must be a list']) },
      { path: 'reviewerId', messages: ['reviewerId must be a user id, or null to remove the reviewer'] },
    ]);
    expect(
      await problems({
        reports: [
          { providerId: southbrookUh, contractYear: '2025-26' },
          { providerId: southbrookUh, contractYear: '2025/26' },
        ],
        reviewerId: danaId,
      }),
    ).toEqual([{ path: 'reports', messages: ['reports must name each report once'] }]);
    expect(await snapshot()).toEqual(before);
  });
});

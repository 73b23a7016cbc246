import type { NestExpressApplication } from '@nestjs/platform-express';
import { SEED_004_2018_19 } from '@wres/domain/wres';
import { dropDatabase } from '@wres/server/core/database';
import { testEnvironment } from '@wres/server/core/testing';
import type { Review } from '@wres/shared/contracts';
import { DataSource } from 'typeorm';
import {
  demoUsers,
  seedOwnDatabase,
  startTestApi,
  submissionVersionCount,
  SEED_004_DETAILS,
} from './test-app';

const YEAR = '2018-19';
/*
 * The submissions file numbers provider@demo.test's 2018/19 versions, and an assured report takes no more, so
 * this file has a freshly seeded database of its own and the two files cannot disturb each other.
 */
const databaseUrl = () => `${testEnvironment().databaseUrl}_reviews`;

describe('Assurance reviews', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  const users = demoUsers(() => app);
  const as = users.as;
  let northfield: string;
  let review: string;
  let report: string;

  const versionCount = () => submissionVersionCount(db, northfield);

  const decide = async (email: string, to: string, status: number, comment?: string) =>
    (
      await (
        await as(email)
      )
        .post(`${review}/transition`, { to, ...(comment ? { comment } : {}) })
        .expect(status)
    ).body as Review & { message?: string };

  beforeAll(async () => {
    await seedOwnDatabase(databaseUrl());
    app = await startTestApi({ APP_NOW: '2019-04-15T09:00:00Z', DATABASE_URL: databaseUrl() });
    db = app.get(DataSource);
    northfield = await users.organisationId('RD1');
    review = `/api/v1/reviews/${northfield}/${YEAR}`;
    report = `/api/v1/submissions/${northfield}/${YEAR}`;
  });

  afterAll(async () => {
    await app?.close();
    await dropDatabase(databaseUrl());
  });

  it('has nothing to decide while the report is a draft', async () => {
    const provider = await as('provider@demo.test');
    await provider
      .put(`${report}/draft`, { document: SEED_004_2018_19, details: SEED_004_DETAILS })
      .expect(200);
    const read: Review = (await (await as('commissioner@demo.test')).get(review).expect(200)).body;
    expect(read).toMatchObject({ state: null, events: [] });
    const body = await decide('commissioner@demo.test', 'assured', 409);
    expect(body.message).toMatch(/not been submitted/);
  });

  it('opens the review when the provider first submits', async () => {
    await (await as('provider@demo.test')).post(`${report}/submit`).expect(200);
    const read: Review = (await (await as('provider@demo.test')).get(review).expect(200)).body;
    expect(read).toMatchObject({ state: 'submitted', reviewedVersion: 1 });
    expect(read.events.map((e) => [e.kind, e.fromState, e.toState])).toEqual([
      ['transition', null, 'submitted'],
    ]);
  });

  it('refuses to assure a report that is not yet in review, and changes nothing', async () => {
    const body = await decide('commissioner@demo.test', 'assured', 409);
    expect(body.message).toBe('A report that is submitted but not yet in review cannot be assured');
    await decide('commissioner@demo.test', 'resubmitted', 409);
    await decide('commissioner@demo.test', 'finished', 400);
    const read: Review = (await (await as('commissioner@demo.test')).get(review).expect(200)).body;
    expect(read.state).toBe('submitted');
    expect(read.events).toHaveLength(1);
  });

  it('lets the co-ordinating commissioner take it into review and request changes, each audited', async () => {
    expect((await decide('commissioner@demo.test', 'in-review', 200)).state).toBe('in-review');
    const changes = await decide(
      'commissioner@demo.test',
      'changes-requested',
      200,
      'Indicator 2 looks wrong',
    );
    expect(changes).toMatchObject({ state: 'changes-requested', reviewedVersion: 1 });
    expect(changes.decidedBy).not.toBeNull();
    expect(changes.events.at(-1)).toMatchObject({
      kind: 'transition',
      fromState: 'in-review',
      toState: 'changes-requested',
      text: 'Indicator 2 looks wrong',
      actor: { displayName: 'Catherine Bull' },
    });
    const [audit] = await db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'review.transitioned' AND actor_user_id IS NOT NULL`,
    );
    expect(audit.n).toBe(3);
  });

  it('makes a new version from the provider resubmitted', async () => {
    const provider = await as('provider@demo.test');
    await provider.post(`${report}/submit`).expect(200);
    const read: Review = (await provider.get(review).expect(200)).body;
    expect(read).toMatchObject({ state: 'resubmitted', reviewedVersion: 2 });
    expect(read.events.at(-1)).toMatchObject({ fromState: 'changes-requested', toState: 'resubmitted' });
  });

  it('keeps the decision from a CSU analyst, who may recommend and comment', async () => {
    const csu = await as('csu@demo.test');
    await csu.post(`${review}/transition`, { to: 'assured' }).expect(403);
    const recommended: Review = (
      await csu.post(`${review}/recommendations`, { text: 'Recommend assurance' }).expect(201)
    ).body;
    expect(recommended.events.at(-1)).toMatchObject({ kind: 'recommendation', text: 'Recommend assurance' });
    const commented: Review = (
      await csu.post(`${review}/comments`, { text: 'Check the narrative', indicator: 'i5' }).expect(201)
    ).body;
    expect(commented.events.at(-1)).toMatchObject({ kind: 'comment', indicator: 'i5' });
    await csu.post(`${review}/comments`, { text: '', indicator: 'i10' }).expect(400);
    await (await as('commissioner@demo.test')).post(`${review}/recommendations`, { text: 'x' }).expect(403);
    expect(recommended.state).toBe('resubmitted');
  });

  it('hides the review from an unrelated commissioner', async () => {
    const other = await as('commissioner2@demo.test');
    await other.get(review).expect(404);
    await other.post(`${review}/transition`, { to: 'assured' }).expect(404);
    await other.post(`${review}/comments`, { text: 'Hello' }).expect(404);
  });

  it('assures the report, which then takes no new version', async () => {
    const assured = await decide('commissioner@demo.test', 'assured', 200);
    expect(assured).toMatchObject({ state: 'assured', reviewedVersion: 2 });
    expect(assured.decidedAt).not.toBeNull();

    const body = await decide('commissioner@demo.test', 'changes-requested', 409);
    expect(body.message).toBe('A report that is assured cannot be sent back for changes');

    const before = await versionCount();
    const provider = await as('provider@demo.test');
    const refused = (await provider.post(`${report}/submit`).expect(409)).body;
    expect(refused.message).toMatch(/assured/);
    expect(await versionCount()).toBe(before);
    expect(((await provider.get(review).expect(200)).body as Review).state).toBe('assured');
  });

  it('never lets a review event change', async () => {
    await expect(db.query(`UPDATE review_event SET text = 'changed'`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM review_event`)).rejects.toThrow(/append-only/);
  });

  describe('where a commissioner is an associate on the contract', () => {
    let physio: string;
    let physioReview: string;

    beforeAll(async () => {
      physio = await users.organisationId('ND104');
      physioReview = `/api/v1/reviews/${physio}/${YEAR}`;
      // Westmere CCG co-ordinates Westmere Physiotherapy's contract; Southbrook CCG is an associate.
      const [submission] = await db.query(
        `INSERT INTO submission (provider_id, contract_year, status, current_version, draft_document, draft_details)
         VALUES ($1, '2018/19', 'submitted', 1, '{}'::jsonb, '{}'::jsonb) RETURNING id`,
        [physio],
      );
      const [submitter] = await db.query(`SELECT id FROM app_user WHERE email = 'commissioner2@demo.test'`);
      await db.query(
        `INSERT INTO submission_version (submission_id, version, document, details, indicators, submitted_at,
                                         submitted_by, late)
         VALUES ($1, 1, '{}'::jsonb, '{}'::jsonb, '{}'::jsonb, now(), $2, false)`,
        [submission.id, submitter.id],
      );
      await db.query(
        `INSERT INTO assurance_review (submission_id, state, reviewed_version) VALUES ($1, 'submitted', 1)`,
        [submission.id],
      );
    });

    it('lets the associate read and comment but not decide', async () => {
      const associate = await as('commissioner2@demo.test');
      const read: Review = (await associate.get(physioReview).expect(200)).body;
      expect(read.state).toBe('submitted');
      const refused = (await associate.post(`${physioReview}/transition`, { to: 'in-review' }).expect(403))
        .body;
      expect(refused.message).toMatch(/co-ordinating commissioner/);
      await associate.post(`${physioReview}/comments`, { text: 'We fund part of this' }).expect(201);
      const after: Review = (await associate.get(physioReview).expect(200)).body;
      expect(after.state).toBe('submitted');
    });

    it('keeps the decision from a commissioner who is not on the contract at all', async () => {
      await (
        await as('commissioner@demo.test')
      )
        .post(`${physioReview}/transition`, { to: 'in-review' })
        .expect(404);
    });
  });
});

import type { NestExpressApplication } from '@nestjs/platform-express';
import { dropDatabase } from '@wres/server/core/database';
import {
  eventually,
  SmtpSink,
  testEnvironment,
  testProcessEnv,
  WorkerProcess,
} from '@wres/server/core/testing';
import type {
  AssuranceChecklist,
  ChecklistSettingsForYear,
  Review,
  ReviewAudit,
  ReviewQueue,
  Submission,
  ValidationErrorBody,
} from '@wres/shared/contracts';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { demoUsers, seedOwnDatabase, startTestApi } from './test-app';

/** The demo's "today": Meadowbank's 2025/26 report is a draft, late, waiting for the board's sign-off. */
const NOW = '2026-11-23T09:00:00Z';
const YEAR = '2025-26';
const PDF = Buffer.from('%PDF-1.4\n% Meadowbank WRES annual report 2025/26\n%%EOF\n');

/**
 * The assurance workflow through the api, the outbox, the real worker (emails and link checks) and an SMTP
 * server: emails at each step, the checklist, the review queue and the audit trail. A database and queue
 * namespace of this file's own, so its emails reach only its own mail server.
 */
describe('the assurance review workflow', () => {
  const databaseUrl = `${testEnvironment().databaseUrl}_review_workflow`;
  const queuePrefix = `${testEnvironment().queuePrefix}-review-workflow`;
  let app: NestExpressApplication;
  let db: DataSource;
  let smtp: SmtpSink;
  let worker: WorkerProcess | null = null;
  let site: http.Server;
  let siteOrigin: string;
  const users = demoUsers(() => app);
  const as = users.as;
  let meadowbank: string;
  let review: string;
  let report: string;

  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    (await db.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;
  const mailTo = (address: string, subject: string) =>
    smtp.received.find((email) => email.to.includes(address) && email.subject === subject);
  const read = async (email = 'commissioner2@demo.test'): Promise<Review> =>
    (await (await as(email)).get(review).expect(200)).body as Review;
  const checklist = async (email = 'commissioner2@demo.test'): Promise<AssuranceChecklist> =>
    (await (await as(email)).get(`${review}/checklist`).expect(200)).body as AssuranceChecklist;
  const item = (list: AssuranceChecklist, id: string) => list.items.find((entry) => entry.id === id);

  beforeAll(async () => {
    await seedOwnDatabase(databaseUrl, new Date(NOW));
    smtp = new SmtpSink();
    await smtp.start();
    // The provider's published report is a PDF; its action plan link is broken.
    site = http.createServer((request, response) => {
      if (request.url === '/wres-2025-26.pdf') {
        response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': PDF.length });
        response.end(PDF);
      } else {
        response.writeHead(404, { 'content-type': 'text/html' });
        response.end('<!doctype html><title>Not found</title>');
      }
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    app = await startTestApi({ APP_NOW: NOW, DATABASE_URL: databaseUrl, QUEUE_PREFIX: queuePrefix });
    db = app.get(DataSource);
    meadowbank = await users.organisationId('ND101');
    review = `/api/v1/reviews/${meadowbank}/${YEAR}`;
    report = `/api/v1/submissions/${meadowbank}/${YEAR}`;
  });

  afterAll(async () => {
    await worker?.stop();
    await app?.close();
    await smtp?.stop();
    site?.closeAllConnections();
    await new Promise((resolve) => site?.close(resolve));
    await dropDatabase(databaseUrl);
  });

  it('tells the co-ordinating commissioner in the submission’s own transaction, and nothing for a refused one', async () => {
    const provider = await as('provider2@demo.test');
    const draft = (await provider.get(report).expect(200)).body as Submission;
    expect(draft.status).toBe('draft');
    // The demo's draft lacks the board's sign-off and the declaration: the submission is refused, and no email.
    await provider.post(`${report}/submit`).expect(400);
    expect(await count(`outbound_email WHERE template = 'review-ready'`)).toBe(0);

    await provider
      .put(`${report}/draft`, {
        document: draft.draft?.document,
        details: {
          ...draft.draft?.details,
          publishedReportUrl: `${siteOrigin}/wres-2025-26.pdf`,
          actionPlanUrl: `${siteOrigin}/wres-2025-26-action-plan`,
          boardSignOff: { name: 'Jane Okonkwo', role: 'Chair of the Board', date: '2026-06-10' },
          accuracyDeclaration: true,
          lateReason: 'The board met in June to sign the report off.',
        },
      })
      .expect(200);
    await provider.post(`${report}/submit`).expect(200);
    expect(await read()).toMatchObject({ state: 'submitted', reviewedVersion: 1, canDecide: true });

    const rows = await db.query(`SELECT recipient, data FROM outbound_email WHERE template = 'review-ready'`);
    expect(rows).toEqual([
      {
        recipient: 'commissioner2@demo.test',
        data: expect.objectContaining({
          providerName: 'Meadowbank Independent Hospital Ltd',
          commissionerName: 'NHS Southbrook CCG',
          contractYear: '2025/26',
          version: 1,
          resubmitted: false,
          late: true,
          link: `http://portal.test/reviews/${meadowbank}/${YEAR}`,
        }),
      },
    ]);
  });

  it('works the checklist out from the version, and says the links are not checked yet', async () => {
    const list = await checklist();
    expect(list).toMatchObject({ version: 1, canAssess: true, canPropose: false });
    expect(item(list, 'published-report-link')).toMatchObject({
      rating: null,
      reason: expect.stringMatching(/^Not checked yet/),
    });
    expect(item(list, 'board-sign-off')).toMatchObject({
      rating: 'green',
      reason: 'Signed off by Jane Okonkwo, Chair of the Board on 10 June 2026.',
    });
    expect(item(list, 'on-time')).toMatchObject({
      rating: 'amber',
      reason: expect.stringContaining('after the deadline of 1 May 2026, with a reason'),
    });
    expect(item(list, 'self-reported-ethnicity')?.rating).not.toBeNull();
    expect(item(list, 'year-on-year')?.reason).toMatch(/2024\/25/);
    expect(item(list, 'narrative-addresses-gaps')).toMatchObject({ kind: 'human', rating: null });
    expect(list.overall.unrated).toBe(4);

    // Only commissioners and CSU analysts review; a provider reads its own report, not the checklist.
    await (await as('provider2@demo.test')).get(`${review}/checklist`).expect(403);
    await (await as('commissioner@demo.test')).get(`${review}/checklist`).expect(404);
  });

  it('needs a comment to send a report back, and writes nothing without one', async () => {
    const commissioner = await as('commissioner2@demo.test');
    await commissioner.post(`${review}/transition`, { to: 'in-review' }).expect(200);
    const before = await count('outbound_email');
    const refused = (
      await commissioner.post(`${review}/transition`, { to: 'changes-requested', comment: '  ' }).expect(400)
    ).body as ValidationErrorBody;
    expect(refused.problems).toEqual([
      { path: 'comment', messages: ['Say what the provider should change'] },
    ]);
    expect((await read()).state).toBe('in-review');
    expect(await count('outbound_email')).toBe(before);
  });

  it('takes a CSU analyst’s proposed ratings as advice, and the commissioner’s as the assessment', async () => {
    const csu = await as('csu@demo.test');
    await csu
      .post(`${review}/recommendations`, {
        text: 'The narrative covers indicators 2 and 8; the action plan has no dates.',
        checklist: [
          { item: 'narrative-addresses-gaps', rating: 'green' },
          { item: 'actions-owned-and-dated', rating: 'red', note: 'No dates' },
        ],
      })
      .expect(201);
    await csu
      .post(`${review}/recommendations`, {
        text: 'Twice',
        checklist: [
          { item: 'actions-owned-and-dated', rating: 'red' },
          { item: 'actions-owned-and-dated', rating: 'amber' },
        ],
      })
      .expect(400);
    await csu
      .put(`${review}/checklist`, { items: [{ item: 'narrative-addresses-gaps', rating: 'green' }] })
      .expect(403);

    const proposed = await checklist();
    expect(item(proposed, 'actions-owned-and-dated')).toMatchObject({
      rating: null,
      reason: 'Not assessed yet; Central Demo Commissioning Support Unit proposes red.',
      proposal: { rating: 'red', note: 'No dates', by: 'Chidi Okafor' },
    });

    const commissioner = await as('commissioner2@demo.test');
    await commissioner
      .put(`${review}/checklist`, { items: [{ item: 'on-time', rating: 'green' }] })
      .expect(400);
    const rated = (
      await commissioner
        .put(`${review}/checklist`, {
          items: [
            { item: 'narrative-addresses-gaps', rating: 'green', note: 'Each significant gap is addressed.' },
            { item: 'actions-owned-and-dated', rating: 'amber' },
          ],
        })
        .expect(200)
    ).body as AssuranceChecklist;
    expect(item(rated, 'narrative-addresses-gaps')).toMatchObject({
      rating: 'green',
      reason: 'Each significant gap is addressed.',
      assessment: { by: 'Hamel Dhanak', organisationName: 'NHS Southbrook CCG' },
    });
    expect(item(rated, 'actions-owned-and-dated')).toMatchObject({
      rating: 'amber',
      reason: 'Rated amber by Hamel Dhanak on 23 November 2026.',
      proposal: { rating: 'red' },
    });
    expect(await count(`audit_event WHERE action = 'review.checklist-rated'`)).toBe(2);
    expect(await count(`audit_event WHERE action = 'review.checklist-proposed'`)).toBe(2);
  });

  it('sends the report back with the comment, which reaches the provider with a link to its report', async () => {
    const commissioner = await as('commissioner2@demo.test');
    const comment = 'Indicator 2 does not match your published report: please check the appointed figures.';
    await commissioner.post(`${review}/comments`, { text: 'See indicator 2', indicator: 'i2' }).expect(201);
    const sent = (
      await commissioner.post(`${review}/transition`, { to: 'changes-requested', comment }).expect(200)
    ).body as Review;
    expect(sent).toMatchObject({ state: 'changes-requested', reviewedVersion: 1 });

    worker = new WorkerProcess(
      testProcessEnv({
        APP_NOW: NOW,
        SMTP_URL: smtp.url,
        DATABASE_URL: databaseUrl,
        QUEUE_PREFIX: queuePrefix,
        LINK_CHECK_ALLOW_PRIVATE_ADDRESSES: 'true',
      }),
    );
    await worker.start();
    await eventually(async () => {
      expect(
        mailTo(
          'commissioner2@demo.test',
          'Ready for review: Meadowbank Independent Hospital Ltd’s 2025/26 WRES report',
        ),
      ).toBeDefined();
      expect(mailTo('provider2@demo.test', 'Changes requested to your 2025/26 WRES report')).toBeDefined();
    }, 30_000);
    const email = mailTo('provider2@demo.test', 'Changes requested to your 2025/26 WRES report');
    expect(email?.text).toContain(`“${comment}”`);
    expect(email?.text).toContain(`http://portal.test/reports/${meadowbank}/${YEAR}`);
    expect(email?.html).toContain(`href="http://portal.test/reports/${meadowbank}/${YEAR}"`);

    // The provider reads the commissioner's comments, but not the CSU's advice to the commissioner.
    const seen = await read('provider2@demo.test');
    expect(seen.events.map((event) => event.kind)).not.toContain('recommendation');
    expect(seen.events.filter((event) => event.kind === 'comment')).toEqual([
      expect.objectContaining({ indicator: 'i2', text: 'See indicator 2', version: 1 }),
    ]);
    expect(seen.canDecide).toBe(false);
  });

  it('rates the links from the link checker’s findings once they are in', async () => {
    await eventually(async () => {
      const list = await checklist();
      expect(item(list, 'published-report-link')?.rating).toBe('green');
      expect(item(list, 'action-plan-link')?.rating).toBe('red');
    }, 30_000);
    const list = await checklist();
    expect(item(list, 'published-report-link')?.reason).toMatch(
      /^Reachable and returned a document \(application\/pdf\) when checked on 23 November 2026/,
    );
  });

  it('lists the report in the commissioner’s queue, filtered by year, state, rating and overdue', async () => {
    const commissioner = await as('commissioner2@demo.test');
    const queue = async (query: string) =>
      ((await commissioner.get(`/api/v1/reviews${query}`).expect(200)).body as ReviewQueue).rows;

    const thisYear = await queue('?contractYear=2025-26');
    const row = thisYear.find((entry) => entry.providerId === meadowbank);
    expect(row).toMatchObject({
      providerName: 'Meadowbank Independent Hospital Ltd',
      odsCode: 'ND101',
      contractYear: '2025/26',
      state: 'changes-requested',
      reviewedVersion: 1,
      late: true,
      rating: 'red',
      coordinating: true,
      coordinatingCommissioner: 'NHS Southbrook CCG',
      overdue: false,
      reviewDueBy: '2026-12-21',
    });
    expect(thisYear.every((entry) => entry.contractYear === '2025/26')).toBe(true);

    const sentBack = await queue('?state=changes-requested');
    expect(sentBack.length).toBeGreaterThan(0);
    expect(sentBack.every((entry) => entry.state === 'changes-requested')).toBe(true);
    expect((await queue('?rag=red')).every((entry) => entry.rating === 'red')).toBe(true);
    expect((await queue('?contractYear=2025-26&rag=red')).map((entry) => entry.providerId)).toContain(
      meadowbank,
    );
    expect((await queue('?contractYear=2025-26&rag=green')).map((entry) => entry.providerId)).not.toContain(
      meadowbank,
    );

    // Last year's reports have waited for Southbrook since spring 2025: overdue, and listed first.
    const overdue = await queue('?overdue=true');
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((entry) => entry.overdue && entry.state !== 'changes-requested')).toBe(true);
    const all = await queue('');
    expect(all[0].overdue).toBe(true);
    expect((await queue('?overdue=false')).some((entry) => entry.overdue)).toBe(false);

    const bad = (await commissioner.get('/api/v1/reviews?state=done&rag=purple&overdue=maybe').expect(400))
      .body as ValidationErrorBody;
    expect(bad.problems.map((problem) => problem.path).sort()).toEqual(['overdue', 'rag', 'state']);
    await commissioner.get('/api/v1/reviews?contractYear=2025').expect(400);

    // A CSU analyst sees the reports of every CCG it supports; it decides none of them.
    const csuRows = (
      (await (await as('csu@demo.test')).get('/api/v1/reviews').expect(200)).body as ReviewQueue
    ).rows;
    expect(new Set(csuRows.map((entry) => entry.coordinatingCommissioner)).size).toBeGreaterThan(1);
    expect(csuRows.some((entry) => entry.coordinating)).toBe(false);
    await (await as('provider2@demo.test')).get('/api/v1/reviews').expect(403);
  });

  it('lets an admin set a year’s settings, which move what counts as overdue', async () => {
    const admin = await as('admin@demo.test');
    const defaults = (await admin.get('/api/v1/checklist-settings/2024-25').expect(200))
      .body as ChecklistSettingsForYear;
    expect(defaults).toMatchObject({ isDefault: true, settings: { reviewWithinDays: 28 } });

    const invalid = (
      await admin
        .put('/api/v1/checklist-settings/2024-25', {
          settings: { ...defaults.settings, reviewWithinDays: 0, excludedItems: ['colour'] },
        })
        .expect(400)
    ).body as ValidationErrorBody;
    expect(invalid.problems.map((problem) => problem.path)).toEqual([
      'settings.reviewWithinDays',
      'settings.excludedItems[0]',
    ]);
    await (
      await as('commissioner2@demo.test')
    )
      .put('/api/v1/checklist-settings/2024-25', { settings: defaults.settings })
      .expect(403);

    const commissioner = await as('commissioner2@demo.test');
    const overdueLastYear = async () =>
      (
        (await commissioner.get('/api/v1/reviews?contractYear=2024-25&overdue=true').expect(200))
          .body as ReviewQueue
      ).rows.length;
    expect(await overdueLastYear()).toBeGreaterThan(0);
    const set = (
      await admin
        .put('/api/v1/checklist-settings/2024-25', {
          settings: { ...defaults.settings, reviewWithinDays: 1000 },
        })
        .expect(200)
    ).body as ChecklistSettingsForYear;
    expect(set).toMatchObject({ isDefault: false, settings: { reviewWithinDays: 1000 } });
    expect(await overdueLastYear()).toBe(0);
  });

  it('tells the commissioner of the resubmission and compares it with the version sent back', async () => {
    const provider = await as('provider2@demo.test');
    await provider.post(`${report}/submit`).expect(200);
    const resubmitted = await read();
    expect(resubmitted).toMatchObject({
      state: 'resubmitted',
      reviewedVersion: 2,
      changesRequestedOnVersion: 1,
    });
    await (await as('commissioner2@demo.test')).get(`${report}/versions/2/diff?against=1`).expect(200);
    // Ratings belong to the version rated: the new version's human items wait for the commissioner again.
    expect(item(await checklist(), 'narrative-addresses-gaps')).toMatchObject({
      rating: null,
      proposal: null,
    });
    await eventually(async () => {
      expect(
        mailTo(
          'commissioner2@demo.test',
          'Resubmitted for review: Meadowbank Independent Hospital Ltd’s 2025/26 WRES report (version 2)',
        ),
      ).toBeDefined();
    }, 30_000);
  });

  it('assures the report, tells the provider it is locked, and keeps its checklist as it was', async () => {
    const commissioner = await as('commissioner2@demo.test');
    await commissioner.post(`${review}/transition`, { to: 'assured', comment: 'Checked.' }).expect(200);
    await eventually(async () => {
      expect(mailTo('provider2@demo.test', 'Your 2025/26 WRES report is assured')).toBeDefined();
    }, 30_000);
    expect(mailTo('provider2@demo.test', 'Your 2025/26 WRES report is assured')?.text).toContain('locked');
    const list = await checklist();
    expect(list).toMatchObject({ canAssess: false, canPropose: false });
    await commissioner
      .put(`${review}/checklist`, { items: [{ item: 'narrative-addresses-gaps', rating: 'green' }] })
      .expect(409);
    await (await as('provider2@demo.test')).post(`${report}/submit`).expect(409);
    // One email per step and recipient, whatever the worker and sweeps did meanwhile.
    const reviewEmails = smtp.received.filter(
      (email) => /WRES report/.test(email.subject) && !/due|Overdue|Reminder/.test(email.subject),
    );
    expect(reviewEmails.map((email) => `${email.to.join()}: ${email.subject}`).sort()).toEqual([
      'commissioner2@demo.test: Ready for review: Meadowbank Independent Hospital Ltd’s 2025/26 WRES report',
      'commissioner2@demo.test: Resubmitted for review: Meadowbank Independent Hospital Ltd’s 2025/26 WRES report (version 2)',
      'provider2@demo.test: Changes requested to your 2025/26 WRES report',
      'provider2@demo.test: Your 2025/26 WRES report is assured',
    ]);
  });

  it('gives the whole trail with who and when, as JSON and CSV, and the provider its own part', async () => {
    const trail = (await (await as('commissioner2@demo.test')).get(`${review}/audit`).expect(200))
      .body as ReviewAudit;
    expect(trail).toMatchObject({ providerName: 'Meadowbank Independent Hospital Ltd', state: 'assured' });
    expect(trail.entries.map((entry) => [entry.summary, entry.actor.displayName, entry.version])).toEqual([
      ['Version 1 submitted after the deadline', 'Priya Shah', 1],
      ['Sent for review', 'Priya Shah', 1],
      ['Taken into review', 'Hamel Dhanak', 1],
      ['Recommendation to the commissioner', 'Chidi Okafor', 1],
      ['Proposed green: The narrative addresses each significant gap', 'Chidi Okafor', 1],
      ['Proposed red: Actions have owners and dates', 'Chidi Okafor', 1],
      ['Rated green: The narrative addresses each significant gap', 'Hamel Dhanak', 1],
      ['Rated amber: Actions have owners and dates', 'Hamel Dhanak', 1],
      ['Comment on indicator 2', 'Hamel Dhanak', 1],
      ['Changes requested', 'Hamel Dhanak', 1],
      ['Version 2 submitted after the deadline', 'Priya Shah', 2],
      ['Resubmitted after changes', 'Priya Shah', 2],
      ['Assured', 'Hamel Dhanak', 2],
    ]);
    expect(trail.entries.every((entry) => !Number.isNaN(Date.parse(entry.at)))).toBe(true);
    expect(trail.entries.find((entry) => entry.summary === 'Changes requested')).toMatchObject({
      actor: { organisationName: 'NHS Southbrook CCG' },
      fromState: 'in-review',
      toState: 'changes-requested',
      text: expect.stringMatching(/^Indicator 2 does not match/),
    });

    const csv = await (await as('commissioner2@demo.test')).get(`${review}/audit?format=csv`).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="wres-review-trail-ND101-2025-26.csv"',
    );
    const lines = (csv.text ?? String(csv.body)).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(trail.entries.length + 1);
    expect(lines[3]).toMatch(
      /,Taken into review,Hamel Dhanak,NHS Southbrook CCG,1,Awaiting review,In review,/,
    );

    const own = (await (await as('provider2@demo.test')).get(`${review}/audit`).expect(200))
      .body as ReviewAudit;
    expect(own.entries.map((entry) => entry.kind)).not.toContain('recommendation');
    expect(own.entries.map((entry) => entry.kind)).not.toContain('checklist');
    expect(own.entries).toHaveLength(trail.entries.length - 5);
    await (await as('provider2@demo.test')).get(`${review}/audit?format=xml`).expect(400);
    await (await as('commissioner@demo.test')).get(`${review}/audit`).expect(404);
  });
});

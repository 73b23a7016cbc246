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
  CommissionerLetterPreview,
  CommissionerLetterSent,
  InterimRequest,
  InterimRequestsCreated,
  ValidationErrorBody,
} from '@wres/shared/contracts';
import { DataSource } from 'typeorm';
import { demoUsers, seedOwnDatabase, startTestApi } from './test-app';

/** Mid-way through 2015/16, when a commissioner asks for interim reports. */
const NOW = '2015-10-01T09:00:00Z';
const DUE = '2015-11-30';
const BULK = 50;

/**
 * Interim-report requests and commissioner letters, through the api, the outbox, the real worker and an SMTP
 * server, on a database and queue namespace of this file's own: its emails and reminders must not reach
 * another file's mail server.
 */
describe('chasing: interim-report requests and commissioner letters', () => {
  const databaseUrl = `${testEnvironment().databaseUrl}_chasing`;
  const queuePrefix = `${testEnvironment().queuePrefix}-chasing`;
  let app: NestExpressApplication;
  let db: DataSource;
  let smtp: SmtpSink;
  let worker: WorkerProcess | null = null;
  const users = demoUsers(() => app);
  const as = users.as;
  let northfield: string;
  let bulkProviders: string[];

  const startWorker = async (now: string) => {
    worker = new WorkerProcess(
      testProcessEnv({
        APP_NOW: now,
        SMTP_URL: smtp.url,
        DATABASE_URL: databaseUrl,
        QUEUE_PREFIX: queuePrefix,
      }),
    );
    await worker.start();
  };
  const stopWorker = async () => {
    await worker?.stop();
    worker = null;
  };
  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    (await db.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;

  beforeAll(async () => {
    await seedOwnDatabase(databaseUrl, new Date(NOW));
    smtp = new SmtpSink();
    await smtp.start();
    app = await startTestApi({ APP_NOW: NOW, DATABASE_URL: databaseUrl, QUEUE_PREFIX: queuePrefix });
    db = app.get(DataSource);
    northfield = await users.organisationId('RD1');
    const [ccg] = await db.query(`SELECT id FROM organisation WHERE ods_code = '01D'`);
    // Fifty more in-scope providers whose 2015/16 contracts Northfield CCG co-ordinates, one lead each.
    bulkProviders = [];
    for (let index = 1; index <= BULK; index++) {
      const [provider] = await db.query(
        `INSERT INTO organisation (ods_code, name, kind, provider_kind)
         VALUES ($1, $2, 'provider', 'independent') RETURNING id`,
        [`ZCH${index}`, `Chasing Test Provider ${index} Ltd`],
      );
      const [contract] = await db.query(
        `INSERT INTO contract (provider_id, contract_year, form) VALUES ($1, '2015/16', 'standard') RETURNING id`,
        [provider.id],
      );
      await db.query(
        `INSERT INTO contract_commissioner (contract_id, commissioner_id, is_coordinating, expected_income_pence)
         VALUES ($1, $2, true, 50000000)`,
        [contract.id, ccg.id],
      );
      await db.query(
        `INSERT INTO obligation (provider_id, contract_year, clause, title, applies, basis, explanation, scope_status)
         VALUES ($1, '2015/16', 'SC13.5.2', 'WRES annual report', true, 'applies', 'In scope for the test.', 'confirmed')`,
        [provider.id],
      );
      await db.query(
        `INSERT INTO app_user (email, display_name, role, organisation_id, password_hash, status)
         VALUES ($1, $2, 'provider-submitter', $3, 'not-a-real-hash', 'active')`,
        [`lead${index}@chasing.test`, `Lead ${index}`, provider.id],
      );
      bulkProviders.push(provider.id);
    }
  });

  afterAll(async () => {
    await stopWorker();
    await app?.close();
    await smtp?.stop();
    await dropDatabase(databaseUrl);
  });

  it('asks fifty providers for an interim report in one action: fifty requests, emails and audit rows', async () => {
    const commissioner = await as('commissioner@demo.test');
    const response = await commissioner
      .post('/api/v1/interim-requests', {
        contractYear: '2015/16',
        providerIds: bulkProviders,
        dueDate: DUE,
        message: 'Please tell us how your shortlisting actions are going.',
      })
      .expect(201);
    const created = response.body as InterimRequestsCreated;
    expect(created.requests).toHaveLength(BULK);
    expect(created.emailsQueued).toBe(BULK);
    expect(new Set(created.requests.map((r) => r.provider.id))).toEqual(new Set(bulkProviders));
    expect(created.requests.every((r) => r.dueDate === DUE && r.status === 'requested' && !r.overdue)).toBe(
      true,
    );
    expect(await count(`interim_report_request WHERE due_date = $1`, [DUE])).toBe(BULK);
    expect(await count(`audit_event WHERE action = 'interim-report.requested'`)).toBe(BULK);
    expect(await count(`outbound_email WHERE template = 'interim-report-request'`)).toBe(BULK);

    await startWorker(NOW);
    await eventually(async () => {
      const received = smtp.received.filter((e) => e.to.some((to) => to.endsWith('@chasing.test')));
      expect(received).toHaveLength(BULK);
    }, 30_000);
    const one = smtp.received.find((e) => e.to.includes('lead7@chasing.test'));
    expect(one?.subject).toBe('NHS Northfield CCG asks for an interim WRES report by 30 November 2015');
    expect(one?.text).toContain('Please tell us how your shortlisting actions are going.');
    expect(one?.text).toContain(`http://portal.test/reports/${bulkProviders[6]}`);
    await stopWorker();
  });

  it('lists every problem by path and stores nothing for a bad request', async () => {
    const southbrookTrust = await users.organisationId('RD3');
    const before = await count('interim_report_request');
    const response = await (
      await as('commissioner@demo.test')
    )
      .post('/api/v1/interim-requests', {
        contractYear: '2015/16',
        providerIds: [northfield, southbrookTrust],
        dueDate: '2015-09-30',
        message: 'Late already',
      })
      .expect(400);
    const body = response.body as ValidationErrorBody;
    expect(body.problems.map((p) => p.path)).toEqual(['dueDate']);
    const providers = await (
      await as('commissioner@demo.test')
    )
      .post('/api/v1/interim-requests', {
        contractYear: '2015/16',
        providerIds: [northfield, southbrookTrust, 'not-a-provider'],
        dueDate: DUE,
        message: '',
      })
      .expect(400);
    expect((providers.body as ValidationErrorBody).problems.map((p) => p.path).sort()).toEqual([
      'message',
      'providerIds',
    ]);
    const coordination = await (
      await as('commissioner@demo.test')
    )
      .post('/api/v1/interim-requests', {
        contractYear: '2015/16',
        providerIds: [northfield, southbrookTrust],
        dueDate: DUE,
        message: 'How are things?',
      })
      .expect(400);
    expect((coordination.body as ValidationErrorBody).problems).toEqual([
      {
        path: 'providerIds[1]',
        messages: [
          'You do not co-ordinate a 2015/16 contract with this provider in which the WRES annual report applies',
        ],
      },
    ]);
    expect(await count('interim_report_request')).toBe(before);
  });

  it('keeps chasing to commissioners', async () => {
    const body = { contractYear: '2015/16', providerIds: [northfield], dueDate: DUE, message: 'Hello' };
    await (await as('csu@demo.test')).post('/api/v1/interim-requests', body).expect(403);
    await (await as('provider@demo.test')).post('/api/v1/interim-requests', body).expect(403);
    await (
      await as('csu@demo.test')
    )
      .post('/api/v1/commissioner-letters/send', {
        contractYear: '2015/16',
        letter: 'annual-report-reminder',
      })
      .expect(403);
  });

  it('lets the provider see and answer its own request once, and no one else answer it', async () => {
    const commissioner = await as('commissioner@demo.test');
    const created = (
      await commissioner
        .post('/api/v1/interim-requests', {
          contractYear: '2015/16',
          providerIds: [northfield],
          dueDate: DUE,
          message: 'Where are you with the board diversity action?',
        })
        .expect(201)
    ).body as InterimRequestsCreated;
    const [request] = created.requests;

    const provider = await as('provider@demo.test');
    const own = (await provider.get('/api/v1/interim-requests').expect(200)).body as InterimRequest[];
    expect(own.map((r) => r.id)).toEqual([request.id]);
    expect(
      (await (await as('provider2@demo.test')).get('/api/v1/interim-requests').expect(200)).body,
    ).toEqual([]);

    await (
      await as('provider2@demo.test')
    )
      .post(`/api/v1/interim-requests/${request.id}/answer`, { progress: 'Not mine to answer' })
      .expect(404);
    const answered = (
      await provider
        .post(`/api/v1/interim-requests/${request.id}/answer`, {
          progress: 'Two board vacancies are advertised with a diverse panel.',
          updatedFigures: 'Board: 1 BME member of 14',
        })
        .expect(200)
    ).body as InterimRequest;
    expect(answered).toMatchObject({
      status: 'answered',
      answer: { progress: 'Two board vacancies are advertised with a diverse panel.' },
    });
    await provider.post(`/api/v1/interim-requests/${request.id}/answer`, { progress: 'Again' }).expect(409);
    const seen = (await commissioner.get(`/api/v1/interim-requests?providerId=${northfield}`).expect(200))
      .body as InterimRequest[];
    expect(seen.map((r) => r.status)).toEqual(['answered']);
  });

  it('reminds each unanswered provider once, seven days before the due date, however often the sweep runs', async () => {
    const subject = 'Reminder: your 2015/16 WRES interim report is due in 7 days';
    await startWorker('2015-11-23T09:00:00Z');
    await eventually(async () => {
      expect(smtp.received.filter((e) => e.subject === subject)).toHaveLength(BULK);
    }, 30_000);
    await stopWorker();
    await startWorker('2015-11-23T15:00:00Z'); // another sweep, the same day
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await stopWorker();
    expect(smtp.received.filter((e) => e.subject === subject)).toHaveLength(BULK);
    // The trust answered its request: it is not chased.
    expect(smtp.received.filter((e) => e.subject === subject && e.to.includes('provider@demo.test'))).toEqual(
      [],
    );
  });

  it('previews the 1 July letter, sends it to every in-scope provider, and never sends it twice', async () => {
    const commissioner = await as('commissioner@demo.test');
    const letter = { contractYear: '2015/16', letter: 'publication-confirmation' };
    const preview = (await commissioner.post('/api/v1/commissioner-letters/preview', letter).expect(200))
      .body as CommissionerLetterPreview;
    expect(preview.subject).toBe(
      '2015/16 WRES: please confirm you will publish your baseline data by 1 July 2015',
    );
    expect(preview.recipients.map((r) => r.email)).toEqual(
      expect.arrayContaining(['provider@demo.test', 'lead1@chasing.test']),
    );
    expect(preview.recipients.some((r) => r.alreadySent)).toBe(false);
    // Primary care is not in scope of the WRES report: Elm Street Surgery is not written to.
    expect(JSON.stringify(preview)).not.toContain('Elm Street Surgery');
    const recipients = preview.recipients.length;
    expect(await count(`outbound_email WHERE template = 'commissioner-letter'`)).toBe(0);

    const sent = (await commissioner.post('/api/v1/commissioner-letters/send', letter).expect(200))
      .body as CommissionerLetterSent;
    expect(sent).toEqual({ ...letter, queued: recipients, alreadySent: 0 });
    const again = (await commissioner.post('/api/v1/commissioner-letters/send', letter).expect(200))
      .body as CommissionerLetterSent;
    expect(again).toEqual({ ...letter, queued: 0, alreadySent: recipients });
    expect(await count(`audit_event WHERE action = 'commissioner-letter.sent'`)).toBe(2);

    await startWorker(NOW);
    await eventually(async () => {
      expect(smtp.received.filter((e) => e.subject === preview.subject)).toHaveLength(recipients);
    }, 30_000);
    await stopWorker();
    const toTrust = smtp.received.find(
      (e) => e.subject === preview.subject && e.to.includes('provider@demo.test'),
    );
    expect(toTrust?.text).toContain('Dear Haseeb Ahmad,');
    expect(toTrust?.text).toContain('SC13.5.2');
  });

  it('refuses a letter for a year without a reporting cycle, naming the field', async () => {
    const response = await (
      await as('commissioner@demo.test')
    )
      .post('/api/v1/commissioner-letters/preview', {
        contractYear: '2040/41',
        letter: 'annual-report-reminder',
      })
      .expect(400);
    expect((response.body as ValidationErrorBody).problems.map((p) => p.path)).toEqual(['contractYear']);
  });
});

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
  ChasedProviderSummary,
  ChasingBoard,
  ChasingTimeline,
  InterimRequest,
  InterimRequestsCreated,
  ProviderReports,
  ReminderPause,
  ValidationErrorBody,
} from '@wres/shared/contracts';
import { DataSource } from 'typeorm';
import { demoUsers, seedOwnDatabase, startTestApi } from './test-app';

/** Five days before the 2016/17 annual report is due (1 May 2017): the week the "before 1 May" letter goes. */
const NOW = '2017-04-26T09:00:00Z';
const TODAY = '2017-04-26';
const YEAR = '2016/17';
const REPORT_DUE = '2017-05-01';
/** A mailbox the mail server refuses at RCPT TO, at Northfield Hospitals NHS Foundation Trust. */
const REFUSED = 'nobody@chasing-board.test';
const REMINDER_SUBJECT = 'Reminder: your 2016/17 WRES annual report is due in 5 days';
const LETTER_SUBJECT = '2016/17 WRES: your annual report is due on 1 May 2017';

/**
 * The chasing board, each provider's chasing timeline and pausing reminders, through the api, the real worker
 * and an SMTP server that refuses one mailbox with a 550. The board's counts are checked against figures
 * worked out another way: report statuses from each provider's reports page, requests from their list, sent
 * emails from what the SMTP server received, failed ones from the outbox.
 */
describe('chasing: the board, provider timelines and reminder pauses', () => {
  const databaseUrl = `${testEnvironment().databaseUrl}_chasing_board`;
  const queuePrefix = `${testEnvironment().queuePrefix}-chasing-board`;
  let app: NestExpressApplication;
  let db: DataSource;
  let smtp: SmtpSink;
  let worker: WorkerProcess | null = null;
  const users = demoUsers(() => app);
  const as = users.as;
  let northfieldCcg: string;
  let trust: string; // Northfield Community Health NHS Trust: provider@demo.test
  let foundationTrust: string; // Northfield Hospitals NHS Foundation Trust: lead.fta@ and the refused mailbox
  let overdueProviders: string[];

  const startWorker = async () => {
    worker = new WorkerProcess(
      testProcessEnv({
        APP_NOW: NOW,
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
  /** Until the worker has sent, or given up on, everything in the outbox. */
  const outboxSettled = () =>
    eventually(async () => {
      const [row] = await db.query(`SELECT count(*)::int AS n FROM outbound_email WHERE status = 'pending'`);
      expect(row.n).toBe(0);
    }, 30_000);

  /** The in-scope providers a commissioner co-ordinates in a year, straight from contracts and obligations. */
  const coordinatedBy = async (commissionerId: string, year: string): Promise<string[]> =>
    (
      await db.query(
        `SELECT DISTINCT c.provider_id AS id FROM contract c
         JOIN contract_commissioner cc ON cc.contract_id = c.id AND cc.is_coordinating
         JOIN obligation o ON o.provider_id = c.provider_id AND o.contract_year = c.contract_year
         WHERE cc.commissioner_id = $1 AND c.contract_year = $2 AND o.clause = 'SC13.5.2' AND o.applies`,
        [commissionerId, year],
      )
    ).map((row: { id: string }) => row.id);

  /** Overdue and due-this-week reports by each provider's own reports page. */
  const reportsByStatus = async (email: string, providerIds: string[], year: string) => {
    const client = await as(email);
    const overdue: string[] = [];
    const dueThisWeek: string[] = [];
    for (const id of providerIds) {
      const page = (await client.get(`/api/v1/providers/${id}/wres-reports`).expect(200))
        .body as ProviderReports;
      const report = page.reports.find((r) => r.contractYear === year);
      if (report?.status === 'overdue') overdue.push(id);
      if (report?.status === 'due' && report.dueDate && report.dueDate <= '2017-05-03') dueThisWeek.push(id);
    }
    return { overdue: overdue.sort(), dueThisWeek: dueThisWeek.sort() };
  };

  const board = async (email: string, year = YEAR): Promise<ChasingBoard> =>
    (
      await (
        await as(email)
      )
        .get(`/api/v1/chasing/board?contractYear=${encodeURIComponent(year)}`)
        .expect(200)
    ).body as ChasingBoard;
  const timeline = async (email: string, providerId: string): Promise<ChasingTimeline> =>
    (
      await (
        await as(email)
      )
        .get(`/api/v1/providers/${providerId}/chasing-timeline?contractYear=2016-17`)
        .expect(200)
    ).body as ChasingTimeline;
  const ids = (items: Array<{ provider: { id: string } }>) => items.map((item) => item.provider.id).sort();

  beforeAll(async () => {
    await seedOwnDatabase(databaseUrl, new Date(NOW));
    smtp = new SmtpSink();
    smtp.rejectRecipients.set(REFUSED, { code: 550, message: 'No such user here' });
    await smtp.start();
    app = await startTestApi({ APP_NOW: NOW, DATABASE_URL: databaseUrl, QUEUE_PREFIX: queuePrefix });
    db = app.get(DataSource);
    [northfieldCcg] = (await db.query(`SELECT id FROM organisation WHERE ods_code = '01D'`)).map(
      (row: { id: string }) => row.id,
    );
    trust = await users.organisationId('RD1');
    foundationTrust = await users.organisationId('RD2');
    await db.query(
      `INSERT INTO app_user (email, display_name, role, organisation_id, password_hash, status)
       VALUES ($1, 'Left the trust', 'provider-submitter', $2, 'not-a-real-hash', 'active')`,
      [REFUSED, foundationTrust],
    );
    // Three providers whose 2015/16 report never came: a year on, overdue.
    overdueProviders = [];
    for (let index = 1; index <= 3; index++) {
      const [provider] = await db.query(
        `INSERT INTO organisation (ods_code, name, kind, provider_kind)
         VALUES ($1, $2, 'provider', 'independent') RETURNING id`,
        [`ZBD${index}`, `Board Test Provider ${index} Ltd`],
      );
      const [contract] = await db.query(
        `INSERT INTO contract (provider_id, contract_year, form) VALUES ($1, '2015/16', 'standard') RETURNING id`,
        [provider.id],
      );
      await db.query(
        `INSERT INTO contract_commissioner (contract_id, commissioner_id, is_coordinating, expected_income_pence)
         VALUES ($1, $2, true, 50000000)`,
        [contract.id, northfieldCcg],
      );
      await db.query(
        `INSERT INTO obligation (provider_id, contract_year, clause, title, applies, basis, explanation, scope_status)
         VALUES ($1, '2015/16', 'SC13.5.2', 'WRES annual report', true, 'applies', 'In scope for the test.', 'confirmed')`,
        [provider.id],
      );
      overdueProviders.push(provider.id);
    }
  });

  afterAll(async () => {
    await stopWorker();
    await app?.close();
    await smtp?.stop();
    await dropDatabase(databaseUrl);
  });

  it('lets only the co-ordinating commissioner pause a provider’s reminders, with a reason, audited', async () => {
    const commissioner = await as('commissioner@demo.test');
    const reason = 'The trust’s board meets on 3 May; we agreed the report may follow that week.';
    const paused = (
      await commissioner
        .post(`/api/v1/providers/${trust}/reminder-pause`, { contractYear: YEAR, reason: `  ${reason} ` })
        .expect(201)
    ).body as ReminderPause;
    expect(paused).toMatchObject({
      contractYear: YEAR,
      reason,
      pausedBy: 'Catherine Bull',
      pausedByOrganisation: 'NHS Northfield CCG',
      resumedAt: null,
    });
    await commissioner
      .post(`/api/v1/providers/${trust}/reminder-pause`, { contractYear: YEAR, reason: 'Again' })
      .expect(409);
    const [audit] = await db.query(
      `SELECT entity_id, summary FROM audit_event WHERE action = 'reminders.paused'`,
    );
    expect(audit).toEqual({
      entity_id: paused.id,
      summary: { providerId: trust, contractYear: YEAR, reason },
    });

    const blank = await commissioner
      .post(`/api/v1/providers/${foundationTrust}/reminder-pause`, { contractYear: YEAR, reason: '   ' })
      .expect(400);
    expect((blank.body as ValidationErrorBody).problems.map((p) => p.path)).toEqual(['reason']);
    const bad = await commissioner
      .post(`/api/v1/providers/${foundationTrust}/reminder-pause`, { contractYear: '16/17', reason: '' })
      .expect(400);
    expect((bad.body as ValidationErrorBody).problems.map((p) => p.path).sort()).toEqual([
      'contractYear',
      'reason',
    ]);
    const notAYear = await commissioner
      .post(`/api/v1/providers/${foundationTrust}/reminder-pause`, { contractYear: '2016/18', reason: 'Why' })
      .expect(400);
    expect((notAYear.body as ValidationErrorBody).problems.map((p) => p.path)).toEqual(['contractYear']);
    // The ICB succeeded the CCG and can see its 2016/17 contracts, but did not co-ordinate them.
    await (
      await as('icb@demo.test')
    )
      .post(`/api/v1/providers/${trust}/reminder-pause`, { contractYear: YEAR, reason: 'Not ours' })
      .expect(403);
    await (
      await as('commissioner2@demo.test')
    )
      .post(`/api/v1/providers/${trust}/reminder-pause`, { contractYear: YEAR, reason: 'Not ours' })
      .expect(404);
    await (
      await as('provider@demo.test')
    )
      .post(`/api/v1/providers/${trust}/reminder-pause`, { contractYear: YEAR, reason: 'Please stop' })
      .expect(403);
    expect((await db.query(`SELECT count(*)::int AS n FROM reminder_pause`))[0].n).toBe(1);
  });

  it('sends letters and requests to a paused provider but no reminders, and marks a 550 failed', async () => {
    const commissioner = await as('commissioner@demo.test');
    const [ftA, indA, volA, indAB] = [
      foundationTrust,
      await users.organisationId('ND102'),
      await users.organisationId('ND201'),
      await users.organisationId('ND103'),
    ];
    const ask = async (providerId: string, dueDate: string) =>
      (
        (
          await commissioner
            .post('/api/v1/interim-requests', {
              contractYear: YEAR,
              providerIds: [providerId],
              dueDate,
              message: 'How are your shortlisting actions going?',
            })
            .expect(201)
        ).body as InterimRequestsCreated
      ).requests[0];
    await ask(ftA, '2017-04-29'); // due this week
    await ask(indA, '2017-05-20'); // later
    const late = await ask(volA, '2017-04-28');
    await db.query(`UPDATE interim_report_request SET due_date = '2017-04-20' WHERE id = $1`, [late.id]);
    const answered = await ask(indAB, '2017-04-27');
    await (
      await as('lead.indab@demo.test')
    )
      .post(`/api/v1/interim-requests/${answered.id}/answer`, { progress: 'Panels now have a BME member.' })
      .expect(200);
    await commissioner
      .post('/api/v1/commissioner-letters/send', { contractYear: YEAR, letter: 'annual-report-reminder' })
      .expect(200);

    await startWorker();
    await outboxSettled();
    await stopWorker();

    const subjectsTo = (address: string) =>
      smtp.received.filter((e) => e.to.includes(address)).map((e) => e.subject);
    expect(subjectsTo('provider@demo.test')).toEqual([LETTER_SUBJECT]);
    expect(subjectsTo('lead.fta@demo.test')).toEqual(
      expect.arrayContaining([LETTER_SUBJECT, REMINDER_SUBJECT]),
    );
    expect(subjectsTo(REFUSED)).toEqual([]);
    const refused = await db.query(`SELECT status, last_error FROM outbound_email WHERE recipient = $1`, [
      REFUSED,
    ]);
    expect(refused.length).toBeGreaterThanOrEqual(3); // the letter, the request and its reminder, a reminder
    for (const row of refused) {
      expect(row.status).toBe('failed');
      expect(row.last_error).toContain('550 No such user here');
    }
  });

  it('counts what the co-ordinating commissioner has to chase this week, as worked out independently', async () => {
    const result = await board('commissioner@demo.test');
    const providers = await coordinatedBy(northfieldCcg, YEAR);
    const reports = await reportsByStatus('commissioner@demo.test', providers, YEAR);
    expect(result).toMatchObject({ contractYear: YEAR, today: TODAY, annualReportDueDate: REPORT_DUE });
    expect(result.providers).toBe(providers.length);
    expect(reports.dueThisWeek.length).toBeGreaterThan(0);
    expect(ids(result.reportsDueThisWeek)).toEqual(reports.dueThisWeek);
    expect(ids(result.overdueReports)).toEqual(reports.overdue);
    expect(result.reportsDueThisWeek.every((r) => r.dueDate === REPORT_DUE && r.daysFromDueDate === -5)).toBe(
      true,
    );

    const requests = (
      await (
        await as('commissioner@demo.test')
      )
        .get(`/api/v1/interim-requests?contractYear=2016-17`)
        .expect(200)
    ).body as InterimRequest[];
    const open = requests.filter((r) => r.status === 'requested' && providers.includes(r.provider.id));
    expect(result.overdueInterimRequests.map((r) => r.id)).toEqual(
      open.filter((r) => r.overdue).map((r) => r.id),
    );
    expect(result.overdueInterimRequests).toMatchObject([{ dueDate: '2017-04-20', daysFromDueDate: 6 }]);
    const dueSoon = open.filter((r) => !r.overdue && r.dueDate <= '2017-05-03');
    expect(result.interimRequestsDueThisWeek.map((r) => r.id)).toEqual(dueSoon.map((r) => r.id));
    expect(result.interimRequestsDueThisWeek).toMatchObject([{ dueDate: '2017-04-29', daysFromDueDate: -3 }]);

    // Everything the SMTP server took for these providers' people went today, for 2016/17.
    const addresses: string[] = (
      await db.query(`SELECT email FROM app_user WHERE organisation_id = ANY($1::uuid[])`, [providers])
    ).map((row: { email: string }) => row.email);
    const received = smtp.received.filter((e) => e.to.some((to) => addresses.includes(to)));
    const [failedRows] = await db.query(
      `SELECT count(*)::int AS n FROM outbound_email WHERE recipient = $1`,
      [REFUSED],
    );
    expect(result.counts).toEqual({
      overdueReports: reports.overdue.length,
      reportsDueThisWeek: reports.dueThisWeek.length,
      overdueInterimRequests: 1,
      interimRequestsDueThisWeek: 1,
      sentToday: received.length,
      failed: failedRows.n,
    });
    expect(result.sentToday).toHaveLength(received.length);
    expect(result.sentToday.every((e) => e.status === 'sent' && e.sentAt?.startsWith(TODAY))).toBe(true);
    expect(result.sentToday).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          recipient: 'provider@demo.test',
          template: 'commissioner-letter',
          subject: LETTER_SUBJECT,
          provider: expect.objectContaining({ id: trust }),
        }),
      ]),
    );
    expect(result.failed).toHaveLength(failedRows.n);
    for (const email of result.failed) {
      expect(email).toMatchObject({
        recipient: REFUSED,
        recipientName: 'Left the trust',
        status: 'failed',
        provider: { id: foundationTrust, name: 'Northfield Hospitals NHS Foundation Trust' },
      });
      expect(email.error).toContain('550 No such user here');
      expect(email.subject).not.toBe('');
    }
    expect(result.failed.map((e) => e.subject)).toEqual(expect.arrayContaining([LETTER_SUBJECT]));
  });

  it('lists the providers the commissioner may chase, with their report, requests and pause', async () => {
    const list = (
      await (
        await as('commissioner@demo.test')
      )
        .get('/api/v1/chasing/providers?contractYear=2016/17')
        .expect(200)
    ).body as ChasedProviderSummary[];
    expect(list.map((p) => p.provider.id).sort()).toEqual((await coordinatedBy(northfieldCcg, YEAR)).sort());
    expect(list.map((p) => p.provider.name)).toEqual([...list.map((p) => p.provider.name)].sort());
    expect(list.find((p) => p.provider.id === foundationTrust)).toMatchObject({
      reportStatus: 'due',
      interimRequests: 1,
      openInterimRequests: 1,
      recipients: 2,
      remindersPaused: false,
    });
    expect(list.find((p) => p.provider.id === trust)).toMatchObject({
      interimRequests: 0,
      recipients: 1,
      remindersPaused: true,
    });
    await (await as('provider@demo.test')).get('/api/v1/chasing/providers?contractYear=2016/17').expect(403);
  });

  it('shows each commissioner only the providers it co-ordinates, and overdue reports a year on', async () => {
    // Southbrook co-ordinates Greenway Home Care's other contract, so sees the emails its people got.
    const southbrook = await board('commissioner2@demo.test');
    const southbrookCcg = await users.organisationId('02D');
    const theirs = await coordinatedBy(southbrookCcg, YEAR);
    expect(theirs).not.toContain(trust);
    const reports = await reportsByStatus('commissioner2@demo.test', theirs, YEAR);
    expect(ids(southbrook.reportsDueThisWeek)).toEqual(reports.dueThisWeek);
    expect(southbrook.sentToday.every((email) => theirs.includes(email.provider.id))).toBe(true);
    expect(southbrook.counts.failed).toBe(0);

    const lastYear = await board('commissioner@demo.test', '2015/16');
    const providers = await coordinatedBy(northfieldCcg, '2015/16');
    const lastYearReports = await reportsByStatus('commissioner@demo.test', providers, '2015/16');
    expect(lastYearReports.overdue).toEqual([...overdueProviders].sort());
    expect(ids(lastYear.overdueReports)).toEqual(lastYearReports.overdue);
    expect(lastYear.overdueReports[0]).toMatchObject({ dueDate: '2016-05-01', daysFromDueDate: 360 });
    expect(lastYear.counts).toEqual({
      overdueReports: 3,
      reportsDueThisWeek: 0,
      overdueInterimRequests: 0,
      interimRequestsDueThisWeek: 0,
      sentToday: 0,
      failed: 0,
    });
  });

  it('keeps the board to commissioners and asks for a contract year', async () => {
    await (await as('provider@demo.test')).get('/api/v1/chasing/board?contractYear=2016/17').expect(403);
    await (await as('csu@demo.test')).get('/api/v1/chasing/board?contractYear=2016/17').expect(403);
    const missing = await (await as('commissioner@demo.test')).get('/api/v1/chasing/board').expect(400);
    expect((missing.body as ValidationErrorBody).problems.map((p) => p.path)).toEqual(['contractYear']);
    await (await as('commissioner@demo.test')).get('/api/v1/chasing/board?contractYear=2016/18').expect(400);
  });

  it('shows a provider’s emails and the reminders still to come', async () => {
    const result = await timeline('commissioner@demo.test', foundationTrust);
    expect(result).toMatchObject({
      provider: { id: foundationTrust, odsCode: 'RD2' },
      contractYear: YEAR,
      today: TODAY,
      recipients: 2,
      pause: null,
      pauses: [],
      canPause: true,
    });
    const [outbox] = await db.query(
      `SELECT count(*)::int AS n FROM outbound_email e JOIN app_user u ON u.email = e.recipient
       WHERE u.organisation_id = $1`,
      [foundationTrust],
    );
    expect(result.emails).toHaveLength(outbox.n);
    expect(new Set(result.emails.map((e) => e.template))).toEqual(
      new Set(['commissioner-letter', 'deadline-reminder', 'interim-report-request']),
    );
    expect(result.emails.filter((e) => e.status === 'failed').map((e) => e.recipient)).toEqual(
      Array(result.emails.filter((e) => e.status === 'failed').length).fill(REFUSED),
    );
    // The seven-day reminders went this morning; what follows, for the report and the interim request.
    const steps = (deadline: string) =>
      result.upcoming.filter((u) => u.deadline === deadline).map((u) => `${u.step} ${u.date}`);
    expect(steps('annual-report')).toEqual([
      'before-1 2017-04-30',
      'due-today 2017-05-01',
      'overdue-1 2017-05-02',
      'overdue-7 2017-05-08',
      'overdue-14 2017-05-15',
    ]);
    expect(steps('interim-report')).toEqual([
      'before-1 2017-04-28',
      'due-today 2017-04-29',
      'overdue-1 2017-04-30',
      'overdue-7 2017-05-06',
      'overdue-14 2017-05-13',
    ]);
    expect(steps('publication')).toEqual([]);
    expect(result.upcoming.map((u) => u.date)).toEqual([...result.upcoming.map((u) => u.date)].sort());
  });

  it('shows the pause on the paused provider’s timeline, with the reminder it held back still to come', async () => {
    const result = await timeline('commissioner@demo.test', trust);
    expect(result.pause).toMatchObject({ pausedBy: 'Catherine Bull', resumedAt: null });
    expect(result.pauses).toHaveLength(1);
    expect(result.emails.map((e) => e.template)).toEqual(['commissioner-letter']);
    expect(result.upcoming[0]).toMatchObject({ deadline: 'annual-report', step: 'before-7', date: TODAY });

    // Whoever may see the provider's reports may see its timeline; only the co-ordinator may pause.
    expect((await timeline('provider@demo.test', trust)).canPause).toBe(false);
    expect((await timeline('csu@demo.test', trust)).canPause).toBe(false);
    expect((await timeline('icb@demo.test', trust)).canPause).toBe(false);
    await (
      await as('commissioner2@demo.test')
    )
      .get(`/api/v1/providers/${trust}/chasing-timeline?contractYear=2016-17`)
      .expect(404);
    await (
      await as('provider@demo.test')
    )
      .get(`/api/v1/providers/${foundationTrust}/chasing-timeline?contractYear=2016-17`)
      .expect(404);
  });

  it('resumes the reminders, audited, and the next sweep sends the one held back', async () => {
    const commissioner = await as('commissioner@demo.test');
    await (
      await as('icb@demo.test')
    )
      .delete(`/api/v1/providers/${trust}/reminder-pause?contractYear=2016-17`)
      .expect(403);
    const resumed = (
      await commissioner.delete(`/api/v1/providers/${trust}/reminder-pause?contractYear=2016-17`).expect(200)
    ).body as ReminderPause;
    expect(resumed).toMatchObject({ resumedBy: 'Catherine Bull' });
    expect(resumed.resumedAt).not.toBeNull();
    await commissioner.delete(`/api/v1/providers/${trust}/reminder-pause?contractYear=2016-17`).expect(404);
    const [audit] = await db.query(
      `SELECT entity_id, summary FROM audit_event WHERE action = 'reminders.resumed'`,
    );
    expect(audit).toEqual({ entity_id: resumed.id, summary: { providerId: trust, contractYear: YEAR } });

    await startWorker();
    await smtp.waitFor((e) => e.to.includes('provider@demo.test') && e.subject === REMINDER_SUBJECT);
    await outboxSettled();
    await stopWorker();
    const after = await timeline('commissioner@demo.test', trust);
    expect(after.pause).toBeNull();
    expect(after.pauses).toHaveLength(1);
    expect(after.upcoming[0]).toMatchObject({ step: 'before-1', date: '2017-04-30' });
  });
});

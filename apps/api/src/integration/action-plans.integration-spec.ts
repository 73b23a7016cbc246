import type { NestExpressApplication } from '@nestjs/platform-express';
import { dropDatabase } from '@wres/server/core/database';
import { JobName, QueueName, redisConnectionOptions } from '@wres/server/core/queue';
import {
  eventually,
  SmtpSink,
  testConfig,
  testEnvironment,
  testProcessEnv,
  WorkerProcess,
} from '@wres/server/core/testing';
import type {
  ActionPlan,
  AssuranceChecklist,
  PlanAction,
  PlanActionList,
  ValidationErrorBody,
} from '@wres/shared/contracts';
import { Queue, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import { demoUsers, seedOwnDatabase, startTestApi } from './test-app';

/** A month after the 2015/16 annual report was due: the trust is working through its action plan. */
const NOW = '2016-06-01T09:00:00Z';
const PLAN = (providerId: string, year = '2015-16') => `/api/v1/action-plans/${providerId}/${year}`;
const OWNER = 'owner.recruitment@actions.test';
const SECOND_OWNER = 'owner.training@actions.test';

/**
 * Action plans through the real api on a database and queue namespace of this file's own, and their owners'
 * reminders through the real worker, the outbox and an SMTP server: an overdue action shows on the
 * commissioner's view and its owner is reminded exactly once per step.
 */
describe('action plans', () => {
  const databaseUrl = `${testEnvironment().databaseUrl}_actions`;
  const queuePrefix = `${testEnvironment().queuePrefix}-actions`;
  let app: NestExpressApplication;
  let db: DataSource;
  let smtp: SmtpSink;
  let worker: WorkerProcess | null = null;
  let maintenance: Queue;
  let maintenanceEvents: QueueEvents;
  const users = demoUsers(() => app);
  const as = users.as;
  let trust: string;
  let overdueAction: PlanAction;

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
  const sweep = async () => {
    const job = await maintenance.add(JobName.SweepReminders, {});
    return job.waitUntilFinished(maintenanceEvents, 20_000);
  };
  const emailsTo = (recipient: string) => smtp.received.filter((email) => email.to.includes(recipient));
  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    (await db.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;
  /** Waits until the outbox has sent every action reminder it holds, so counts at the SMTP server are final. */
  const allActionRemindersSent = () =>
    eventually(async () => {
      expect(await count(`outbound_email WHERE template = 'action-reminder' AND status <> 'sent'`)).toBe(0);
    }, 30_000);

  const action = {
    task: 'Put a BME member on every interview panel for Band 8A and above',
    outcome: 'Appointment from shortlisting moves towards parity',
    indicator: 'i2',
    ownerName: 'Head of Recruitment',
    ownerEmail: OWNER,
    dueDate: '2016-05-20',
  };

  beforeAll(async () => {
    await seedOwnDatabase(databaseUrl, new Date(NOW));
    smtp = new SmtpSink();
    await smtp.start();
    app = await startTestApi({ APP_NOW: NOW, DATABASE_URL: databaseUrl, QUEUE_PREFIX: queuePrefix });
    db = app.get(DataSource);
    trust = await users.organisationId('RD1');
    const connection = redisConnectionOptions(testConfig().redis.url, 'worker');
    maintenance = new Queue(QueueName.Maintenance, { connection, prefix: queuePrefix });
    maintenanceEvents = new QueueEvents(QueueName.Maintenance, { connection, prefix: queuePrefix });
    await maintenanceEvents.waitUntilReady();
  });

  afterAll(async () => {
    await stopWorker();
    await maintenanceEvents?.close();
    await maintenance?.close();
    await app?.close();
    await smtp?.stop();
    await dropDatabase(databaseUrl);
  });

  it('lets the provider add an action, audited, which its commissioner and CSU read but cannot change', async () => {
    const provider = await as('provider@demo.test');
    const added = await provider.post(`${PLAN(trust)}/actions`, action).expect(201);
    overdueAction = added.body as PlanAction;
    expect(overdueAction).toMatchObject({
      providerId: trust,
      contractYear: '2015/16',
      task: action.task,
      indicator: 'i2',
      ownerEmail: OWNER,
      dueDate: '2016-05-20',
      status: 'not-started',
      overdue: true,
      daysOverdue: 12,
      updates: [],
    });
    expect(
      await count(`audit_event WHERE action = 'action-plan.action-added' AND entity_id = $1`, [
        overdueAction.id,
      ]),
    ).toBe(1);

    const mine = (await provider.get(PLAN(trust)).expect(200)).body as ActionPlan;
    expect(mine.canEdit).toBe(true);
    expect(mine.actions.map((a) => a.id)).toContain(overdueAction.id);

    const commissioner = await as('commissioner@demo.test');
    const theirs = (await commissioner.get(PLAN(trust)).expect(200)).body as ActionPlan;
    expect(theirs.canEdit).toBe(false);
    expect(theirs.providerName).toBe('Northfield Community Health NHS Trust');
    expect(theirs.actions.find((a) => a.id === overdueAction.id)?.overdue).toBe(true);
    await commissioner.post(`${PLAN(trust)}/actions`, action).expect(403);
    await commissioner
      .post(`${PLAN(trust)}/actions/${overdueAction.id}/updates`, { text: 'Done, we hear' })
      .expect(403);
    const csu = await as('csu@demo.test');
    expect(((await csu.get(PLAN(trust)).expect(200)).body as ActionPlan).canEdit).toBe(false);
  });

  it('hides the plan from a commissioner and a provider with no relationship to the trust', async () => {
    const unrelated = await as('commissioner2@demo.test');
    await unrelated.get(PLAN(trust)).expect(404);
    const list = (await unrelated.get('/api/v1/action-plans').expect(200)).body as PlanActionList;
    expect(list.actions.filter((a) => a.providerId === trust)).toEqual([]);
    const otherProvider = await as('provider2@demo.test');
    await otherProvider.get(PLAN(trust)).expect(404);
    await otherProvider.post(`${PLAN(trust)}/actions`, action).expect(404);
  });

  it('lists every problem by field and stores nothing for a bad action', async () => {
    const provider = await as('provider@demo.test');
    const before = await count('plan_action');
    const response = await provider
      .post(`${PLAN(trust)}/actions`, {
        task: ' ',
        indicator: 'i12',
        ownerName: 'Head of Recruitment',
        ownerEmail: 'recruitment lead',
        dueDate: '2016-02-30',
      })
      .expect(400);
    const body = response.body as ValidationErrorBody;
    expect(body.problems.map((p) => p.path)).toEqual(['task', 'indicator', 'ownerEmail', 'dueDate']);
    expect(body.problems.find((p) => p.path === 'dueDate')?.messages).toEqual([
      'The due date must be a real date, written YYYY-MM-DD',
    ]);
    const unknown = await provider
      .post(`${PLAN(trust)}/actions`, { ...action, status: 'complete' })
      .expect(400);
    expect((unknown.body as ValidationErrorBody).problems.map((p) => p.path)).toEqual(['status']);
    // A year in which no WRES report is due from the trust has no action plan.
    await provider.post(`${PLAN(trust, '2014-15')}/actions`, action).expect(409);
    expect(await count('plan_action')).toBe(before);
  });

  it('records dated progress that moves the status and revises the timescale, append-only', async () => {
    const provider = await as('provider@demo.test');
    const [second] = [
      (
        await provider
          .post(`${PLAN(trust)}/actions`, {
            task: 'Record non-mandatory training and CPD in ESR',
            ownerName: 'Learning and Development Lead',
            ownerEmail: SECOND_OWNER,
            dueDate: '2016-05-25',
          })
          .expect(201)
      ).body as PlanAction,
    ];
    expect(second).toMatchObject({ indicator: null, outcome: null, overdue: true, daysOverdue: 7 });

    const refused = await provider
      .post(`${PLAN(trust)}/actions/${second.id}/updates`, { text: '', status: 'done' })
      .expect(400);
    expect((refused.body as ValidationErrorBody).problems.map((p) => p.path)).toEqual(['text', 'status']);

    const revised = (
      await provider
        .post(`${PLAN(trust)}/actions/${second.id}/updates`, {
          text: 'Further discussion required with the ESR team. Propose to amend the timescale.',
          status: 'in-progress',
          dueDate: '2016-06-10',
        })
        .expect(201)
    ).body as PlanAction;
    expect(revised).toMatchObject({
      status: 'in-progress',
      dueDate: '2016-06-10',
      overdue: false,
      daysOverdue: 0,
    });
    expect(revised.updates).toEqual([
      expect.objectContaining({
        text: 'Further discussion required with the ESR team. Propose to amend the timescale.',
        status: 'in-progress',
        dueDate: '2016-06-10',
        by: 'Haseeb Ahmad',
        at: expect.stringMatching(/^2016-06-01T09:/),
      }),
    ]);
    await expect(db.query(`UPDATE action_progress_update SET text = 'rewritten'`)).rejects.toThrow(
      /append-only/,
    );

    const edited = (
      await provider
        .put(`${PLAN(trust)}/actions/${second.id}`, {
          task: 'Record non-mandatory training and CPD in ESR',
          indicator: 'i4',
          ownerName: 'Learning and Development Lead',
          ownerEmail: SECOND_OWNER,
        })
        .expect(200)
    ).body as PlanAction;
    expect(edited).toMatchObject({ indicator: 'i4', dueDate: '2016-06-10', status: 'in-progress' });
    const moved = await provider
      .put(`${PLAN(trust)}/actions/${second.id}`, { ...action, dueDate: '2017-01-01' })
      .expect(400);
    expect((moved.body as ValidationErrorBody).problems.map((p) => p.path)).toEqual(['dueDate']);
  });

  it('shows the commissioner the overdue action, and not actions that are on time or complete', async () => {
    const provider = await as('provider@demo.test');
    const done = (
      await provider
        .post(`${PLAN(trust)}/actions`, {
          ...action,
          task: 'Publish the report',
          ownerEmail: 'board@actions.test',
        })
        .expect(201)
    ).body as PlanAction;
    await provider
      .post(`${PLAN(trust)}/actions/${done.id}/updates`, { text: 'Complete.', status: 'complete' })
      .expect(201);

    const commissioner = await as('commissioner@demo.test');
    const overdue = (
      await commissioner.get('/api/v1/action-plans?contractYear=2015-16&overdue=true').expect(200)
    ).body as PlanActionList;
    const ours = overdue.actions.filter(
      (a) => a.providerId === trust && a.ownerEmail.endsWith('@actions.test'),
    );
    expect(ours.map((a) => [a.task, a.daysOverdue])).toEqual([[action.task, 12]]);
    expect(overdue.actions.every((a) => a.overdue)).toBe(true);
    await commissioner.get('/api/v1/action-plans?overdue=soon').expect(400);
  });

  it('tells the reviewer what the action plan holds, beside the checklist item on actions', async () => {
    const commissioner = await as('commissioner@demo.test');
    const checklist = await commissioner.get(`/api/v1/reviews/${trust}/2015-16/checklist`).expect(200);
    const item = (checklist.body as AssuranceChecklist).items.find((i) => i.id === 'actions-owned-and-dated');
    const plan = (await commissioner.get(PLAN(trust)).expect(200)).body as ActionPlan;
    expect(plan.summary.overdue).toBeGreaterThan(0);
    expect(item?.guidance).toContain(
      `The action plan in the portal has ${plan.summary.total} actions, each with an owner and a due date: ${plan.summary.complete} complete, ${plan.summary.overdue} overdue.`,
    );
  });

  it('reminds the owner of an overdue action exactly once per step, however often the sweep runs', async () => {
    const subject = 'Overdue: a WRES action you own is 12 days overdue';
    await startWorker(NOW); // sweep at start-up: 12 days past 20 May is the 7-day step
    const email = await smtp.waitFor((e) => e.to.includes(OWNER) && e.subject === subject);
    expect(email.text).toContain('Dear Head of Recruitment,');
    expect(email.text).toContain(
      'You own this action in Northfield Community Health NHS Trust’s 2015/16 Workforce Race Equality Standard action plan. It is 12 days overdue (due 20 May 2016).',
    );
    expect(email.text).toContain('(Indicator 2: appointment from shortlisting)');
    expect(email.html).toContain(`href="http://portal.test/action-plans/${trust}/2015-16"`);
    for (let run = 0; run < 3; run++) expect(await sweep()).toEqual({ written: 0 });
    await stopWorker();
    await startWorker(NOW);
    await allActionRemindersSent();
    expect(emailsTo(OWNER).map((e) => e.subject)).toEqual([subject]);
    // The completed action's owner hears nothing; the revised one is reminded of its new date, 10 June.
    expect(emailsTo('board@actions.test')).toEqual([]);
    expect(emailsTo(SECOND_OWNER).map((e) => e.subject)).toEqual([
      'Reminder: a WRES action you own is due in 9 days',
    ]);
    await stopWorker();

    await startWorker('2016-06-03T09:00:00Z'); // 14 days past: the next step, once
    await smtp.waitFor((e) => e.to.includes(OWNER) && e.subject.includes('14 days overdue'));
    // …and seven days before the revised due date, its owner is reminded of the new date.
    const revised = await smtp.waitFor((e) => e.to.includes(SECOND_OWNER) && e.subject.endsWith('7 days'));
    expect(revised.subject).toBe('Reminder: a WRES action you own is due in 7 days');
    expect(revised.text).toContain('(due 10 June 2016)');
    expect(await sweep()).toEqual({ written: 0 });
    await stopWorker();
    await startWorker('2016-06-05T09:00:00Z'); // still the 14-day step: nothing new
    expect(await sweep()).toEqual({ written: 0 });
    await allActionRemindersSent();
    expect(emailsTo(OWNER).map((e) => e.subject)).toEqual([
      subject,
      'Overdue: a WRES action you own is 14 days overdue',
    ]);
    expect(emailsTo(SECOND_OWNER)).toHaveLength(2);
    const keys: Array<{ dedupe_key: string }> = await db.query(
      `SELECT dedupe_key FROM outbound_email WHERE recipient = $1 ORDER BY created_at`,
      [OWNER],
    );
    expect(keys.map((k) => k.dedupe_key)).toEqual([
      `action-reminder:${overdueAction.id}:2016-05-20:overdue-7`,
      `action-reminder:${overdueAction.id}:2016-05-20:overdue-14`,
    ]);
    await stopWorker();
  });

  it('stops reminding once the action is complete', async () => {
    const provider = await as('provider@demo.test');
    await provider
      .post(`${PLAN(trust)}/actions/${overdueAction.id}/updates`, {
        text: 'Complete. Panels in place from 1 June.',
        status: 'complete',
      })
      .expect(201);
    const before = emailsTo(OWNER).length;
    await startWorker('2016-06-10T09:00:00Z');
    // The start-up sweep has run once the revised action's owner hears it is due today.
    await smtp.waitFor((e) => e.to.includes(SECOND_OWNER) && e.subject.endsWith('is due today'));
    expect(await sweep()).toEqual({ written: 0 });
    await allActionRemindersSent();
    expect(emailsTo(OWNER)).toHaveLength(before);
    await stopWorker();
  });
});

import type { NestExpressApplication } from '@nestjs/platform-express';
import { SEED_004_2018_19 } from '@wres/domain/wres';
import type { Principal } from '@wres/server/core/auth';
import { SubmissionsService } from '@wres/server/submissions';
import { permissionsFor } from '@wres/shared/contracts';
import type {
  Submission,
  SubmissionVersion,
  SubmissionVersionDiff,
  ValidationErrorBody,
} from '@wres/shared/contracts';
import { DataSource } from 'typeorm';
import { demoUsers, startTestApi, submissionVersionCount, SEED_004_DETAILS } from './test-app';

const YEAR = '2018-19';

/** Seed 004's 2018/19 counts with one part replaced. */
const withPart = (key: string, value: unknown) => ({ ...SEED_004_2018_19, [key]: value });

describe('WRES submissions', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  const users = demoUsers(() => app);
  const as = users.as;
  let northfield: string;
  let report: string;

  const versionCount = () => submissionVersionCount(db, northfield);

  beforeAll(async () => {
    app = await startTestApi({ APP_NOW: '2019-04-15T09:00:00Z' });
    db = app.get(DataSource);
    northfield = await users.organisationId('RD1');
    report = `/api/v1/submissions/${northfield}/${YEAR}`;
    // Another file changes provider2@demo.test's password: a colleague of theirs, signing in with the demo
    // password, keeps this file independent of the order files run in.
    await db.query(
      `INSERT INTO app_user (email, display_name, role, organisation_id, password_hash, status)
       SELECT 'colleague.of.provider2@demo.test', 'Sunil Shah', 'provider-submitter', p2.organisation_id,
              p1.password_hash, 'active'
       FROM app_user p1, app_user p2
       WHERE p1.email = 'provider@demo.test' AND p2.email = 'provider2@demo.test'`,
    );
  });

  afterAll(() => app.close());

  it('saves a draft, which only the provider sees', async () => {
    const provider = await as('provider@demo.test');
    const response = await provider
      .put(`${report}/draft`, { document: SEED_004_2018_19, details: SEED_004_DETAILS })
      .expect(200);
    const submission: Submission = response.body;
    expect(submission.status).toBe('draft');
    expect(submission.versions).toEqual([]);
    expect(submission.draft?.document).toEqual(SEED_004_2018_19);
    const [audit] = await db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'submission.draft-saved'`,
    );
    expect(audit.n).toBeGreaterThan(0);
  });

  it('rejects a draft whose document is not a JSON object', async () => {
    const provider = await as('provider@demo.test');
    const response = await provider.put(`${report}/draft`, { document: [1, 2], details: 'x' }).expect(400);
    const body: ValidationErrorBody = response.body;
    expect(body.problems.map((p) => p.path)).toEqual(['document', 'details']);
  });

  it('submits version 1 with the indicators computed from the counts', async () => {
    const provider = await as('provider@demo.test');
    const response = await provider.post(`${report}/submit`).expect(200);
    const version: SubmissionVersion = response.body;
    expect(version.version).toBe(1);
    expect(version.late).toBe(false);
    expect(version.submittedBy.displayName).toBe('Haseeb Ahmad');
    const i2 = version.indicators['i2'] as { relativeLikelihood: number };
    // Seed 004: 1.97 from the counts (1.98 only from the rounded percentages).
    expect(Math.round(i2.relativeLikelihood * 100) / 100).toBe(1.97);
    expect(version.warnings.map((w) => w.path)).toContain('indicator5.publishedOverall.percent');
  });

  it('makes a resubmission a new version and leaves the first as it was', async () => {
    const provider = await as('provider@demo.test');
    const changed = withPart('indicator2', {
      white: { shortlisted: 3844, appointed: 372 },
      bme: { shortlisted: 2525, appointed: 130 },
    });
    await provider.put(`${report}/draft`, { document: changed, details: SEED_004_DETAILS }).expect(200);
    const second: SubmissionVersion = (await provider.post(`${report}/submit`).expect(200)).body;
    expect(second.version).toBe(2);

    const first: SubmissionVersion = (await provider.get(`${report}/versions/1`).expect(200)).body;
    expect(first.document).toEqual(SEED_004_2018_19);
    const summary: Submission = (await provider.get(report).expect(200)).body;
    expect(summary.status).toBe('submitted');
    expect(summary.currentVersion).toBe(2);
    expect(summary.versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it('names what changed between versions', async () => {
    const provider = await as('provider@demo.test');
    const diff: SubmissionVersionDiff = (
      await provider.get(`${report}/versions/2/diff?against=1`).expect(200)
    ).body;
    expect(diff.changes).toEqual([{ path: 'document.indicator2.bme.appointed', before: 124, after: 130 }]);
    await provider.get(`${report}/versions/2/diff?against=one`).expect(400);
    await provider.get(`${report}/versions/7`).expect(404);
  });

  it('never lets a submitted version change', async () => {
    await expect(db.query(`UPDATE submission_version SET late = true`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM submission_version`)).rejects.toThrow(/append-only/);
  });

  it('lists every problem with the counts by path, and stores nothing', async () => {
    const provider = await as('provider@demo.test');
    const before = await versionCount();
    const bad = {
      ...SEED_004_2018_19,
      indicator1: {
        ...SEED_004_2018_19.indicator1,
        statedTotals: {
          'non-clinical': { white: 897, bme: 366, unknown: 22 },
          clinical: { white: 3033, bme: 685, unknown: 107 },
          medical: { white: 78, bme: 120, unknown: 0 },
        },
      },
      indicator2: {
        white: { shortlisted: 3844, appointed: 4000 },
        bme: { shortlisted: 2525, appointed: 124 },
      },
      indicator3: { white: { cases: -1, headcount: 4007 }, bme: { cases: 17, headcount: 1171 } },
      indicator7: {
        white: { respondents: 1444, percent: 100.5 },
        bme: { respondents: 324, percent: 75.3 },
      },
    };
    await provider.put(`${report}/draft`, { document: bad, details: SEED_004_DETAILS }).expect(200);
    const body: ValidationErrorBody = (await provider.post(`${report}/submit`).expect(400)).body;
    const paths = body.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'document.indicator2.white.appointed',
        'document.indicator3.white.cases',
        'document.indicator7.white.percent',
      ]),
    );
    expect(paths.some((path) => path.startsWith('document.indicator1.statedTotals.clinical'))).toBe(true);
    expect(await versionCount()).toBe(before);
  });

  it('requires the accuracy declaration (SC28.5), alongside any other problem', async () => {
    const provider = await as('provider@demo.test');
    const before = await versionCount();
    const { accuracyDeclaration: _omitted, ...undeclared } = SEED_004_DETAILS;
    await provider
      .put(`${report}/draft`, { document: SEED_004_2018_19, details: { ...undeclared, narratives: {} } })
      .expect(200);
    const body: ValidationErrorBody = (await provider.post(`${report}/submit`).expect(400)).body;
    const paths = body.problems.map((p) => p.path);
    expect(paths).toContain('details.accuracyDeclaration');
    expect(paths).toContain('details.narratives.i9');
    expect(await versionCount()).toBe(before);
  });

  it('keeps a provider’s report from other providers (provider2’s organisation) and unrelated commissioners', async () => {
    const other = await as('colleague.of.provider2@demo.test');
    await other.get(report).expect(404);
    await other.get(`${report}/versions/1`).expect(404);
    await other.put(`${report}/draft`, { document: SEED_004_2018_19, details: SEED_004_DETAILS }).expect(404);
    await other.post(`${report}/submit`).expect(404);
    await (await as('commissioner2@demo.test')).get(report).expect(404);
  });

  it('shows the commissioner its provider’s versions but not the draft, and lets it write nothing', async () => {
    const commissioner = await as('commissioner@demo.test');
    const summary: Submission = (await commissioner.get(report).expect(200)).body;
    expect(summary.draft).toBeNull();
    expect(summary.versions.map((v) => v.version)).toEqual([1, 2]);
    await commissioner.get(`${report}/versions/1`).expect(200);
    await commissioner.post(`${report}/submit`).expect(403);
    await (await as('csu@demo.test')).get(report).expect(200);
  });

  it('refuses a report where the WRES annual report does not apply', async () => {
    const surgery = await users.organisationId('D81001');
    const principal: Principal = {
      userId: '00000000-0000-0000-0000-000000000000',
      email: 'practice.manager@elmstreet.example',
      displayName: 'Practice Manager',
      role: 'provider-submitter',
      organisationId: surgery,
      permissions: permissionsFor('provider-submitter'),
      requestId: null,
    };
    const service = app.get(SubmissionsService);
    const draft = service.saveDraft(principal, surgery, '2018/19', { document: SEED_004_2018_19 });
    await expect(draft).rejects.toMatchObject({ status: 409 });
    await expect(draft).rejects.toThrow(/SC13\.5\.2.*does not apply/);
    await expect(service.submit(principal, surgery, '2018/19')).rejects.toMatchObject({ status: 409 });
  });

  describe('after the annual-report deadline', () => {
    let late: NestExpressApplication;
    const lateUsers = demoUsers(() => late);

    beforeAll(async () => {
      late = await startTestApi({ APP_NOW: '2019-06-15T09:00:00Z' });
    });

    afterAll(() => late.close());

    it('asks why it is late, then records the version as late with the reason', async () => {
      const provider = await lateUsers.as('provider@demo.test');
      await provider
        .put(`${report}/draft`, { document: SEED_004_2018_19, details: SEED_004_DETAILS })
        .expect(200);
      const before = await versionCount();
      const body: ValidationErrorBody = (await provider.post(`${report}/submit`).expect(400)).body;
      expect(body.problems.map((p) => p.path)).toEqual(['details.lateReason']);
      expect(await versionCount()).toBe(before);

      const reason = 'The board met in June';
      await provider
        .put(`${report}/draft`, {
          document: SEED_004_2018_19,
          details: { ...SEED_004_DETAILS, lateReason: reason },
        })
        .expect(200);
      const version: SubmissionVersion = (await provider.post(`${report}/submit`).expect(200)).body;
      expect(version).toMatchObject({ version: 3, late: true, lateReason: reason });
    });
  });
});

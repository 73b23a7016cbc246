import type { NestExpressApplication } from '@nestjs/platform-express';
import { dropDatabase } from '@wres/server/core/database';
import type { ProviderReports, ProviderReportSummary } from '@wres/shared/contracts';
import { randomBytes } from 'node:crypto';
import { demoUsers, seedOwnDatabase, startTestApi } from './test-app';

/**
 * The demo as a newcomer sees it on 23 November 2026, on a database of its own: years of reports in every
 * state, listed per provider with the status tags providers and commissioners work from.
 */
describe('a provider’s WRES reports, year by year', () => {
  const NOW = '2026-11-23T10:00:00Z';
  const base = process.env['TEST_DATABASE_BASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432';
  const databaseUrl = `${base}/wres_it_demo_${randomBytes(4).toString('hex')}`;
  let app: NestExpressApplication;
  const users = demoUsers(() => app);
  let northfield: string;
  let meadowbank: string;

  beforeAll(async () => {
    await seedOwnDatabase(databaseUrl, new Date(NOW));
    app = await startTestApi({ APP_NOW: NOW, DATABASE_URL: databaseUrl });
    northfield = await users.organisationId('RD1');
    meadowbank = await users.organisationId('ND101');
  });

  afterAll(async () => {
    await app?.close();
    await dropDatabase(databaseUrl);
  });

  const reportsOf = async (email: string, providerId: string): Promise<ProviderReports> =>
    (await (await users.as(email)).get(`/api/v1/providers/${providerId}/wres-reports`).expect(200)).body;
  const year = (reports: ProviderReports, contractYear: string): ProviderReportSummary | undefined =>
    reports.reports.find((r) => r.contractYear === contractYear);

  it('lists the provider’s own years newest first with due dates, status and review state', async () => {
    const reports = await reportsOf('provider@demo.test', northfield);
    expect(reports.provider).toMatchObject({ name: 'Northfield Community Health NHS Trust', odsCode: 'RD1' });
    expect(reports.reports.map((r) => r.contractYear)).toEqual([
      '2025/26',
      '2024/25',
      '2023/24',
      '2022/23',
      '2021/22',
      '2020/21',
      '2019/20',
      '2018/19',
      '2017/18',
      '2016/17',
      '2015/16',
    ]);
    expect(year(reports, '2025/26')).toMatchObject({
      applies: true,
      status: 'overdue',
      currentVersion: 0,
      lastSubmittedAt: null,
      reviewState: null,
      draftSaved: false,
    });
    expect(year(reports, '2025/26')?.dueDate).toMatch(/^2026-\d\d-\d\d$/);
    expect(year(reports, '2024/25')).toMatchObject({ status: 'submitted', reviewState: 'in-review' });
    expect(year(reports, '2018/19')).toMatchObject({
      status: 'submitted',
      currentVersion: 2,
      reviewState: 'assured',
    });
  });

  it('tags a late first submission as submitted late, and a year out of scope as not required', async () => {
    const reports = await reportsOf('provider2@demo.test', meadowbank);
    expect(year(reports, '2020/21')).toMatchObject({ status: 'submitted-late', reviewState: 'assured' });
    expect(year(reports, '2025/26')).toMatchObject({ status: 'overdue', draftSaved: true });

    const acorns = await users.organisationId('ND203');
    const csuView = await reportsOf('csu@demo.test', acorns);
    expect(year(csuView, '2019/20')).toMatchObject({ applies: false, status: 'not-required', dueDate: null });
    expect(year(csuView, '2019/20')?.explanation).toMatch(/SC13\.5\.2/);
  });

  it('shows a commissioner only the years it commissioned, and never whether a draft exists', async () => {
    const ccg = await reportsOf('commissioner2@demo.test', meadowbank);
    expect(ccg.reports.length).toBeGreaterThan(0);
    expect(ccg.reports.every((r) => r.draftSaved === false)).toBe(true);
    expect(year(ccg, '2025/26')).toMatchObject({ status: 'overdue', currentVersion: 0 });
  });

  it('keeps a provider’s reports from another provider and from commissioners who never commissioned it', async () => {
    await (
      await users.as('provider2@demo.test')
    )
      .get(`/api/v1/providers/${northfield}/wres-reports`)
      .expect(404);
    await (
      await users.as('commissioner2@demo.test')
    )
      .get(`/api/v1/providers/${northfield}/wres-reports`)
      .expect(404);
    await (await users.as('provider@demo.test')).get('/api/v1/providers/not-a-uuid/wres-reports').expect(404);
  });
});

import type { NestExpressApplication } from '@nestjs/platform-express';
import { ScopeRecalculation } from '@wres/server/contracts';
import type {
  ProviderScope,
  RuleSetDefinition,
  RuleSetPreview,
  RuleSetRecord,
  RuleSetSaveResult,
  ValidationErrorBody,
} from '@wres/shared/contracts';
import { DataSource } from 'typeorm';
import { demoUsers, startTestApi } from './test-app';

const POUNDS = 100;

describe('rule sets admin', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  const users = demoUsers(() => app);
  const admin = () => users.as('admin@demo.test');

  let shipped2016: RuleSetDefinition;
  const raised = (): RuleSetDefinition => ({ ...shipped2016, smallProviderThresholdPence: 250_000 * POUNDS });

  beforeAll(async () => {
    app = await startTestApi();
    db = app.get(DataSource);
    shipped2016 = ((await (await admin()).get('/api/v1/rule-sets/2016-17').expect(200)).body as RuleSetRecord)
      .ruleSet;
  });

  afterAll(async () => {
    // Put the shipped rules back, re-deciding as an admin would, so later suites see the seeded scope.
    await (await admin()).put('/api/v1/rule-sets/2016-17', shipped2016).expect(200);
    await db.query(`DELETE FROM rule_set WHERE contract_year = '2016/17'`);
    await app.close();
  });

  /** Providers with contracts in 2016/17 whose total NHS income is over £200,000 but not over £250,000. */
  async function providersBetweenThresholds(): Promise<string[]> {
    const rows: Array<{ id: string }> = await db.query(
      `SELECT c.provider_id AS id FROM contract c JOIN contract_commissioner cc ON cc.contract_id = c.id
       WHERE c.contract_year = '2016/17' GROUP BY c.provider_id
       HAVING sum(cc.expected_income_pence) > 20000000 AND sum(cc.expected_income_pence) <= 25000000`,
    );
    return rows.map((row) => row.id).sort();
  }

  const decisionCount = async () =>
    (await db.query(`SELECT count(*)::int AS n FROM scope_decision`))[0].n as number;

  it('lists every year’s rules, as shipped until an admin edits them', async () => {
    const records: RuleSetRecord[] = (await (await admin()).get('/api/v1/rule-sets').expect(200)).body;
    expect(records.map((r) => r.contractYear)).toEqual([
      '2015/16',
      '2016/17',
      '2017/18',
      '2018/19',
      '2019/20',
      '2020/21',
      '2021/22',
      '2022/23',
      '2023/24',
      '2024/25',
      '2025/26',
    ]);
    expect(records.every((r) => r.source === 'shipped' && r.updatedBy === null)).toBe(true);
    const wdes: RuleSetRecord = (await (await admin()).get('/api/v1/rule-sets/2019-20').expect(200)).body;
    expect(wdes.ruleSet.clauses.map((c) => c.clause)).toContain('WDES');
    await (await admin()).get('/api/v1/rule-sets/2040-41').expect(404);
    await (await admin()).get('/api/v1/rule-sets/2019-21').expect(400);
  });

  it('previews raising the 2016/17 threshold to £250,000: the providers that become small, storing nothing', async () => {
    const greenway = await users.organisationId('ND103');
    const expected = await providersBetweenThresholds();
    expect(expected).toContain(greenway);
    const decisions = await decisionCount();

    const preview: RuleSetPreview = (
      await (await admin()).post('/api/v1/rule-sets/2016-17/preview', raised()).expect(200)
    ).body;

    expect(preview.problems).toEqual([]);
    expect(preview.changes.map((c) => c.providerId).sort()).toEqual(expected);
    const greenwayChange = preview.changes.find((c) => c.providerId === greenway);
    expect(greenwayChange?.providerName).toBe('Greenway Home Care Ltd');
    expect(greenwayChange?.changes.map((c) => [c.clause, c.change])).toEqual([
      ['SC13.5.2', 'no-longer-applies'],
      ['SC12.3.2', 'no-longer-applies'],
      ['SC12.4', 'no-longer-applies'],
    ]);
    expect(greenwayChange?.changes[0].after).toContain('£250,000');
    expect((await db.query(`SELECT * FROM rule_set`)).length).toBe(0);
    expect(await decisionCount()).toBe(decisions);
  });

  it('saves the raised threshold and re-decides those providers’ obligations and scope history', async () => {
    const greenway = await users.organisationId('ND103');
    const expected = await providersBetweenThresholds();
    const result: RuleSetSaveResult = (
      await (await admin()).put('/api/v1/rule-sets/2016-17', raised()).expect(200)
    ).body;

    expect(result.record).toMatchObject({
      contractYear: '2016/17',
      source: 'edited',
      updatedBy: { displayName: 'Alex Admin' },
      ruleSet: { smallProviderThresholdPence: 25_000_000 },
    });
    expect(result.changes.map((c) => c.providerId).sort()).toEqual(expected);

    const scope: ProviderScope = (
      await (
        await users.as('commissioner@demo.test')
      )
        .get(`/api/v1/providers/${greenway}/scope?contractYear=2016/17`)
        .expect(200)
    ).body;
    const wres = scope.obligations.find((o) => o.clause === 'SC13.5.2');
    expect(wres).toMatchObject({ applies: false, basis: 'small-provider-exempt', deadlines: [] });
    expect(wres?.explanation).toContain('does not exceed £250,000');
    expect(scope.history[0]).toMatchObject({
      reason: 'rule set changed',
      decidedBy: { displayName: 'Alex Admin' },
      smallProvider: true,
    });
    expect(scope.history[0].changes.map((c) => c.clause)).toEqual(['SC13.5.2', 'SC12.3.2', 'SC12.4']);

    const [audit] = await db.query(
      `SELECT summary FROM audit_event WHERE action = 'rule-set.changed' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit.summary).toMatchObject({
      contractYear: '2016/17',
      before: { smallProviderThresholdPence: 20_000_000 },
      after: { smallProviderThresholdPence: 25_000_000 },
    });
    const stored: RuleSetRecord = (await (await admin()).get('/api/v1/rule-sets/2016-17').expect(200)).body;
    expect(stored.ruleSet.smallProviderThresholdPence).toBe(25_000_000);
  });

  it('answers a bad rule set with 400 naming every problem by path, and saves nothing', async () => {
    const bad = structuredClone(shipped2016) as unknown as Record<string, unknown> & {
      clauses: Array<Record<string, unknown>>;
    };
    bad['smallProviderThresholdPence'] = 1.5;
    bad.clauses[1]['appliesTo'] = ['hospital'];
    bad.clauses[2]['clause'] = bad.clauses[0]['clause'];
    const before = await db.query(`SELECT definition FROM rule_set WHERE contract_year = '2016/17'`);

    const response = await (await admin()).put('/api/v1/rule-sets/2016-17', bad).expect(400);
    const body = response.body as ValidationErrorBody;
    expect(body.problems.map((p) => p.path)).toEqual([
      'smallProviderThresholdPence',
      'clauses[1].appliesTo[0]',
      'clauses[2].clause',
    ]);
    expect(body.problems[1].messages[0]).toMatch(/^clauses\[1\]\.appliesTo\[0\] must be one of/);
    expect(await db.query(`SELECT definition FROM rule_set WHERE contract_year = '2016/17'`)).toEqual(before);

    const preview: RuleSetPreview = (
      await (await admin()).post('/api/v1/rule-sets/2016-17/preview', bad).expect(200)
    ).body;
    expect(preview.problems.map((p) => p.path)).toEqual(body.problems.map((p) => p.path));
    expect(preview.changes).toEqual([]);

    const otherYear = await (await admin()).put('/api/v1/rule-sets/2017-18', shipped2016).expect(400);
    expect(otherYear.body.problems).toEqual([
      { path: 'contractYear', messages: ['contractYear must be 2017/18, the year being edited'] },
    ]);
  });

  it('leaves rules and obligations as they were when re-deciding fails partway', async () => {
    const recalculation = app.get(ScopeRecalculation, { strict: false });
    const original = recalculation.recalculateAll.bind(recalculation);
    let calls = 0;
    // The rules, the audit row and every provider's new decision are written; then the transaction fails.
    const spy = jest.spyOn(recalculation, 'recalculateAll').mockImplementation(async (...args) => {
      calls++;
      await original(...args);
      throw new Error('database went away');
    });
    const decisions = await decisionCount();
    const before = await db.query(`SELECT definition FROM rule_set WHERE contract_year = '2016/17'`);
    try {
      await (await admin()).put('/api/v1/rule-sets/2016-17', shipped2016).expect(500);
    } finally {
      spy.mockRestore();
    }
    expect(calls).toBe(1);
    expect(await decisionCount()).toBe(decisions);
    expect(await db.query(`SELECT definition FROM rule_set WHERE contract_year = '2016/17'`)).toEqual(before);
  });

  it('keeps editing to admins; commissioners and CSU analysts may read', async () => {
    const commissioner = await users.as('commissioner@demo.test');
    await commissioner.put('/api/v1/rule-sets/2016-17', shipped2016).expect(403);
    await commissioner.post('/api/v1/rule-sets/2016-17/preview', shipped2016).expect(403);
    await commissioner.get('/api/v1/rule-sets/2016-17').expect(200);
    await (await users.as('csu@demo.test')).get('/api/v1/rule-sets').expect(200);
    await (await users.as('provider@demo.test')).get('/api/v1/rule-sets').expect(403);
  });
});

import type { NestExpressApplication } from '@nestjs/platform-express';
import { SessionAgent } from '@wres/server/core/testing';
import type {
  Contract,
  ContractRequest,
  ContractWriteResult,
  ProviderScope,
  ScopeYearOverview,
  ValidationErrorBody,
} from '@wres/shared/contracts';
import { DataSource } from 'typeorm';
import { demoUsers, startTestApi } from './test-app';

const POUNDS = 100;

describe('contracts, scope and the milestone calendar', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  const users = demoUsers(() => app);
  const as = users.as;
  const idOf = users.organisationId;
  const userIdOf = async (email: string) =>
    (await db.query(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id as string;
  const patch = (client: SessionAgent, path: string, body: object) => client.patch(path, body);

  /** A provider of our own, so tests that change contracts leave the demo's providers as seeded. */
  async function newProvider(name: string, odsCode: string): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO organisation (ods_code, name, kind, provider_kind) VALUES ($1, $2, 'provider', 'voluntary')
       RETURNING id`,
      [odsCode, name],
    );
    return row.id;
  }

  const counts = async (providerId: string) => {
    const [row] = await db.query(
      `SELECT
         (SELECT count(*)::int FROM contract WHERE provider_id = $1) AS contracts,
         (SELECT count(*)::int FROM contract_commissioner cc JOIN contract c ON c.id = cc.contract_id
          WHERE c.provider_id = $1) AS lines,
         (SELECT count(*)::int FROM obligation WHERE provider_id = $1) AS obligations,
         (SELECT count(*)::int FROM scope_decision WHERE provider_id = $1) AS decisions,
         (SELECT count(*)::int FROM audit_event) AS audit,
         (SELECT count(*)::int FROM organisation_relationship WHERE to_organisation_id = $1) AS relationships`,
      [providerId],
    );
    return row as Record<string, number>;
  };

  beforeAll(async () => {
    app = await startTestApi();
    db = app.get(DataSource);
  });

  afterAll(() => app.close());

  describe('crossing the £200,000 threshold', () => {
    let providerId: string;
    let contract: Contract;

    beforeAll(async () => {
      providerId = await newProvider('Bluebell Befriending Trust', 'ND901');
    });

    it('records a contract with the relationship it implies and the provider’s obligations, in one go', async () => {
      const commissioner = await as('commissioner@demo.test');
      const northfield = await idOf('01D');
      const response = await commissioner
        .post('/api/v1/contracts', {
          providerId,
          contractYear: '2021/22',
          form: 'shorter',
          commissioners: [
            { commissionerId: northfield, coordinating: true, expectedIncomePence: 180_000 * POUNDS },
          ],
        })
        .expect(201);
      const result: ContractWriteResult = response.body;
      contract = result.contract;
      expect(contract).toMatchObject({
        contractYear: '2021/22',
        form: 'shorter',
        expectedIncomePence: 18_000_000,
        provider: { id: providerId, name: 'Bluebell Befriending Trust', providerKind: 'voluntary' },
        commissioners: [{ commissionerId: northfield, coordinating: true, expectedIncomePence: 18_000_000 }],
      });
      expect(result.scope).toMatchObject({ smallProvider: true, totalIncomePence: 18_000_000 });
      expect(result.scopeStatus).toBe('presumed');
      const [relationship] = await db.query(
        `SELECT kind FROM organisation_relationship WHERE from_organisation_id = $1 AND to_organisation_id = $2`,
        [northfield, providerId],
      );
      expect(relationship).toEqual({ kind: 'commissions' });
      const [wres] = await db.query(
        `SELECT applies, explanation, scope_status FROM obligation
         WHERE provider_id = $1 AND contract_year = '2021/22' AND clause = 'SC13.5.2'`,
        [providerId],
      );
      expect(wres).toEqual({
        applies: false,
        explanation:
          'Exempt from SC13.5.2: small provider — expected NHS income £180,000 does not exceed £200,000.',
        scope_status: 'presumed',
      });
      // The commissioning relationship makes the new provider visible to the commissioner.
      await commissioner.get(`/api/v1/organisations/${providerId}`).expect(200);
    });

    it('raising the income over the threshold makes SC13.5.2 apply, in the same transaction', async () => {
      const commissioner = await as('commissioner@demo.test');
      const northfield = await idOf('01D');
      const response = await patch(commissioner, `/api/v1/contracts/${contract.id}`, {
        commissioners: [
          { commissionerId: northfield, coordinating: true, expectedIncomePence: 205_000 * POUNDS },
        ],
      }).expect(200);
      const result: ContractWriteResult = response.body;
      expect(result.scope).toMatchObject({ smallProvider: false, totalIncomePence: 20_500_000 });
      expect(result.changes.map((c) => `${c.clause} ${c.change}`)).toEqual([
        'SC13.5.2 now-applies',
        'SC12.3.2 now-applies',
        'SC12.4 now-applies',
      ]);
      const [wres] = await db.query(
        `SELECT applies, explanation FROM obligation
         WHERE provider_id = $1 AND contract_year = '2021/22' AND clause = 'SC13.5.2'`,
        [providerId],
      );
      expect(wres).toEqual({
        applies: true,
        explanation:
          'Applies (SC13.5.2): expected NHS income £205,000 exceeds the £200,000 small-provider threshold.',
      });
    });

    it('shows who changed the scope, when, why, and the explanation before and after', async () => {
      const provider = await as('commissioner@demo.test');
      const scope: ProviderScope = (
        await provider.get(`/api/v1/providers/${providerId}/scope?contractYear=2021/22`).expect(200)
      ).body;
      expect(scope.scopeStatus).toBe('presumed');
      expect(scope.contractYears).toEqual(['2021/22']);
      const [latest, first] = scope.history;
      expect(scope.history).toHaveLength(2);
      expect(first).toMatchObject({ reason: 'contract recorded', totalIncomePence: 18_000_000 });
      expect(latest).toMatchObject({
        reason: 'income changed',
        decidedBy: { userId: await userIdOf('commissioner@demo.test'), displayName: 'Catherine Bull' },
        smallProvider: false,
        totalIncomePence: 20_500_000,
        previousTotalIncomePence: 18_000_000,
      });
      expect(Date.now() - Date.parse(latest.decidedAt)).toBeLessThan(60_000);
      expect(latest.changes.find((c) => c.clause === 'SC13.5.2')).toMatchObject({
        change: 'now-applies',
        before: expect.stringContaining('does not exceed £200,000'),
        after: expect.stringContaining('£205,000 exceeds'),
      });
      expect(latest.explanations.find((e) => e.clause === 'SC13.5.2')).toEqual({
        clause: 'SC13.5.2',
        before:
          'Exempt from SC13.5.2: small provider — expected NHS income £180,000 does not exceed £200,000.',
        after:
          'Applies (SC13.5.2): expected NHS income £205,000 exceeds the £200,000 small-provider threshold.',
      });
      // The WRES report now has its dated steps; the clauses without a calendar have none.
      const wres = scope.obligations.find((o) => o.clause === 'SC13.5.2');
      expect(wres?.deadlines.map((d) => [d.kind, d.dueDate])).toEqual([
        ['baseline-data', '2021-04-01'],
        ['commissioner-letter-publication', '2021-06-30'],
        ['publication', '2021-07-01'],
        ['interim-report', '2022-03-31'],
        ['commissioner-reminder-annual-report', '2022-04-30'],
        ['annual-report', '2022-05-01'],
      ]);
      expect(scope.obligations.find((o) => o.clause === 'SC13.5.1')?.deadlines).toEqual([]);

      const audit = await db.query(
        `SELECT action, actor_user_id, occurred_at, summary FROM audit_event
         WHERE entity_id IN ($1, $2) ORDER BY id`,
        [providerId, contract.id],
      );
      expect(audit.map((a: { action: string }) => a.action)).toEqual([
        'contract.recorded',
        'scope.decided',
        'contract.changed',
        'scope.decided',
      ]);
      const decided = audit[3];
      expect(decided.actor_user_id).toBe(await userIdOf('commissioner@demo.test'));
      expect(decided.summary).toMatchObject({
        contractYear: '2021/22',
        reason: 'income changed',
        totalIncomePence: 20_500_000,
        previousTotalIncomePence: 18_000_000,
        changes: expect.arrayContaining([{ clause: 'SC13.5.2', change: 'now-applies' }]),
        explanations: expect.arrayContaining([
          {
            clause: 'SC13.5.2',
            before: expect.stringContaining('£180,000 does not exceed'),
            after: expect.stringContaining('£205,000 exceeds'),
          },
        ]),
      });
      expect(audit[2].summary).toMatchObject({
        before: { commissioners: [{ expectedIncomePence: 18_000_000 }] },
        after: { commissioners: [{ expectedIncomePence: 20_500_000 }] },
      });
    });

    it('lets the co-ordinating commissioner confirm the scope, until the figures next change', async () => {
      const commissioner = await as('commissioner@demo.test');
      const confirmed: ProviderScope = (
        await commissioner
          .post(`/api/v1/providers/${providerId}/scope/confirm`, { contractYear: '2021/22' })
          .expect(200)
      ).body;
      expect(confirmed.scopeStatus).toBe('confirmed');
      expect(confirmed.obligations.every((o) => o.scopeStatus === 'confirmed')).toBe(true);
      expect(confirmed.history[0]).toMatchObject({
        reason: 'confirmed',
        decidedBy: { displayName: 'Catherine Bull' },
      });
      const [audit] = await db.query(
        `SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`,
        [providerId],
      );
      expect(audit.action).toBe('scope.confirmed');

      // Only the form changes: the decision stands, and so does the confirmation.
      const formOnly: ContractWriteResult = (
        await patch(commissioner, `/api/v1/contracts/${contract.id}`, { form: 'standard' }).expect(200)
      ).body;
      expect(formOnly).toMatchObject({
        contract: { form: 'standard' },
        scopeStatus: 'confirmed',
        changes: [],
      });

      const northfield = await idOf('01D');
      const changed: ContractWriteResult = (
        await patch(commissioner, `/api/v1/contracts/${contract.id}`, {
          commissioners: [
            { commissionerId: northfield, coordinating: true, expectedIncomePence: 210_000 * POUNDS },
          ],
        }).expect(200)
      ).body;
      expect(changed.scopeStatus).toBe('presumed');
    });

    it('refuses confirmation to anyone but a co-ordinating commissioner', async () => {
      const admin = await as('admin@demo.test');
      await admin
        .post(`/api/v1/providers/${providerId}/scope/confirm`, { contractYear: '2021/22' })
        .expect(403);
      const southbrook = await as('commissioner2@demo.test');
      await southbrook
        .post(`/api/v1/providers/${providerId}/scope/confirm`, { contractYear: '2021/22' })
        .expect(404);
    });
  });

  describe('the two-commissioner sum', () => {
    it('puts Greenway in scope only because its two commissioners’ incomes together exceed £200,000', async () => {
      const greenway = await idOf('ND103');
      const admin = await as('admin@demo.test');
      const contracts: Contract[] = (
        await admin.get(`/api/v1/contracts?contractYear=2018/19&providerId=${greenway}`).expect(200)
      ).body;
      expect(contracts.map((c) => [c.commissioners[0].name, c.expectedIncomePence]).sort()).toEqual([
        ['NHS Northfield CCG', 15_000_000],
        ['NHS Southbrook CCG', 6_000_000],
      ]);
      const scope: ProviderScope = (
        await admin.get(`/api/v1/providers/${greenway}/scope?contractYear=2018/19`).expect(200)
      ).body;
      expect(scope.decision).toMatchObject({ smallProvider: false, totalIncomePence: 21_000_000 });
      expect(scope.obligations.find((o) => o.clause === 'SC13.5.2')).toMatchObject({
        applies: true,
        explanation:
          'Applies (SC13.5.2): expected NHS income £210,000 exceeds the £200,000 small-provider threshold.',
      });
      // Recorded one contract at a time: the second commissioner's income is what brought it into scope.
      expect(scope.history.map((h) => h.totalIncomePence)).toEqual([21_000_000, 15_000_000]);
      expect(scope.history[0].changes.map((c) => `${c.clause} ${c.change}`)).toContain(
        'SC13.5.2 now-applies',
      );
    });

    it('counts a new contract with another commissioner towards the same provider’s total', async () => {
      const providerId = await newProvider('Kingfisher Advocacy', 'ND902');
      const northfield = await commissionerAgent('commissioner@demo.test');
      const southbrook = await commissionerAgent('commissioner2@demo.test');
      const first: ContractWriteResult = (
        await northfield.client
          .post('/api/v1/contracts', contractFor(providerId, northfield.id, 150_000))
          .expect(201)
      ).body;
      expect(first.scope.smallProvider).toBe(true);
      const second: ContractWriteResult = (
        await southbrook.client
          .post('/api/v1/contracts', contractFor(providerId, southbrook.id, 60_000))
          .expect(201)
      ).body;
      expect(second.scope).toMatchObject({ smallProvider: false, totalIncomePence: 21_000_000 });
      expect(second.changes.map((c) => c.clause)).toContain('SC13.5.2');
      // Each commissioner sees only its own contract, though both see the provider's total.
      const seenByNorthfield: Contract[] = (
        await northfield.client.get(`/api/v1/contracts?providerId=${providerId}`).expect(200)
      ).body;
      expect(seenByNorthfield.map((c) => c.id)).toEqual([first.contract.id]);
    });

    async function commissionerAgent(email: string) {
      const client = await as(email);
      const [row] = await db.query(`SELECT organisation_id FROM app_user WHERE email = $1`, [email]);
      return { client, id: row.organisation_id as string };
    }

    function contractFor(providerId: string, commissionerId: string, pounds: number): ContractRequest {
      return {
        providerId,
        contractYear: '2020/21',
        form: 'shorter',
        commissioners: [{ commissionerId, coordinating: true, expectedIncomePence: pounds * POUNDS }],
      };
    }
  });

  describe('who sees which contracts', () => {
    const providerCodes = (contracts: Contract[]) =>
      [...new Set(contracts.map((c) => c.provider.odsCode))].sort();
    const commissionerCodes = (contracts: Contract[]) =>
      [...new Set(contracts.flatMap((c) => c.commissioners.map((line) => line.odsCode)))].sort();

    it("keeps Southbrook CCG's contracts from Northfield CCG: not listed, not readable, not editable", async () => {
      const commissioner = await as('commissioner@demo.test');
      const list: Contract[] = (await commissioner.get('/api/v1/contracts?contractYear=2018/19').expect(200))
        .body;
      expect(commissionerCodes(list)).toEqual(['01D']);
      expect(providerCodes(list)).toEqual(['D81001', 'ND102', 'ND103', 'ND201', 'RD1', 'RD2']);

      const [southbrookOnly] = await db.query(
        `SELECT c.id FROM contract c JOIN organisation p ON p.id = c.provider_id
         WHERE p.ods_code = 'RD3' AND c.contract_year = '2018/19'`,
      );
      const before = await db.query(
        `SELECT expected_income_pence FROM contract_commissioner WHERE contract_id = $1`,
        [southbrookOnly.id],
      );
      await commissioner.get(`/api/v1/contracts/${southbrookOnly.id}`).expect(404);
      await patch(commissioner, `/api/v1/contracts/${southbrookOnly.id}`, { form: 'shorter' }).expect(404);
      expect(
        await db.query(`SELECT expected_income_pence FROM contract_commissioner WHERE contract_id = $1`, [
          southbrookOnly.id,
        ]),
      ).toEqual(before);
      // Nor can it record a contract for Southbrook alone, nor read the scope of Southbrook's provider.
      await commissioner
        .post('/api/v1/contracts', {
          providerId: await idOf('RD3'),
          contractYear: '2018/19',
          form: 'standard',
          commissioners: [{ commissionerId: await idOf('02D'), coordinating: true, expectedIncomePence: 1 }],
        })
        .expect(403);
      await commissioner.get(`/api/v1/providers/${await idOf('RD3')}/scope?contractYear=2018/19`).expect(404);
    });

    it("shows Northfield CCG its successor ICB's contracts, and the ICB the CCG's", async () => {
      const ccg: Contract[] = (
        await (await as('commissioner@demo.test')).get('/api/v1/contracts?contractYear=2023/24').expect(200)
      ).body;
      expect(commissionerCodes(ccg)).toEqual(['QD1']);
      const icb: Contract[] = (
        await (await as('icb@demo.test')).get('/api/v1/contracts?contractYear=2019/20').expect(200)
      ).body;
      expect(commissionerCodes(icb)).toEqual(['01D']);
    });

    it('shows a provider its own contracts only', async () => {
      const provider = await as('provider@demo.test');
      const list: Contract[] = (await provider.get('/api/v1/contracts').expect(200)).body;
      expect(list).toHaveLength(11);
      expect(providerCodes(list)).toEqual(['RD1']);
      const [other] = await db.query(
        `SELECT c.id FROM contract c JOIN organisation p ON p.id = c.provider_id WHERE p.ods_code = 'RD2' LIMIT 1`,
      );
      await provider.get(`/api/v1/contracts/${other.id}`).expect(404);
      await provider.get(`/api/v1/providers/${await idOf('RD2')}/scope?contractYear=2018/19`).expect(404);
      const own: ProviderScope = (
        await provider.get(`/api/v1/providers/${await idOf('RD1')}/scope?contractYear=2019/20`).expect(200)
      ).body;
      expect(own.obligations.filter((o) => o.applies).map((o) => o.clause)).toEqual([
        'SC13.5.1',
        'SC13.5.2',
        'SC12.3.2',
        'SC12.4',
        'WDES',
      ]);
      // Providers read; they do not record.
      await provider.post('/api/v1/contracts', {}).expect(403);
    });

    it("shows a CSU analyst every CCG's contracts, and lets it record none", async () => {
      const csu = await as('csu@demo.test');
      const list: Contract[] = (await csu.get('/api/v1/contracts?contractYear=2018/19').expect(200)).body;
      expect(commissionerCodes(list)).toEqual(['01D', '02D', '03D']);
      const [{ count }] = await db.query(
        `SELECT count(*)::int AS count FROM contract WHERE contract_year = '2018/19'`,
      );
      expect(list).toHaveLength(count);
      await patch(csu, `/api/v1/contracts/${list[0].id}`, { form: 'shorter' }).expect(403);
    });

    it('lists a year for a commissioner: in scope, exempt and why, presumed or confirmed', async () => {
      const southbrook = await as('commissioner2@demo.test');
      const overview: ScopeYearOverview = (await southbrook.get('/api/v1/scope/years/2019-20').expect(200))
        .body;
      const byCode = new Map(overview.providers.map((p) => [p.provider.odsCode, p]));
      expect([...byCode.keys()].sort()).toEqual(['ND101', 'ND103', 'ND104', 'ND203', 'RD3', 'RD4']);
      expect(byCode.get('ND203')).toMatchObject({
        inScope: false,
        smallProvider: true,
        totalIncomePence: 18_500_000,
        explanation:
          'Exempt from SC13.5.2: small provider — expected NHS income £185,000 does not exceed £200,000.',
        scopeStatus: 'presumed',
      });
      expect(byCode.get('ND103')).toMatchObject({ inScope: true, totalIncomePence: 21_000_000 });
      // Westmere Physiotherapy: Southbrook is an associate; Westmere co-ordinates.
      expect(byCode.get('ND104')?.coordinatingCommissioners.map((c) => c.name)).toEqual(['NHS Westmere CCG']);
      expect(overview.counts).toEqual({ inScope: 5, exempt: 1, presumed: 6, confirmed: 0 });
      const nextYear: ScopeYearOverview = (
        await southbrook.get(`/api/v1/scope/years/${encodeURIComponent('2020/21')}`).expect(200)
      ).body;
      expect(nextYear.providers.find((p) => p.provider.odsCode === 'ND203')?.inScope).toBe(true);

      const gp = (await (await as('csu@demo.test')).get('/api/v1/scope/years/2019-20').expect(200)).body
        .providers as ScopeYearOverview['providers'];
      expect(gp.find((p) => p.provider.odsCode === 'D81001')).toMatchObject({
        inScope: false,
        explanation: expect.stringMatching(/primary care is outside/),
      });
    });
  });

  describe('bad input', () => {
    it('answers 400 naming every path at once', async () => {
      const commissioner = await as('commissioner@demo.test');
      const northfield = await idOf('01D');
      const response = await commissioner
        .post('/api/v1/contracts', {
          providerId: await idOf('RD1'),
          contractYear: '2030/31',
          form: 'standard',
          commissioners: [
            { commissionerId: northfield, coordinating: true, expectedIncomePence: 100 },
            { commissionerId: await idOf('02D'), coordinating: true, expectedIncomePence: -1 },
            { commissionerId: await idOf('RD2'), coordinating: false, expectedIncomePence: 1.5 },
          ],
        })
        .expect(400);
      const body: ValidationErrorBody = response.body;
      expect(body.problems.map((p) => p.path)).toEqual([
        'contractYear',
        'commissioners[2].commissionerId',
        'commissioners[1].expectedIncomePence',
        'commissioners[2].expectedIncomePence',
        'commissioners',
      ]);
      const messages = Object.fromEntries(body.problems.map((p) => [p.path, p.messages.join(' ')]));
      expect(messages['contractYear']).toMatch(/No rule set for contract year 2030\/31/);
      expect(messages['commissioners[1].expectedIncomePence']).toMatch(/must not be negative/);
      expect(messages['commissioners[2].expectedIncomePence']).toMatch(/whole number of pence/);
      expect(messages['commissioners[2].commissionerId']).toMatch(/must be a CCG or ICB/);
      expect(messages['commissioners']).toMatch(/exactly one co-ordinating commissioner: 2 are marked/);
    });

    it('answers 400 for wrong types and unknown fields by path, and for a malformed year', async () => {
      const admin = await as('admin@demo.test');
      const response = await admin
        .post('/api/v1/contracts', {
          providerId: 'nobody',
          contractYear: '2019/20',
          form: 'long',
          commissioners: [
            { commissionerId: await idOf('01D'), coordinating: 'yes', expectedIncomePence: '5' },
          ],
          extra: true,
        })
        .expect(400);
      expect(response.body.problems.map((p: { path: string }) => p.path).sort()).toEqual([
        'commissioners[0].coordinating',
        'commissioners[0].expectedIncomePence',
        'extra',
        'form',
        'providerId',
      ]);
      const malformed = await admin.get('/api/v1/contracts?contractYear=2019-21').expect(400);
      expect(malformed.body.problems[0].path).toBe('contractYear');
      await admin.get(`/api/v1/providers/${await idOf('RD1')}/scope?contractYear=19/20`).expect(400);
    });

    it('refuses a commissioner outside its lifetime: the ICB cannot hold a 2019/20 contract', async () => {
      const admin = await as('admin@demo.test');
      const response = await admin
        .post('/api/v1/contracts', {
          providerId: await idOf('RD1'),
          contractYear: '2019/20',
          form: 'standard',
          commissioners: [{ commissionerId: await idOf('QD1'), coordinating: true, expectedIncomePence: 1 }],
        })
        .expect(400);
      expect(response.body.problems).toEqual([
        {
          path: 'commissioners[0].commissionerId',
          messages: [expect.stringMatching(/did not exist during 2019\/20/)],
        },
      ]);
    });
  });

  describe('all or nothing', () => {
    it('a change that fails midway leaves the contract, obligations, history and audit as they were', async () => {
      const providerId = await newProvider('Heron Wellbeing Project', 'ND903');
      const commissioner = await as('commissioner@demo.test');
      const northfield = await idOf('01D');
      const { contract }: ContractWriteResult = (
        await commissioner
          .post('/api/v1/contracts', {
            providerId,
            contractYear: '2021/22',
            form: 'shorter',
            commissioners: [
              { commissionerId: northfield, coordinating: true, expectedIncomePence: 100_000 * POUNDS },
            ],
          })
          .expect(201)
      ).body;
      const before = await counts(providerId);
      const obligationsBefore = await db.query(
        `SELECT clause, applies, explanation FROM obligation WHERE provider_id = $1 ORDER BY clause`,
        [providerId],
      );
      // A constraint the api does not check first: the commissioner lines are replaced, then the database
      // refuses the scope history row, after contract, lines, relationship and audit rows were written.
      await db.query(`
        CREATE FUNCTION refuse_heron_scope() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.provider_id = '${providerId}' THEN RAISE EXCEPTION 'refused for the test'; END IF;
          RETURN NEW;
        END $$`);
      await db.query(`
        CREATE TRIGGER refuse_heron_scope BEFORE INSERT ON scope_decision
        FOR EACH ROW EXECUTE FUNCTION refuse_heron_scope()`);
      try {
        await patch(commissioner, `/api/v1/contracts/${contract.id}`, {
          form: 'standard',
          commissioners: [
            { commissionerId: northfield, coordinating: true, expectedIncomePence: 150_000 * POUNDS },
            { commissionerId: await idOf('02D'), coordinating: false, expectedIncomePence: 90_000 * POUNDS },
          ],
        }).expect(500);
      } finally {
        await db.query(`DROP TRIGGER refuse_heron_scope ON scope_decision`);
        await db.query(`DROP FUNCTION refuse_heron_scope()`);
      }
      expect(await counts(providerId)).toEqual(before);
      const after: Contract = (await commissioner.get(`/api/v1/contracts/${contract.id}`).expect(200)).body;
      expect(after).toMatchObject({ form: 'shorter', expectedIncomePence: 10_000_000 });
      expect(after.commissioners).toHaveLength(1);
      expect(
        await db.query(
          `SELECT clause, applies, explanation FROM obligation WHERE provider_id = $1 ORDER BY clause`,
          [providerId],
        ),
      ).toEqual(obligationsBefore);
    });

    it('a refused change writes nothing either', async () => {
      const greenway = await idOf('ND103');
      const commissioner = await as('commissioner@demo.test');
      const [own] = (
        await commissioner.get(`/api/v1/contracts?contractYear=2017/18&providerId=${greenway}`).expect(200)
      ).body as Contract[];
      const before = await counts(greenway);
      await patch(commissioner, `/api/v1/contracts/${own.id}`, {
        commissioners: [
          {
            commissionerId: own.commissioners[0].commissionerId,
            coordinating: true,
            expectedIncomePence: -5,
          },
        ],
      }).expect(400);
      expect(await counts(greenway)).toEqual(before);
    });
  });
});

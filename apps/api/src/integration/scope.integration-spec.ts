import type { NestExpressApplication } from '@nestjs/platform-express';
import { SessionAgent } from '@wres/server/core/testing';
import type { ScopeAssessment, ScopeAssessmentRequest, ValidationErrorBody } from '@wres/shared/contracts';
import { DEMO_PASSWORD, startTestApi } from './test-app';

const POUNDS = 100;

describe('assessing scope', () => {
  let app: NestExpressApplication;
  let client: SessionAgent;

  beforeAll(async () => {
    app = await startTestApi();
    client = new SessionAgent(app);
    await client.signIn('provider@demo.test', DEMO_PASSWORD());
  });

  afterAll(() => app.close());

  async function assess(question: ScopeAssessmentRequest): Promise<ScopeAssessment> {
    const response = await client.post('/api/v1/scope/assess', question).expect(200);
    return response.body;
  }

  const applying = (decision: ScopeAssessment) =>
    decision.obligations.filter((o) => o.applies).map((o) => o.clause);
  const obligation = (decision: ScopeAssessment, clause: string) => {
    const found = decision.obligations.find((o) => o.clause === clause);
    if (!found) throw new Error(`${clause} is not in the decision`);
    return found;
  };

  it('treats £200,000 from one commissioner as a small provider: no WRES report, no staff survey', async () => {
    const decision = await assess({
      contractYear: '2015/16',
      providerKind: 'voluntary',
      incomesPence: [200_000 * POUNDS],
    });
    expect(decision).toMatchObject({
      contractYear: '2015/16',
      smallProvider: true,
      totalIncomePence: 20_000_000,
    });
    expect(obligation(decision, 'SC13.5.2')).toMatchObject({
      applies: false,
      basis: 'small-provider-exempt',
    });
    expect(obligation(decision, 'SC12.3.2')).toMatchObject({
      applies: false,
      basis: 'small-provider-exempt',
    });
    expect(applying(decision)).toEqual([]);
  });

  it('sums £150,000 and £60,000 from two commissioners to £210,000: not small', async () => {
    const decision = await assess({
      contractYear: '2015/16',
      providerKind: 'voluntary',
      incomesPence: [150_000 * POUNDS, 60_000 * POUNDS],
    });
    expect(decision).toMatchObject({
      smallProvider: false,
      totalIncomePence: 21_000_000,
      thresholdPence: 20_000_000,
    });
    expect(applying(decision)).toEqual(['SC13.5.2', 'SC12.3.2', 'SC12.4']);
    expect(obligation(decision, 'SC13.5.2').explanation).toContain('£210,000');
  });

  it('gives a 2015/16 NHS trust with £50m EDS2, the WRES report and both staff survey clauses', async () => {
    const decision = await assess({
      contractYear: '2015/16',
      providerKind: 'nhs-trust',
      incomesPence: [50_000_000 * POUNDS],
    });
    expect(decision.smallProvider).toBe(false);
    expect(applying(decision)).toEqual(['SC13.5.1', 'SC13.5.2', 'SC12.3.2', 'SC12.4']);
    expect(obligation(decision, 'SC13.5.1').title).toMatch(/EDS2/);
  });

  it('gives a 2015/16 independent provider with £5m the WRES report and staff surveys but no EDS2', async () => {
    const decision = await assess({
      contractYear: '2015/16',
      providerKind: 'independent',
      incomesPence: [5_000_000 * POUNDS],
    });
    expect(applying(decision)).toEqual(['SC13.5.2', 'SC12.3.2', 'SC12.4']);
    expect(obligation(decision, 'SC13.5.1')).toMatchObject({
      applies: false,
      basis: 'provider-kind-not-covered',
    });
  });

  it('holds money in pence: 20,000,000 is small, 20,000,001 is not', async () => {
    const question = { contractYear: '2015/16', providerKind: 'foundation-trust' } as const;
    const exactly = await assess({ ...question, incomesPence: [20_000_000] });
    const onePennyMore = await assess({ ...question, incomesPence: [20_000_000, 1] });
    expect(exactly.smallProvider).toBe(true);
    expect(obligation(exactly, 'SC13.5.2').applies).toBe(false);
    expect(onePennyMore).toMatchObject({ smallProvider: false, totalIncomePence: 20_000_001 });
    expect(obligation(onePennyMore, 'SC13.5.2').applies).toBe(true);
    expect(obligation(onePennyMore, 'SC13.5.2').explanation).toContain('£200,000.01');
  });

  it('keeps primary care outside the WRES whatever its income', async () => {
    const decision = await assess({
      contractYear: '2015/16',
      providerKind: 'primary-care',
      incomesPence: [90_000_000 * POUNDS],
    });
    expect(obligation(decision, 'SC13.5.2')).toMatchObject({
      applies: false,
      basis: 'provider-kind-not-covered',
    });
    expect(obligation(decision, 'SC13.5.2').explanation).toMatch(/primary care is outside/);
  });

  it('adds the WDES for trusts from 2019/20, and not before', async () => {
    const question = { providerKind: 'nhs-trust' as const, incomesPence: [50_000_000 * POUNDS] };
    const before = await assess({ ...question, contractYear: '2018/19' });
    const after = await assess({ ...question, contractYear: '2019/20' });
    expect(before.obligations.map((o) => o.clause)).not.toContain('WDES');
    expect(obligation(after, 'WDES').applies).toBe(true);
  });

  it('explains each decision with the clause and the figures', async () => {
    const decision = await assess({
      contractYear: '2015/16',
      providerKind: 'independent',
      incomesPence: [180_000 * POUNDS],
    });
    expect(obligation(decision, 'SC13.5.2').explanation).toBe(
      'Exempt from SC13.5.2: small provider — expected NHS income £180,000 does not exceed £200,000.',
    );
    const trust = await assess({
      contractYear: '2015/16',
      providerKind: 'nhs-trust',
      incomesPence: [180_000 * POUNDS],
    });
    expect(obligation(trust, 'SC13.5.1').explanation).toContain('£180,000');
  });

  it('answers bad input with 400 naming every field at once', async () => {
    const response = await client
      .post('/api/v1/scope/assess', {
        contractYear: '2015/17',
        providerKind: 'hospital',
        incomesPence: [-1, 1.5],
      })
      .expect(400);
    const body: ValidationErrorBody = response.body;
    expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(body.problems.map((p) => p.path)).toEqual([
      'contractYear',
      'providerKind',
      'incomesPence[0]',
      'incomesPence[1]',
    ]);
    const messages = Object.fromEntries(body.problems.map((p) => [p.path, p.messages.join(' ')]));
    expect(messages['contractYear']).toContain('"2015/17" is not a contract year');
    expect(messages['providerKind']).toContain('"hospital" is not a kind of provider');
    expect(messages['incomesPence[0]']).toMatch(/must not be negative/);
    expect(messages['incomesPence[1]']).toMatch(/whole number of pence/);
  });

  it('refuses a year without rules, naming the years that have them', async () => {
    const response = await client
      .post('/api/v1/scope/assess', { contractYear: '2014/15', providerKind: 'nhs-trust', incomesPence: [1] })
      .expect(400);
    expect(response.body.problems).toEqual([
      {
        path: 'contractYear',
        messages: [expect.stringMatching(/No rule set for contract year 2014\/15.*2015\/16/)],
      },
    ]);
  });

  it('answers missing fields and unknown ones with 400 naming each', async () => {
    const missing = await client.post('/api/v1/scope/assess', {}).expect(400);
    expect(missing.body.problems.map((p: { path: string }) => p.path).sort()).toEqual([
      'contractYear',
      'incomesPence',
      'providerKind',
    ]);
    const extra = await client
      .post('/api/v1/scope/assess', {
        contractYear: '2015/16',
        providerKind: 'nhs-trust',
        incomesPence: [],
        region: 'x',
      })
      .expect(400);
    expect(extra.body.problems.map((p: { path: string }) => p.path)).toEqual(['region']);
  });

  it('is open to every signed-in role', async () => {
    for (const email of ['commissioner@demo.test', 'csu@demo.test', 'admin@demo.test']) {
      const other = new SessionAgent(app);
      await other.signIn(email, DEMO_PASSWORD());
      await other
        .post('/api/v1/scope/assess', {
          contractYear: '2015/16',
          providerKind: 'nhs-trust',
          incomesPence: [1],
        })
        .expect(200);
    }
  });

  it('is refused to a signed-out caller', async () => {
    const stranger = new SessionAgent(app);
    await stranger.csrf();
    await stranger
      .post('/api/v1/scope/assess', { contractYear: '2015/16', providerKind: 'nhs-trust', incomesPence: [1] })
      .expect(401);
  });
});

import type { NestExpressApplication } from '@nestjs/platform-express';
import { computeIndicators, SEED_004_2018_19 } from '@wres/domain/wres';
import type { Indicator1, RelativeLikelihoodResult, WresDocument } from '@wres/domain/wres';
import { SessionAgent } from '@wres/server/core/testing';
import type { ValidationErrorBody } from '@wres/shared/contracts';
import { DEMO_PASSWORD, startTestApi } from './test-app';

const notSupplied = { missingReason: 'Not part of this example' };
const seedIndicator1 = SEED_004_2018_19.indicator1 as Indicator1;

/** A document with only the given indicators; the rest are marked missing, as a provider may. */
function onlyIndicators(indicators: Partial<WresDocument>): WresDocument {
  return {
    reportingPeriodEnd: '2019-03-31',
    selfReportedEthnicity: { known: 5178, total: 5307 },
    indicator1: notSupplied,
    indicator2: notSupplied,
    indicator3: notSupplied,
    indicator4: notSupplied,
    indicator5: notSupplied,
    indicator6: notSupplied,
    indicator7: notSupplied,
    indicator8: notSupplied,
    indicator9: notSupplied,
    ...indicators,
  };
}

/** Every place in a parsed JSON body where a value is null, i.e. where a NaN or Infinity would have been. */
function nullPaths(value: unknown, path = ''): string[] {
  if (value === null) return [path];
  if (typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => nullPaths(child, `${path}.${key}`));
}

const rounded = (value: unknown, places = 2) => (value as number).toFixed(places);

describe('the WRES calculator', () => {
  let app: NestExpressApplication;
  let client: SessionAgent;

  beforeAll(async () => {
    app = await startTestApi();
    client = new SessionAgent(app);
    await client.signIn('commissioner@demo.test', DEMO_PASSWORD());
  });

  afterAll(() => app.close());

  const calculate = (document: object) => client.post('/api/v1/wres/calculate', document);

  async function relativeLikelihood(
    document: WresDocument,
    indicator: 'i2' | 'i3' | 'i4',
  ): Promise<RelativeLikelihoodResult> {
    const response = await calculate(document).expect(200);
    return response.body.indicators[indicator];
  }

  it('reproduces seed 004 for 2018/19: indicator 2 RL 1.97, CI 1.62-2.40, significant', async () => {
    const response = await calculate(SEED_004_2018_19).expect(200);
    const i2 = response.body.indicators.i2;
    expect(rounded(i2.relativeLikelihood)).toBe('1.97');
    expect(rounded(i2.ci95.lower)).toBe('1.62');
    expect(rounded(i2.ci95.upper)).toBe('2.40');
    expect(i2.significant).toBe(true);
    // Unrounded figures from the whole document: nothing in the deep body was stripped on the way in.
    expect(response.body).toEqual(JSON.parse(JSON.stringify(computeIndicators(SEED_004_2018_19))));
    expect(response.body.indicators.i1.rows).toHaveLength(seedIndicator1.rows.length);
    expect(response.body.indicators.i1.overall).toMatchObject({ white: 4007, bme: 1171, unknown: 129 });
  });

  it('returns warnings about impossible published figures in the 200 answer', async () => {
    const response = await calculate(SEED_004_2018_19).expect(200);
    expect(response.body.warnings).toEqual([
      { path: 'indicator5.publishedOverall.percent', message: expect.stringMatching(/below both groups/) },
    ]);
  });

  it('gives indicator 3 for B 17 of 1,171 and W 43 of 4,007 as RL 1.35, CI 0.77-2.36, not significant', async () => {
    const i3 = await relativeLikelihood(
      onlyIndicators({
        indicator3: { bme: { cases: 17, headcount: 1171 }, white: { cases: 43, headcount: 4007 } },
      }),
      'i3',
    );
    expect(rounded(i3.relativeLikelihood)).toBe('1.35');
    expect(i3.ci95).toEqual({ lower: expect.closeTo(0.77, 2), upper: expect.closeTo(2.36, 2) });
    expect(i3.significant).toBe(false);
  });

  it('gives indicator 3 for B 16 of 1,116 and W 30 of 4,011 as RL 1.92, CI 1.05-3.50, significant', async () => {
    const i3 = await relativeLikelihood(
      onlyIndicators({
        indicator3: { bme: { cases: 16, headcount: 1116 }, white: { cases: 30, headcount: 4011 } },
      }),
      'i3',
    );
    expect(rounded(i3.relativeLikelihood)).toBe('1.92');
    expect(i3.ci95).toEqual({ lower: expect.closeTo(1.05, 2), upper: expect.closeTo(3.5, 2) });
    expect(i3.significant).toBe(true);
  });

  it('gives indicator 4 for W 2,472 of 4,007 and B 665 of 1,171 as RL 1.09, OR 1.2, significant', async () => {
    const i4 = await relativeLikelihood(
      onlyIndicators({
        indicator4: { white: { accessed: 2472, headcount: 4007 }, bme: { accessed: 665, headcount: 1171 } },
      }),
      'i4',
    );
    expect(rounded(i4.relativeLikelihood)).toBe('1.09');
    // domain.md §9 says OR 1.22 and the seed publishes 1.2; the counts give 1.2254.
    expect(i4.oddsRatio).toBeCloseTo(1.2254, 4);
    expect(rounded(i4.oddsRatio, 1)).toBe('1.2');
    expect(i4.significant).toBe(true);
  });

  it('gives indicator 9 board gaps of -15.5, -13.5 and -22.6 points against a stated workforce', async () => {
    const response = await calculate(
      onlyIndicators({
        indicator9: {
          all: { white: 13, bme: 1, unknown: 0 },
          voting: { white: 10, bme: 1, unknown: 0 },
          executive: { white: 4, bme: 0, unknown: 0 },
          statedWorkforce: { white: 4007, bme: 1171 },
        },
      }),
    ).expect(200);
    const i9 = response.body.indicators.i9;
    expect([i9.all, i9.voting, i9.executive].map((board) => rounded(board.differencePoints, 1))).toEqual([
      '-15.5',
      '-13.5',
      '-22.6',
    ]);
  });

  it('says why indicator 3 for B 0 of 10 and W 3 of 200 has no interval, with no NaN, Infinity or null', async () => {
    const response = await calculate(
      onlyIndicators({
        indicator3: { bme: { cases: 0, headcount: 10 }, white: { cases: 3, headcount: 200 } },
      }),
    ).expect(200);
    const i3 = response.body.indicators.i3;
    expect(rounded(i3.relativeLikelihood)).toBe('0.00');
    expect(i3.ci95).toEqual({ notComputable: true, reason: expect.stringMatching(/cannot be computed/) });
    expect(i3.smallNumbers).toBe(true);
    expect(i3.significant).toBe(false);
    expect(response.body.indicators.i2).toEqual({
      notComputable: true,
      reason: expect.stringContaining('Not part'),
    });
    expect(response.text).not.toMatch(/NaN|Infinity|null/);
    expect(nullPaths(response.body)).toEqual([]);
  });

  it('answers an invalid document with 400 listing every problem by path', async () => {
    const document: WresDocument = {
      ...SEED_004_2018_19,
      // Medical band rows add up to 78 White staff.
      indicator1: {
        rows: seedIndicator1.rows,
        statedTotals: { ...seedIndicator1.statedTotals, medical: { white: 79, bme: 120, unknown: 0 } },
      },
      indicator2: {
        white: { shortlisted: 3844, appointed: 372 },
        bme: { shortlisted: 2525, appointed: 2526 },
      },
      indicator3: { white: { cases: -1, headcount: 4007 }, bme: { cases: 17, headcount: 1171 } },
      indicator5: {
        white: { respondents: 1991, percent: 23.1 },
        bme: { respondents: 488, percent: 100.5 },
      },
    };
    const response = await calculate(document).expect(400);
    const body: ValidationErrorBody = response.body;
    expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(body.problems.map((p) => p.path)).toEqual([
      'indicator1.statedTotals.medical.white',
      'indicator2.bme.appointed',
      'indicator3.white.cases',
      'indicator5.bme.percent',
    ]);
    const messages = Object.fromEntries(body.problems.map((p) => [p.path, p.messages.join(' ')]));
    expect(messages['indicator1.statedTotals.medical.white']).toMatch(
      /add up to 78 White staff but the stated total is 79/,
    );
    expect(messages['indicator2.bme.appointed']).toMatch(/cannot be more than shortlisted/);
    expect(messages['indicator3.white.cases']).toMatch(/whole number of 0 or more \(got -1\)/);
    expect(messages['indicator5.bme.percent']).toMatch(/percentage from 0 to 100/);
  });

  it('answers an empty body with 400 naming every part of the document', async () => {
    const response = await calculate({}).expect(400);
    expect(response.body.problems.map((p: { path: string }) => p.path)).toEqual([
      'reportingPeriodEnd',
      'selfReportedEthnicity',
      'indicator1',
      'indicator2',
      'indicator3',
      'indicator4',
      'indicator5',
      'indicator6',
      'indicator7',
      'indicator8',
      'indicator9',
    ]);
  });

  it('documents the document it takes in the OpenAPI description', async () => {
    const response = await client.get('/api/openapi.json').expect(200);
    const body =
      response.body.paths['/api/v1/wres/calculate'].post.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(expect.arrayContaining(['reportingPeriodEnd', 'indicator1', 'indicator9']));
    expect(body.properties.indicator2.oneOf).toHaveLength(2);
  });

  it('is refused to a signed-out caller', async () => {
    const stranger = new SessionAgent(app);
    await stranger.csrf();
    await stranger.post('/api/v1/wres/calculate', SEED_004_2018_19).expect(401);
  });
});

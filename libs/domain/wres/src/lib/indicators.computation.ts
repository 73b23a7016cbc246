import {
  compareRates,
  countProblem,
  DEFAULT_SMALL_NUMBERS_POLICY,
  GroupCount,
  hasSmallNumbers,
  NotComputable,
  NotComputableCause,
  proportionInterval,
  SampleProportion,
  SmallNumbersPolicy,
  twoProportionTest,
} from '@wres/domain/statistics';

import {
  describeRelativeLikelihood,
  formatNumber,
  RELATIVE_LIKELIHOOD_WORDING,
  RelativeLikelihoodIndicator,
} from './display.format';
import {
  BandRowResult,
  BoardComparison,
  Computed,
  ComputedIndicators,
  HeadcountSummary,
  Indicator1Result,
  Indicator9Result,
  isNotComputable,
  notComputableResult,
  RelativeLikelihoodResult,
  SurveyGroupOutcome,
  SurveyIndicatorResult,
} from './indicator-result.model';
import { findImplausibleFigures, isCountValue } from './wres-document.validation';
import {
  BoardMembership,
  EthnicityHeadcount,
  Indicator1,
  Indicator9,
  isMissing,
  KnownWorkforce,
  StaffGroup,
  Submitted,
  SurveyGroupResult,
  SurveyIndicator,
  WresDocument,
} from './wres-document.model';

export interface ComputationOptions {
  readonly smallNumbersPolicy?: SmallNumbersPolicy;
}

const CONFIDENCE_LEVEL = 0.95;

/**
 * Computes all nine indicators from a document's counts. Numbers are unrounded; anything that cannot be
 * computed is a `{ notComputable: true, reason }` in its place. Expects a validated document, but never
 * produces NaN or Infinity from an invalid one.
 */
export function computeIndicators(doc: WresDocument, options: ComputationOptions = {}): ComputedIndicators {
  const policy = options.smallNumbersPolicy ?? DEFAULT_SMALL_NUMBERS_POLICY;
  const i1 = whenSubmitted(doc.indicator1, 1, computeIndicator1);
  return {
    indicators: {
      i1,
      i2: whenSubmitted(doc.indicator2, 2, (i2) =>
        computeRelativeLikelihood(
          'i2',
          { events: i2.white.appointed, total: i2.white.shortlisted },
          { events: i2.bme.appointed, total: i2.bme.shortlisted },
          policy,
        ),
      ),
      i3: whenSubmitted(doc.indicator3, 3, (i3) =>
        computeRelativeLikelihood(
          'i3',
          { events: i3.bme.cases, total: i3.bme.headcount },
          { events: i3.white.cases, total: i3.white.headcount },
          policy,
        ),
      ),
      i4: whenSubmitted(doc.indicator4, 4, (i4) =>
        computeRelativeLikelihood(
          'i4',
          { events: i4.white.accessed, total: i4.white.headcount },
          { events: i4.bme.accessed, total: i4.bme.headcount },
          policy,
        ),
      ),
      i5: whenSubmitted(doc.indicator5, 5, (survey) => computeSurvey(survey, 5, policy)),
      i6: whenSubmitted(doc.indicator6, 6, (survey) => computeSurvey(survey, 6, policy)),
      i7: whenSubmitted(doc.indicator7, 7, (survey) => computeSurvey(survey, 7, policy)),
      i8: whenSubmitted(doc.indicator8, 8, (survey) => computeSurvey(survey, 8, policy)),
      i9: whenSubmitted(doc.indicator9, 9, (i9) => computeIndicator9(i9, workforceFor(i1, i9))),
    },
    warnings: findImplausibleFigures(doc),
  };
}

function whenSubmitted<T extends object, R>(
  indicator: Submitted<T> | undefined,
  number: number,
  compute: (indicator: T) => Computed<R>,
): Computed<R> {
  if (typeof indicator !== 'object' || indicator === null) {
    return notComputableResult(`Indicator ${number} was not submitted`);
  }
  if (isMissing(indicator)) {
    return notComputableResult(`Indicator ${number} was not submitted: ${indicator.missingReason}`);
  }
  return compute(indicator);
}

// ---- Indicator 1 ----

function computeIndicator1(i1: Indicator1): Computed<Indicator1Result> {
  if (!Array.isArray(i1.rows) || !i1.rows.every(hasCounts)) {
    return notComputableResult('Indicator 1 has band rows with missing or invalid headcounts');
  }
  const rows: BandRowResult[] = i1.rows.map((row) => ({
    ...row,
    percentBme: percentBme(row, describeRow(row)),
  }));
  const group = (staffGroup: StaffGroup): HeadcountSummary =>
    summarise(
      i1.rows.filter((row) => row.staffGroup === staffGroup),
      `${staffGroup} staff`,
    );
  const byStaffGroup = {
    'non-clinical': group('non-clinical'),
    clinical: group('clinical'),
    medical: group('medical'),
  };
  return { rows, overall: summarise(i1.rows, 'the workforce'), byStaffGroup };
}

function hasCounts(row: EthnicityHeadcount): boolean {
  return isCountValue(row.white) && isCountValue(row.bme) && isCountValue(row.unknown);
}

function summarise(rows: readonly EthnicityHeadcount[], description: string): HeadcountSummary {
  const white = rows.reduce((sum, row) => sum + row.white, 0);
  const bme = rows.reduce((sum, row) => sum + row.bme, 0);
  const unknown = rows.reduce((sum, row) => sum + row.unknown, 0);
  return { white, bme, unknown, known: white + bme, percentBme: percentBme({ white, bme }, description) };
}

function percentBme(counts: KnownWorkforce, description: string): Computed<number> {
  const known = counts.white + counts.bme;
  if (known === 0) {
    return notComputableResult(`No staff of known ethnicity in ${description}, so %BME cannot be computed`);
  }
  return (100 * counts.bme) / known;
}

function describeRow(row: { staffGroup: string; band: string }): string {
  return `${row.staffGroup} ${row.band.replace(/-/g, ' ')}`;
}

// ---- Indicators 2-4 ----

/** How each RL indicator words a group with no events, all events or nobody counted. */
const OUTCOME_WORDING: {
  readonly [I in RelativeLikelihoodIndicator]: { readonly [K in NotComputableCause['kind']]: string };
} = {
  i2: {
    'no-events': 'had no appointments from shortlisting',
    'all-events': 'had every shortlisted person appointed',
    'empty-group': 'had nobody shortlisted',
    'invalid-counts': 'had invalid shortlisting counts',
  },
  i3: {
    'no-events': 'had no formal disciplinary cases',
    'all-events': 'had a formal disciplinary case for every member of staff',
    'empty-group': 'had no staff counted',
    'invalid-counts': 'had invalid disciplinary counts',
  },
  i4: {
    'no-events': 'had nobody accessing non-mandatory training',
    'all-events': 'had everybody accessing non-mandatory training',
    'empty-group': 'had no staff counted',
    'invalid-counts': 'had invalid training counts',
  },
};

function reasonFor(
  indicator: RelativeLikelihoodIndicator,
  cause: NotComputableCause,
  figure: string,
): string {
  const wording = RELATIVE_LIKELIHOOD_WORDING[indicator];
  const group = cause.group === 'focal' ? wording.focal : wording.reference;
  return `${group} ${OUTCOME_WORDING[indicator][cause.kind]}, so the ${figure} cannot be computed`;
}

function reworded(indicator: RelativeLikelihoodIndicator, value: NotComputable, figure: string) {
  return notComputableResult(reasonFor(indicator, value.cause, figure));
}

function computeRelativeLikelihood(
  indicator: RelativeLikelihoodIndicator,
  focal: GroupCount,
  reference: GroupCount,
  policy: SmallNumbersPolicy,
): Computed<RelativeLikelihoodResult> {
  const problem = countProblem(focal, 'focal') ?? countProblem(reference, 'reference');
  if (problem) return notComputableResult(reasonFor(indicator, problem, `indicator ${indicator.slice(1)}`));

  const comparison = compareRates(focal, reference, {
    confidenceLevel: CONFIDENCE_LEVEL,
    smallNumbersPolicy: policy,
  });
  const rl = comparison.relativeLikelihood;
  const or = comparison.oddsRatio;
  // Counts were checked above, so the test always ran.
  const significance = comparison.significance.computable
    ? comparison.significance
    : { test: 'fisher' as const, pValue: 1, significant: false };

  const relativeLikelihood = rl.computable ? rl.value : reworded(indicator, rl, 'relative likelihood');
  const ci95 = !rl.computable
    ? reworded(indicator, rl, 'confidence interval')
    : rl.ci.computable
      ? { lower: rl.ci.lower, upper: rl.ci.upper }
      : reworded(indicator, rl.ci, 'confidence interval');
  const oddsRatio = or.computable ? or.value : reworded(indicator, or, 'odds ratio');

  const result = {
    relativeLikelihood,
    ci95,
    oddsRatio,
    pValue: significance.pValue,
    test: significance.test,
    significant: significance.significant,
    smallNumbers: comparison.smallNumbers,
  };
  return { ...result, explanation: explainRelativeLikelihood(indicator, result) };
}

function explainRelativeLikelihood(
  indicator: RelativeLikelihoodIndicator,
  result: Omit<RelativeLikelihoodResult, 'explanation'>,
): string {
  const sentences: string[] = [];
  sentences.push(
    isNotComputable(result.relativeLikelihood)
      ? result.relativeLikelihood.reason
      : describeRelativeLikelihood(indicator, result.relativeLikelihood),
  );
  const evidence: string[] = [];
  if (!isNotComputable(result.ci95)) {
    evidence.push(`95% CI ${formatNumber(result.ci95.lower, 2)} to ${formatNumber(result.ci95.upper, 2)}`);
  }
  if (result.test === 'fisher') evidence.push(`Fisher's exact test, ${formatPValue(result.pValue)}`);
  const verdict = result.significant ? 'is statistically significant' : 'is not statistically significant';
  sentences.push(`The difference ${verdict}${evidence.length ? ` (${evidence.join('; ')})` : ''}`);
  if (isNotComputable(result.ci95) && !isNotComputable(result.relativeLikelihood)) {
    sentences.push(result.ci95.reason);
  }
  if (result.smallNumbers) {
    sentences.push('The numbers are small, so this figure can change a lot from one year to the next');
  }
  return sentences.map((sentence) => `${sentence}.`).join(' ');
}

function formatPValue(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${formatNumber(p, 3)}`;
}

// ---- Indicators 5-8 ----

function computeSurvey(
  survey: SurveyIndicator,
  number: number,
  policy: SmallNumbersPolicy,
): Computed<SurveyIndicatorResult> {
  const white = sampleOf(survey.white);
  const bme = sampleOf(survey.bme);
  if (white === undefined || bme === undefined) {
    const group = white === undefined ? 'White' : 'BME';
    return notComputableResult(
      `${group} staff have no valid survey result (respondents and a count or percentage), so indicator ${number} cannot be computed`,
    );
  }
  const whiteOutcome = outcomeOf(white);
  const bmeOutcome = outcomeOf(bme);
  const test = twoProportionTest(bme, white, { confidenceLevel: CONFIDENCE_LEVEL });
  if (whiteOutcome === undefined || bmeOutcome === undefined || !test.computable) {
    return notComputableResult(`Indicator ${number} has survey figures that cannot be compared`);
  }
  // Survey counts behind a published percentage are estimated by rounding, only to judge smallness.
  const smallNumbers = hasSmallNumbers(
    [white, bme].map((sample) => ({
      events: Math.round(sample.proportion * sample.respondents),
      total: sample.respondents,
    })),
    policy,
  );
  return {
    white: whiteOutcome,
    bme: bmeOutcome,
    differencePoints: bmeOutcome.percent - whiteOutcome.percent,
    pValue: test.pValue,
    significant: test.significant,
    smallNumbers,
  };
}

function sampleOf(result: SurveyGroupResult | undefined): SampleProportion | undefined {
  if (typeof result !== 'object' || result === null) return undefined;
  const { respondents } = result;
  if (!isCountValue(respondents) || respondents === 0) return undefined;
  if (result.count !== undefined) {
    return isCountValue(result.count) && result.count <= respondents
      ? { proportion: result.count / respondents, respondents }
      : undefined;
  }
  const percent = result.percent;
  return typeof percent === 'number' && percent >= 0 && percent <= 100
    ? { proportion: percent / 100, respondents }
    : undefined;
}

function outcomeOf(sample: SampleProportion): SurveyGroupOutcome | undefined {
  const ci = proportionInterval(sample, { confidenceLevel: CONFIDENCE_LEVEL });
  if (!ci.computable) return undefined;
  return {
    percent: 100 * sample.proportion,
    ci95: { lower: 100 * ci.lower, upper: 100 * ci.upper },
    respondents: sample.respondents,
  };
}

// ---- Indicator 9 ----

function workforceFor(i1: Computed<Indicator1Result>, i9: Indicator9 | undefined): Computed<KnownWorkforce> {
  if (!isNotComputable(i1)) return { white: i1.overall.white, bme: i1.overall.bme };
  const stated = i9?.statedWorkforce;
  if (stated && isCountValue(stated.white) && isCountValue(stated.bme)) return stated;
  return notComputableResult(
    'Indicator 1 is not available and no workforce was stated, so the workforce %BME cannot be computed',
  );
}

function computeIndicator9(i9: Indicator9, workforce: Computed<KnownWorkforce>): Indicator9Result {
  const workforcePercentBme = isNotComputable(workforce) ? workforce : percentBme(workforce, 'the workforce');
  const compare = (membership: BoardMembership, description: string): BoardComparison => {
    const boardPercentBme =
      typeof membership === 'object' &&
      membership !== null &&
      isCountValue(membership.white) &&
      isCountValue(membership.bme)
        ? percentBme(membership, description)
        : notComputableResult(`The ${description} counts are missing or invalid`);
    const differencePoints = isNotComputable(boardPercentBme)
      ? boardPercentBme
      : isNotComputable(workforcePercentBme)
        ? workforcePercentBme
        : boardPercentBme - workforcePercentBme;
    return { boardPercentBme, workforcePercentBme, differencePoints };
  };
  return {
    all: compare(i9.all, 'board'),
    voting: compare(i9.voting, 'voting board membership'),
    executive: compare(i9.executive, 'executive board membership'),
  };
}

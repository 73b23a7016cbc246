import {
  compareRates,
  DEFAULT_SMALL_NUMBERS_POLICY,
  GroupCount,
  hasSmallNumbers,
  isCount,
  NotComputableCause,
  proportionFromCount,
  proportionInterval,
  SmallNumbersPolicy,
  twoProportionTest,
} from '@wres/domain/statistics';
import { Computed, Interval, notComputableResult, RELATIVE_LIKELIHOOD_WORDING } from '@wres/domain/wres';
import type { RelativeLikelihoodIndicator } from '@wres/domain/wres';

/*
 * Pooled figures (seed 003 §6.1, example 1): small organisations' counts are summed first and the figure is
 * computed once from the sums, never averaged from each organisation's ratio, so a pool of small CCGs or
 * providers gives a figure as trustworthy as one large organisation's.
 */

/** Events out of each group's total, for staff of known ethnicity only. */
export interface EthnicityOutcomes {
  readonly white: GroupCount;
  readonly bme: GroupCount;
}

/** Survey answers; `estimated` when a contributor published a percentage, counted back by rounding. */
export interface SurveyOutcomes extends EthnicityOutcomes {
  readonly estimated: boolean;
}

export interface KnownHeadcount {
  readonly white: number;
  readonly bme: number;
}

export interface WorkforceHeadcount extends KnownHeadcount {
  readonly unknown: number;
}

/** Board members by group, and the known-ethnicity workforce their %BME is compared with. */
export interface BoardCounts {
  readonly all: KnownHeadcount;
  readonly voting: KnownHeadcount;
  readonly executive: KnownHeadcount;
  readonly workforce: KnownHeadcount;
}

/** One organisation's (or a pool's) counts behind each indicator; an indicator not submitted is absent. */
export interface IndicatorCounts {
  readonly i1?: WorkforceHeadcount;
  readonly i2?: EthnicityOutcomes;
  readonly i3?: EthnicityOutcomes;
  readonly i4?: EthnicityOutcomes;
  readonly i5?: SurveyOutcomes;
  readonly i6?: SurveyOutcomes;
  readonly i7?: SurveyOutcomes;
  readonly i8?: SurveyOutcomes;
  readonly i9?: BoardCounts;
}

export const OUTCOME_INDICATORS = ['i2', 'i3', 'i4'] as const;
export const SURVEY_INDICATORS = ['i5', 'i6', 'i7', 'i8'] as const;
export type SurveyIndicatorKey = (typeof SURVEY_INDICATORS)[number];

// ---- summing ----

function sumGroup(a: GroupCount, b: GroupCount): GroupCount {
  return { events: a.events + b.events, total: a.total + b.total };
}

function sumKnown(a: KnownHeadcount, b: KnownHeadcount): KnownHeadcount {
  return { white: a.white + b.white, bme: a.bme + b.bme };
}

function sumPresent<T>(values: readonly (T | undefined)[], add: (a: T, b: T) => T): T | undefined {
  return values.reduce<T | undefined>(
    (sum, value) => (value === undefined ? sum : sum === undefined ? value : add(sum, value)),
    undefined,
  );
}

/**
 * Sums each indicator's counts over the contributions that have it; an indicator none of them has stays
 * absent. Each indicator is pooled over its own contributors, as each was submitted or not on its own.
 */
export function sumIndicatorCounts(contributions: readonly IndicatorCounts[]): IndicatorCounts {
  const outcomes = (a: EthnicityOutcomes, b: EthnicityOutcomes): EthnicityOutcomes => ({
    white: sumGroup(a.white, b.white),
    bme: sumGroup(a.bme, b.bme),
  });
  const survey = (a: SurveyOutcomes, b: SurveyOutcomes): SurveyOutcomes => ({
    ...outcomes(a, b),
    estimated: a.estimated || b.estimated,
  });
  const pick = <K extends keyof IndicatorCounts>(key: K) => contributions.map((c) => c[key]);
  const pooled: { -readonly [K in keyof IndicatorCounts]: IndicatorCounts[K] } = {
    i1: sumPresent(pick('i1'), (a, b) => ({ ...sumKnown(a, b), unknown: a.unknown + b.unknown })),
    i2: sumPresent(pick('i2'), outcomes),
    i3: sumPresent(pick('i3'), outcomes),
    i4: sumPresent(pick('i4'), outcomes),
    i5: sumPresent(pick('i5'), survey),
    i6: sumPresent(pick('i6'), survey),
    i7: sumPresent(pick('i7'), survey),
    i8: sumPresent(pick('i8'), survey),
    i9: sumPresent(pick('i9'), (a, b) => ({
      all: sumKnown(a.all, b.all),
      voting: sumKnown(a.voting, b.voting),
      executive: sumKnown(a.executive, b.executive),
      workforce: sumKnown(a.workforce, b.workforce),
    })),
  };
  for (const key of Object.keys(pooled) as (keyof IndicatorCounts)[]) {
    if (pooled[key] === undefined) delete pooled[key];
  }
  return pooled;
}

// ---- figures ----

export interface PoolingOptions {
  readonly confidenceLevel?: number;
  readonly smallNumbersPolicy?: SmallNumbersPolicy;
}

/** A percentage (0-100) with its Wilson interval. */
export interface PercentFigure {
  readonly percent: number;
  readonly ci95: Interval;
  readonly smallNumbers: boolean;
}

export interface RelativeLikelihoodFigure {
  readonly relativeLikelihood: number;
  /** Not computable where the focal group had no events. */
  readonly ci95: Computed<Interval>;
  readonly oddsRatio: Computed<number>;
  readonly pValue: number;
  readonly test: 'katz' | 'fisher';
  readonly significant: boolean;
  readonly smallNumbers: boolean;
}

export interface SurveyGroupFigure {
  readonly percent: number;
  readonly ci95: Interval;
  readonly respondents: number;
}

export interface SurveyGapFigure {
  readonly white: SurveyGroupFigure;
  readonly bme: SurveyGroupFigure;
  /** BME % minus White %, in points. */
  readonly differencePoints: number;
  readonly differenceCi95: Interval;
  readonly pValue: number;
  readonly significant: boolean;
  readonly smallNumbers: boolean;
  readonly estimated: boolean;
}

export interface BoardGapFigure {
  readonly boardPercentBme: number;
  readonly workforcePercentBme: number;
  /** Board %BME minus workforce %BME, in points. */
  readonly differencePoints: number;
  readonly smallNumbers: boolean;
}

const LEVEL = 0.95;

function policyOf(options: PoolingOptions): SmallNumbersPolicy {
  return options.smallNumbersPolicy ?? DEFAULT_SMALL_NUMBERS_POLICY;
}

/** %BME of a known-ethnicity headcount, with its Wilson interval. */
export function pooledPercentBme(
  headcount: KnownHeadcount | undefined,
  what: string,
  options: PoolingOptions = {},
): Computed<PercentFigure> {
  if (headcount === undefined) return notComputableResult(`No ${what} figures were submitted`);
  if (!isCount(headcount.white) || !isCount(headcount.bme)) {
    return notComputableResult(`The ${what} counts are not whole numbers`);
  }
  const known = headcount.white + headcount.bme;
  if (known === 0) return notComputableResult(`No ${what} of known ethnicity, so %BME cannot be computed`);
  const sample = proportionFromCount(headcount.bme, known);
  const ci = proportionInterval(sample, { confidenceLevel: options.confidenceLevel ?? LEVEL });
  if (!ci.computable) return notComputableResult(ci.reason);
  return {
    percent: 100 * sample.proportion,
    ci95: { lower: 100 * ci.lower, upper: 100 * ci.upper },
    smallNumbers: hasSmallNumbers([{ events: headcount.bme, total: known }], policyOf(options)),
  };
}

/** Which group's rate is the numerator of each relative likelihood (domain.md §4). */
export const FOCAL_GROUP: { readonly [I in RelativeLikelihoodIndicator]: 'white' | 'bme' } = {
  i2: 'white',
  i3: 'bme',
  i4: 'white',
};

const OUTCOME_WORDING: { readonly [I in RelativeLikelihoodIndicator]: { events: string; total: string } } = {
  i2: { events: 'appointments from shortlisting', total: 'people shortlisted' },
  i3: { events: 'formal disciplinary cases', total: 'staff counted' },
  i4: { events: 'staff accessing non-mandatory training', total: 'staff counted' },
};

function poolReason(
  indicator: RelativeLikelihoodIndicator,
  cause: NotComputableCause,
  figure: string,
): string {
  const wording = RELATIVE_LIKELIHOOD_WORDING[indicator];
  const group = cause.group === 'focal' ? wording.focal : wording.reference;
  const outcome = OUTCOME_WORDING[indicator];
  const what =
    cause.kind === 'empty-group'
      ? `had no ${outcome.total}`
      : cause.kind === 'no-events'
        ? `had no ${outcome.events}`
        : cause.kind === 'all-events'
          ? `had ${outcome.events} for all ${outcome.total}`
          : `have counts that do not add up`;
  return `${group} in the pool ${what}, so the ${figure} cannot be computed`;
}

/** A relative likelihood from pooled counts, with its Katz interval and significance test. */
export function pooledRelativeLikelihood(
  indicator: RelativeLikelihoodIndicator,
  outcomes: EthnicityOutcomes | undefined,
  options: PoolingOptions = {},
): Computed<RelativeLikelihoodFigure> {
  if (outcomes === undefined) return notComputableResult(`Indicator ${indicator.slice(1)} was not submitted`);
  const focalIsWhite = FOCAL_GROUP[indicator] === 'white';
  const focal = focalIsWhite ? outcomes.white : outcomes.bme;
  const reference = focalIsWhite ? outcomes.bme : outcomes.white;
  const comparison = compareRates(focal, reference, {
    confidenceLevel: options.confidenceLevel ?? LEVEL,
    smallNumbersPolicy: policyOf(options),
  });
  const rl = comparison.relativeLikelihood;
  if (!rl.computable) return notComputableResult(poolReason(indicator, rl.cause, 'relative likelihood'));
  const or = comparison.oddsRatio;
  const significance = comparison.significance.computable
    ? comparison.significance
    : { test: 'fisher' as const, pValue: 1, significant: false };
  return {
    relativeLikelihood: rl.value,
    ci95: rl.ci.computable
      ? { lower: rl.ci.lower, upper: rl.ci.upper }
      : notComputableResult(poolReason(indicator, rl.ci.cause, 'confidence interval')),
    oddsRatio: or.computable ? or.value : notComputableResult(poolReason(indicator, or.cause, 'odds ratio')),
    pValue: significance.pValue,
    test: significance.test,
    significant: significance.significant,
    smallNumbers: comparison.smallNumbers,
  };
}

/** Each group's percentage with its Wilson interval, and BME minus White with the two-proportion test. */
export function pooledSurveyGap(
  outcomes: SurveyOutcomes | undefined,
  indicator: SurveyIndicatorKey,
  options: PoolingOptions = {},
): Computed<SurveyGapFigure> {
  const number = indicator.slice(1);
  if (outcomes === undefined) return notComputableResult(`Indicator ${number} was not submitted`);
  for (const [group, count] of [
    ['White', outcomes.white],
    ['BME', outcomes.bme],
  ] as const) {
    if (!isCount(count.events) || !isCount(count.total) || count.events > count.total) {
      return notComputableResult(`${group} survey counts for indicator ${number} do not add up`);
    }
    if (count.total === 0) {
      return notComputableResult(
        `No ${group} staff answered the survey question, so indicator ${number} cannot be computed`,
      );
    }
  }
  const level = options.confidenceLevel ?? LEVEL;
  const white = proportionFromCount(outcomes.white.events, outcomes.white.total);
  const bme = proportionFromCount(outcomes.bme.events, outcomes.bme.total);
  const whiteCi = proportionInterval(white, { confidenceLevel: level });
  const bmeCi = proportionInterval(bme, { confidenceLevel: level });
  const test = twoProportionTest(bme, white, { confidenceLevel: level });
  if (!whiteCi.computable || !bmeCi.computable || !test.computable) {
    return notComputableResult(`Indicator ${number} has survey figures that cannot be compared`);
  }
  return {
    white: {
      percent: 100 * white.proportion,
      ci95: { lower: 100 * whiteCi.lower, upper: 100 * whiteCi.upper },
      respondents: white.respondents,
    },
    bme: {
      percent: 100 * bme.proportion,
      ci95: { lower: 100 * bmeCi.lower, upper: 100 * bmeCi.upper },
      respondents: bme.respondents,
    },
    differencePoints: 100 * test.difference,
    differenceCi95: { lower: 100 * test.differenceCi.lower, upper: 100 * test.differenceCi.upper },
    pValue: test.pValue,
    significant: test.significant,
    smallNumbers: hasSmallNumbers([outcomes.white, outcomes.bme], policyOf(options)),
    estimated: outcomes.estimated,
  };
}

export type BoardPart = 'all' | 'voting' | 'executive';

const BOARD_WORDING: { readonly [P in BoardPart]: string } = {
  all: 'board members',
  voting: 'voting board members',
  executive: 'executive board members',
};

/** Board %BME minus workforce %BME for one part of the board. */
export function pooledBoardGap(
  counts: BoardCounts | undefined,
  part: BoardPart,
  options: PoolingOptions = {},
): Computed<BoardGapFigure> {
  if (counts === undefined) return notComputableResult('Indicator 9 was not submitted');
  const board = pooledPercentBme(counts[part], BOARD_WORDING[part], options);
  if ('notComputable' in board) return board;
  const workforce = pooledPercentBme(counts.workforce, 'staff', options);
  if ('notComputable' in workforce) return workforce;
  return {
    boardPercentBme: board.percent,
    workforcePercentBme: workforce.percent,
    differencePoints: board.percent - workforce.percent,
    smallNumbers: board.smallNumbers || workforce.smallNumbers,
  };
}

/** Every pooled figure of a set of counts. */
export interface PooledFigures {
  readonly i1: Computed<PercentFigure>;
  readonly i2: Computed<RelativeLikelihoodFigure>;
  readonly i3: Computed<RelativeLikelihoodFigure>;
  readonly i4: Computed<RelativeLikelihoodFigure>;
  readonly i5: Computed<SurveyGapFigure>;
  readonly i6: Computed<SurveyGapFigure>;
  readonly i7: Computed<SurveyGapFigure>;
  readonly i8: Computed<SurveyGapFigure>;
  readonly i9: Computed<BoardGapFigure>;
  readonly i9v: Computed<BoardGapFigure>;
  readonly i9e: Computed<BoardGapFigure>;
}

export function pooledFigures(counts: IndicatorCounts, options: PoolingOptions = {}): PooledFigures {
  return {
    i1: pooledPercentBme(counts.i1, 'staff', options),
    i2: pooledRelativeLikelihood('i2', counts.i2, options),
    i3: pooledRelativeLikelihood('i3', counts.i3, options),
    i4: pooledRelativeLikelihood('i4', counts.i4, options),
    i5: pooledSurveyGap(counts.i5, 'i5', options),
    i6: pooledSurveyGap(counts.i6, 'i6', options),
    i7: pooledSurveyGap(counts.i7, 'i7', options),
    i8: pooledSurveyGap(counts.i8, 'i8', options),
    i9: pooledBoardGap(counts.i9, 'all', options),
    i9v: pooledBoardGap(counts.i9, 'voting', options),
    i9e: pooledBoardGap(counts.i9, 'executive', options),
  };
}

/** Sums the contributions, then computes every figure from the sums. */
export function poolIndicators(
  contributions: readonly IndicatorCounts[],
  options: PoolingOptions = {},
): { counts: IndicatorCounts; figures: PooledFigures } {
  const counts = sumIndicatorCounts(contributions);
  return { counts, figures: pooledFigures(counts, options) };
}

import {
  DEFAULT_SMALL_NUMBERS_POLICY,
  hasSmallNumbers,
  proportionFromCount,
  proportionFromPercent,
  proportionInterval,
  twoProportionTest,
} from '@wres/domain/statistics';
import {
  compareYears,
  Computed,
  IndicatorChange,
  IndicatorResults,
  isNotComputable,
  notComputableResult,
  SurveyIndicatorResult,
} from '@wres/domain/wres';
import type {
  DashboardIndicator,
  DistributionFigure,
  HeadlineBoardGap,
  HeadlineIndicators,
  HeadlineRelativeLikelihood,
  HeadlineSurveyGap,
  TrendMarker,
} from '@wres/shared/contracts';
import type { BoardPart, IndicatorCounts } from './pooling';

/*
 * One provider's figures, read from the indicators computed when its report was submitted (stored with the
 * version), so a dashboard shows exactly what the provider's report shows.
 */

const BOARD_PART: { readonly [I in 'i9' | 'i9v' | 'i9e']: BoardPart } = {
  i9: 'all',
  i9v: 'voting',
  i9e: 'executive',
};

function stored<T>(value: Computed<T> | undefined, indicator: string): Computed<T> {
  return value === undefined || value === null
    ? notComputableResult(`Indicator ${indicator} is not in the submitted report`)
    : value;
}

const RESULT_KEYS = ['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8', 'i9'] as const;

/**
 * Stored results with every indicator present: one missing from the JSON (an older or damaged version) is
 * not computable, so comparisons never read a property of nothing.
 */
export function completeResults(results: Partial<IndicatorResults>): IndicatorResults {
  const complete: Record<string, unknown> = { ...results };
  for (const key of RESULT_KEYS) complete[key] = stored(results[key], key.slice(1));
  return complete as unknown as IndicatorResults;
}

/** The difference's interval, recomputed from each group's stored percentage and respondents. */
function differenceInterval(result: SurveyIndicatorResult): { lower: number; upper: number } | null {
  const test = twoProportionTest(
    proportionFromPercent(result.bme.percent, result.bme.respondents),
    proportionFromPercent(result.white.percent, result.white.respondents),
  );
  return test.computable
    ? { lower: 100 * test.differenceCi.lower, upper: 100 * test.differenceCi.upper }
    : null;
}

/**
 * A provider's figure for one indicator, as a distribution plots it: the value, its 95% CI where there is
 * one, and its significance. `counts` (from the same version) tells whether a board figure rests on small
 * numbers; without them a board, always a small group, is taken to.
 */
export function providerFigure(
  indicator: DashboardIndicator,
  submitted: Partial<IndicatorResults>,
  counts?: IndicatorCounts,
): Computed<DistributionFigure> {
  const results = completeResults(submitted);
  switch (indicator) {
    case 'i1': {
      const i1 = stored(results.i1, '1');
      if (isNotComputable(i1)) return i1;
      const { percentBme, bme, known } = i1.overall;
      if (isNotComputable(percentBme)) return percentBme;
      const ci = proportionInterval(proportionFromCount(bme, known));
      return {
        value: percentBme,
        ci95: ci.computable ? { lower: 100 * ci.lower, upper: 100 * ci.upper } : null,
        significant: false,
        smallNumbers: hasSmallNumbers([{ events: bme, total: known }], DEFAULT_SMALL_NUMBERS_POLICY),
      };
    }
    case 'i2':
    case 'i3':
    case 'i4': {
      const result = stored(results[indicator], indicator.slice(1));
      if (isNotComputable(result)) return result;
      if (isNotComputable(result.relativeLikelihood)) return result.relativeLikelihood;
      return {
        value: result.relativeLikelihood,
        ci95: isNotComputable(result.ci95) ? null : { lower: result.ci95.lower, upper: result.ci95.upper },
        significant: result.significant,
        smallNumbers: result.smallNumbers,
      };
    }
    case 'i5':
    case 'i6':
    case 'i7':
    case 'i8': {
      const result = stored(results[indicator], indicator.slice(1));
      if (isNotComputable(result)) return result;
      return {
        value: result.differencePoints,
        ci95: differenceInterval(result),
        significant: result.significant,
        smallNumbers: result.smallNumbers,
      };
    }
    case 'i9':
    case 'i9v':
    case 'i9e': {
      const result = stored(results.i9, '9');
      if (isNotComputable(result)) return result;
      const part = BOARD_PART[indicator];
      const gap = result[part].differencePoints;
      if (isNotComputable(gap)) return gap;
      const board = counts?.i9?.[part];
      return {
        value: gap,
        ci95: null,
        significant: false,
        smallNumbers: board
          ? hasSmallNumbers(
              [{ events: board.bme, total: board.white + board.bme }],
              DEFAULT_SMALL_NUMBERS_POLICY,
            )
          : true,
      };
    }
  }
}

function marker(change: Computed<IndicatorChange> | undefined): TrendMarker {
  return change === undefined || isNotComputable(change) ? 'not-comparable' : change.direction;
}

/**
 * The commissioner's headline figures for one provider: relative likelihoods (i2-i4), survey gaps (i5-i8)
 * and the whole board's gap (i9), each with a marker for how it moved since the previous year's report.
 */
export function headlineIndicators(
  current: Partial<IndicatorResults>,
  previous: Partial<IndicatorResults> | null,
): Omit<HeadlineIndicators, 'version'> {
  const results = completeResults(current);
  const changes = previous
    ? compareYears(
        { indicators: completeResults(previous), warnings: [] },
        { indicators: results, warnings: [] },
      )
    : undefined;
  const rl = (indicator: 'i2' | 'i3' | 'i4') => {
    const result = stored(results[indicator], indicator.slice(1));
    if (isNotComputable(result)) return result;
    if (isNotComputable(result.relativeLikelihood)) return result.relativeLikelihood;
    const headline: HeadlineRelativeLikelihood = {
      relativeLikelihood: result.relativeLikelihood,
      ci95: isNotComputable(result.ci95) ? null : { lower: result.ci95.lower, upper: result.ci95.upper },
      significant: result.significant,
      smallNumbers: result.smallNumbers,
      trend: marker(changes?.[indicator]),
    };
    return headline;
  };
  const survey = (indicator: 'i5' | 'i6' | 'i7' | 'i8') => {
    const result = stored(results[indicator], indicator.slice(1));
    if (isNotComputable(result)) return result;
    const headline: HeadlineSurveyGap = {
      whitePercent: result.white.percent,
      bmePercent: result.bme.percent,
      differencePoints: result.differencePoints,
      significant: result.significant,
      smallNumbers: result.smallNumbers,
      trend: marker(changes?.[indicator]),
    };
    return headline;
  };
  const board = () => {
    const result = stored(results.i9, '9');
    if (isNotComputable(result)) return result;
    const { boardPercentBme, workforcePercentBme, differencePoints } = result.all;
    if (isNotComputable(differencePoints)) return differencePoints;
    if (isNotComputable(boardPercentBme)) return boardPercentBme;
    if (isNotComputable(workforcePercentBme)) return workforcePercentBme;
    const headline: HeadlineBoardGap = {
      boardPercentBme,
      workforcePercentBme,
      differencePoints,
      trend: marker(changes?.i9.all),
    };
    return headline;
  };
  return {
    i2: rl('i2'),
    i3: rl('i3'),
    i4: rl('i4'),
    i5: survey('i5'),
    i6: survey('i6'),
    i7: survey('i7'),
    i8: survey('i8'),
    i9: board(),
  };
}

import { PERCENT_DECIMALS, RELATIVE_LIKELIHOOD_DECIMALS, round } from './display.format';
import {
  Computed,
  ComputedIndicators,
  Indicator9Result,
  isNotComputable,
  notComputableResult,
  RelativeLikelihoodResult,
  SurveyIndicatorResult,
} from './indicator-result.model';

export type ChangeDirection = 'better' | 'worse' | 'same';

/**
 * Which way is better for a measure:
 * - relative likelihoods: closer to 1 (parity), judged on the log scale so 0.5 and 2 are equally far;
 * - survey gaps (BME % minus White %): lower is better for harassment and discrimination (5, 6, 8),
 *   higher is better for equal opportunities (7);
 * - board gaps (board %BME minus workforce %BME): closer to 0 (representative).
 */
export type Polarity = 'higher-is-better' | 'lower-is-better' | 'closer-to-parity-is-better';

export interface IndicatorChange {
  readonly measure: 'relativeLikelihood' | 'differencePoints';
  readonly polarity: Polarity;
  readonly previous: number;
  readonly current: number;
  /** current − previous, unrounded. */
  readonly change: number;
  readonly direction: ChangeDirection;
}

export interface YearOnYearComparison {
  readonly i2: Computed<IndicatorChange>;
  readonly i3: Computed<IndicatorChange>;
  readonly i4: Computed<IndicatorChange>;
  readonly i5: Computed<IndicatorChange>;
  readonly i6: Computed<IndicatorChange>;
  readonly i7: Computed<IndicatorChange>;
  readonly i8: Computed<IndicatorChange>;
  readonly i9: {
    readonly all: Computed<IndicatorChange>;
    readonly voting: Computed<IndicatorChange>;
    readonly executive: Computed<IndicatorChange>;
  };
}

/**
 * Compares two years' results indicator by indicator. Direction is judged on the figures as displayed
 * (RL to 2 dp, points to 1 dp), so a change nobody can see on the page is reported as 'same'.
 * Indicator 1 has no better or worse direction and is not compared here.
 */
export function compareYears(
  previous: ComputedIndicators,
  current: ComputedIndicators,
): YearOnYearComparison {
  const before = previous.indicators;
  const after = current.indicators;
  return {
    i2: compareRelativeLikelihood(before.i2, after.i2),
    i3: compareRelativeLikelihood(before.i3, after.i3),
    i4: compareRelativeLikelihood(before.i4, after.i4),
    i5: compareSurvey(before.i5, after.i5, 'lower-is-better'),
    i6: compareSurvey(before.i6, after.i6, 'lower-is-better'),
    i7: compareSurvey(before.i7, after.i7, 'higher-is-better'),
    i8: compareSurvey(before.i8, after.i8, 'lower-is-better'),
    i9: {
      all: compareBoard(before.i9, after.i9, 'all'),
      voting: compareBoard(before.i9, after.i9, 'voting'),
      executive: compareBoard(before.i9, after.i9, 'executive'),
    },
  };
}

function compareRelativeLikelihood(
  previous: Computed<RelativeLikelihoodResult>,
  current: Computed<RelativeLikelihoodResult>,
): Computed<IndicatorChange> {
  const before = isNotComputable(previous) ? previous : previous.relativeLikelihood;
  const after = isNotComputable(current) ? current : current.relativeLikelihood;
  return change(
    'relativeLikelihood',
    'closer-to-parity-is-better',
    before,
    after,
    RELATIVE_LIKELIHOOD_DECIMALS,
  );
}

function compareSurvey(
  previous: Computed<SurveyIndicatorResult>,
  current: Computed<SurveyIndicatorResult>,
  polarity: Polarity,
): Computed<IndicatorChange> {
  const before = isNotComputable(previous) ? previous : previous.differencePoints;
  const after = isNotComputable(current) ? current : current.differencePoints;
  return change('differencePoints', polarity, before, after, PERCENT_DECIMALS);
}

function compareBoard(
  previous: Computed<Indicator9Result>,
  current: Computed<Indicator9Result>,
  part: keyof Indicator9Result,
): Computed<IndicatorChange> {
  const pick = (result: Computed<Indicator9Result>): Computed<number> =>
    isNotComputable(result) ? result : result[part].differencePoints;
  return change(
    'differencePoints',
    'closer-to-parity-is-better',
    pick(previous),
    pick(current),
    PERCENT_DECIMALS,
  );
}

function change(
  measure: IndicatorChange['measure'],
  polarity: Polarity,
  previous: Computed<number>,
  current: Computed<number>,
  decimals: number,
): Computed<IndicatorChange> {
  if (isNotComputable(previous)) return notComputableResult(`Previous year: ${previous.reason}`);
  if (isNotComputable(current)) return notComputableResult(`This year: ${current.reason}`);
  const parity = measure === 'relativeLikelihood' ? 1 : 0;
  return {
    measure,
    polarity,
    previous,
    current,
    change: current - previous,
    direction: directionOf(round(previous, decimals), round(current, decimals), polarity, parity, measure),
  };
}

function directionOf(
  previous: number,
  current: number,
  polarity: Polarity,
  parity: number,
  measure: IndicatorChange['measure'],
): ChangeDirection {
  if (previous === current) return 'same';
  if (polarity === 'higher-is-better') return current > previous ? 'better' : 'worse';
  if (polarity === 'lower-is-better') return current < previous ? 'better' : 'worse';
  // An RL of 0 is as far from parity as it can be; the log scale would make it infinite.
  const distance = (value: number): number =>
    measure === 'relativeLikelihood'
      ? value <= 0
        ? Number.MAX_VALUE
        : Math.abs(Math.log(value / parity))
      : Math.abs(value - parity);
  const before = distance(previous);
  const after = distance(current);
  if (before === after) return 'same';
  return after < before ? 'better' : 'worse';
}

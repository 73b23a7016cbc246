import { AfcBand, MedicalGrade, StaffGroup } from './wres-document.model';
import { ValidationProblem } from './validation-problem.model';

/**
 * Stands in for any figure that cannot be computed, with a reason a person can read. Results never
 * contain NaN, Infinity or null, so they serialise to JSON and display without special cases.
 */
export interface NotComputableResult {
  readonly notComputable: true;
  readonly reason: string;
}

export type Computed<T> = T | NotComputableResult;

export function isNotComputable<T>(value: Computed<T>): value is NotComputableResult {
  return (
    typeof value === 'object' && value !== null && 'notComputable' in value && value.notComputable === true
  );
}

export function notComputableResult(reason: string): NotComputableResult {
  return { notComputable: true, reason };
}

export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

export type BandRowResult = (
  | { readonly staffGroup: 'non-clinical' | 'clinical'; readonly band: AfcBand }
  | { readonly staffGroup: 'medical'; readonly band: MedicalGrade }
) & {
  readonly white: number;
  readonly bme: number;
  readonly unknown: number;
  /** BME ÷ (White + BME) × 100; unknown ethnicity is excluded from numerator and denominator. */
  readonly percentBme: Computed<number>;
};

export interface HeadcountSummary {
  readonly white: number;
  readonly bme: number;
  readonly unknown: number;
  readonly known: number;
  readonly percentBme: Computed<number>;
}

export interface Indicator1Result {
  readonly rows: readonly BandRowResult[];
  readonly overall: HeadcountSummary;
  readonly byStaffGroup: { readonly [G in StaffGroup]: HeadcountSummary };
}

/** Indicators 2-4. RL > 1 always means BME staff fare worse (domain.md §4). */
export interface RelativeLikelihoodResult {
  readonly relativeLikelihood: Computed<number>;
  readonly ci95: Computed<Interval>;
  readonly oddsRatio: Computed<number>;
  readonly pValue: number;
  /** 'katz': z-test on ln RL, agreeing with the Katz interval; 'fisher': exact test for small tables. */
  readonly test: 'katz' | 'fisher';
  readonly significant: boolean;
  readonly smallNumbers: boolean;
  readonly explanation: string;
}

export interface SurveyGroupOutcome {
  /** 0-100. */
  readonly percent: number;
  /** Wilson interval, 0-100. */
  readonly ci95: Interval;
  readonly respondents: number;
}

/** Indicators 5-8. */
export interface SurveyIndicatorResult {
  readonly white: SurveyGroupOutcome;
  readonly bme: SurveyGroupOutcome;
  /** BME % minus White %, in percentage points. */
  readonly differencePoints: number;
  /** Pooled two-proportion z-test. */
  readonly pValue: number;
  readonly significant: boolean;
  readonly smallNumbers: boolean;
}

export interface BoardComparison {
  readonly boardPercentBme: Computed<number>;
  readonly workforcePercentBme: Computed<number>;
  /** Board %BME minus workforce %BME, in percentage points; negative means under-represented. */
  readonly differencePoints: Computed<number>;
}

export interface Indicator9Result {
  readonly all: BoardComparison;
  readonly voting: BoardComparison;
  readonly executive: BoardComparison;
}

export interface IndicatorResults {
  readonly i1: Computed<Indicator1Result>;
  readonly i2: Computed<RelativeLikelihoodResult>;
  readonly i3: Computed<RelativeLikelihoodResult>;
  readonly i4: Computed<RelativeLikelihoodResult>;
  readonly i5: Computed<SurveyIndicatorResult>;
  readonly i6: Computed<SurveyIndicatorResult>;
  readonly i7: Computed<SurveyIndicatorResult>;
  readonly i8: Computed<SurveyIndicatorResult>;
  readonly i9: Computed<Indicator9Result>;
}

export interface ComputedIndicators {
  readonly indicators: IndicatorResults;
  readonly warnings: readonly ValidationProblem[];
}

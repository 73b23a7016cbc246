/**
 * The canonical WRES data document: one organisation's counts for one reporting period, as submitted.
 * Plain JSON (no dates, classes or undefined-as-meaning) so it can be stored, sent and compared as is.
 * Counts only: every figure the report shows is computed from these, never from rounded percentages.
 */

export const STAFF_GROUPS = ['non-clinical', 'clinical', 'medical'] as const;
export type StaffGroup = (typeof STAFF_GROUPS)[number];

/** Agenda for Change pay bands; VSM includes executive board members. */
export const AFC_BANDS = [
  'under-band-1',
  'band-1',
  'band-2',
  'band-3',
  'band-4',
  'band-5',
  'band-6',
  'band-7',
  'band-8a',
  'band-8b',
  'band-8c',
  'band-8d',
  'band-9',
  'vsm',
] as const;
export type AfcBand = (typeof AFC_BANDS)[number];

export const MEDICAL_GRADES = [
  'consultant',
  'senior-medical-manager',
  'non-consultant-career-grade',
  'trainee-grade',
  'other',
] as const;
export type MedicalGrade = (typeof MEDICAL_GRADES)[number];

export type Band = AfcBand | MedicalGrade;

/** The bands a staff group reports on, in template order. */
export const BANDS_BY_STAFF_GROUP: { readonly [G in StaffGroup]: readonly BandOf<G>[] } = {
  'non-clinical': AFC_BANDS,
  clinical: AFC_BANDS,
  medical: MEDICAL_GRADES,
};
export type BandOf<G extends StaffGroup> = G extends 'medical' ? MedicalGrade : AfcBand;

/** Headcount by ethnicity group; unknown means not stated or not known, excluded from percentages. */
export interface EthnicityHeadcount {
  readonly white: number;
  readonly bme: number;
  readonly unknown: number;
}

export type Indicator1Row =
  | ({ readonly staffGroup: 'non-clinical' | 'clinical'; readonly band: AfcBand } & EthnicityHeadcount)
  | ({ readonly staffGroup: 'medical'; readonly band: MedicalGrade } & EthnicityHeadcount);

/** An indicator the organisation could not supply, with its explanation (template: "shortcomings"). */
export interface MissingIndicator {
  readonly missingReason: string;
}

export type Submitted<T> = T | MissingIndicator;

export function isMissing<T extends object>(indicator: Submitted<T>): indicator is MissingIndicator {
  return 'missingReason' in indicator;
}

export interface Indicator1 {
  readonly rows: readonly Indicator1Row[];
  /** Totals as the organisation stated them; band rows must add up to these. */
  readonly statedTotals?: { readonly [G in StaffGroup]?: EthnicityHeadcount };
}

export interface Shortlisting {
  readonly shortlisted: number;
  readonly appointed: number;
}

/** Indicator 2: shortlisted and appointed over the 12 months, by group (known ethnicity only). */
export interface Indicator2 {
  readonly white: Shortlisting;
  readonly bme: Shortlisting;
}

/**
 * Indicator 3: formal disciplinary investigations opened over the two-year rolling window (current and
 * previous year, summed) against headcount at the period end, as seed 004 reports it. Averaging the two
 * years would halve both groups' rates and leave the relative likelihood unchanged.
 */
export interface DisciplinaryEntry {
  readonly cases: number;
  readonly headcount: number;
}

export interface Indicator3 {
  readonly white: DisciplinaryEntry;
  readonly bme: DisciplinaryEntry;
}

export interface TrainingAccess {
  readonly accessed: number;
  readonly headcount: number;
}

/** Indicator 4: staff accessing non-mandatory training and CPD against headcount. */
export interface Indicator4 {
  readonly white: TrainingAccess;
  readonly bme: TrainingAccess;
}

/**
 * A staff-survey result for one group. Respondents differ per question, so n is stored per group.
 * Either the count answering (preferred) or the published percentage, never both.
 */
export type SurveyGroupResult =
  | { readonly respondents: number; readonly count: number; readonly percent?: never }
  | { readonly respondents: number; readonly percent: number; readonly count?: never };

/** The "Overall" line a report publishes; kept only to warn when it cannot be right. */
export interface PublishedSurveyOverall {
  readonly respondents?: number;
  readonly percent?: number;
}

export interface SurveyIndicator {
  readonly white: SurveyGroupResult;
  readonly bme: SurveyGroupResult;
  readonly publishedOverall?: PublishedSurveyOverall;
}

export interface BoardMembership {
  readonly white: number;
  readonly bme: number;
  readonly unknown: number;
}

/** Known-ethnicity workforce, as stated where indicator 1 is not available. */
export interface KnownWorkforce {
  readonly white: number;
  readonly bme: number;
}

export interface Indicator9 {
  readonly all: BoardMembership;
  readonly voting: BoardMembership;
  readonly executive: BoardMembership;
  /** Used when indicator 1 is missing; otherwise the workforce comes from the indicator 1 rows. */
  readonly statedWorkforce?: KnownWorkforce;
}

export interface WresDocument {
  /** ISO date (YYYY-MM-DD), e.g. '2019-03-31'. */
  readonly reportingPeriodEnd: string;
  /** Staff whose ethnicity is known, of all staff (seed 004: 5,178 of 5,307). */
  readonly selfReportedEthnicity: { readonly known: number; readonly total: number };
  readonly indicator1: Submitted<Indicator1>;
  readonly indicator2: Submitted<Indicator2>;
  readonly indicator3: Submitted<Indicator3>;
  readonly indicator4: Submitted<Indicator4>;
  readonly indicator5: Submitted<SurveyIndicator>;
  readonly indicator6: Submitted<SurveyIndicator>;
  readonly indicator7: Submitted<SurveyIndicator>;
  readonly indicator8: Submitted<SurveyIndicator>;
  readonly indicator9: Submitted<Indicator9>;
}

export const SURVEY_INDICATORS = ['indicator5', 'indicator6', 'indicator7', 'indicator8'] as const;
export type SurveyIndicatorKey = (typeof SURVEY_INDICATORS)[number];

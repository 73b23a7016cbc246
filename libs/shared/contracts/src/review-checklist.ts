/**
 * The assurance checklist: what a commissioner looks at before deciding a report. The automatic items are
 * worked out from the submitted version, last year's, its link checks and the year's deadline; the human
 * items are the co-ordinating commissioner's own judgement. Each item, and the checklist as a whole, gets a
 * red, amber or green rating with the reason in words.
 */
export const RAG_RATINGS = ['red', 'amber', 'green'] as const;
export type RagRating = (typeof RAG_RATINGS)[number];

export const RAG_LABELS: { readonly [R in RagRating]: string } = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
};

export const AUTOMATIC_CHECKLIST_ITEMS = [
  'indicators-present',
  'published-report-link',
  'action-plan-link',
  'board-sign-off',
  'self-reported-ethnicity',
  'on-time',
  'validation-warnings',
  'year-on-year',
] as const;
export type AutomaticChecklistItem = (typeof AUTOMATIC_CHECKLIST_ITEMS)[number];

export const HUMAN_CHECKLIST_ITEMS = ['narrative-addresses-gaps', 'actions-owned-and-dated'] as const;
export type HumanChecklistItem = (typeof HUMAN_CHECKLIST_ITEMS)[number];

export type ChecklistItemId = AutomaticChecklistItem | HumanChecklistItem;
export const CHECKLIST_ITEMS: readonly ChecklistItemId[] = [
  ...AUTOMATIC_CHECKLIST_ITEMS,
  ...HUMAN_CHECKLIST_ITEMS,
];

export const CHECKLIST_ITEM_LABELS: { readonly [I in ChecklistItemId]: string } = {
  'indicators-present': 'Every indicator given or explained',
  'published-report-link': 'Published report reachable and a document',
  'action-plan-link': 'Action plan given and reachable',
  'board-sign-off': 'Board sign-off given and dated',
  'self-reported-ethnicity': 'Staff who self-reported their ethnicity',
  'on-time': 'On time, or late with a reason',
  'validation-warnings': 'No validation warnings',
  'year-on-year': 'No significant worsening since last year',
  'narrative-addresses-gaps': 'The narrative addresses each significant gap',
  'actions-owned-and-dated': 'Actions have owners and dates',
};

/** A commissioner's rating of a human item, or a CSU analyst's proposal for it. */
export interface ChecklistAssessment {
  rating: RagRating;
  note: string | null;
  by: string;
  organisationName: string;
  at: string;
}

export interface ChecklistItem {
  id: ChecklistItemId;
  kind: 'automatic' | 'human';
  label: string;
  /**
   * Null while there is nothing to rate: a link not checked yet, no earlier report to compare with, or a
   * human item the commissioner has not assessed yet.
   */
  rating: RagRating | null;
  /** Why, in a sentence for people. */
  reason: string;
  /** What to look at, e.g. the significant gaps a narrative must address. */
  guidance: string[];
  /** Human items: the co-ordinating commissioner's latest assessment. */
  assessment: ChecklistAssessment | null;
  /** Human items: the latest proposal from a CSU analyst, for the commissioner to weigh. */
  proposal: ChecklistAssessment | null;
}

export interface ChecklistOverall {
  /** The worst rating of the rated items; null when none is rated. */
  rating: RagRating | null;
  reason: string;
  /** Items on this year's checklist not rated yet. */
  unrated: number;
}

/**
 * A year's checklist settings. The defaults are in code; an admin may set a year's own, since what counts as
 * enough moves as reporting matures.
 */
export interface ChecklistSettings {
  /** Percent of staff with a self-reported ethnicity: green at or above `green`, amber at or above `amber`. */
  selfReportedEthnicity: { green: number; amber: number };
  /** Indicators significantly worse than last year: amber from one, red from `redFrom`. */
  significantWorsening: { redFrom: number };
  /**
   * Percentage points: a board this far below its workforce's %BME is a significant gap (indicator 9), and a
   * gap that widens this much is a significant worsening.
   */
  boardGapPoints: number;
  /** Days a (re)submitted report may wait for the commissioner before its review is overdue. */
  reviewWithinDays: number;
  /** Items this year's checklist leaves out. */
  excludedItems: ChecklistItemId[];
}

export interface ChecklistSettingsForYear {
  contractYear: string;
  settings: ChecklistSettings;
  /** True when the year has no settings of its own and uses the defaults. */
  isDefault: boolean;
  updatedAt: string | null;
}

export interface AssuranceChecklist {
  providerId: string;
  contractYear: string;
  /** The version the checklist was worked out for: the one under review. */
  version: number;
  items: ChecklistItem[];
  overall: ChecklistOverall;
  settings: ChecklistSettings;
  /** The caller may rate the human items: the co-ordinating commissioner, while the review is open. */
  canAssess: boolean;
  /** The caller may propose ratings with a recommendation: a CSU analyst, while the review is open. */
  canPropose: boolean;
}

export interface ChecklistRatingRequest {
  item: HumanChecklistItem;
  rating: RagRating;
  note?: string;
}

export interface ChecklistAssessmentRequest {
  items: ChecklistRatingRequest[];
}

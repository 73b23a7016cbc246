import { contractYearEnd } from '@wres/domain/scope';
import {
  submissionDetailsProblems,
  validateWresDocument,
  type ValidationProblem,
  type WresDocument,
} from '@wres/domain/wres';
import type { SubmissionDetails } from '@wres/shared/contracts';
import { pathSegments } from './report-paths.model';

/**
 * The parts of a WRES report a provider fills in, one form page each, as the task list shows them, and
 * which part of the report each path belongs to. No Angular here, so it can be tested on its own.
 */

export const INDICATOR_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type IndicatorNumber = (typeof INDICATOR_NUMBERS)[number];

export type SectionId =
  'reporting-period' | `indicator-${IndicatorNumber}` | 'links-and-sign-off' | 'declaration';

export interface ReportSection {
  readonly id: SectionId;
  /** The task's name in the task list and the form's heading. */
  readonly title: string;
  /** What the task covers, shown under its name. */
  readonly hint: string;
  readonly indicator: IndicatorNumber | null;
}

/** What each indicator measures, as the reporting template puts it. */
export const INDICATOR_DESCRIPTIONS: { readonly [N in IndicatorNumber]: string } = {
  1: 'Staff in each pay band by ethnicity, separately for non-clinical, clinical and medical staff',
  2: 'Relative likelihood of White staff being appointed from shortlisting compared with BME staff',
  3: 'Relative likelihood of BME staff entering the formal disciplinary process compared with White staff',
  4: 'Relative likelihood of White staff accessing non-mandatory training and CPD compared with BME staff',
  5: 'Staff experiencing harassment, bullying or abuse from patients, relatives or the public in the last 12 months (staff survey)',
  6: 'Staff experiencing harassment, bullying or abuse from staff in the last 12 months (staff survey)',
  7: 'Staff believing that the organisation provides equal opportunities for career progression or promotion (staff survey)',
  8: 'Staff who personally experienced discrimination at work from a manager, team leader or other colleagues in the last 12 months (staff survey)',
  9: 'Board membership by ethnicity compared with the workforce',
};

export const REPORT_SECTIONS: readonly ReportSection[] = [
  {
    id: 'reporting-period',
    title: 'Reporting period and ethnicity recording',
    hint: 'When the workforce data is for, and how many staff have self-reported their ethnicity',
    indicator: null,
  },
  ...INDICATOR_NUMBERS.map((indicator): ReportSection => ({
    id: `indicator-${indicator}`,
    title: `Indicator ${indicator}`,
    hint: INDICATOR_DESCRIPTIONS[indicator],
    indicator,
  })),
  {
    id: 'links-and-sign-off',
    title: 'Links, board sign-off and lead',
    hint: 'Where the report and action plan are published, who signed it off for the board, and who leads the WRES',
    indicator: null,
  },
  {
    id: 'declaration',
    title: 'Declaration',
    hint: 'Declare that the information is accurate',
    indicator: null,
  },
];

export function findSection(id: string | null | undefined): ReportSection | null {
  return REPORT_SECTIONS.find((section) => section.id === id) ?? null;
}

const LINK_DETAILS = ['publishedReportUrl', 'actionPlanUrl', 'boardSignOff', 'lead'];
const DECLARATION_DETAILS = ['accuracyDeclaration', 'lateReason'];

/**
 * The section a path belongs to, for paths as the API gives them (`document.indicator2.bme.appointed`,
 * `details.narratives.i3`); null for a path no section owns.
 */
export function sectionOfPath(path: string): SectionId | null {
  const [root, first, second] = pathSegments(path);
  if (root === 'document') {
    if (first === 'reportingPeriodEnd' || first === 'selfReportedEthnicity') return 'reporting-period';
    const indicator = /^indicator([1-9])$/.exec(String(first ?? ''));
    return indicator ? (`indicator-${Number(indicator[1]) as IndicatorNumber}` as const) : null;
  }
  if (root === 'details') {
    if (first === 'narratives') {
      const indicator = /^i([1-9])$/.exec(String(second ?? ''));
      return indicator ? (`indicator-${Number(indicator[1]) as IndicatorNumber}` as const) : null;
    }
    if (LINK_DETAILS.includes(String(first))) return 'links-and-sign-off';
    if (DECLARATION_DETAILS.includes(String(first))) return 'declaration';
  }
  return null;
}

/** A provider's draft as the form pages work on it: never null, even before anything is saved. */
export interface DraftContent {
  readonly document: Record<string, unknown>;
  readonly details: SubmissionDetails;
}

export function draftContent(
  draft: { document: Record<string, unknown> | null; details: SubmissionDetails | null } | null,
): DraftContent {
  return { document: draft?.document ?? {}, details: draft?.details ?? {} };
}

/** What decides whether a report can be submitted, beyond its own contents. */
export interface ReportRules {
  /** "2025/26": the reporting period must end on the contract year's last day. */
  readonly contractYear: string;
  /** Past the annual-report deadline, so a late reason is needed; null when not known. */
  readonly late: boolean | null;
}

/**
 * Everything that would stop the draft being submitted, by path as the API names it. The API is the judge;
 * this mirrors its rules so the task list and forms can say so before anyone presses submit.
 */
export function reportProblems(draft: DraftContent, rules: ReportRules): ValidationProblem[] {
  const report = validateWresDocument(draft.document as unknown as WresDocument, {
    expectedReportingPeriodEnd: contractYearEnd(rules.contractYear),
  });
  return [
    ...report.errors.map((problem) => ({ ...problem, path: `document.${problem.path}` })),
    ...detailsProblems(draft.details, draft.document, rules.late === true),
  ];
}

/** Warnings the domain raises about figures that cannot be right; they never block a submission. */
export function reportWarnings(draft: DraftContent, rules: ReportRules): readonly ValidationProblem[] {
  return validateWresDocument(draft.document as unknown as WresDocument, {
    expectedReportingPeriodEnd: contractYearEnd(rules.contractYear),
  }).warnings;
}

/** What a report needs beyond its counts, by `details.` path: the rules the API applies on submission. */
export const detailsProblems = submissionDetailsProblems;

export type SectionStatus = 'not-started' | 'in-progress' | 'completed';

export const SECTION_STATUS_LABELS: { readonly [S in SectionStatus]: string } = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
};

/**
 * Not started until something of the section is saved; completed once nothing in it would stop the report
 * being submitted; in progress in between.
 */
export function sectionStatus(
  section: ReportSection,
  draft: DraftContent,
  problems: readonly ValidationProblem[],
): SectionStatus {
  if (!sectionStarted(section, draft)) return 'not-started';
  return problems.some((problem) => sectionOfPath(problem.path) === section.id) ? 'in-progress' : 'completed';
}

function sectionStarted(section: ReportSection, draft: DraftContent): boolean {
  const { document, details } = draft;
  const given = (value: unknown) => value !== undefined && value !== null && value !== '';
  if (section.indicator !== null) {
    return (
      given(document[`indicator${section.indicator}`]) || given(details.narratives?.[`i${section.indicator}`])
    );
  }
  switch (section.id) {
    case 'reporting-period':
      return given(document['reportingPeriodEnd']) || given(document['selfReportedEthnicity']);
    case 'links-and-sign-off':
      return LINK_DETAILS.some((key) => given(details[key as keyof SubmissionDetails]));
    default:
      return DECLARATION_DETAILS.some((key) => given(details[key as keyof SubmissionDetails]));
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

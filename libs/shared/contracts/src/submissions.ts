import type { ReviewState } from './reviews';

/** A report is a draft until its first submission; later edits are drafted beside the submitted versions. */
export type SubmissionStatus = 'draft' | 'submitted';

/** Who signed the report off for the board, and when (ISO date). */
export interface BoardSignOff {
  name: string;
  role: string;
  date: string;
}

/**
 * What a WRES report carries beyond the counts. `narratives` has one entry per indicator (i1 to i9), not
 * needed for an indicator the document gives a missing reason for.
 */
export interface SubmissionDetails {
  publishedReportUrl?: string;
  actionPlanUrl?: string;
  boardSignOff?: Partial<BoardSignOff>;
  lead?: { name?: string; contact?: string };
  narratives?: Partial<Record<`i${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`, string>>;
  /** SC28.5: the provider declares the information accurate. */
  accuracyDeclaration?: boolean;
  /** Why it was submitted after the annual-report deadline; required when it is. */
  lateReason?: string;
}

/** A draft may be incomplete; the WRES document is the canonical counts document. */
export interface SubmissionDraftRequest {
  document: Record<string, unknown>;
  details?: SubmissionDetails;
}

export interface SubmissionVersionSummary {
  version: number;
  submittedAt: string;
  submittedBy: { id: string; displayName: string };
  late: boolean;
  lateReason: string | null;
}

export interface SubmissionDraft {
  document: Record<string, unknown> | null;
  details: SubmissionDetails | null;
  updatedAt: string;
}

export interface Submission {
  providerId: string;
  contractYear: string;
  clause: string;
  status: SubmissionStatus;
  currentVersion: number;
  /** Only the provider sees its own draft: commissioners see what was submitted. */
  draft: SubmissionDraft | null;
  /** Oldest first. */
  versions: SubmissionVersionSummary[];
}

/** One submitted version as it was submitted, with the indicators computed from it then. */
export interface SubmissionVersion extends SubmissionVersionSummary {
  providerId: string;
  contractYear: string;
  document: Record<string, unknown>;
  details: SubmissionDetails;
  indicators: Record<string, unknown>;
  warnings: Array<{ path: string; message: string }>;
}

/** One value that differs between two versions; a side is absent where the path did not exist. */
export interface ChangedValue {
  path: string;
  before?: unknown;
  after?: unknown;
}

export interface SubmissionVersionDiff {
  version: number;
  against: number;
  changes: ChangedValue[];
}

/**
 * Where a provider's WRES annual report for a year stands, as a tag: due (deadline not yet passed),
 * overdue, submitted, submitted late, or not required (the report does not apply that year).
 */
export const REPORT_STATUSES = ['due', 'overdue', 'submitted', 'submitted-late', 'not-required'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_LABELS: { readonly [S in ReportStatus]: string } = {
  due: 'Due',
  overdue: 'Overdue',
  submitted: 'Submitted',
  'submitted-late': 'Submitted late',
  'not-required': 'Not required',
};

/** One contract year of a provider's WRES annual reports (SC13.5.2). */
export interface ProviderReportSummary {
  contractYear: string;
  /** The WRES annual report applies that year. */
  applies: boolean;
  /** Why it applies or not, citing the clause and figures. */
  explanation: string;
  /** The annual report's due date (ISO date, Europe/London); null when it does not apply or is undated. */
  dueDate: string | null;
  status: ReportStatus;
  /** The provider has a draft saved; only the provider itself is told. */
  draftSaved: boolean;
  /** 0 until first submitted. */
  currentVersion: number;
  lastSubmittedAt: string | null;
  /** Where the latest version is in assurance; null until submitted. */
  reviewState: ReviewState | null;
}

export interface ProviderReports {
  provider: { id: string; name: string; odsCode: string };
  /** Newest contract year first. */
  reports: ProviderReportSummary[];
}

/** One problem found in an uploaded WRES template, where a person would look for it. */
export interface TemplateImportProblem {
  /** The sheet's name as the template names it, e.g. "Indicator 2-4". */
  sheet: string;
  /** Spreadsheet numbering: the first row is 1; null when the problem is with the whole sheet. */
  row: number | null;
  /** Spreadsheet letter, e.g. "C"; null when the problem is with a whole row or sheet. */
  column: string | null;
  message: string;
}

/** The largest template upload accepted. */
export const TEMPLATE_IMPORT_MAX_BYTES = 2 * 1024 * 1024;

/**
 * A refused template upload: the standard 400 (`problems` by path, where the path names the sheet and
 * cell, e.g. "Indicators 2-4!C5") plus the same problems by sheet, row and column for a table.
 */
export interface TemplateImportErrorBody {
  statusCode: 400;
  message: string;
  problems: Array<{ path: string; messages: string[] }>;
  templateProblems: TemplateImportProblem[];
}

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

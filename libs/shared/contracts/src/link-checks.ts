/** The two links a WRES report gives: the published report and the action plan. */
export const REPORT_LINKS = ['published-report', 'action-plan'] as const;
export type ReportLink = (typeof REPORT_LINKS)[number];

export const REPORT_LINK_LABELS: { readonly [L in ReportLink]: string } = {
  'published-report': 'Published report',
  'action-plan': 'Action plan',
};

/**
 * How a check of one link ended. `reachable` means a 2xx answer read in full; `missing` means the version
 * gave no address to check.
 */
export const LINK_CHECK_OUTCOMES = [
  'reachable',
  'not-found',
  'http-error',
  'timeout',
  'too-large',
  'too-many-redirects',
  'refused-address',
  'invalid-url',
  'network-error',
  'missing',
] as const;
export type LinkCheckOutcome = (typeof LINK_CHECK_OUTCOMES)[number];

export const LINK_CHECK_OUTCOME_LABELS: { readonly [O in LinkCheckOutcome]: string } = {
  reachable: 'Reachable',
  'not-found': 'Not found',
  'http-error': 'Error from the site',
  timeout: 'Timed out',
  'too-large': 'Too large',
  'too-many-redirects': 'Too many redirects',
  'refused-address': 'Address refused',
  'invalid-url': 'Not a web address',
  'network-error': 'Could not connect',
  missing: 'No address given',
};

/** One check of one link of a submitted version, as it was recorded. */
export interface LinkCheck {
  link: ReportLink;
  /** The address the version gives; null when it gives none. */
  url: string | null;
  outcome: LinkCheckOutcome;
  /** Reachable with a 2xx and a non-empty HTML page, PDF or office document. */
  returnsDocument: boolean;
  /**
   * What the assurance checklist asks of this link: the published report reachable and returning a
   * document; the action plan present and reachable.
   */
  meetsChecklist: boolean;
  /** What happened, in a sentence for people. */
  explanation: string;
  /** The last HTTP status received; null when no answer came. */
  httpStatus: number | null;
  /** Where the check ended after any redirects. */
  finalUrl: string | null;
  contentType: string | null;
  bytesRead: number;
  /** SHA-256 (hex) of the body read in full; null when none was. */
  contentSha256: string | null;
  checkedAt: string;
  elapsedMs: number;
}

export interface VersionLinkChecks {
  providerId: string;
  contractYear: string;
  version: number;
  /** The latest check of each link; null for a link not yet checked. */
  latest: { [L in ReportLink]: LinkCheck | null };
  /** Every check of this version's links, newest first. */
  history: LinkCheck[];
}

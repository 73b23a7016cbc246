import { CHECKLIST_ITEM_LABELS, RAG_LABELS } from '@wres/shared/contracts';
import type {
  ChecklistItemId,
  RagRating,
  ReviewAudit,
  ReviewAuditEntry,
  ReviewAuditKind,
  ReviewState,
} from '@wres/shared/contracts';

/** The review states as a commissioner and a provider say them (as on the web pages). */
export const REVIEW_STATE_WORDS: { readonly [S in ReviewState]: string } = {
  submitted: 'Awaiting review',
  'in-review': 'In review',
  'changes-requested': 'Changes requested',
  resubmitted: 'Resubmitted',
  assured: 'Assured',
  'not-assured': 'Not assured',
};

const MOVE_WORDS: { readonly [S in ReviewState]: string } = {
  submitted: 'Sent for review',
  'in-review': 'Taken into review',
  'changes-requested': 'Changes requested',
  resubmitted: 'Resubmitted after changes',
  assured: 'Assured',
  'not-assured': 'Found not assured',
};

export interface AuditStep {
  kind: ReviewAuditKind;
  version: number | null;
  toState: ReviewState | null;
  indicator: string | null;
  item: ChecklistItemId | null;
  rating: RagRating | null;
  /** Submissions: sent after the deadline. Checklist ratings: a CSU analyst's proposal. */
  flag: boolean;
  /** Assignments: who the report was given to; null when the reviewer was removed. */
  reviewer?: string | null;
}

/** One step of the trail in a few words: what a person scanning the trail reads first. */
export function auditSummary(step: AuditStep): string {
  switch (step.kind) {
    case 'submitted':
      return `Version ${step.version ?? '?'} submitted${step.flag ? ' after the deadline' : ''}`;
    case 'transition':
      return step.toState ? MOVE_WORDS[step.toState] : 'Moved';
    case 'comment':
      return step.indicator ? `Comment on indicator ${step.indicator.replace(/^i/, '')}` : 'Comment';
    case 'recommendation':
      return 'Recommendation to the commissioner';
    case 'checklist': {
      const item = step.item ? CHECKLIST_ITEM_LABELS[step.item] : 'Checklist item';
      const rating = step.rating ? RAG_LABELS[step.rating].toLowerCase() : 'unrated';
      return `${step.flag ? 'Proposed' : 'Rated'} ${rating}: ${item}`;
    }
    case 'assignment':
      return step.reviewer ? `Assigned to ${step.reviewer}` : 'Reviewer removed';
  }
}

/** Excel opens UTF-8 CSV correctly only with a byte order mark. */
const BYTE_ORDER_MARK = '\uFEFF';

const LONDON = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
  timeZone: 'Europe/London',
});

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  // A leading =, +, - or @ would run as a formula when the file is opened: put an apostrophe before it.
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const COLUMNS: ReadonlyArray<readonly [string, (entry: ReviewAuditEntry) => string | number | null]> = [
  ['Time (UTC)', (e) => e.at],
  ['Time (London)', (e) => LONDON.format(new Date(e.at))],
  ['What happened', (e) => e.summary],
  ['By', (e) => e.actor.displayName],
  ['Organisation', (e) => e.actor.organisationName],
  ['Version', (e) => e.version],
  ['From', (e) => (e.fromState ? REVIEW_STATE_WORDS[e.fromState] : null)],
  ['To', (e) => (e.toState ? REVIEW_STATE_WORDS[e.toState] : null)],
  ['Indicator', (e) => (e.indicator ? e.indicator.replace(/^i/, '') : null)],
  ['Checklist item', (e) => (e.item ? CHECKLIST_ITEM_LABELS[e.item] : null)],
  ['Rating', (e) => (e.rating ? RAG_LABELS[e.rating] : null)],
  ['Text', (e) => e.text],
];

/** The trail as RFC 4180 CSV, one row per step, oldest first, with a byte order mark and CRLF line ends. */
export function auditToCsv(audit: ReviewAudit): Buffer {
  const lines = [
    COLUMNS.map(([heading]) => csvField(heading)).join(','),
    ...audit.entries.map((entry) => COLUMNS.map(([, value]) => csvField(value(entry))).join(',')),
  ];
  return Buffer.from(`${BYTE_ORDER_MARK}${lines.join('\r\n')}\r\n`, 'utf8');
}

/** "wres-review-trail-ND101-2025-26.csv". */
export function auditFileName(odsCode: string, contractYear: string): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9-]+/g, '-');
  return `wres-review-trail-${safe(odsCode)}-${safe(contractYear.replace('/', '-'))}.csv`;
}

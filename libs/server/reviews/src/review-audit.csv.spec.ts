import type { ReviewAudit, ReviewAuditEntry } from '@wres/shared/contracts';
import { auditFileName, auditSummary, auditToCsv } from './review-audit.csv';

const step = {
  version: 1,
  toState: null,
  indicator: null,
  item: null,
  rating: null,
  flag: false,
} as const;

function entry(overrides: Partial<ReviewAuditEntry> = {}): ReviewAuditEntry {
  return {
    at: '2026-11-23T10:15:00.000Z',
    kind: 'transition',
    summary: 'Changes requested',
    actor: { displayName: 'Hamel Dhanak', organisationName: 'NHS Southbrook CCG' },
    version: 1,
    fromState: 'in-review',
    toState: 'changes-requested',
    indicator: 'i2',
    item: null,
    rating: null,
    text: 'Indicator 2 does not match, "please" check',
    ...overrides,
  };
}

describe('the review trail in words', () => {
  it('says what each step was', () => {
    expect(auditSummary({ ...step, kind: 'submitted' })).toBe('Version 1 submitted');
    expect(auditSummary({ ...step, kind: 'submitted', version: 2, flag: true })).toBe(
      'Version 2 submitted after the deadline',
    );
    expect(auditSummary({ ...step, kind: 'transition', toState: 'in-review' })).toBe('Taken into review');
    expect(auditSummary({ ...step, kind: 'transition', toState: 'resubmitted' })).toBe(
      'Resubmitted after changes',
    );
    expect(auditSummary({ ...step, kind: 'transition', toState: 'not-assured' })).toBe('Found not assured');
    expect(auditSummary({ ...step, kind: 'comment', indicator: 'i8' })).toBe('Comment on indicator 8');
    expect(auditSummary({ ...step, kind: 'comment' })).toBe('Comment');
    expect(auditSummary({ ...step, kind: 'recommendation' })).toBe('Recommendation to the commissioner');
    expect(
      auditSummary({ ...step, kind: 'checklist', item: 'actions-owned-and-dated', rating: 'amber' }),
    ).toBe('Rated amber: Actions have owners and dates');
    expect(
      auditSummary({
        ...step,
        kind: 'checklist',
        item: 'narrative-addresses-gaps',
        rating: 'green',
        flag: true,
      }),
    ).toBe('Proposed green: The narrative addresses each significant gap');
    expect(auditSummary({ ...step, kind: 'assignment', reviewer: 'Dana Reviewer' })).toBe(
      'Assigned to Dana Reviewer',
    );
    expect(auditSummary({ ...step, kind: 'assignment', reviewer: null })).toBe('Reviewer removed');
  });
});

describe('the review trail as CSV', () => {
  const audit: ReviewAudit = {
    providerId: 'p1',
    providerName: 'Meadowbank Independent Hospital Ltd',
    contractYear: '2025/26',
    state: 'changes-requested',
    entries: [
      entry({
        kind: 'submitted',
        summary: 'Version 1 submitted',
        fromState: null,
        toState: null,
        indicator: null,
        text: null,
      }),
      entry(),
      entry({
        kind: 'comment',
        summary: 'Comment',
        text: '=HYPERLINK("x")',
        indicator: null,
        fromState: null,
        toState: null,
      }),
      entry({
        kind: 'assignment',
        summary: 'Assigned to Dana Reviewer',
        text: null,
        indicator: null,
        fromState: null,
        toState: null,
      }),
    ],
  };
  const lines = auditToCsv(audit).toString('utf8').split('\r\n');

  it('starts with a byte order mark and a heading row', () => {
    expect(lines[0]).toBe(
      '\uFEFFTime (UTC),Time (London),What happened,By,Organisation,Version,From,To,Indicator,Checklist item,Rating,Text',
    );
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe('');
  });

  it('writes each step with who, when (UTC and London) and states in words, quoting where needed', () => {
    expect(lines[2]).toBe(
      '2026-11-23T10:15:00.000Z,23 November 2026 at 10:15:00,Changes requested,Hamel Dhanak,NHS Southbrook CCG,1,' +
        'In review,Changes requested,2,,,"Indicator 2 does not match, ""please"" check"',
    );
  });

  it('says who a report was given to, and by whom', () => {
    expect(lines[4]).toBe(
      '2026-11-23T10:15:00.000Z,23 November 2026 at 10:15:00,Assigned to Dana Reviewer,Hamel Dhanak,' +
        'NHS Southbrook CCG,1,,,,,,',
    );
  });

  it('keeps text that a spreadsheet would run as a formula inert', () => {
    expect(lines[3].endsWith(`,"'=HYPERLINK(""x"")"`)).toBe(true);
  });

  it('names the file by provider and year', () => {
    expect(auditFileName('ND101', '2025/26')).toBe('wres-review-trail-ND101-2025-26.csv');
  });
});

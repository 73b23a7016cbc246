import { DEFAULT_LINK_RECHECK_POLICY, linkCheckDue } from './link-check-due';
import type { LinkCheckDueQuestion } from './link-check-due';

/** 2018/19's annual report: due 31 May 2019 in this example; re-checked until 30 July 2019 (60 days on). */
const DEADLINE = '2019-05-31';
const at = (iso: string) => new Date(iso);
const ask = (overrides: Partial<LinkCheckDueQuestion>): boolean =>
  linkCheckDue({
    now: at('2019-04-15T09:00:00Z'),
    lastCheckedAt: at('2019-04-14T08:00:00Z'),
    reviewState: 'submitted',
    annualReportDueDate: DEADLINE,
    ...overrides,
  });

describe('linkCheckDue', () => {
  it('checks a version never checked, whatever the date', () => {
    expect(ask({ lastCheckedAt: null })).toBe(true);
    expect(ask({ lastCheckedAt: null, now: at('2024-01-01T09:00:00Z') })).toBe(true);
    expect(ask({ lastCheckedAt: null, annualReportDueDate: null })).toBe(true);
    expect(ask({ lastCheckedAt: null, reviewState: null })).toBe(true);
  });

  it('checks again once the last check is a day old', () => {
    expect(ask({ lastCheckedAt: at('2019-04-14T09:00:00Z') })).toBe(true);
    expect(ask({ lastCheckedAt: at('2019-04-14T09:00:01Z') })).toBe(false);
    expect(ask({ lastCheckedAt: at('2019-04-15T08:00:00Z') })).toBe(false);
  });

  it('keeps checking while the review is open, including after changes were requested', () => {
    for (const reviewState of ['submitted', 'in-review', 'changes-requested', 'resubmitted'] as const) {
      expect(ask({ reviewState })).toBe(true);
    }
  });

  it('stops once the review is decided, even for a version never checked', () => {
    for (const reviewState of ['assured', 'not-assured'] as const) {
      expect(ask({ reviewState })).toBe(false);
      expect(ask({ reviewState, lastCheckedAt: null })).toBe(false);
    }
  });

  it('re-checks until the deadline plus the grace period, by London’s day', () => {
    expect(DEFAULT_LINK_RECHECK_POLICY.graceDays).toBe(60);
    const onLastDay = { now: at('2019-07-30T22:59:00Z'), lastCheckedAt: at('2019-07-29T09:00:00Z') };
    expect(ask(onLastDay)).toBe(true);
    // 23:00 UTC on 30 July is already 31 July in London (BST).
    expect(ask({ ...onLastDay, now: at('2019-07-30T23:00:00Z') })).toBe(false);
    expect(ask({ now: at('2019-09-01T09:00:00Z'), lastCheckedAt: at('2019-07-30T09:00:00Z') })).toBe(false);
  });

  it('re-checks a year without a deadline never, after its first check', () => {
    expect(ask({ annualReportDueDate: null })).toBe(false);
  });

  it('follows another policy when given one', () => {
    const hourly = { everyMs: 3_600_000, graceDays: 0 };
    const question = {
      now: at('2019-05-31T12:00:00Z'),
      lastCheckedAt: at('2019-05-31T10:59:00Z'),
      reviewState: 'in-review' as const,
      annualReportDueDate: DEADLINE,
    };
    expect(linkCheckDue(question, hourly)).toBe(true);
    expect(linkCheckDue({ ...question, now: at('2019-06-01T12:00:00Z') }, hourly)).toBe(false);
  });
});

import { contractYearEnd, shippedRuleSets } from '@wres/domain/scope';
import { SEED_004_2018_19, submissionDetailsProblems, validateWresDocument } from '@wres/domain/wres';
import { canTransition } from '@wres/server/reviews';
import { REVIEW_STATES, type ProviderKind } from '@wres/shared/contracts';
import { isActionOverdue, planActionProblems } from '@wres/domain/assurance';
import { demoActionPlans } from './demo-action-plans';
import { demoContracts } from './demo-contracts';
import { DEMO_ORGANISATIONS } from './demo-organisations';
import { demoScopeHistory } from './demo-scope';
import { DEMO_PROFILES, demoReports } from './demo-submissions';
import { demoWresDocument } from './demo-wres-documents';

const kindOf = (key: string) => DEMO_ORGANISATIONS.find((o) => o.key === key)?.providerKind as ProviderKind;
const nameOf = (key: string) => DEMO_ORGANISATIONS.find((o) => o.key === key)?.name ?? key;

/** Every provider and year the WRES annual report applies to, as the seed derives it. */
function applyingReports() {
  const history = demoScopeHistory(demoContracts(), kindOf, shippedRuleSets());
  const latest = new Map(history.map((h) => [`${h.provider}|${h.contractYear}`, h] as const));
  return [...latest.values()]
    .filter((h) => h.decision.obligations.some((o) => o.clause === 'SC13.5.2' && o.applies))
    .map((h) => ({ provider: h.provider, contractYear: h.contractYear, providerName: nameOf(h.provider) }));
}

describe('the demo WRES reports', () => {
  const today = new Date('2026-11-23T12:00:00Z');
  const reports = demoReports(applyingReports(), today);

  it('gives every submitted version counts and details a real submission would accept', () => {
    const problems = reports.flatMap((report) =>
      report.versions.flatMap((version) => [
        ...validateWresDocument(version.document, {
          expectedReportingPeriodEnd: contractYearEnd(report.contractYear),
        }).errors.map((p) => `${report.provider} ${report.contractYear}: ${p.path} ${p.message}`),
        ...submissionDetailsProblems(version.details, version.document, version.late).map(
          (p) => `${report.provider} ${report.contractYear}: ${p.path} ${p.message}`,
        ),
      ]),
    );
    expect(problems).toEqual([]);
    expect(reports.filter((r) => r.versions.length > 0).length).toBeGreaterThan(80);
  });

  it('covers every review state, drafts, late reports and a resubmission', () => {
    const states = new Set(reports.map((r) => r.review?.state).filter(Boolean));
    expect([...states].sort()).toEqual([...REVIEW_STATES].sort());
    expect(reports.some((r) => r.draft !== null && r.versions.length === 0)).toBe(true);
    expect(reports.some((r) => r.versions.some((v) => v.late))).toBe(true);
    expect(reports.some((r) => r.versions.length === 2)).toBe(true);
  });

  it('moves each review only along the transitions the service allows, in time order', () => {
    for (const report of reports) {
      const transitions = report.events.filter((e) => e.to !== null);
      transitions.slice(1).forEach((event, index) => {
        expect([
          report.provider,
          report.contractYear,
          event.from,
          event.to,
          event.from !== null && event.to !== null && canTransition(event.from, event.to),
        ]).toEqual([report.provider, report.contractYear, transitions[index].to, event.to, true]);
        expect(event.at.getTime()).toBeGreaterThan(transitions[index].at.getTime());
      });
      expect(report.review?.state ?? null).toBe(transitions.at(-1)?.to ?? null);
    }
  });

  it('leaves Northfield Community Health’s 2025/26 report for the provider to complete', () => {
    expect(reports.find((r) => r.provider === 'trustA' && r.contractYear === '2025/26')).toBeUndefined();
  });

  it('shows seed 004’s own report for 2018/19, corrected in version 2 and assured', () => {
    const seed = reports.find((r) => r.provider === 'trustA' && r.contractYear === '2018/19');
    expect(seed?.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(seed?.review?.state).toBe('assured');
    expect(seed?.versions[1].document).toEqual(SEED_004_2018_19);
    expect(seed?.versions[0].document.indicator2).toEqual({
      white: { shortlisted: 3844, appointed: 372 },
      bme: { shortlisted: 2525, appointed: 142 },
    });
  });

  it('has nothing happen after the demo’s own today', () => {
    const past = demoReports(applyingReports(), new Date('2016-04-03T09:00:00Z'));
    expect(
      past.every((r) => r.versions.every((v) => v.submittedAt <= new Date('2016-04-03T09:00:00Z'))),
    ).toBe(true);
    expect(past.length).toBeLessThan(reports.length);
  });

  it('draws documents the same way every time', () => {
    const profile = DEMO_PROFILES['ftB'];
    expect(demoWresDocument(profile, '2021/22', 'ftB')).toEqual(demoWresDocument(profile, '2021/22', 'ftB'));
    expect(demoWresDocument(profile, '2021/22', 'ftB')).not.toEqual(
      demoWresDocument(profile, '2022/23', 'ftB'),
    );
  });
});

describe('the demo action plans', () => {
  const today = new Date('2026-12-07T12:00:00Z');
  const actions = demoActionPlans(demoReports(applyingReports(), today), today);

  it('keeps plans for each reporting provider’s two latest submitted reports, each action one a provider could add', () => {
    const years = new Map<string, Set<string>>();
    for (const action of actions)
      years.set(action.provider, new Set([...(years.get(action.provider) ?? []), action.contractYear]));
    expect([...years.values()].every((set) => set.size <= 2)).toBe(true);
    expect(years.get('trustA')).toEqual(new Set(['2023/24', '2024/25']));
    const problems = actions.flatMap((action) =>
      planActionProblems(
        {
          task: action.task,
          outcome: action.outcome,
          ...(action.indicator ? { indicator: action.indicator } : {}),
          ownerName: action.ownerName,
          ownerEmail: action.ownerEmail,
          dueDate: action.firstDueDate,
        },
        { withDueDate: true },
      ),
    );
    expect(problems).toEqual([]);
  });

  it('shows complete, revised and overdue actions in the latest year, the year before complete, and nothing dated after today', () => {
    const latest = actions.filter((a) => a.provider === 'trustA' && a.contractYear === '2024/25');
    expect(latest.map((a) => a.status)).toEqual(['complete', 'complete', 'complete', 'in-progress']);
    expect(latest[3].dueDate).not.toBe(latest[3].firstDueDate);
    expect(latest.filter((a) => isActionOverdue(a, '2026-12-07')).map((a) => a.indicator)).toEqual(['i4']);
    const yearBefore = actions.filter((a) => a.provider === 'trustA' && a.contractYear === '2023/24');
    expect(yearBefore.every((a) => a.status === 'complete')).toBe(true);
    expect(actions.flatMap((a) => a.updates).every((u) => u.at <= today)).toBe(true);
    // A year earlier, the same plan had moved less far.
    const earlier = new Date('2025-08-01T12:00:00Z');
    const before = demoActionPlans(demoReports(applyingReports(), earlier), earlier).filter(
      (a) => a.provider === 'trustA' && a.contractYear === '2024/25',
    );
    expect(before.map((a) => a.status)).toEqual(['complete', 'not-started', 'not-started', 'not-started']);
  });
});

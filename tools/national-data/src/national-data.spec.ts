import { contractYearEnd, contractYearsBetween } from '@wres/domain/scope';
import { computeIndicators, submissionDetailsProblems, validateWresDocument } from '@wres/domain/wres';
import { canTransition } from '@wres/server/reviews';
import { REVIEW_STATES, WRES_REPORT_CLAUSE } from '@wres/shared/contracts';
import { parseNationalArguments, scaledShape } from './national-arguments';
import { expectedIncomePounds, providerContracts, providerScopes } from './national-contracts';
import { keepEvenly, outboxOutcome, providerYearEmails } from './national-outbox';
import { stableUuid } from './national-random';
import { nationalRegister, NATIONAL_SHAPE } from './national-register';
import { planReport, reportDetails, reportDocument, versionDocument } from './national-reports';

const asOf = new Date('2026-06-30T12:00:00Z');
const register = nationalRegister();
const { seed } = register.shape;
/** Every 20th provider: all kinds, and fast enough for a unit test. */
const sample = register.providers.filter((_, index) => index % 20 === 0);
const years = sample.flatMap((provider) => {
  const contracts = providerContracts(register, provider);
  return providerScopes(provider, contracts).map((scope) => ({
    provider,
    contracts: contracts.filter((c) => c.contractYear === scope.contractYear),
    scope,
    report: scope.wresApplies ? planReport(seed, provider, scope.contractYear, scope.startYear, asOf) : null,
  }));
});
const reports = years.flatMap((year) => (year.report ? [{ ...year, report: year.report }] : []));

describe('contracts and scope', () => {
  it('covers 2015/16 to 2025/26, with CCGs holding contracts until 2021/22 and ICBs from 2022/23', () => {
    expect([...new Set(years.map((y) => y.scope.contractYear))].sort()).toEqual(
      contractYearsBetween('2015/16', '2025/26'),
    );
    const icbIds = new Set(register.icbs.map((icb) => icb.id));
    for (const { contracts } of years) {
      for (const contract of contracts) {
        const byIcb = contract.lines.map((line) => icbIds.has(line.commissionerId));
        expect(byIcb.every((held) => held === contract.startYear >= 2022)).toBe(true);
        expect(contract.lines.filter((line) => line.coordinating)).toHaveLength(1);
      }
    }
  });

  it('decides obligations with the scope rules: small providers and primary care are exempt from the WRES report', () => {
    for (const { provider, scope } of years) {
      const wres = scope.latest.decision.obligations.find((o) => o.clause === WRES_REPORT_CLAUSE);
      const income = scope.latest.decision.totalIncomePence;
      const expected = provider.providerKind !== 'primary-care' && income > 20_000_000;
      expect([provider.odsCode, scope.contractYear, wres?.applies]).toEqual([
        provider.odsCode,
        scope.contractYear,
        expected,
      ]);
    }
    const smallYears = years.filter((y) => y.scope.latest.decision.smallProvider).length / years.length;
    expect(smallYears).toBeGreaterThan(0.1);
    expect(smallYears).toBeLessThan(0.2);
  });

  it('lets some small providers grow past £200,000, in whole thousands of pounds', () => {
    const growing = register.providers.find((p) => p.growsPastThresholdIn !== null);
    if (!growing?.growsPastThresholdIn) throw new Error('no growing provider');
    expect(expectedIncomePounds(register, growing, growing.growsPastThresholdIn - 1)).toBeLessThanOrEqual(
      200_000,
    );
    expect(expectedIncomePounds(register, growing, growing.growsPastThresholdIn)).toBeGreaterThan(200_000);
    expect(expectedIncomePounds(register, growing, 2020) % 1_000).toBe(0);
  });
});

describe('reports', () => {
  it('gives every version counts and details a real submission would accept, and indicators the engine computes', () => {
    const problems = reports.flatMap(({ provider, scope, report }) => {
      const final = reportDocument(seed, provider, scope.contractYear);
      return report.versions.flatMap((version) => {
        const document = versionDocument(final, version.correction);
        const details = reportDetails(
          provider.name,
          scope.contractYear,
          '2020-01-01',
          version.late,
          'A Lead',
        );
        return [
          ...validateWresDocument(document, {
            expectedReportingPeriodEnd: contractYearEnd(scope.contractYear),
          }).errors,
          ...submissionDetailsProblems(details, document, version.late),
        ].map((p) => `${provider.odsCode} ${scope.contractYear} v${version.version}: ${p.path} ${p.message}`);
      });
    });
    expect(problems).toEqual([]);
    const { provider, scope } = reports[0];
    expect(computeIndicators(reportDocument(seed, provider, scope.contractYear)).indicators.i2).toBeDefined();
  });

  it('has reviews in every state, drafts, late reports and resubmissions, nothing after the data set’s date', () => {
    const states = new Set(reports.map((r) => r.report.review?.state ?? 'draft'));
    for (const state of [...REVIEW_STATES, 'draft']) expect(states).toContain(state);
    expect(reports.some((r) => r.report.versions.some((v) => v.late))).toBe(true);
    expect(reports.some((r) => r.report.versions.length === 3)).toBe(true);
    for (const { report } of reports) {
      expect(report.events.every((e) => e.at <= asOf)).toBe(true);
      expect(report.versions.every((v) => v.submittedAt <= asOf)).toBe(true);
      if (report.review) expect(report.review.reviewedVersion).toBe(report.versions.length);
    }
  });

  it('averages about one and a half versions per submitted report (25,000 versions nationally)', () => {
    const submitted = reports.filter((r) => r.report.versions.length > 0);
    const versions = submitted.reduce((sum, r) => sum + r.report.versions.length, 0);
    expect(versions / submitted.length).toBeGreaterThan(1.35);
    expect(versions / submitted.length).toBeLessThan(1.7);
  });

  it('moves each review only along the transitions the service allows, in time order', () => {
    for (const { report } of reports) {
      const transitions = report.events.filter((e) => e.kind === 'transition');
      transitions.slice(1).forEach((event, index) => {
        expect(event.from).toBe(transitions[index].to);
        expect(event.from !== null && event.to !== null && canTransition(event.from, event.to)).toBe(true);
        expect(event.at.getTime()).toBeGreaterThanOrEqual(transitions[index].at.getTime());
      });
      if (report.review) expect(transitions[transitions.length - 1].to).toBe(report.review.state);
    }
  });

  it('corrects a figure between versions, so each resubmission differs from the one before', () => {
    const { provider, scope } = reports.find((r) => r.report.versions.length >= 2) ?? reports[0];
    const final = reportDocument(seed, provider, scope.contractYear);
    expect(versionDocument(final, 1)).not.toEqual(final);
    expect(versionDocument(final, 2)).not.toEqual(versionDocument(final, 1));
    expect(versionDocument(final, 0)).toBe(final);
  });
});

describe('the outbox', () => {
  it('keeps exactly the number asked for, spread through the stream', () => {
    for (const [available, wanted] of [
      [566_162, 500_000],
      [10, 3],
      [7, 7],
      [5, 9],
    ]) {
      let kept = 0;
      for (let index = 0; index < available; index++) if (keepEvenly(index, available, wanted)) kept++;
      expect(kept).toBe(Math.min(available, wanted));
    }
  });

  it('writes emails with the service’s dedupe keys, unique, and mostly sent', () => {
    const keys = new Set<string>();
    const statuses: Record<string, number> = {};
    for (const { provider, scope, report } of years.filter((y) => y.scope.wresApplies).slice(0, 400)) {
      const mail = {
        provider,
        scope,
        obligationId: stableUuid(seed, 'obligation', provider.id, scope.contractYear, WRES_REPORT_CLAUSE),
        report,
        submitters: register.usersOf.get(provider.id) ?? [],
        usersOf: (id: string) => register.usersOf.get(id) ?? [],
        nameOf: () => 'NHS Example ICB',
      };
      for (const email of providerYearEmails(mail, asOf, seed)) {
        expect(keys.has(email.dedupeKey)).toBe(false);
        keys.add(email.dedupeKey);
        expect(email.dedupeKey).toMatch(/^(reminder|letter|review-ready|review-event):/);
        expect(email.createdAt.getTime()).toBeLessThanOrEqual(asOf.getTime());
        const { status } = outboxOutcome(seed, email.dedupeKey, email.createdAt, asOf);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }
    const total = Object.values(statuses).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(5_000);
    expect(statuses['sent'] / total).toBeGreaterThan(0.95);
    expect(statuses['failed']).toBeGreaterThan(0);
    expect(statuses['pending']).toBeGreaterThan(0);
  });
});

describe('the command line', () => {
  it('defaults to the national shape in wres_national, and scales down for a quick look', () => {
    const defaults = parseNationalArguments([]);
    expect(defaults.database).toBe('wres_national');
    expect(defaults.outboxRows).toBe(500_000);
    expect(defaults.shape).toEqual({});
    const small = parseNationalArguments([
      '--database=wres_small',
      '--providers',
      '200',
      '--outbox',
      '10_000',
    ]);
    expect(small).toMatchObject({ database: 'wres_small', outboxRows: 10_000, shape: scaledShape(200) });
    expect(nationalRegister({ ...NATIONAL_SHAPE, ...scaledShape(200) }).providers).toHaveLength(200);
  });

  it('refuses what it does not understand', () => {
    expect(() => parseNationalArguments(['--databse', 'x'])).toThrow(/Unknown option/);
    expect(() => parseNationalArguments(['--database', 'Robert"; DROP'])).toThrow(/lower case/);
    expect(() => parseNationalArguments(['--as-of', 'soon'])).toThrow(/YYYY-MM-DD/);
  });
});

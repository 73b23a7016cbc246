import { addDays, milestoneDueDate, shippedCycles, findCycle } from '@wres/domain/calendar';
import type { ReviewState, SubmissionDetails } from '@wres/shared/contracts';
import type { WresDocument } from '@wres/domain/wres';
import { demoWresDocument, seed004Document, type WorkforceProfile } from './demo-wres-documents';

/** The demo providers that report, their workforce, and who submits and decides for them. */
export const DEMO_PROFILES: Record<string, WorkforceProfile> = {
  trustA: { staff: 5200, bmeShare: 0.22, medical: true, staffSurvey: true, board: 14 },
  ftA: { staff: 9400, bmeShare: 0.28, medical: true, staffSurvey: true, board: 16 },
  trustB: { staff: 3600, bmeShare: 0.31, medical: true, staffSurvey: true, board: 13 },
  ftB: { staff: 11800, bmeShare: 0.34, medical: true, staffSurvey: true, board: 17 },
  trustC: { staff: 2900, bmeShare: 0.08, medical: false, staffSurvey: true, board: 12 },
  indA: { staff: 160, bmeShare: 0.18, medical: true, staffSurvey: false, board: 6 },
  indAB: { staff: 45, bmeShare: 0.4, medical: false, staffSurvey: false, board: 4 },
  indB: { staff: 420, bmeShare: 0.25, medical: true, staffSurvey: true, board: 8 },
  indC: { staff: 28, bmeShare: 0.12, medical: false, staffSurvey: false, board: 4 },
  volA: { staff: 130, bmeShare: 0.1, medical: true, staffSurvey: false, board: 9 },
  volC: { staff: 22, bmeShare: 0.15, medical: false, staffSurvey: false, board: 5 },
  volSmall: { staff: 14, bmeShare: 0.2, medical: false, staffSurvey: false, board: 5 },
};

/**
 * How far a year's report has got. `draft`: saved, never submitted. `versions`: submitted once, or twice
 * where the first was sent back. `late`: the first version arrived after the deadline.
 */
export type DemoReportPlan =
  { kind: 'none' } | { kind: 'draft' } | { kind: 'submitted'; review: ReviewState; late?: boolean };

const PLAN_OVERRIDES: Record<string, DemoReportPlan> = {
  // Seed 004's own report: version 2 corrected version 1, and was assured.
  'trustA|2018/19': { kind: 'submitted', review: 'assured' },
  'trustA|2024/25': { kind: 'submitted', review: 'in-review' },
  // Left for the provider to complete in the demo (and in the end-to-end tests).
  'trustA|2025/26': { kind: 'none' },
  'ftA|2023/24': { kind: 'submitted', review: 'resubmitted' },
  'ftA|2025/26': { kind: 'submitted', review: 'submitted' },
  'trustB|2019/20': { kind: 'submitted', review: 'not-assured' },
  'trustB|2023/24': { kind: 'submitted', review: 'changes-requested' },
  'trustB|2024/25': { kind: 'draft' },
  'ftB|2024/25': { kind: 'submitted', review: 'in-review', late: true },
  'ftB|2025/26': { kind: 'submitted', review: 'submitted' },
  'trustC|2025/26': { kind: 'submitted', review: 'submitted' },
  'indA|2024/25': { kind: 'submitted', review: 'changes-requested' },
  'indAB|2024/25': { kind: 'none' },
  'indB|2020/21': { kind: 'submitted', review: 'assured', late: true },
  'indB|2024/25': { kind: 'submitted', review: 'assured' },
  'indB|2025/26': { kind: 'draft' },
  'indC|2024/25': { kind: 'submitted', review: 'in-review' },
  'volSmall|2020/21': { kind: 'submitted', review: 'assured', late: true },
  'volSmall|2024/25': { kind: 'submitted', review: 'submitted' },
  'volC|2016/17': { kind: 'submitted', review: 'not-assured', late: true },
};

/** Earlier years were assured; last year's reports are waiting for review; this year's mostly not sent. */
export function demoReportPlan(provider: string, contractYear: string): DemoReportPlan {
  const override = PLAN_OVERRIDES[`${provider}|${contractYear}`];
  if (override) return override;
  if (contractYear === '2025/26') return { kind: 'none' };
  if (contractYear === '2024/25') return { kind: 'submitted', review: 'submitted' };
  return { kind: 'submitted', review: 'assured' };
}

export interface DemoVersion {
  version: number;
  document: WresDocument;
  details: SubmissionDetails;
  submittedAt: Date;
  late: boolean;
}

export interface DemoReviewEvent {
  at: Date;
  by: 'provider' | 'commissioner';
  from: ReviewState | null;
  to: ReviewState | null;
  text: string | null;
  indicator: string | null;
}

export interface DemoReport {
  provider: string;
  contractYear: string;
  /** Saved and not submitted (a provider's work in progress), or null. */
  draft: { document: WresDocument; details: SubmissionDetails } | null;
  versions: DemoVersion[];
  review: { state: ReviewState; reviewedVersion: number; decidedAt: Date | null } | null;
  events: DemoReviewEvent[];
}

const CYCLES = shippedCycles();
/** Submitted in the morning, London time, so dates read the same in every view. */
const at = (date: string) => new Date(`${date}T10:00:00Z`);

function annualReportDue(contractYear: string): string {
  const milestone = findCycle(CYCLES, contractYear).milestones.find((m) => m.kind === 'annual-report');
  if (!milestone) throw new Error(`The ${contractYear} cycle has no annual-report milestone`);
  return milestoneDueDate(milestone);
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/ nhs (foundation )?trust$| ltd$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function demoDetails(
  providerName: string,
  contractYear: string,
  signedOff: string,
  late: boolean,
): SubmissionDetails {
  const site = `https://www.${slug(providerName)}.example.org.uk`;
  const year = contractYear.replace('/', '-');
  const narrative = (what: string) =>
    `${what} Our action plan sets out what we will do this year and how the board will follow it up.`;
  return {
    publishedReportUrl: `${site}/equality/wres-${year}`,
    actionPlanUrl: `${site}/equality/wres-${year}-action-plan.pdf`,
    boardSignOff: { name: 'Jane Okonkwo', role: 'Chair of the Board', date: signedOff },
    lead: { name: 'Sam Patel', contact: `equality@${slug(providerName)}.example.org.uk` },
    narratives: {
      i1: narrative('BME staff are well represented in lower bands but less so from band 8a upwards.'),
      i2: narrative('White applicants remain more likely to be appointed from shortlisting.'),
      i3: narrative('Every formal investigation is now checked by a second manager before it starts.'),
      i4: narrative('Access to non-mandatory training is close to parity.'),
      i5: narrative('Harassment from patients and the public is reported by both groups at similar rates.'),
      i6: narrative(
        'BME staff report more harassment from colleagues; our speak-up guardians follow this up.',
      ),
      i7: narrative('Fewer BME staff believe there are equal opportunities for progression.'),
      i8: narrative('BME staff are about twice as likely to report discrimination from colleagues.'),
      i9: narrative('Our board is less diverse than our workforce; two board roles are recruiting.'),
    },
    accuracyDeclaration: true,
    ...(late
      ? {
          lateReason:
            'Our board meeting to sign the report off moved by a month; the commissioner was told in advance.',
        }
      : {}),
  };
}

/** One seed 004 count corrected in version 2, so the demo has a real diff to show. */
function firstDraftOf(document: WresDocument): WresDocument {
  if ('missingReason' in document.indicator2) return document;
  return {
    ...document,
    indicator2: { ...document.indicator2, bme: { ...document.indicator2.bme, appointed: 142 } },
  };
}

/**
 * Every demo report as it would stand on `now`: versions, review and events dated around each year's
 * deadline. Anything that would happen after `now` has not happened yet (so `APP_NOW` in the past shows
 * an earlier state of the demo).
 */
export function demoReports(
  applying: ReadonlyArray<{ provider: string; providerName: string; contractYear: string }>,
  now: Date,
): DemoReport[] {
  const reports: DemoReport[] = [];
  for (const { provider, providerName, contractYear } of applying) {
    const profile = DEMO_PROFILES[provider];
    if (!profile) continue;
    const plan = demoReportPlan(provider, contractYear);
    if (plan.kind === 'none') continue;
    const due = annualReportDue(contractYear);
    const document =
      (provider === 'trustA' ? seed004Document(contractYear) : null) ??
      demoWresDocument(profile, contractYear, provider);

    if (plan.kind === 'draft') {
      if (at(addDays(due, -40)) > now) continue;
      // A draft in progress: the counts and links are in; the board has not signed it off or declared it.
      const unfinished = demoDetails(providerName, contractYear, addDays(due, -20), false);
      delete unfinished.boardSignOff;
      delete unfinished.accuracyDeclaration;
      reports.push({
        provider,
        contractYear,
        draft: { document, details: unfinished },
        versions: [],
        review: null,
        events: [],
      });
      continue;
    }

    const late = plan.late === true;
    const firstOn = late ? addDays(due, 24) : addDays(due, -9);
    const resent = plan.review === 'resubmitted' || (provider === 'trustA' && contractYear === '2018/19');
    const versions: DemoVersion[] = [
      {
        version: 1,
        document: resent ? firstDraftOf(document) : document,
        details: demoDetails(providerName, contractYear, addDays(firstOn, -14), late),
        submittedAt: at(firstOn),
        late,
      },
    ];
    const events: DemoReviewEvent[] = [
      { at: at(firstOn), by: 'provider', from: null, to: 'submitted', text: null, indicator: null },
    ];
    let state: ReviewState = 'submitted';
    let decidedAt: Date | null = null;
    const move = (
      days: number,
      to: ReviewState,
      text: string | null = null,
      indicator: string | null = null,
    ) => {
      const moveAt = at(addDays(firstOn, days));
      events.push({ at: moveAt, by: 'commissioner', from: state, to, text, indicator });
      state = to;
      if (to === 'changes-requested' || to === 'assured' || to === 'not-assured') decidedAt = moveAt;
    };

    if (plan.review !== 'submitted') move(7, 'in-review');
    if (resent || plan.review === 'changes-requested') {
      move(
        15,
        'changes-requested',
        'The BME appointed figure does not match your published report: please check indicator 2.',
        'i2',
      );
    }
    if (resent) {
      const secondOn = addDays(firstOn, 30);
      versions.push({
        version: 2,
        document,
        details: demoDetails(providerName, contractYear, addDays(firstOn, -14), late),
        submittedAt: at(secondOn),
        late,
      });
      events.push({
        at: at(secondOn),
        by: 'provider',
        from: state,
        to: 'resubmitted',
        text: null,
        indicator: null,
      });
      state = 'resubmitted';
    }
    if (plan.review === 'assured') move(resent ? 40 : 21, 'assured', 'Checked against the published report.');
    if (plan.review === 'not-assured') {
      move(
        21,
        'not-assured',
        'The action plan has no dates or owners and the board did not sign the report off.',
      );
    }

    const last = events[events.length - 1];
    // Not yet happened on `now`: leave the year as it was before its first submission.
    if (last.at > now) continue;
    reports.push({
      provider,
      contractYear,
      draft: null,
      versions,
      review: { state, reviewedVersion: versions.length, decidedAt },
      events,
    });
  }
  return reports;
}

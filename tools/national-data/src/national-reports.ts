import { findCycle, milestoneDueDate, shippedCycles } from '@wres/domain/calendar';
import type { WresDocument } from '@wres/domain/wres';
import type { ReviewState, SubmissionDetails } from '@wres/shared/contracts';
import { demoWresDocument } from '@wres/tools/demo-seed';
import { intBetween, pick, randomFor, stableUuid, type Random } from './national-random';
import type { NationalProvider } from './national-register';

const DAY_MS = 86_400_000;
const CYCLES = shippedCycles();

export type ChecklistItem = 'narrative-addresses-gaps' | 'actions-owned-and-dated';
export type ChecklistRating = 'red' | 'amber' | 'green';

export interface NationalVersion {
  id: string;
  version: number;
  submittedAt: Date;
  late: boolean;
  /** 0 for the report as finally sent; 1 and 2 for earlier versions with a figure later corrected. */
  correction: number;
}

export interface NationalReviewEvent {
  id: string;
  at: Date;
  by: 'provider' | 'commissioner' | 'csu';
  kind: 'transition' | 'comment' | 'recommendation';
  from: ReviewState | null;
  to: ReviewState | null;
  text: string | null;
  indicator: string | null;
  /** The version under review when it happened. */
  version: number;
}

export interface NationalRating {
  id: string;
  item: ChecklistItem;
  rating: ChecklistRating;
  note: string | null;
  version: number;
  at: Date;
}

/** A provider's WRES annual report for a year, as it stands on the data set's date. */
export interface NationalReport {
  submissionId: string;
  providerId: string;
  contractYear: string;
  dueDate: string;
  /** Saved but never submitted, as of the data set's date. */
  draftSavedAt: Date | null;
  versions: NationalVersion[];
  review: {
    id: string;
    state: ReviewState;
    reviewedVersion: number;
    decidedAt: Date | null;
    updatedAt: Date;
  } | null;
  events: NationalReviewEvent[];
  ratings: NationalRating[];
}

export function annualReportDue(contractYear: string): string {
  const milestone = findCycle(CYCLES, contractYear).milestones.find((m) => m.kind === 'annual-report');
  if (!milestone) throw new Error(`The ${contractYear} cycle has no annual-report milestone`);
  return milestoneDueDate(milestone);
}

/** A time in the working day (09:00-17:00 UTC) on a day some whole days from a date. */
function workingTime(random: Random, date: string, days: number): Date {
  const start = Date.parse(`${date}T09:00:00Z`) + days * DAY_MS;
  return new Date(start + Math.floor(random() * 8 * 3_600_000));
}

function later(random: Random, from: Date, minDays: number, maxDays: number): Date {
  return workingTime(random, from.toISOString().slice(0, 10), intBetween(random, minDays, maxDays));
}

const CHANGES = [
  ['i2', 'The BME appointed figure does not match your published report: please check indicator 2.'],
  ['i1', 'Indicator 1 band totals do not add up to the stated totals for clinical staff.'],
  ['i4', 'Please confirm the non-mandatory training counts: they look like last year’s.'],
  ['i9', 'The board figures leave out the executive members who are not voting members.'],
  [null, 'The action plan link goes to last year’s plan. Please link this year’s.'],
] as const;
const COMMENTS = [
  ['i3', 'Formal disciplinary rates look better than last year; is the new case review process the reason?'],
  ['i7', 'Good to see the narrative on progression; we will follow this up at the quality meeting.'],
  [null, 'Thank you for sending this early.'],
] as const;
const RECOMMENDATIONS = [
  'Recommend assurance: figures match the published report and the action plan has owners and dates.',
  'Recommend changes: indicator 2 figures differ from the published report.',
];

/**
 * Whether and how a provider reported one year, drawn from the year: late reports more common in the early
 * years, a few never sent, commissioners asking for changes (almost one report in two), some resubmitted twice,
 * a backlog of reviews in recent years, and nothing dated after `asOf`. Null when the provider never
 * started one. Review states move only along the transitions the service allows.
 */
export function planReport(
  seed: string,
  provider: Pick<NationalProvider, 'id' | 'odsCode'>,
  contractYear: string,
  startYear: number,
  asOf: Date,
): NationalReport | null {
  const random = randomFor(seed, 'report', provider.odsCode, contractYear);
  const dueDate = annualReportDue(contractYear);
  const submissionId = stableUuid(seed, 'submission', provider.id, contractYear);
  const lateRate = Math.max(0.1, 0.35 - 0.04 * (startYear - 2015));
  const neverRate = startYear >= 2025 ? 0.08 : 0.03;
  const never = random() < neverRate;
  const late = random() < lateRate;
  const first = late
    ? workingTime(random, dueDate, intBetween(random, 1, 150))
    : workingTime(random, dueDate, -intBetween(random, 1, 45));
  const draftSavedAt = later(random, first, -40, -10);

  const report: NationalReport = {
    submissionId,
    providerId: provider.id,
    contractYear,
    dueDate,
    draftSavedAt: null,
    versions: [],
    review: null,
    events: [],
    ratings: [],
  };
  if (never || first > asOf) {
    if (draftSavedAt > asOf || (never && random() < 0.5)) return null;
    return { ...report, draftSavedAt };
  }

  const isLate = (at: Date) => at.toISOString().slice(0, 10) > dueDate;
  const versions: NationalVersion[] = [];
  const events: NationalReviewEvent[] = [];
  const ratings: NationalRating[] = [];
  const eventId = () => stableUuid(seed, 'review-event', submissionId, events.length);
  // Widened, not narrowed to 'submitted': `move` changes it.
  let state = 'submitted' as ReviewState;
  const move = (
    at: Date,
    by: NationalReviewEvent['by'],
    to: ReviewState,
    text: string | null = null,
    indicator: string | null = null,
  ) => {
    events.push({
      id: eventId(),
      at,
      by,
      kind: 'transition',
      from: events.length === 0 ? null : state,
      to,
      text,
      indicator,
      version: versions.length,
    });
    state = to;
  };
  const note = (
    at: Date,
    by: NationalReviewEvent['by'],
    kind: 'comment' | 'recommendation',
    text: string,
    indicator: string | null,
  ) =>
    events.push({
      id: eventId(),
      at,
      by,
      kind,
      from: null,
      to: null,
      text,
      indicator,
      version: versions.length,
    });
  const rate = (at: Date, outcome: 'changes-requested' | 'assured' | 'not-assured') => {
    for (const item of ['narrative-addresses-gaps', 'actions-owned-and-dated'] as const) {
      const rating: ChecklistRating =
        outcome === 'assured'
          ? random() < 0.85
            ? 'green'
            : 'amber'
          : outcome === 'not-assured'
            ? 'red'
            : random() < 0.6
              ? 'amber'
              : 'red';
      ratings.push({
        id: stableUuid(seed, 'rating', submissionId, ratings.length),
        item,
        rating,
        note: rating === 'green' ? null : 'Discussed with the provider’s WRES lead.',
        version: versions.length,
        at,
      });
    }
  };
  const submit = (at: Date) => {
    versions.push({
      id: stableUuid(seed, 'version', submissionId, versions.length + 1),
      version: versions.length + 1,
      submittedAt: at,
      late: isLate(at),
      correction: 0,
    });
  };

  // A backlog in recent years: some reports wait months before anyone picks them up.
  const backlog = startYear >= 2023 && random() < 0.15;
  submit(first);
  move(first, 'provider', 'submitted');
  let at = backlog ? later(random, first, 90, 500) : later(random, first, 2, 25);
  move(at, 'commissioner', 'in-review');
  for (;;) {
    if (random() < 0.25) {
      const [indicator, text] = pick(random, COMMENTS);
      note(later(random, at, 1, 5), 'commissioner', 'comment', text, indicator);
    }
    if (random() < 0.15)
      note(later(random, at, 2, 8), 'csu', 'recommendation', pick(random, RECOMMENDATIONS), null);
    at = backlog ? later(random, at, 60, 400) : later(random, at, 9, 35);
    const sendBack = versions.length < 3 && random() < (versions.length === 1 ? 0.45 : 0.3);
    if (sendBack) {
      // A resubmitted report goes back into review before it can be sent back again.
      if (state === 'resubmitted') {
        move(at, 'commissioner', 'in-review');
        at = later(random, at, 1, 10);
      }
      const [indicator, text] = pick(random, CHANGES);
      move(at, 'commissioner', 'changes-requested', text, indicator);
      rate(at, 'changes-requested');
      at = later(random, at, 7, 45);
      submit(at);
      move(at, 'provider', 'resubmitted');
      if (random() < 0.6) {
        at = later(random, at, 1, 14);
        move(at, 'commissioner', 'in-review');
      }
      continue;
    }
    const outcome = random() < 0.93 ? 'assured' : 'not-assured';
    move(
      at,
      'commissioner',
      outcome,
      outcome === 'assured'
        ? 'Checked against the published report and the action plan.'
        : 'The action plan has no dates or owners and the board did not sign the report off.',
    );
    rate(at, outcome);
    break;
  }
  // Earlier versions carry the figure the commissioner later had corrected.
  versions.forEach((version, index) => (version.correction = Math.min(2, versions.length - 1 - index)));

  // As things stood on the data set's date.
  const kept = events.filter((event) => event.at <= asOf);
  const keptVersions = versions.filter((version) => version.submittedAt <= asOf);
  const keptRatings = ratings.filter((rating) => rating.at <= asOf);
  const transitions = kept.filter((event) => event.kind === 'transition');
  const last = transitions[transitions.length - 1];
  const decisions = transitions.filter(
    (event) => event.to === 'changes-requested' || event.to === 'assured' || event.to === 'not-assured',
  );
  return {
    ...report,
    versions: keptVersions,
    events: kept,
    ratings: keptRatings,
    review: {
      id: stableUuid(seed, 'review', submissionId),
      state: last.to as ReviewState,
      reviewedVersion: keptVersions.length,
      decidedAt: decisions.length > 0 ? decisions[decisions.length - 1].at : null,
      updatedAt: kept[kept.length - 1].at,
    },
  };
}

/** The report as sent in a version: earlier versions carry a figure the commissioner had corrected. */
export function versionDocument(finalDocument: WresDocument, correction: number): WresDocument {
  if (correction === 0 || 'missingReason' in finalDocument.indicator2) return finalDocument;
  const group = correction === 1 ? 'white' : 'bme';
  const counts = finalDocument.indicator2[group];
  const appointed =
    counts.appointed < counts.shortlisted ? counts.appointed + 1 : Math.max(0, counts.appointed - 1);
  return {
    ...finalDocument,
    indicator2: { ...finalDocument.indicator2, [group]: { ...counts, appointed } },
  };
}

/** The provider's counts for a year, drawn like the demo's from what the provider is like. */
export function reportDocument(
  seed: string,
  provider: Pick<NationalProvider, 'odsCode' | 'workforce'>,
  contractYear: string,
): WresDocument {
  return demoWresDocument(provider.workforce, contractYear, `${seed}|${provider.odsCode}`);
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/ nhs (foundation )?trust$| ltd$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** What a report needs beyond its counts; a draft has not been signed off or declared yet. */
export function reportDetails(
  providerName: string,
  contractYear: string,
  signedOff: string,
  late: boolean,
  leadName: string,
  draft = false,
): SubmissionDetails {
  const site = `https://www.${slug(providerName)}.example.org.uk`;
  const year = contractYear.replace('/', '-');
  const narrative = (what: string) =>
    `${what} Our action plan says what we will do this year and how the board follows it up.`;
  return {
    publishedReportUrl: `${site}/equality/wres-${year}`,
    actionPlanUrl: `${site}/equality/wres-${year}-action-plan.pdf`,
    ...(draft ? {} : { boardSignOff: { name: 'Chair of the Board', role: 'Chair', date: signedOff } }),
    lead: { name: leadName, contact: `equality@${slug(providerName)}.example.org.uk` },
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
      i8: narrative('BME staff are more likely to report discrimination from colleagues.'),
      i9: narrative('Our board is less diverse than our workforce; two board roles are recruiting.'),
    },
    ...(draft ? {} : { accuracyDeclaration: true }),
    ...(late
      ? {
          lateReason: 'Our board meeting to sign the report off moved; the commissioner was told in advance.',
        }
      : {}),
  };
}

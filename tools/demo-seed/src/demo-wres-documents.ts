import { contractYearEnd, parseContractYear } from '@wres/domain/scope';
import {
  AFC_BANDS,
  MEDICAL_GRADES,
  SEED_004_2017_18,
  SEED_004_2018_19,
  type AfcBand,
  type EthnicityHeadcount,
  type Indicator1Row,
  type StaffGroup,
  type SurveyIndicator,
  type WresDocument,
} from '@wres/domain/wres';

/** The shape of a demo provider's workforce, from which each year's counts are drawn. */
export interface WorkforceProfile {
  /** Staff in post at the period end, all ethnicities. */
  staff: number;
  /** BME share of staff whose ethnicity is known, 0-1. */
  bmeShare: number;
  /** Has medical staff (trusts and hospitals). */
  medical: boolean;
  /** Takes part in the NHS Staff Survey; small independent and voluntary providers often do not. */
  staffSurvey: boolean;
  /** Board members in all. */
  board: number;
}

/** A small deterministic generator (mulberry32), so every demo start seeds the same figures. */
export function seededRandom(seedText: string): () => number {
  let seed = 0;
  for (const char of seedText) seed = (Math.imul(seed, 31) + char.charCodeAt(0)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Share of a staff group in each Agenda for Change band, and how BME representation falls with seniority. */
const AFC_PROFILE: Record<AfcBand, { share: number; bmeFactor: number }> = {
  'under-band-1': { share: 0.005, bmeFactor: 1.3 },
  'band-1': { share: 0.01, bmeFactor: 1.4 },
  'band-2': { share: 0.15, bmeFactor: 1.4 },
  'band-3': { share: 0.17, bmeFactor: 1.2 },
  'band-4': { share: 0.12, bmeFactor: 1.0 },
  'band-5': { share: 0.17, bmeFactor: 1.2 },
  'band-6': { share: 0.17, bmeFactor: 0.9 },
  'band-7': { share: 0.12, bmeFactor: 0.7 },
  'band-8a': { share: 0.05, bmeFactor: 0.6 },
  'band-8b': { share: 0.02, bmeFactor: 0.45 },
  'band-8c': { share: 0.01, bmeFactor: 0.35 },
  'band-8d': { share: 0.005, bmeFactor: 0.3 },
  'band-9': { share: 0.002, bmeFactor: 0.2 },
  vsm: { share: 0.003, bmeFactor: 0.2 },
};

const MEDICAL_SHARE = [0.4, 0.05, 0.15, 0.38, 0.02];
/** Doctors are more often BME than the workforce as a whole (seed 004: 61% of medical staff). */
const MEDICAL_BME_FACTOR = 2.4;
const UNKNOWN_SHARE = 0.025;

/** Survey percentages (White, BME) an average provider reports, from seed 004's order of magnitude. */
const SURVEY_BASELINE: Record<'indicator5' | 'indicator6' | 'indicator7' | 'indicator8', [number, number]> = {
  indicator5: [24, 26],
  indicator6: [19, 23],
  indicator7: [88, 74],
  indicator8: [5, 11],
};

function sumHeadcounts(rows: readonly EthnicityHeadcount[]): EthnicityHeadcount {
  return rows.reduce(
    (total, row) => ({
      white: total.white + row.white,
      bme: total.bme + row.bme,
      unknown: total.unknown + row.unknown,
    }),
    { white: 0, bme: 0, unknown: 0 },
  );
}

/**
 * One year's plausible WRES counts for a demo provider: band rows adding up to their totals, fewer BME
 * staff in senior bands, a shortlisting gap that narrows year on year, survey results with respondents per
 * group, and a board. Every document passes the submission's validation (see the spec).
 */
export function demoWresDocument(profile: WorkforceProfile, contractYear: string, key: string): WresDocument {
  const random = seededRandom(`${key}|${contractYear}`);
  const jitter = (spread: number) => 1 + (random() * 2 - 1) * spread;
  const yearsIn = parseContractYear(contractYear).startYear - 2015;
  const staff = Math.max(6, Math.round(profile.staff * (1 + 0.02 * yearsIn) * jitter(0.02)));
  const bmeShare = Math.min(0.9, profile.bmeShare * (1 + 0.03 * yearsIn));

  const medicalStaff = profile.medical ? Math.round(staff * 0.06) : 0;
  const clinicalStaff = Math.round((staff - medicalStaff) * 0.72);
  const groupSizes: Record<StaffGroup, number> = {
    'non-clinical': staff - medicalStaff - clinicalStaff,
    clinical: clinicalStaff,
    medical: medicalStaff,
  };

  const split = (headcount: number, bmeRate: number): EthnicityHeadcount => {
    const unknown = Math.round(headcount * UNKNOWN_SHARE * jitter(0.5));
    const known = headcount - unknown;
    const bme = Math.min(known, Math.round(known * Math.min(0.95, bmeRate) * jitter(0.1)));
    return { white: known - bme, bme, unknown };
  };

  const rows: Indicator1Row[] = [];
  for (const staffGroup of ['non-clinical', 'clinical'] as const) {
    for (const band of AFC_BANDS) {
      const { share, bmeFactor } = AFC_PROFILE[band];
      const headcount = Math.round(groupSizes[staffGroup] * share * jitter(0.1));
      rows.push({ staffGroup, band, ...split(headcount, bmeShare * bmeFactor) });
    }
  }
  MEDICAL_GRADES.forEach((band, index) => {
    const headcount = Math.round(groupSizes.medical * MEDICAL_SHARE[index] * jitter(0.1));
    rows.push({ staffGroup: 'medical', band, ...split(headcount, bmeShare * MEDICAL_BME_FACTOR) });
  });
  const statedTotals = {
    'non-clinical': sumHeadcounts(rows.filter((row) => row.staffGroup === 'non-clinical')),
    clinical: sumHeadcounts(rows.filter((row) => row.staffGroup === 'clinical')),
    medical: sumHeadcounts(rows.filter((row) => row.staffGroup === 'medical')),
  };
  const all = sumHeadcounts(rows);
  const white = all.white;
  const bme = all.bme;

  // The shortlisting gap narrows as action plans take effect: RL 1.7 in 2015/16 towards 1.2.
  const appointmentGap = Math.max(1.1, 1.7 - 0.06 * yearsIn) * jitter(0.08);
  const shortlistedWhite = Math.max(1, Math.round(white * 0.7 * jitter(0.1)));
  const shortlistedBme = Math.max(1, Math.round(bme * 1.2 * jitter(0.1)));
  const appointedWhite = Math.round(shortlistedWhite * 0.1 * jitter(0.1));
  const appointedBme = Math.round(((shortlistedBme * 0.1) / appointmentGap) * jitter(0.05));

  const survey = (indicator: keyof typeof SURVEY_BASELINE): SurveyIndicator => {
    const [whitePercent, bmePercent] = SURVEY_BASELINE[indicator];
    const respondentsWhite = Math.max(1, Math.round(white * 0.45 * jitter(0.1)));
    const respondentsBme = Math.max(1, Math.round(bme * 0.4 * jitter(0.1)));
    const countOf = (respondents: number, percent: number) =>
      Math.min(respondents, Math.round((respondents * percent * jitter(0.12)) / 100));
    return {
      white: { respondents: respondentsWhite, count: countOf(respondentsWhite, whitePercent) },
      bme: { respondents: respondentsBme, count: countOf(respondentsBme, bmePercent) },
    };
  };
  const noSurvey = {
    missingReason:
      'We do not take part in the NHS Staff Survey: with so few staff, results would identify people. ' +
      'We ask these questions in our own confidential survey and report the themes in our narrative.',
  };

  // Board: a BME member joins as the years go on; executive members are a subset of voting members.
  const boardBme = Math.min(profile.board - 1, Math.floor((yearsIn + (random() < 0.5 ? 0 : 1)) / 4));
  const executive = Math.max(2, Math.round(profile.board * 0.35));
  const executiveBme = boardBme > 1 ? 1 : 0;

  return {
    reportingPeriodEnd: contractYearEnd(contractYear),
    selfReportedEthnicity: { known: white + bme, total: white + bme + all.unknown },
    indicator1: { rows, statedTotals },
    indicator2: {
      white: { shortlisted: shortlistedWhite, appointed: Math.min(shortlistedWhite, appointedWhite) },
      bme: { shortlisted: shortlistedBme, appointed: Math.min(shortlistedBme, appointedBme) },
    },
    indicator3: {
      white: { cases: Math.round(white * 0.008 * jitter(0.3)), headcount: white },
      bme: { cases: Math.round(bme * 0.012 * jitter(0.3)), headcount: bme },
    },
    indicator4: {
      white: { accessed: Math.round(white * 0.6 * jitter(0.08)), headcount: white },
      bme: { accessed: Math.round(bme * 0.55 * jitter(0.08)), headcount: bme },
    },
    indicator5: profile.staffSurvey ? survey('indicator5') : noSurvey,
    indicator6: profile.staffSurvey ? survey('indicator6') : noSurvey,
    indicator7: profile.staffSurvey ? survey('indicator7') : noSurvey,
    indicator8: profile.staffSurvey ? survey('indicator8') : noSurvey,
    indicator9: {
      all: { white: profile.board - boardBme, bme: boardBme, unknown: 0 },
      voting: {
        white: profile.board - 2 - Math.max(0, boardBme - 1),
        bme: Math.min(1, boardBme),
        unknown: 0,
      },
      executive: { white: executive - executiveBme, bme: executiveBme, unknown: 0 },
    },
  };
}

/**
 * Northfield Community Health NHS Trust's 2017/18 and 2018/19 reports are seed 004's own figures, so the
 * demo shows a real report; every other document is drawn from the provider's profile.
 */
export function seed004Document(contractYear: string): WresDocument | null {
  if (contractYear === '2017/18') return SEED_004_2017_18;
  if (contractYear === '2018/19') return SEED_004_2018_19;
  return null;
}

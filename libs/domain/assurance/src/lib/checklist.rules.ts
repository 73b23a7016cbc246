import { compareDates, formatLongDate, isIsoDate, todayInLondon } from '@wres/domain/calendar';
import { actionPlanGuidance } from './action-plan.rules';
import type { IsoDate } from '@wres/domain/calendar';
import {
  compareYears,
  describeRelativeLikelihood,
  describeSurveyGroups,
  formatNumber,
  formatPercent,
  formatPoints,
  isNotComputable,
  notComputableResult,
  RELATIVE_LIKELIHOOD_DECIMALS,
} from '@wres/domain/wres';
import type {
  Computed,
  IndicatorChange,
  IndicatorResults,
  RelativeLikelihoodResult,
  SurveyIndicatorResult,
  WresDocument,
} from '@wres/domain/wres';
import {
  CHECKLIST_ITEMS,
  CHECKLIST_ITEM_LABELS,
  HUMAN_CHECKLIST_ITEMS,
  RAG_LABELS,
} from '@wres/shared/contracts';
import type {
  ActionPlanSummary,
  ChecklistAssessment,
  ChecklistItem,
  ChecklistItemId,
  ChecklistOverall,
  ChecklistSettings,
  HumanChecklistItem,
  LinkCheckOutcome,
  RagRating,
  ReportLink,
  SubmissionDetails,
} from '@wres/shared/contracts';

/** The latest check of one of a version's links, as the link checker recorded it. */
export interface ChecklistLinkCheck {
  readonly outcome: LinkCheckOutcome;
  readonly returnsDocument: boolean;
  readonly contentType: string | null;
  readonly explanation: string;
  /** ISO date-time. */
  readonly checkedAt: string;
}

/** The commissioner's latest rating of a human item and a CSU analyst's latest proposal for it. */
export interface HumanItemRatings {
  readonly assessment: ChecklistAssessment | null;
  readonly proposal: ChecklistAssessment | null;
}

export interface ChecklistQuestion {
  /** The version under review. */
  readonly version: {
    readonly document: WresDocument;
    readonly details: SubmissionDetails;
    readonly indicators: IndicatorResults;
    readonly warnings: ReadonlyArray<{ readonly path: string; readonly message: string }>;
    /** ISO date-time. */
    readonly submittedAt: string;
  };
  /**
   * The report's first version: whether the report came in time is decided by it, as the report's status
   * is, so a correction sent after the deadline does not make a timely report late.
   */
  readonly firstSubmission: {
    readonly late: boolean;
    readonly lateReason: string | null;
    readonly submittedAt: string;
  };
  /** Last year's latest submitted version, if there is one. */
  readonly lastYear: { readonly contractYear: string; readonly indicators: IndicatorResults } | null;
  /** The latest check of each link of the version under review; null when not checked yet. */
  readonly linkChecks: { readonly [L in ReportLink]: ChecklistLinkCheck | null };
  /** The year's annual-report deadline; null when the year has no calendar. */
  readonly dueDate: IsoDate | null;
  /** The provider's action plan for the year as the portal holds it; absent where it is not known. */
  readonly actionPlan?: ActionPlanSummary;
  readonly settings: ChecklistSettings;
  readonly humanRatings: Partial<Record<HumanChecklistItem, HumanItemRatings>>;
}

/** What one rule finds: a rating (null when nothing can be rated yet), the reason, and what to look at. */
export interface Finding {
  readonly rating: RagRating | null;
  readonly reason: string;
  readonly guidance?: readonly string[];
}

const INDICATORS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
const RELATIVE_LIKELIHOODS = ['i2', 'i3', 'i4'] as const;
const SURVEYS = ['i5', 'i6', 'i7', 'i8'] as const;
const BOARD_PARTS = [
  ['all', 'all board members'],
  ['voting', 'voting board members'],
  ['executive', 'executive board members'],
] as const;

/** Link outcomes that may pass by themselves (a slow or busy site), so they call for a look, not a refusal. */
const PASSING_LINK_OUTCOMES: readonly LinkCheckOutcome[] = ['timeout', 'network-error', 'too-large'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** "indicator 5", "indicators 5 and 6", "indicators 5, 6 and 8". */
export function indicatorList(numbers: readonly number[]): string {
  if (numbers.length === 1) return `indicator ${numbers[0]}`;
  const head = numbers.slice(0, -1).join(', ');
  return `indicators ${head} and ${numbers[numbers.length - 1]}`;
}

/** London's calendar date of an instant, written long: "23 November 2026". */
function londonDay(isoDateTime: string): string {
  return formatLongDate(todayInLondon(new Date(isoDateTime)));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Stored results read defensively: a result that is not there (a version stored before the indicator
 * engine, or hand-made data) is "not computable" rather than a crash in the middle of a queue.
 */
export function readableIndicators(value: unknown): IndicatorResults {
  const given = isObject(value) ? value : {};
  const notRecorded = notComputableResult('Not recorded for this version');
  const entry = (key: string) => (isObject(given[key]) ? given[key] : notRecorded);
  const board = given['i9'];
  const boardReadable =
    isObject(board) && BOARD_PARTS.every(([part]) => isObject(board[part])) ? board : notRecorded;
  return {
    ...(given as object),
    i1: entry('i1'),
    i2: entry('i2'),
    i3: entry('i3'),
    i4: entry('i4'),
    i5: entry('i5'),
    i6: entry('i6'),
    i7: entry('i7'),
    i8: entry('i8'),
    i9: boardReadable,
  } as unknown as IndicatorResults;
}

/** Every indicator is given, or the document says why it could not be. */
export function indicatorsPresentFinding(document: WresDocument): Finding {
  const explained: Array<{ indicator: number; reason: string }> = [];
  const absent: number[] = [];
  const entries = document as unknown as Record<string, unknown>;
  for (const indicator of INDICATORS) {
    const entry = entries[`indicator${indicator}`];
    if (!isObject(entry)) absent.push(indicator);
    else if ('missingReason' in entry) {
      if (isText(entry['missingReason']))
        explained.push({ indicator, reason: entry['missingReason'].trim() });
      else absent.push(indicator);
    }
  }
  if (absent.length > 0)
    return { rating: 'red', reason: `${capitalise(indicatorList(absent))}: neither given nor explained.` };
  if (explained.length > 0)
    return {
      rating: 'amber',
      reason:
        `${capitalise(indicatorList(explained.map((e) => e.indicator)))} not given, with a reason: ` +
        'check each reason holds.',
      guidance: explained.map((e) => `Indicator ${e.indicator}: ${e.reason}`),
    };
  return { rating: 'green', reason: 'All nine indicators are given.' };
}

/**
 * A link from its latest check. `needsDocument`: the published report must return a document (an HTML page,
 * PDF or office file); the action plan need only be reachable.
 */
export function linkFinding(
  what: string,
  given: unknown,
  check: ChecklistLinkCheck | null,
  needsDocument: boolean,
): Finding {
  if (!isText(given) || check?.outcome === 'missing')
    return { rating: 'red', reason: `The report gives no web address for ${what}.` };
  if (!check)
    return { rating: null, reason: `Not checked yet: the address is checked soon after submission.` };
  const when = `when checked on ${londonDay(check.checkedAt)}`;
  if (check.outcome === 'reachable') {
    if (!needsDocument || check.returnsDocument) {
      const type = check.contentType ? ` (${check.contentType.split(';')[0].trim()})` : '';
      return {
        rating: 'green',
        reason: needsDocument ? `Reachable and returned a document${type} ${when}.` : `Reachable ${when}.`,
      };
    }
    return {
      rating: 'amber',
      reason: `Reachable ${when}, but it did not return a document. ${check.explanation}`,
    };
  }
  if (PASSING_LINK_OUTCOMES.includes(check.outcome))
    return {
      rating: 'amber',
      reason: `Could not be read ${when}: ${check.explanation} It may be a passing problem; try the link.`,
    };
  return { rating: 'red', reason: `Not reachable ${when}: ${check.explanation}` };
}

/** Someone is named as signing the report off for the board, with a date that fits the report. */
export function boardSignOffFinding(
  details: SubmissionDetails,
  reportingPeriodEnd: unknown,
  submittedAt: string,
): Finding {
  const signOff = isObject(details.boardSignOff) ? details.boardSignOff : {};
  if (!isText(signOff.name) || !isText(signOff.role))
    return {
      rating: 'red',
      reason: 'No one is named, with their role, as signing the report off for the board.',
    };
  if (!isIsoDate(signOff.date)) return { rating: 'red', reason: 'The board sign-off is not dated.' };
  const who = `${signOff.name.trim()}, ${signOff.role.trim()}`;
  const submittedOn = todayInLondon(new Date(submittedAt));
  if (compareDates(signOff.date, submittedOn) > 0)
    return {
      rating: 'amber',
      reason: `Signed off by ${who}, dated ${formatLongDate(signOff.date)}: after the report was submitted on ${formatLongDate(submittedOn)}.`,
    };
  if (isIsoDate(reportingPeriodEnd) && compareDates(signOff.date, reportingPeriodEnd) < 0)
    return {
      rating: 'amber',
      reason: `Signed off by ${who}, dated ${formatLongDate(signOff.date)}: before the period it reports on ended (${formatLongDate(reportingPeriodEnd)}).`,
    };
  return { rating: 'green', reason: `Signed off by ${who} on ${formatLongDate(signOff.date)}.` };
}

/** The share of staff whose ethnicity is self-reported, against the year's thresholds. */
export function selfReportedEthnicityFinding(
  document: WresDocument,
  thresholds: ChecklistSettings['selfReportedEthnicity'],
): Finding {
  const given = isObject(document.selfReportedEthnicity) ? document.selfReportedEthnicity : null;
  const known = given?.known;
  const total = given?.total;
  if (typeof known !== 'number' || typeof total !== 'number' || total <= 0 || known < 0 || known > total)
    return {
      rating: 'red',
      reason: 'The report does not say how many of its staff self-reported their ethnicity.',
    };
  const percent = (known / total) * 100;
  const rating: RagRating =
    percent >= thresholds.green ? 'green' : percent >= thresholds.amber ? 'amber' : 'red';
  return {
    rating,
    reason:
      `${formatPercent(percent)} of staff (${formatNumber(known)} of ${formatNumber(total)}) self-reported ` +
      `their ethnicity; green from ${thresholds.green}%, amber from ${thresholds.amber}%.`,
  };
}

/** The report came by the deadline, or says why it did not. */
export function onTimeFinding(
  firstSubmission: ChecklistQuestion['firstSubmission'],
  dueDate: IsoDate | null,
): Finding {
  const on = londonDay(firstSubmission.submittedAt);
  if (!firstSubmission.late)
    return {
      rating: 'green',
      reason: dueDate
        ? `First submitted on ${on}, by the deadline of ${formatLongDate(dueDate)}.`
        : `First submitted on ${on}; the year has no deadline.`,
    };
  const deadline = dueDate ? ` of ${formatLongDate(dueDate)}` : '';
  if (isText(firstSubmission.lateReason))
    return {
      rating: 'amber',
      reason: `First submitted on ${on}, after the deadline${deadline}, with a reason: “${firstSubmission.lateReason.trim()}”`,
    };
  return {
    rating: 'red',
    reason: `First submitted on ${on}, after the deadline${deadline}, with no reason given.`,
  };
}

/** The checks that warn rather than refuse (impossible published aggregates and the like). */
export function validationWarningsFinding(warnings: ChecklistQuestion['version']['warnings']): Finding {
  if (warnings.length === 0)
    return { rating: 'green', reason: 'No warnings when this version was submitted.' };
  return {
    rating: 'amber',
    reason: `${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'} when this version was submitted: check the figures named.`,
    guidance: warnings.map((warning) => warning.message),
  };
}

/** BME staff fare significantly worse this year on a relative-likelihood indicator (RL above 1). */
function relativeLikelihoodGap(result: Computed<RelativeLikelihoodResult>): number | null {
  if (isNotComputable(result) || isNotComputable(result.relativeLikelihood) || !result.significant)
    return null;
  return result.relativeLikelihood > 1 ? result.relativeLikelihood : null;
}

/** BME staff fare significantly worse on a survey indicator: more harassment or discrimination, or (7) less opportunity. */
function surveyGap(result: Computed<SurveyIndicatorResult>, higherIsBetter: boolean): boolean {
  if (isNotComputable(result) || !result.significant) return false;
  return higherIsBetter ? result.differencePoints < 0 : result.differencePoints > 0;
}

/**
 * This year's significant gaps between White and BME staff, in words: what the provider's narrative and
 * action plan must address (seed 003 §3.4).
 */
export function significantGaps(indicators: IndicatorResults, boardGapPoints: number): string[] {
  const gaps: string[] = [];
  for (const key of RELATIVE_LIKELIHOODS) {
    const rl = relativeLikelihoodGap(indicators[key]);
    if (rl !== null) gaps.push(`Indicator ${key.slice(1)}: ${describeRelativeLikelihood(key, rl)}.`);
  }
  for (const key of SURVEYS) {
    const result = indicators[key];
    if (!isNotComputable(result) && surveyGap(result, key === 'i7'))
      gaps.push(
        `Indicator ${key.slice(1)}: ${describeSurveyGroups(result.white, result.bme)} ` +
          `(${formatPoints(result.differencePoints)} points).`,
      );
  }
  const board = indicators.i9;
  if (!isNotComputable(board))
    for (const [part, words] of BOARD_PARTS) {
      const { boardPercentBme, workforcePercentBme, differencePoints } = board[part];
      if (
        isNotComputable(differencePoints) ||
        isNotComputable(boardPercentBme) ||
        isNotComputable(workforcePercentBme)
      )
        continue;
      if (differencePoints <= -boardGapPoints)
        gaps.push(
          `Indicator 9: ${formatPercent(boardPercentBme)} of ${words} are BME, against ` +
            `${formatPercent(workforcePercentBme)} of the workforce (${formatPoints(differencePoints)} points).`,
        );
    }
  return gaps;
}

function describeChange(label: string, change: IndicatorChange): string {
  const shown = (value: number) =>
    change.measure === 'relativeLikelihood'
      ? formatNumber(value, RELATIVE_LIKELIHOOD_DECIMALS)
      : `${formatPoints(value)} points`;
  const what = change.measure === 'relativeLikelihood' ? 'relative likelihood' : 'gap';
  return `${label}: ${what} ${shown(change.previous)} last year, ${shown(change.current)} this year.`;
}

/**
 * Indicators that are worse than last year and where BME staff now fare significantly worse; for the board
 * (which has no significance test), a gap that widened by at least the year's board-gap points.
 */
export function significantWorsenings(
  lastYear: IndicatorResults,
  thisYear: IndicatorResults,
  boardGapPoints: number,
): string[] {
  return compareForWorsening(lastYear, thisYear, boardGapPoints).found;
}

function compareForWorsening(
  lastYear: IndicatorResults,
  thisYear: IndicatorResults,
  boardGapPoints: number,
): { found: string[]; compared: number } {
  const current = readableIndicators(thisYear);
  const comparison = compareYears(
    { indicators: readableIndicators(lastYear), warnings: [] },
    { indicators: current, warnings: [] },
  );
  const changes = [
    ...RELATIVE_LIKELIHOODS.map((key) => comparison[key]),
    ...SURVEYS.map((key) => comparison[key]),
    ...BOARD_PARTS.map(([part]) => comparison.i9[part]),
  ];
  const worse = (change: Computed<IndicatorChange>): change is IndicatorChange =>
    !isNotComputable(change) && change.direction === 'worse';
  const found: string[] = [];
  for (const key of RELATIVE_LIKELIHOODS) {
    const change = comparison[key];
    if (worse(change) && relativeLikelihoodGap(current[key]) !== null)
      found.push(describeChange(`Indicator ${key.slice(1)}`, change));
  }
  for (const key of SURVEYS) {
    const change = comparison[key];
    const result = current[key];
    if (worse(change) && !isNotComputable(result) && surveyGap(result, key === 'i7'))
      found.push(describeChange(`Indicator ${key.slice(1)}`, change));
  }
  for (const [part, words] of BOARD_PARTS) {
    const change = comparison.i9[part];
    if (worse(change) && Math.abs(change.change) >= boardGapPoints)
      found.push(describeChange(`Indicator 9 (${words})`, change));
  }
  return { found, compared: changes.filter((change) => !isNotComputable(change)).length };
}

export function yearOnYearFinding(
  lastYear: ChecklistQuestion['lastYear'],
  thisYear: IndicatorResults,
  settings: ChecklistSettings,
): Finding {
  if (!lastYear) return { rating: null, reason: 'No report from last year to compare with.' };
  const { found, compared } = compareForWorsening(lastYear.indicators, thisYear, settings.boardGapPoints);
  if (compared === 0)
    return { rating: null, reason: `No indicator can be compared with ${lastYear.contractYear}.` };
  if (found.length === 0)
    return {
      rating: 'green',
      reason: `No indicator is significantly worse than in ${lastYear.contractYear}.`,
    };
  const count = `${found.length} ${found.length === 1 ? 'indicator is' : 'indicators are'}`;
  return {
    rating: found.length >= settings.significantWorsening.redFrom ? 'red' : 'amber',
    reason: `${count} significantly worse than in ${lastYear.contractYear}: does the narrative say why and what will change?`,
    guidance: found,
  };
}

function humanFinding(ratings: HumanItemRatings | undefined): Finding {
  const assessment = ratings?.assessment ?? null;
  const proposal = ratings?.proposal ?? null;
  if (assessment)
    return {
      rating: assessment.rating,
      reason:
        assessment.note?.trim() ||
        `Rated ${RAG_LABELS[assessment.rating].toLowerCase()} by ${assessment.by} on ${londonDay(assessment.at)}.`,
    };
  return {
    rating: null,
    reason: proposal
      ? `Not assessed yet; ${proposal.organisationName} proposes ${RAG_LABELS[proposal.rating].toLowerCase()}.`
      : 'Not assessed yet.',
  };
}

export function isHumanItem(id: ChecklistItemId): id is HumanChecklistItem {
  return (HUMAN_CHECKLIST_ITEMS as readonly ChecklistItemId[]).includes(id);
}

const SEVERITY: { readonly [R in RagRating]: number } = { green: 0, amber: 1, red: 2 };

/** The worst rated item decides; an unrated item is counted, not guessed. */
export function overallRating(items: ReadonlyArray<Pick<ChecklistItem, 'rating'>>): ChecklistOverall {
  const rated = items.flatMap((item) => (item.rating ? [item.rating] : []));
  const unrated = items.length - rated.length;
  const still = unrated > 0 ? `; ${unrated} not rated yet` : '';
  if (rated.length === 0) return { rating: null, reason: `Nothing can be rated yet${still}.`, unrated };
  const rating = rated.reduce((worst, next) => (SEVERITY[next] > SEVERITY[worst] ? next : worst));
  const counts = (['red', 'amber', 'green'] as const)
    .map((colour) => [colour, rated.filter((r) => r === colour).length] as const)
    .filter(([, count]) => count > 0)
    .map(([colour, count]) => `${count} ${colour}`)
    .join(', ');
  return { rating, reason: `${RAG_LABELS[rating]}: ${counts}${still}.`, unrated };
}

/**
 * The assurance checklist for the version under review: the automatic items worked out from the report and
 * its checks, the human items as the co-ordinating commissioner rated them, and the overall rating. Items
 * the year's settings exclude are left out.
 */
export function assuranceChecklist(question: ChecklistQuestion): {
  items: ChecklistItem[];
  overall: ChecklistOverall;
} {
  const { settings } = question;
  const version = { ...question.version, indicators: readableIndicators(question.version.indicators) };
  const lastYear = question.lastYear
    ? { ...question.lastYear, indicators: readableIndicators(question.lastYear.indicators) }
    : null;
  const gaps = significantGaps(version.indicators, settings.boardGapPoints);
  const findings: { readonly [I in ChecklistItemId]: () => Finding } = {
    'indicators-present': () => indicatorsPresentFinding(version.document),
    'published-report-link': () =>
      linkFinding(
        'the published report',
        version.details.publishedReportUrl,
        question.linkChecks['published-report'],
        true,
      ),
    'action-plan-link': () =>
      linkFinding(
        'the action plan',
        version.details.actionPlanUrl,
        question.linkChecks['action-plan'],
        false,
      ),
    'board-sign-off': () =>
      boardSignOffFinding(version.details, version.document?.reportingPeriodEnd, version.submittedAt),
    'self-reported-ethnicity': () =>
      selfReportedEthnicityFinding(version.document, settings.selfReportedEthnicity),
    'on-time': () => onTimeFinding(question.firstSubmission, question.dueDate),
    'validation-warnings': () => validationWarningsFinding(version.warnings),
    'year-on-year': () => yearOnYearFinding(lastYear, version.indicators, settings),
    'narrative-addresses-gaps': () => ({
      ...humanFinding(question.humanRatings['narrative-addresses-gaps']),
      guidance: gaps.length > 0 ? gaps : ['No significant gap between White and BME staff this year.'],
    }),
    'actions-owned-and-dated': () => ({
      ...humanFinding(question.humanRatings['actions-owned-and-dated']),
      guidance: [
        ...(isText(version.details.actionPlanUrl)
          ? [`The action plan: ${version.details.actionPlanUrl.trim()}`]
          : []),
        ...(question.actionPlan ? actionPlanGuidance(question.actionPlan) : []),
      ],
    }),
  };
  const items = CHECKLIST_ITEMS.filter((id) => !settings.excludedItems.includes(id)).map(
    (id): ChecklistItem => {
      const finding = findings[id]();
      const human = isHumanItem(id);
      const ratings = human ? question.humanRatings[id] : undefined;
      return {
        id,
        kind: human ? 'human' : 'automatic',
        label: CHECKLIST_ITEM_LABELS[id],
        rating: finding.rating,
        reason: finding.reason,
        guidance: [...(finding.guidance ?? [])],
        assessment: ratings?.assessment ?? null,
        proposal: ratings?.proposal ?? null,
      };
    },
  );
  return { items, overall: overallRating(items) };
}

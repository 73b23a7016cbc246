import {
  BANDS_BY_STAFF_GROUP,
  Band,
  BoardComparison,
  BoardMembership,
  Computed,
  HeadcountSummary,
  Indicator1Result,
  IndicatorChange,
  IndicatorResults,
  Interval,
  RELATIVE_LIKELIHOOD_DECIMALS,
  RelativeLikelihoodResult,
  STAFF_GROUPS,
  StaffGroup,
  Submitted,
  SurveyIndicatorResult,
  WresDocument,
  compareYears,
  describeSurveyGroups,
  formatNumber,
  formatPercent,
  formatPoints,
  isMissing,
  isNotComputable,
  BAND_LABELS,
  STAFF_GROUP_LABELS,
} from '@wres/domain/wres';
import type { TagColour } from '@wres/web/shared/ui';
import {
  BOARD_MEMBERSHIP_LABELS,
  IndicatorKey,
  NOT_COMPUTABLE,
  SURVEY_OUTCOMES,
  SURVEY_PERCENT_HEADERS,
  SurveyIndicatorResultKey,
} from './report-labels';

/**
 * What the report view shows, worked out once from the document and its results. Templates only print
 * strings: every number is formatted here with the domain's display helpers, and every figure that cannot
 * be computed carries the domain's reason instead of a number. No Angular here, so it can be tested alone.
 */

/** A figure as a person reads it; `reason` is set, and `text` says so, when it cannot be computed. */
export interface Figure {
  readonly text: string;
  readonly reason: string | null;
}

export interface ChangeInWords {
  /** "Better", "Worse", "No change", "Not compared" or "Not rated". */
  readonly text: string;
  /** What the word is judged on, or why there is no judgement. */
  readonly detail: string;
  readonly colour: TagColour;
}

export interface HeadlineRow {
  readonly measure: string;
  readonly current: Figure;
  /** Null when no earlier year is shown. */
  readonly previous: Figure | null;
  readonly change: ChangeInWords | null;
}

export interface BandRowView {
  readonly label: string;
  readonly white: string;
  readonly bme: string;
  readonly unknown: string;
  readonly known: string;
  readonly percentBme: Figure;
  /** The same band's %BME last year; null when last year's bands are not shown. */
  readonly previousPercentBme: Figure | null;
}

export interface BandTableView {
  readonly staffGroup: StaffGroup;
  readonly caption: string;
  readonly rows: readonly BandRowView[];
  readonly total: BandRowView;
}

export interface Indicator1View {
  readonly tables: readonly BandTableView[];
  /** Set when last year's bands can be shown beside this year's. */
  readonly previousContractYear: string | null;
  /** "1,171 of 5,178 staff of known ethnicity are BME (22.6%); ethnicity is unknown for 129." */
  readonly overall: string;
}

export interface GroupCountRow {
  readonly group: string;
  readonly total: string;
  readonly events: string;
  readonly rate: string;
}

export interface RelativeLikelihoodFigures {
  readonly relativeLikelihood: Figure;
  readonly ci95: Figure;
  /** Shown only where both groups' outcomes are common; null otherwise. */
  readonly oddsRatio: Figure | null;
  readonly significant: boolean;
  readonly test: string;
  readonly smallNumbers: boolean;
  readonly explanation: string;
}

export interface RelativeLikelihoodView {
  readonly caption: string;
  readonly totalHeader: string;
  readonly eventsHeader: string;
  readonly rateHeader: string;
  /** White, BME, then both together; empty when the counts are not in the document. */
  readonly rows: readonly GroupCountRow[];
  /** Null when the relative likelihood cannot be computed at all (the indicator says why). */
  readonly figures: RelativeLikelihoodFigures | null;
}

export interface SurveyGroupRow {
  readonly group: string;
  readonly respondents: string;
  readonly percent: string;
  readonly ci95: string;
}

export interface SurveyView {
  readonly caption: string;
  readonly percentHeader: string;
  readonly rows: readonly SurveyGroupRow[];
  readonly difference: string;
  readonly significant: boolean;
  readonly smallNumbers: boolean;
  readonly sentence: string;
}

export interface BoardRowView {
  readonly label: string;
  readonly white: string;
  readonly bme: string;
  readonly unknown: string;
  readonly boardPercentBme: Figure;
  readonly workforcePercentBme: Figure;
  readonly difference: Figure;
}

export interface BoardView {
  readonly caption: string;
  readonly rows: readonly BoardRowView[];
}

export interface IndicatorView<T> {
  readonly key: IndicatorKey;
  readonly number: number;
  /** The organisation's reason for not supplying the indicator; the body is then null. */
  readonly missingReason: string | null;
  /** Why nothing could be computed from what was supplied. */
  readonly notComputableReason: string | null;
  readonly headline: readonly HeadlineRow[];
  readonly body: T | null;
}

export interface ReportView {
  readonly contractYear: string;
  readonly previousContractYear: string | null;
  readonly reportingPeriodEnd: string;
  readonly selfReportedEthnicity: Figure;
  readonly selfReportedCounts: string;
  readonly workforcePercentBme: Figure | null;
  readonly i1: IndicatorView<Indicator1View>;
  readonly relativeLikelihoods: readonly IndicatorView<RelativeLikelihoodView>[];
  readonly surveys: readonly IndicatorView<SurveyView>[];
  readonly i9: IndicatorView<BoardView>;
}

export interface PreviousReport {
  readonly contractYear: string;
  readonly document: WresDocument;
  readonly indicators: IndicatorResults;
}

// ---- Formatting, always through the domain's helpers ----

const formatRelativeLikelihood = (value: number): string => formatNumber(value, RELATIVE_LIKELIHOOD_DECIMALS);
const formatDifference = (points: number): string => `${formatPoints(points)} points`;

function figureOf<T>(value: Computed<T>, format: (value: T) => string): Figure {
  return isNotComputable(value)
    ? { text: NOT_COMPUTABLE, reason: value.reason }
    : { text: format(value), reason: null };
}

function notComputableFigure(reason: string): Figure {
  return { text: NOT_COMPUTABLE, reason };
}

function intervalText(interval: Interval, format: (value: number) => string): string {
  return `${format(interval.lower)} to ${format(interval.upper)}`;
}

/** A rate from counts for display; a group with nobody counted has no rate. */
function rateText(events: number, total: number): string {
  return total > 0 ? formatPercent((100 * events) / total) : '–';
}

function missingReasonOf<T extends object>(indicator: Submitted<T> | undefined): string | null {
  if (typeof indicator !== 'object' || indicator === null) return 'No reason was given.';
  return isMissing(indicator) ? indicator.missingReason : null;
}

function submitted<T extends object>(indicator: Submitted<T> | undefined): T | null {
  return typeof indicator === 'object' && indicator !== null && !isMissing(indicator) ? indicator : null;
}

// ---- Year-on-year ----

const DIRECTION_WORDS = {
  better: { text: 'Better', colour: 'green' },
  worse: { text: 'Worse', colour: 'red' },
  same: { text: 'No change', colour: 'grey' },
} as const;

/** What "better" means for each measure, so the word is never read without its yardstick. */
function yardstick(change: IndicatorChange): string {
  switch (change.polarity) {
    case 'closer-to-parity-is-better':
      return change.measure === 'relativeLikelihood'
        ? 'Closer to 1 is better: at 1 both groups are equally likely.'
        : 'Closer to 0 points is better: the board then reflects the workforce.';
    case 'lower-is-better':
      return 'Lower is better: a lower difference means BME staff report it less often relative to White staff.';
    case 'higher-is-better':
      return 'Higher is better: a higher difference means BME staff are more positive relative to White staff.';
  }
}

function changeInWords(change: Computed<IndicatorChange>): ChangeInWords {
  if (isNotComputable(change)) return { text: 'Not compared', detail: change.reason, colour: 'white' };
  const words = DIRECTION_WORDS[change.direction];
  const detail =
    change.direction === 'same' ? 'The same as last year at the precision shown.' : yardstick(change);
  return { text: words.text, detail, colour: words.colour };
}

function headlineRow(
  measure: string,
  current: Figure,
  previous: Figure | null,
  change: Computed<IndicatorChange> | null,
): HeadlineRow {
  return { measure, current, previous, change: change === null ? null : changeInWords(change) };
}

// ---- The report ----

export function buildReportView(
  document: WresDocument,
  indicators: IndicatorResults,
  contractYear: string,
  previous: PreviousReport | null,
): ReportView {
  // compareYears judges direction on the figures as displayed; warnings play no part in it.
  const comparison = previous
    ? compareYears({ indicators: previous.indicators, warnings: [] }, { indicators, warnings: [] })
    : null;
  const { known, total } = document.selfReportedEthnicity;
  const i1 = indicators.i1;
  return {
    contractYear,
    previousContractYear: previous?.contractYear ?? null,
    reportingPeriodEnd: document.reportingPeriodEnd,
    selfReportedEthnicity:
      total > 0
        ? { text: formatPercent((100 * known) / total), reason: null }
        : notComputableFigure('No staff were counted'),
    selfReportedCounts: `${formatNumber(known)} of ${formatNumber(total)} staff`,
    workforcePercentBme: isNotComputable(i1) ? null : figureOf(i1.overall.percentBme, formatPercent),
    i1: headlineSaysMissing(indicator1View(document, indicators, contractYear, previous)),
    relativeLikelihoods: (['i2', 'i3', 'i4'] as const).map((key) =>
      headlineSaysMissing(
        relativeLikelihoodView(key, document, indicators, contractYear, previous, comparison?.[key] ?? null),
      ),
    ),
    surveys: (['i5', 'i6', 'i7', 'i8'] as const).map((key) =>
      headlineSaysMissing(
        surveyView(key, document, indicators, contractYear, previous, comparison?.[key] ?? null),
      ),
    ),
    i9: headlineSaysMissing(
      indicator9View(document, indicators, contractYear, previous, comparison?.i9 ?? null),
    ),
  };
}

/** An indicator the organisation did not supply reads "Not submitted" in its headline, not "Not computable". */
function headlineSaysMissing<T>(view: IndicatorView<T>): IndicatorView<T> {
  if (view.missingReason === null) return view;
  const reason = view.missingReason;
  return {
    ...view,
    headline: view.headline.map((row) => ({ ...row, current: { text: 'Not submitted', reason } })),
  };
}

// ---- Indicator 1 ----

function indicator1View(
  document: WresDocument,
  indicators: IndicatorResults,
  contractYear: string,
  previous: PreviousReport | null,
): IndicatorView<Indicator1View> {
  const result = indicators.i1;
  const previousResult = previous ? previous.indicators.i1 : null;
  const overallPercent = (value: Computed<Indicator1Result>): Figure =>
    isNotComputable(value)
      ? notComputableFigure(value.reason)
      : figureOf(value.overall.percentBme, formatPercent);
  const headline = [
    {
      measure: 'BME staff in the overall workforce',
      current: overallPercent(result),
      previous: previousResult ? overallPercent(previousResult) : null,
      // Indicator 1 describes the workforce; compareYears gives it no better or worse direction.
      change: previousResult
        ? {
            text: 'Not rated',
            detail: 'The workforce profile has no better or worse direction.',
            colour: 'white' as const,
          }
        : null,
    },
  ];
  const base = {
    key: 'i1' as const,
    number: 1,
    headline,
    missingReason: missingReasonOf(document.indicator1),
  };
  if (base.missingReason !== null) return { ...base, notComputableReason: null, body: null };
  if (isNotComputable(result)) return { ...base, notComputableReason: result.reason, body: null };

  const lastYear = previousResult && !isNotComputable(previousResult) ? previousResult : null;
  const previousByBand = new Map(
    (lastYear?.rows ?? []).map((row) => [bandKey(row.staffGroup, row.band), row.percentBme]),
  );
  const tables = STAFF_GROUPS.flatMap((staffGroup): BandTableView[] => {
    const order: readonly Band[] = BANDS_BY_STAFF_GROUP[staffGroup];
    const rows = result.rows
      .filter((row) => row.staffGroup === staffGroup)
      .sort((a, b) => order.indexOf(a.band) - order.indexOf(b.band));
    if (rows.length === 0) return [];
    const previousFigure = (key: string): Figure | null => {
      if (!lastYear) return null;
      const value = previousByBand.get(key);
      return value === undefined ? { text: '–', reason: 'not reported last year' } : percentFigure(value);
    };
    return [
      {
        staffGroup,
        caption: `Indicator 1: ${STAFF_GROUP_LABELS[staffGroup].toLowerCase()} staff by pay band, ${contractYear}`,
        rows: rows.map((row) =>
          bandRow(BAND_LABELS[row.band], row, previousFigure(bandKey(row.staffGroup, row.band))),
        ),
        total: bandRow(
          `All ${STAFF_GROUP_LABELS[staffGroup].toLowerCase()} staff`,
          result.byStaffGroup[staffGroup],
          lastYear ? percentFigure(lastYear.byStaffGroup[staffGroup].percentBme) : null,
        ),
      },
    ];
  });
  const overall = result.overall;
  return {
    ...base,
    notComputableReason: null,
    body: {
      tables,
      previousContractYear: lastYear && previous ? previous.contractYear : null,
      overall: overallSentence(overall),
    },
  };
}

function bandKey(staffGroup: StaffGroup, band: Band): string {
  return `${staffGroup}:${band}`;
}

/** A band with nobody of known ethnicity shows a dash, as the template does, and says so to listeners. */
function percentFigure(value: Computed<number>): Figure {
  return isNotComputable(value)
    ? { text: '–', reason: 'no staff of known ethnicity' }
    : figureOf(value, formatPercent);
}

function bandRow(
  label: string,
  counts: {
    readonly white: number;
    readonly bme: number;
    readonly unknown: number;
    readonly percentBme: Computed<number>;
  },
  previousPercentBme: Figure | null,
): BandRowView {
  return {
    label,
    white: formatNumber(counts.white),
    bme: formatNumber(counts.bme),
    unknown: formatNumber(counts.unknown),
    known: formatNumber(counts.white + counts.bme),
    percentBme: percentFigure(counts.percentBme),
    previousPercentBme,
  };
}

function overallSentence(overall: HeadcountSummary): string {
  const percent = isNotComputable(overall.percentBme) ? null : formatPercent(overall.percentBme);
  const unknown = overall.unknown > 0 ? ` Ethnicity was not known for ${formatNumber(overall.unknown)}.` : '';
  return (
    `Overall, ${formatNumber(overall.bme)} of ${formatNumber(overall.known)} staff of known ethnicity ` +
    `were BME${percent ? ` (${percent})` : ''}.${unknown}`
  );
}

// ---- Indicators 2-4 ----

type RelativeLikelihoodKey = 'i2' | 'i3' | 'i4';

interface GroupCounts {
  readonly total: number;
  readonly events: number;
}

const RELATIVE_LIKELIHOOD_TABLES: {
  readonly [I in RelativeLikelihoodKey]: Pick<
    RelativeLikelihoodView,
    'caption' | 'totalHeader' | 'eventsHeader' | 'rateHeader'
  >;
} = {
  i2: {
    caption: 'appointment from shortlisting by ethnicity',
    totalHeader: 'Shortlisted',
    eventsHeader: 'Appointed',
    rateHeader: '% appointed',
  },
  i3: {
    caption: 'entry into a formal disciplinary investigation by ethnicity, cases over two years',
    totalHeader: 'Workforce (headcount)',
    eventsHeader: 'Entered a formal disciplinary investigation',
    rateHeader: '% entering a formal disciplinary investigation',
  },
  i4: {
    caption: 'access to non-mandatory training and CPD by ethnicity',
    totalHeader: 'Workforce (headcount)',
    eventsHeader: 'Accessed non-mandatory training or CPD',
    rateHeader: '% accessing non-mandatory training or CPD',
  },
};

/** The document's counts for an RL indicator as White and BME totals and events. */
function relativeLikelihoodCounts(
  key: RelativeLikelihoodKey,
  document: WresDocument,
): { readonly white: GroupCounts; readonly bme: GroupCounts } | null {
  switch (key) {
    case 'i2': {
      const i2 = submitted(document.indicator2);
      return i2
        ? {
            white: { total: i2.white.shortlisted, events: i2.white.appointed },
            bme: { total: i2.bme.shortlisted, events: i2.bme.appointed },
          }
        : null;
    }
    case 'i3': {
      const i3 = submitted(document.indicator3);
      return i3
        ? {
            white: { total: i3.white.headcount, events: i3.white.cases },
            bme: { total: i3.bme.headcount, events: i3.bme.cases },
          }
        : null;
    }
    case 'i4': {
      const i4 = submitted(document.indicator4);
      return i4
        ? {
            white: { total: i4.white.headcount, events: i4.white.accessed },
            bme: { total: i4.bme.headcount, events: i4.bme.accessed },
          }
        : null;
    }
  }
}

const DOCUMENT_KEYS = {
  i1: 'indicator1',
  i2: 'indicator2',
  i3: 'indicator3',
  i4: 'indicator4',
  i5: 'indicator5',
  i6: 'indicator6',
  i7: 'indicator7',
  i8: 'indicator8',
  i9: 'indicator9',
} as const satisfies { readonly [I in IndicatorKey]: keyof WresDocument };

/**
 * Below about 10% the odds ratio and the relative likelihood nearly agree, so the OR adds nothing; where both
 * groups' outcomes are common they part (seed 004, indicator 4: RL 1.09, OR 1.2) and the OR is shown too.
 */
const COMMON_OUTCOME_PERCENT = 10;

const TEST_WORDS: { readonly [T in RelativeLikelihoodResult['test']]: string } = {
  katz: 'z-test on the log relative likelihood',
  fisher: 'Fisher’s exact test, because the numbers are small',
};

function relativeLikelihoodView(
  key: RelativeLikelihoodKey,
  document: WresDocument,
  indicators: IndicatorResults,
  contractYear: string,
  previous: PreviousReport | null,
  change: Computed<IndicatorChange> | null,
): IndicatorView<RelativeLikelihoodView> {
  const result = indicators[key];
  const rl = (value: Computed<RelativeLikelihoodResult>): Figure =>
    isNotComputable(value)
      ? notComputableFigure(value.reason)
      : figureOf(value.relativeLikelihood, formatRelativeLikelihood);
  const base = {
    key,
    number: Number(key.slice(1)),
    missingReason: missingReasonOf(document[DOCUMENT_KEYS[key]]),
    headline: [
      headlineRow('Relative likelihood', rl(result), previous ? rl(previous.indicators[key]) : null, change),
    ],
  };
  if (base.missingReason !== null) return { ...base, notComputableReason: null, body: null };

  const counts = relativeLikelihoodCounts(key, document);
  const rows: GroupCountRow[] = counts
    ? [
        countRow('White', counts.white),
        countRow('BME', counts.bme),
        countRow('Overall', {
          total: counts.white.total + counts.bme.total,
          events: counts.white.events + counts.bme.events,
        }),
      ]
    : [];
  const outcomesCommon =
    counts !== null &&
    [counts.white, counts.bme].every(
      (group) => group.total > 0 && (100 * group.events) / group.total >= COMMON_OUTCOME_PERCENT,
    );
  const figures: RelativeLikelihoodFigures | null = isNotComputable(result)
    ? null
    : {
        relativeLikelihood: figureOf(result.relativeLikelihood, formatRelativeLikelihood),
        ci95: figureOf(result.ci95, (ci) => intervalText(ci, formatRelativeLikelihood)),
        oddsRatio: outcomesCommon ? figureOf(result.oddsRatio, formatRelativeLikelihood) : null,
        significant: result.significant,
        test: TEST_WORDS[result.test],
        smallNumbers: result.smallNumbers,
        explanation: result.explanation,
      };
  return {
    ...base,
    notComputableReason: isNotComputable(result) ? result.reason : null,
    body: {
      ...RELATIVE_LIKELIHOOD_TABLES[key],
      caption: `Indicator ${base.number}: ${RELATIVE_LIKELIHOOD_TABLES[key].caption}, ${contractYear}`,
      rows,
      figures,
    },
  };
}

function countRow(group: string, counts: GroupCounts): GroupCountRow {
  return {
    group,
    total: formatNumber(counts.total),
    events: formatNumber(counts.events),
    rate: rateText(counts.events, counts.total),
  };
}

// ---- Indicators 5-8 ----

function surveyView(
  key: SurveyIndicatorResultKey,
  document: WresDocument,
  indicators: IndicatorResults,
  contractYear: string,
  previous: PreviousReport | null,
  change: Computed<IndicatorChange> | null,
): IndicatorView<SurveyView> {
  const result = indicators[key];
  const difference = (value: Computed<SurveyIndicatorResult>): Figure =>
    isNotComputable(value)
      ? notComputableFigure(value.reason)
      : figureOf(value.differencePoints, formatDifference);
  const base = {
    key,
    number: Number(key.slice(1)),
    missingReason: missingReasonOf(document[DOCUMENT_KEYS[key]]),
    headline: [
      headlineRow(
        'Difference, BME minus White',
        difference(result),
        previous ? difference(previous.indicators[key]) : null,
        change,
      ),
    ],
  };
  if (base.missingReason !== null) return { ...base, notComputableReason: null, body: null };
  if (isNotComputable(result)) return { ...base, notComputableReason: result.reason, body: null };

  const percentInterval = (ci: Interval): string => intervalText(ci, formatPercent);
  return {
    ...base,
    notComputableReason: null,
    body: {
      caption: `Indicator ${base.number}: staff survey responses by ethnicity, ${contractYear}`,
      percentHeader: SURVEY_PERCENT_HEADERS[key],
      rows: [
        {
          group: 'White',
          respondents: formatNumber(result.white.respondents),
          percent: formatPercent(result.white.percent),
          ci95: percentInterval(result.white.ci95),
        },
        {
          group: 'BME',
          respondents: formatNumber(result.bme.respondents),
          percent: formatPercent(result.bme.percent),
          ci95: percentInterval(result.bme.ci95),
        },
      ],
      difference: formatDifference(result.differencePoints),
      significant: result.significant,
      smallNumbers: result.smallNumbers,
      sentence: `${describeSurveyGroups(result.white, result.bme)} ${SURVEY_OUTCOMES[key]}.`,
    },
  };
}

// ---- Indicator 9 ----

const BOARD_PARTS = ['all', 'voting', 'executive'] as const;
type BoardPart = (typeof BOARD_PARTS)[number];

function indicator9View(
  document: WresDocument,
  indicators: IndicatorResults,
  contractYear: string,
  previous: PreviousReport | null,
  changes: { readonly [P in BoardPart]: Computed<IndicatorChange> } | null,
): IndicatorView<BoardView> {
  const result = indicators.i9;
  const difference = (value: IndicatorResults['i9'], part: BoardPart): Figure =>
    isNotComputable(value)
      ? notComputableFigure(value.reason)
      : figureOf(value[part].differencePoints, formatDifference);
  const base = {
    key: 'i9' as const,
    number: 9,
    missingReason: missingReasonOf(document.indicator9),
    headline: BOARD_PARTS.map((part) =>
      headlineRow(
        `${BOARD_MEMBERSHIP_LABELS[part]}: board %BME minus workforce %BME`,
        difference(result, part),
        previous ? difference(previous.indicators.i9, part) : null,
        changes ? changes[part] : null,
      ),
    ),
  };
  if (base.missingReason !== null) return { ...base, notComputableReason: null, body: null };
  if (isNotComputable(result)) return { ...base, notComputableReason: result.reason, body: null };

  const membership = submitted(document.indicator9);
  return {
    ...base,
    notComputableReason: null,
    body: {
      caption: `Indicator 9: board membership and the workforce, ${contractYear}`,
      rows: BOARD_PARTS.map((part) => boardRow(part, membership?.[part] ?? null, result[part])),
    },
  };
}

function boardRow(
  part: BoardPart,
  membership: BoardMembership | null,
  comparison: BoardComparison,
): BoardRowView {
  const count = (value: number | undefined): string =>
    typeof value === 'number' ? formatNumber(value) : '–';
  return {
    label: BOARD_MEMBERSHIP_LABELS[part],
    white: count(membership?.white),
    bme: count(membership?.bme),
    unknown: count(membership?.unknown),
    boardPercentBme: figureOf(comparison.boardPercentBme, formatPercent),
    workforcePercentBme: figureOf(comparison.workforcePercentBme, formatPercent),
    difference: figureOf(comparison.differencePoints, formatDifference),
  };
}

import { Computed, isNotComputable } from '@wres/domain/wres';
import type {
  DashboardIndicator,
  PublishedTable,
  TableColumn,
  TrendFigure,
  TrendSeries,
} from '@wres/shared/contracts';
import { describeIndicator } from './indicator-descriptions';
import {
  BoardPart,
  EthnicityOutcomes,
  IndicatorCounts,
  KnownHeadcount,
  pooledFigures,
  PoolingOptions,
} from './pooling';
import { ReportTable, TableCellInput, TableRowInput } from './report-table.model';
import { publishTable } from './table-publication.policy';

const BOARD_PART: { readonly [I in 'i9' | 'i9v' | 'i9e']: BoardPart } = {
  i9: 'all',
  i9v: 'voting',
  i9e: 'executive',
};

function complement(group: { events: number; total: number }): number[] {
  return [group.events, group.total - group.events];
}

/**
 * Every cell of the table of counts behind an indicator's figure (events and non-events in each group, or
 * each group's headcount): what must not be small for the figure to be published. Null without counts.
 */
export function basisOf(indicator: DashboardIndicator, counts: IndicatorCounts): number[] | null {
  switch (indicator) {
    case 'i1':
      return counts.i1 ? [counts.i1.white, counts.i1.bme] : null;
    case 'i2':
    case 'i3':
    case 'i4':
    case 'i5':
    case 'i6':
    case 'i7':
    case 'i8': {
      const outcomes = counts[indicator];
      return outcomes ? [...complement(outcomes.white), ...complement(outcomes.bme)] : null;
    }
    case 'i9':
    case 'i9v':
    case 'i9e': {
      const board = counts.i9;
      if (!board) return null;
      const part = board[BOARD_PART[indicator]];
      return [part.white, part.bme, board.workforce.white, board.workforce.bme];
    }
  }
}

// ---- pooled tables: one row per organisation pooled, the whole pool as the total row ----

export interface PooledRow {
  readonly label: string;
  readonly counts: IndicatorCounts;
}

const count = (key: string, label: string, set: Partial<TableColumn> = {}): TableColumn => ({
  key,
  label,
  kind: 'count',
  ...set,
});

interface OutcomeWording {
  readonly total: string;
  readonly events: string;
  readonly nonEvents: string;
}

const OUTCOME_WORDING: { readonly [I in 'i2' | 'i3' | 'i4']: OutcomeWording } = {
  i2: { total: 'shortlisted', events: 'appointed', nonEvents: 'not appointed' },
  i3: {
    total: 'headcount',
    events: 'entered the formal disciplinary process',
    nonEvents: 'did not',
  },
  i4: { total: 'headcount', events: 'accessed non-mandatory training', nonEvents: 'did not' },
};

const SURVEY_WORDING: OutcomeWording = {
  total: 'respondents',
  events: 'answered yes',
  nonEvents: 'answered no',
};

function groupColumns(wording: OutcomeWording): TableColumn[] {
  return (['white', 'bme'] as const).flatMap((group) => {
    const name = group === 'white' ? 'White' : 'BME';
    return [
      count(`${group}Total`, `${name}: ${wording.total}`, { totalOf: group }),
      count(`${group}Events`, `${name}: ${wording.events}`, { partition: group }),
      count(`${group}NonEvents`, `${name}: ${wording.nonEvents}`, { partition: group }),
    ];
  });
}

const GROUP_KEYS = ['whiteTotal', 'whiteEvents', 'whiteNonEvents', 'bmeTotal', 'bmeEvents', 'bmeNonEvents'];

function groupCells(outcomes: EthnicityOutcomes | undefined): TableRowInput {
  const cells = (group: { events: number; total: number } | undefined) => ({
    total: group?.total ?? 0,
    events: group?.events ?? 0,
    nonEvents: group ? group.total - group.events : 0,
  });
  const white = cells(outcomes?.white);
  const bme = cells(outcomes?.bme);
  return {
    whiteTotal: white.total,
    whiteEvents: white.events,
    whiteNonEvents: white.nonEvents,
    bmeTotal: bme.total,
    bmeEvents: bme.events,
    bmeNonEvents: bme.nonEvents,
  };
}

function boardCells(board: KnownHeadcount | undefined): TableRowInput {
  return {
    boardKnown: board ? board.white + board.bme : 0,
    boardWhite: board?.white ?? 0,
    boardBme: board?.bme ?? 0,
  };
}

/** The columns of an indicator's pooled table, after the row label. */
export function pooledColumns(indicator: DashboardIndicator): TableColumn[] {
  switch (indicator) {
    case 'i1':
      return [
        count('known', 'Staff of known ethnicity', { totalOf: 'known' }),
        count('white', 'White staff', { partition: 'known' }),
        count('bme', 'BME staff', { partition: 'known' }),
        { key: 'percentBme', label: '%BME', kind: 'percent', numerator: ['bme'], denominator: 'known' },
        { key: 'ciLower', label: '%BME 95% CI lower', kind: 'percent', from: ['white', 'bme'] },
        { key: 'ciUpper', label: '%BME 95% CI upper', kind: 'percent', from: ['white', 'bme'] },
      ];
    case 'i2':
    case 'i3':
    case 'i4':
      return [
        ...groupColumns(OUTCOME_WORDING[indicator]),
        { key: 'relativeLikelihood', label: 'Relative likelihood', kind: 'ratio', from: GROUP_KEYS },
        { key: 'ciLower', label: '95% CI lower', kind: 'ratio', from: GROUP_KEYS },
        { key: 'ciUpper', label: '95% CI upper', kind: 'ratio', from: GROUP_KEYS },
        { key: 'significant', label: 'Significant', kind: 'flag', from: GROUP_KEYS },
      ];
    case 'i5':
    case 'i6':
    case 'i7':
    case 'i8':
      return [
        ...groupColumns(SURVEY_WORDING),
        {
          key: 'whitePercent',
          label: 'White %',
          kind: 'percent',
          numerator: ['whiteEvents'],
          denominator: 'whiteTotal',
        },
        {
          key: 'bmePercent',
          label: 'BME %',
          kind: 'percent',
          numerator: ['bmeEvents'],
          denominator: 'bmeTotal',
        },
        { key: 'differencePoints', label: 'BME minus White (points)', kind: 'points', from: GROUP_KEYS },
        { key: 'ciLower', label: 'Difference 95% CI lower', kind: 'points', from: GROUP_KEYS },
        { key: 'ciUpper', label: 'Difference 95% CI upper', kind: 'points', from: GROUP_KEYS },
        { key: 'significant', label: 'Significant', kind: 'flag', from: GROUP_KEYS },
      ];
    case 'i9':
    case 'i9v':
    case 'i9e': {
      const who = { i9: 'Board members', i9v: 'Voting board members', i9e: 'Executive board members' }[
        indicator
      ];
      return [
        count('boardKnown', `${who} of known ethnicity`, { totalOf: 'board' }),
        count('boardWhite', `${who}: White`, { partition: 'board' }),
        count('boardBme', `${who}: BME`, { partition: 'board' }),
        {
          key: 'boardPercentBme',
          label: 'Board %BME',
          kind: 'percent',
          numerator: ['boardBme'],
          denominator: 'boardKnown',
        },
        { key: 'workforcePercentBme', label: 'Workforce %BME', kind: 'percent' },
        {
          key: 'differencePoints',
          label: 'Board minus workforce (points)',
          kind: 'points',
          from: ['boardWhite', 'boardBme'],
        },
      ];
    }
  }
}

function figureOr<T, R>(figure: Computed<T>, pick: (value: T) => R): R | Computed<never> {
  return isNotComputable(figure) ? figure : pick(figure);
}

/** One row of an indicator's pooled table: the counts, then the figures computed from them. */
function pooledRow(
  indicator: DashboardIndicator,
  label: string,
  counts: IndicatorCounts,
  options: PoolingOptions,
): TableRowInput {
  const figures = pooledFigures(counts, options);
  const head = { name: label };
  switch (indicator) {
    case 'i1': {
      const figure = figures.i1;
      const i1 = counts.i1;
      return {
        ...head,
        known: i1 ? i1.white + i1.bme : 0,
        white: i1?.white ?? 0,
        bme: i1?.bme ?? 0,
        percentBme: figureOr(figure, (f) => f.percent),
        ciLower: figureOr(figure, (f) => f.ci95.lower),
        ciUpper: figureOr(figure, (f) => f.ci95.upper),
      };
    }
    case 'i2':
    case 'i3':
    case 'i4': {
      const figure = figures[indicator];
      const ci = (bound: 'lower' | 'upper'): TableCellInput =>
        isNotComputable(figure) ? figure : isNotComputable(figure.ci95) ? figure.ci95 : figure.ci95[bound];
      return {
        ...head,
        ...groupCells(counts[indicator]),
        relativeLikelihood: figureOr(figure, (f) => f.relativeLikelihood),
        ciLower: ci('lower'),
        ciUpper: ci('upper'),
        significant: figureOr(figure, (f) => f.significant),
      };
    }
    case 'i5':
    case 'i6':
    case 'i7':
    case 'i8': {
      const figure = figures[indicator];
      return {
        ...head,
        ...groupCells(counts[indicator]),
        whitePercent: figureOr(figure, (f) => f.white.percent),
        bmePercent: figureOr(figure, (f) => f.bme.percent),
        differencePoints: figureOr(figure, (f) => f.differencePoints),
        ciLower: figureOr(figure, (f) => f.differenceCi95.lower),
        ciUpper: figureOr(figure, (f) => f.differenceCi95.upper),
        significant: figureOr(figure, (f) => f.significant),
      };
    }
    case 'i9':
    case 'i9v':
    case 'i9e': {
      const figure = figures[indicator];
      const workforce = counts.i9?.workforce;
      const workforceBasis = workforce ? [workforce.white, workforce.bme] : [];
      return {
        ...head,
        ...boardCells(counts.i9?.[BOARD_PART[indicator]]),
        boardPercentBme: figureOr(figure, (f) => f.boardPercentBme),
        workforcePercentBme: {
          value: figureOr(figure, (f) => f.workforcePercentBme),
          basis: workforceBasis,
        },
        differencePoints: { value: figureOr(figure, (f) => f.differencePoints), basis: workforceBasis },
      };
    }
  }
}

export interface PooledTableOptions extends PoolingOptions {
  /** The heading of the row label column, e.g. 'Commissioner'. */
  readonly rowHeading: string;
  readonly key?: string;
  readonly notes?: readonly string[];
}

/**
 * An indicator's pooled table before publication: a row per pool (e.g. each commissioner's providers) and,
 * when given, the whole as its total row, each with the counts summed and the figures computed from the
 * sums. The total's counts must be the sum of the rows' (publication checks), so give each provider to one
 * row only.
 */
export function pooledIndicatorTable(
  indicator: DashboardIndicator,
  rows: readonly PooledRow[],
  total: PooledRow | null,
  options: PooledTableOptions,
): ReportTable {
  const estimated = [...rows, ...(total ? [total] : [])].some((row) => {
    const outcomes = indicator in row.counts ? row.counts[indicator as keyof IndicatorCounts] : undefined;
    return typeof outcomes === 'object' && outcomes !== null && 'estimated' in outcomes && outcomes.estimated;
  });
  return {
    key: options.key ?? `pooled-${indicator}`,
    title: `Pooled: ${describeIndicator(indicator).title}`,
    columns: [{ key: 'name', label: options.rowHeading, kind: 'label' }, ...pooledColumns(indicator)],
    rows: rows.map((row) => pooledRow(indicator, row.label, row.counts, options)),
    ...(total ? { totalRow: pooledRow(indicator, total.label, total.counts, options) } : {}),
    notes: [
      'Counts are summed across organisations before any percentage or ratio is computed.',
      ...(estimated
        ? [
            'Some survey answers were published as percentages; their counts are estimated by rounding percentage × respondents.',
          ]
        : []),
      ...(options.notes ?? []),
    ],
  };
}

// ---- trends ----

/** A figure as a trend point needs it, before publication. */
export interface TrendInput {
  readonly value: number;
  readonly ciLower?: number | null;
  readonly ciUpper?: number | null;
  readonly significant?: boolean | null;
  readonly whitePercent?: number;
  readonly bmePercent?: number;
}

export interface TrendPointInput {
  readonly contractYear: string;
  /** Null where there is nothing for the year (no report, or nothing pooled). */
  readonly figure: Computed<TrendInput> | null;
  /** The counts behind the figure (see `basisOf`); any from 1 to threshold−1 hides it. Null: not suppressed. */
  readonly basis: readonly number[] | null;
}

/** The trend figure of a pooled set of counts, for a year. */
export function pooledTrendInput(
  indicator: DashboardIndicator,
  counts: IndicatorCounts,
  options: PoolingOptions = {},
): Computed<TrendInput> {
  const figures = pooledFigures(counts, options);
  switch (indicator) {
    case 'i1':
      return figureOr(figures.i1, (f) => ({
        value: f.percent,
        ciLower: f.ci95.lower,
        ciUpper: f.ci95.upper,
      }));
    case 'i2':
    case 'i3':
    case 'i4':
      return figureOr(figures[indicator], (f) => ({
        value: f.relativeLikelihood,
        ciLower: isNotComputable(f.ci95) ? null : f.ci95.lower,
        ciUpper: isNotComputable(f.ci95) ? null : f.ci95.upper,
        significant: f.significant,
      }));
    case 'i5':
    case 'i6':
    case 'i7':
    case 'i8':
      return figureOr(figures[indicator], (f) => ({
        value: f.differencePoints,
        ciLower: f.differenceCi95.lower,
        ciUpper: f.differenceCi95.upper,
        significant: f.significant,
        whitePercent: f.white.percent,
        bmePercent: f.bme.percent,
      }));
    case 'i9':
    case 'i9v':
    case 'i9e':
      return figureOr(figures[indicator], (f) => ({ value: f.differencePoints }));
  }
}

const MEASURE_KIND = {
  'percent-bme': 'percent',
  'relative-likelihood': 'ratio',
  'difference-points': 'points',
  'board-gap-points': 'points',
} as const;

/**
 * An indicator's figures year by year, published: with a basis, a figure computed from a count from 1 to
 * threshold−1 shows as 'R' (pooled trends); without one it shows as computed (a provider's own figures,
 * for those entitled to them).
 */
export function trendSeries(
  indicator: DashboardIndicator,
  points: readonly TrendPointInput[],
  threshold?: number,
): TrendSeries {
  const description = describeIndicator(indicator);
  const kind = MEASURE_KIND[description.measure];
  const figureColumns: TableColumn[] = [
    { key: 'value', label: 'Value', kind },
    { key: 'ciLower', label: '95% CI lower', kind },
    { key: 'ciUpper', label: '95% CI upper', kind },
    { key: 'significant', label: 'Significant', kind: 'flag' },
    { key: 'whitePercent', label: 'White %', kind: 'percent' },
    { key: 'bmePercent', label: 'BME %', kind: 'percent' },
  ];
  const rows = points.map((point): TableRowInput => {
    const basis = point.basis ?? [];
    const cell = (pick: (input: TrendInput) => number | boolean | null | undefined): TableCellInput => {
      if (point.figure === null) return null;
      if (isNotComputable(point.figure)) return { value: point.figure, basis };
      const value = pick(point.figure);
      return value === undefined || value === null ? null : { value, basis };
    };
    return {
      year: point.contractYear,
      value: cell((f) => f.value),
      ciLower: cell((f) => f.ciLower),
      ciUpper: cell((f) => f.ciUpper),
      significant: cell((f) => f.significant),
      whitePercent: cell((f) => f.whitePercent),
      bmePercent: cell((f) => f.bmePercent),
    };
  });
  const published: PublishedTable = publishTable(
    {
      key: `trend-${indicator}`,
      title: description.title,
      columns: [{ key: 'year', label: 'Contract year', kind: 'label' }, ...figureColumns],
      rows,
    },
    { threshold },
  );
  return {
    ...description,
    points: points.map((point, i) => {
      if (point.figure === null) return { contractYear: point.contractYear, figure: null };
      if (isNotComputable(point.figure) && published.rows[i].cells['value'].status !== 'redacted') {
        return { contractYear: point.contractYear, figure: point.figure };
      }
      const cells = published.rows[i].cells;
      const optional = (key: string) => (cells[key].status === 'empty' ? null : cells[key]);
      const figure: TrendFigure = {
        value: cells['value'],
        ciLower: optional('ciLower'),
        ciUpper: optional('ciUpper'),
        significant: optional('significant'),
        ...(cells['whitePercent'].status === 'empty' ? {} : { whitePercent: cells['whitePercent'] }),
        ...(cells['bmePercent'].status === 'empty' ? {} : { bmePercent: cells['bmePercent'] }),
      };
      return { contractYear: point.contractYear, figure };
    }),
  };
}

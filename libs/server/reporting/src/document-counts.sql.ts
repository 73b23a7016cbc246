import type { IndicatorCounts } from '@wres/domain/reporting';

/*
 * The counts behind each indicator, extracted in SQL from a submitted version's WRES document (jsonb), so
 * pooling sums them in the database instead of fetching documents. Every extracted value is null unless the
 * document holds a number there; an indicator counts only when all its values are present.
 */

type Path = readonly string[];

function jsonNumber(document: string, path: Path): string {
  const literal = `'{${path.join(',')}}'`;
  return `(CASE WHEN jsonb_typeof(${document} #> ${literal}) = 'number' THEN (${document} #>> ${literal})::numeric END)`;
}

/** Indicator 1's band rows summed for one ethnicity group. */
function bandRowsSum(document: string, group: 'white' | 'bme' | 'unknown'): string {
  return `(SELECT sum(CASE WHEN jsonb_typeof(band_row->'${group}') = 'number' THEN (band_row->>'${group}')::numeric END)
           FROM jsonb_array_elements(CASE WHEN jsonb_typeof(${document} #> '{indicator1,rows}') = 'array'
                                          THEN ${document} #> '{indicator1,rows}' END) AS band_row)`;
}

/** A survey group's "yes" count: the count given, or the published percentage of respondents, rounded. */
function surveyEvents(document: string, indicator: string, group: string): string {
  const count = jsonNumber(document, [indicator, group, 'count']);
  const percent = jsonNumber(document, [indicator, group, 'percent']);
  const respondents = jsonNumber(document, [indicator, group, 'respondents']);
  return `coalesce(${count}, round(${percent} * ${respondents} / 100))`;
}

interface CountColumn {
  readonly name: string;
  readonly sql: (document: string) => string;
}

interface IndicatorColumns {
  readonly indicator: keyof IndicatorCounts;
  readonly columns: readonly CountColumn[];
}

const outcome = (
  indicator: 'i2' | 'i3' | 'i4',
  field: string,
  events: string,
  total: string,
): IndicatorColumns => ({
  indicator,
  columns: (['white', 'bme'] as const).flatMap((group) => [
    { name: `${indicator}_${group}_events`, sql: (d: string) => jsonNumber(d, [field, group, events]) },
    { name: `${indicator}_${group}_total`, sql: (d: string) => jsonNumber(d, [field, group, total]) },
  ]),
});

const survey = (indicator: 'i5' | 'i6' | 'i7' | 'i8'): IndicatorColumns => {
  const field = `indicator${indicator.slice(1)}`;
  return {
    indicator,
    columns: (['white', 'bme'] as const).flatMap((group) => [
      { name: `${indicator}_${group}_events`, sql: (d: string) => surveyEvents(d, field, group) },
      {
        name: `${indicator}_${group}_total`,
        sql: (d: string) => jsonNumber(d, [field, group, 'respondents']),
      },
    ]),
  };
};

const board = (part: 'all' | 'voting' | 'executive'): CountColumn[] =>
  (['white', 'bme'] as const).map((group) => ({
    name: `i9_${part}_${group}`,
    sql: (d: string) => jsonNumber(d, ['indicator9', part, group]),
  }));

/** Every indicator's columns, in a fixed order. */
export const INDICATOR_COLUMNS: readonly IndicatorColumns[] = [
  {
    indicator: 'i1',
    columns: (['white', 'bme', 'unknown'] as const).map((group) => ({
      name: `i1_${group}`,
      sql: (d: string) => bandRowsSum(d, group),
    })),
  },
  outcome('i2', 'indicator2', 'appointed', 'shortlisted'),
  outcome('i3', 'indicator3', 'cases', 'headcount'),
  outcome('i4', 'indicator4', 'accessed', 'headcount'),
  survey('i5'),
  survey('i6'),
  survey('i7'),
  survey('i8'),
  {
    indicator: 'i9',
    columns: [
      ...board('all'),
      ...board('voting'),
      ...board('executive'),
      // The workforce board %BME is compared with: indicator 1's, or the one stated when it is missing.
      ...(['white', 'bme'] as const).map((group) => ({
        name: `i9_workforce_${group}`,
        sql: (d: string) =>
          `coalesce(${bandRowsSum(d, group)}, ${jsonNumber(d, ['indicator9', 'statedWorkforce', group])})`,
      })),
    ],
  },
];

/** Whether a survey indicator's counts were estimated from a published percentage. */
function estimatedSql(document: string, indicator: 'i5' | 'i6' | 'i7' | 'i8'): string {
  const field = `indicator${indicator.slice(1)}`;
  return `(${['white', 'bme']
    .map((group) => `${jsonNumber(document, [field, group, 'count'])} IS NULL`)
    .join(' OR ')})`;
}

const SURVEY_KEYS = ['i5', 'i6', 'i7', 'i8'] as const;

/** The select list extracting every count from `document` (a jsonb expression), names prefixed. */
export function countColumnsSql(document: string, prefix = ''): string {
  const columns = INDICATOR_COLUMNS.flatMap(({ columns }) =>
    columns.map((column) => `${column.sql(document)} AS ${prefix}${column.name}`),
  );
  const estimated = SURVEY_KEYS.map((key) => `${estimatedSql(document, key)} AS ${prefix}${key}_estimated`);
  return [...columns, ...estimated].join(',\n');
}

/**
 * A version's document read once per row, as `alias.document`, to take the counts from. Each `#>` on a
 * stored jsonb column fetches and decompresses the whole (TOASTed) document again, and the counts read it
 * about sixty times; this copy is read once and kept in memory. `OFFSET 0` stops the planner from folding
 * it back into the outer query. A null document gives a null copy, so it also suits a LEFT JOINed version.
 */
export function documentOnceSql(document: string, alias: string): string {
  return `CROSS JOIN LATERAL (SELECT ${document} || '{}'::jsonb AS document OFFSET 0) AS ${alias}`;
}

/** True when every count of the indicator is present (in a relation with `countColumnsSql`'s columns). */
function completeSql(entry: IndicatorColumns, alias: string): string {
  return entry.columns.map((column) => `${alias}.${column.name} IS NOT NULL`).join(' AND ');
}

/**
 * Aggregates summing each indicator's counts over the rows of `alias` that have all of them, with how many
 * contributed (`<indicator>_contributors`), for a GROUP BY.
 */
export function pooledSumsSql(alias: string): string {
  return [
    ...INDICATOR_COLUMNS.flatMap((entry) => [
      `count(*) FILTER (WHERE ${completeSql(entry, alias)}) AS ${entry.indicator}_contributors`,
      ...entry.columns.map(
        (column) =>
          `sum(${alias}.${column.name}) FILTER (WHERE ${completeSql(entry, alias)}) AS ${column.name}`,
      ),
    ]),
    ...SURVEY_KEYS.map(
      (key) =>
        `coalesce(bool_or(${alias}.${key}_estimated) FILTER (WHERE ${completeSql(
          INDICATOR_COLUMNS.find((entry) => entry.indicator === key) as IndicatorColumns,
          alias,
        )}), false) AS ${key}_estimated`,
    ),
  ].join(',\n');
}

type Row = Record<string, unknown>;

/** PostgreSQL returns numeric and bigint as text: read back as numbers. */
function numberOf(row: Row, name: string): number | null {
  const value = row[name];
  if (value === null || value === undefined) return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

/**
 * The counts of one row (one version's, or a pool's sums), with `prefix` as in `countColumnsSql`. An
 * indicator is absent when any of its counts is, or when a pool had no contributors to it.
 */
export function countsFromRow(row: Row, prefix = ''): IndicatorCounts {
  const read = (entry: IndicatorColumns): number[] | null => {
    const contributors = numberOf(row, `${prefix}${entry.indicator}_contributors`);
    if (contributors === 0) return null;
    const values = entry.columns.map((column) => numberOf(row, `${prefix}${column.name}`));
    return values.every((value): value is number => value !== null) ? values : null;
  };
  const counts: { -readonly [K in keyof IndicatorCounts]: IndicatorCounts[K] } = {};
  for (const entry of INDICATOR_COLUMNS) {
    const values = read(entry);
    if (values === null) continue;
    switch (entry.indicator) {
      case 'i1':
        counts.i1 = { white: values[0], bme: values[1], unknown: values[2] };
        break;
      case 'i2':
      case 'i3':
      case 'i4':
        counts[entry.indicator] = {
          white: { events: values[0], total: values[1] },
          bme: { events: values[2], total: values[3] },
        };
        break;
      case 'i5':
      case 'i6':
      case 'i7':
      case 'i8':
        counts[entry.indicator] = {
          white: { events: values[0], total: values[1] },
          bme: { events: values[2], total: values[3] },
          estimated: row[`${prefix}${entry.indicator}_estimated`] === true,
        };
        break;
      case 'i9':
        counts.i9 = {
          all: { white: values[0], bme: values[1] },
          voting: { white: values[2], bme: values[3] },
          executive: { white: values[4], bme: values[5] },
          workforce: { white: values[6], bme: values[7] },
        };
        break;
    }
  }
  return counts;
}

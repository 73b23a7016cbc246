import {
  AFC_BANDS,
  BAND_LABELS,
  MEDICAL_GRADES,
  STAFF_GROUP_LABELS,
  STAFF_GROUPS,
  formatNumber,
  type Band,
  type StaffGroup,
} from '@wres/domain/wres';
import type { ChangedValue } from '@wres/shared/contracts';

/**
 * Paths in words. The API and the domain's validation name every value by its path in the report
 * (`document.indicator2.bme.appointed`, `details.boardSignOff.date`); people read "Indicator 2 – BME –
 * appointed". No Angular here, so it can be tested on its own.
 */

/** Joins the parts of a label, as the brief's examples do: "Indicator 2 – BME – appointed". */
export const LABEL_SEPARATOR = ' – ';

export const ETHNICITY_GROUP_LABELS = { white: 'White', bme: 'BME', unknown: 'Unknown' } as const;
export type EthnicityColumn = keyof typeof ETHNICITY_GROUP_LABELS;
export const ETHNICITY_COLUMNS: readonly EthnicityColumn[] = ['white', 'bme', 'unknown'];

const SURVEY_MEASURE_LABELS: Readonly<Record<string, string>> = {
  respondents: 'respondents',
  count: 'respondents answering yes',
  percent: 'percentage',
};

/** What each indicator's figures are called, by the key under the group (`indicator3.bme.cases`). */
export const MEASURE_LABELS: Readonly<Record<number, Readonly<Record<string, string>>>> = {
  2: { shortlisted: 'shortlisted', appointed: 'appointed' },
  3: { cases: 'entered the formal disciplinary process', headcount: 'headcount' },
  4: { accessed: 'accessed non-mandatory training or CPD', headcount: 'headcount' },
  5: SURVEY_MEASURE_LABELS,
  6: SURVEY_MEASURE_LABELS,
  7: SURVEY_MEASURE_LABELS,
  8: SURVEY_MEASURE_LABELS,
};

const BOARD_LABELS: Readonly<Record<string, string>> = {
  all: 'all board members',
  voting: 'voting board members',
  executive: 'executive board members',
  statedWorkforce: 'workforce of known ethnicity',
};

const DETAIL_LABELS: Readonly<Record<string, string>> = {
  publishedReportUrl: 'Published report web address',
  actionPlanUrl: 'Action plan web address',
  boardSignOff: 'Board sign-off',
  'boardSignOff.name': `Board sign-off${LABEL_SEPARATOR}name`,
  'boardSignOff.role': `Board sign-off${LABEL_SEPARATOR}role`,
  'boardSignOff.date': `Board sign-off${LABEL_SEPARATOR}date`,
  lead: 'WRES lead',
  'lead.name': `WRES lead${LABEL_SEPARATOR}name`,
  'lead.contact': `WRES lead${LABEL_SEPARATOR}contact details`,
  narratives: 'Narratives',
  accuracyDeclaration: 'Declaration that the information is accurate',
  lateReason: 'Reason the report is late',
};

/** One step of a path: a property name or an array index. */
type Segment = string | number;

/** `indicator1.rows[3].white` → ['indicator1', 'rows', 3, 'white']. */
export function pathSegments(path: string): Segment[] {
  const segments: Segment[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      segments.push(part);
      continue;
    }
    if (match[1]) segments.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
}

/**
 * A band row as a person names it, "Non-clinical – Band 2". Rows are found in the document when one is
 * given (rows may be in any order, or some left out); otherwise the index is taken as the row's place in
 * the template's order, which is how this service writes them.
 */
export function describeBandRow(index: number, document?: unknown): string {
  const row = rowsOf(document)?.[index];
  if (isObject(row) && isStaffGroup(row['staffGroup']) && typeof row['band'] === 'string') {
    const band = BAND_LABELS[row['band'] as Band] ?? row['band'];
    return `${STAFF_GROUP_LABELS[row['staffGroup']]}${LABEL_SEPARATOR}${band}`;
  }
  const canonical = TEMPLATE_ROWS[index];
  return canonical
    ? `${STAFF_GROUP_LABELS[canonical.staffGroup]}${LABEL_SEPARATOR}${BAND_LABELS[canonical.band]}`
    : `row ${index + 1}`;
}

/** Every band row in the template's order: non-clinical bands, clinical bands, then medical grades. */
export const TEMPLATE_ROWS: ReadonlyArray<{ staffGroup: StaffGroup; band: Band }> = STAFF_GROUPS.flatMap(
  (staffGroup) => bandsOf(staffGroup).map((band) => ({ staffGroup, band })),
);

/** The bands a staff group reports on, in the template's order. */
export function bandsOf(staffGroup: StaffGroup): readonly Band[] {
  return staffGroup === 'medical' ? MEDICAL_GRADES : AFC_BANDS;
}

/**
 * A path in words: `document.indicator2.bme.appointed` → "Indicator 2 – BME – appointed";
 * `details.boardSignOff.date` → "Board sign-off – date". `document` resolves indicator 1's row indices.
 */
export function labelPath(path: string, document?: unknown): string {
  const segments = pathSegments(path);
  if (segments[0] === 'document') return labelDocumentPath(segments.slice(1), document);
  if (segments[0] === 'details') return labelDetailsPath(segments.slice(1));
  return labelDocumentPath(segments, document);
}

function labelDocumentPath(segments: Segment[], document: unknown): string {
  const [first, ...rest] = segments;
  if (first === undefined) return 'The report';
  if (first === 'reportingPeriodEnd') return 'Reporting period end';
  if (first === 'selfReportedEthnicity') {
    const what = { known: 'staff of known ethnicity', total: 'all staff' }[String(rest[0])];
    return join('Ethnicity recording', what ?? words(rest));
  }
  const indicator = /^indicator([1-9])$/.exec(String(first));
  if (!indicator) return join(...segments.map(String).map(humanise));
  const number = Number(indicator[1]);
  const name = `Indicator ${number}`;
  if (rest.length === 0) return name;
  if (rest[0] === 'missingReason') return join(name, 'reason it cannot be reported');
  if (number === 1) return join(name, labelIndicator1(rest, document));
  if (number === 9) return join(name, labelIndicator9(rest));
  const [group, measure, ...more] = rest;
  const parts: string[] = [];
  if (group === 'publishedOverall') parts.push('published overall figure');
  else parts.push(groupLabel(group));
  if (measure !== undefined)
    parts.push(MEASURE_LABELS[number]?.[String(measure)] ?? humanise(String(measure)));
  if (more.length > 0) parts.push(words(more));
  return join(name, ...parts);
}

function labelIndicator1(rest: Segment[], document: unknown): string {
  const [what, second, third, ...more] = rest;
  if (what === 'rows') {
    if (typeof second !== 'number') return 'band rows';
    const row = describeBandRow(second, document);
    if (third === undefined) return row;
    return joinParts(row, groupLabel(third), ...(more.length > 0 ? [words(more)] : []));
  }
  if (what === 'statedTotals') {
    if (second === undefined) return 'stated totals';
    const staffGroup = isStaffGroup(second) ? STAFF_GROUP_LABELS[second] : humanise(String(second));
    return joinParts(`${staffGroup} total`, ...(third === undefined ? [] : [groupLabel(third)]));
  }
  return words(rest);
}

function labelIndicator9(rest: Segment[]): string {
  const [who, group, ...more] = rest;
  const parts = [BOARD_LABELS[String(who)] ?? humanise(String(who))];
  if (group !== undefined) parts.push(groupLabel(group));
  if (more.length > 0) parts.push(words(more));
  return joinParts(...parts);
}

function labelDetailsPath(segments: Segment[]): string {
  if (segments.length === 0) return 'Report details';
  if (segments[0] === 'narratives') {
    const indicator = /^i([1-9])$/.exec(String(segments[1] ?? ''));
    return indicator ? join(`Indicator ${indicator[1]}`, 'narrative') : 'Narratives';
  }
  const key = segments.map(String).join('.');
  return DETAIL_LABELS[key] ?? join(...segments.map(String).map(humanise));
}

function groupLabel(group: Segment | undefined): string {
  return ETHNICITY_GROUP_LABELS[String(group) as EthnicityColumn] ?? humanise(String(group));
}

function words(segments: Segment[]): string {
  return segments.map((segment) => humanise(String(segment))).join(' ');
}

/** `boardSignOff` → "board sign off"; a last resort for paths this file does not know. */
function humanise(key: string): string {
  return key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
}

/** Joins parts as they are, for the middle of a label. */
function joinParts(...parts: string[]): string {
  return parts.filter((part) => part.length > 0).join(LABEL_SEPARATOR);
}

/** Joins parts into a whole label, which starts with a capital. */
function join(...parts: string[]): string {
  const text = joinParts(...parts);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A value as a person would read it in a list of changes: numbers with separators, dates in words. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'not given';
  if (typeof value === 'number') return Number.isInteger(value) ? formatNumber(value) : String(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatIsoDate(value);
    return value.trim() === '' ? 'blank' : value;
  }
  if (Array.isArray(value)) return `${value.length} ${value.length === 1 ? 'entry' : 'entries'}`;
  if (isObject(value)) {
    if (typeof value['missingReason'] === 'string') return `Cannot be reported: ${value['missingReason']}`;
    return 'Figures given';
  }
  return String(value);
}

/** One changed value in words, e.g. "Indicator 2 – BME – appointed: 124 → 130". */
export interface ChangeInWords {
  readonly label: string;
  readonly before: string;
  readonly after: string;
  readonly sentence: string;
}

/**
 * A change from the API's diff in words. `later` and `earlier` are the two versions' documents, to name
 * indicator 1's rows (a row only in the earlier version is found there).
 */
export function describeChange(change: ChangedValue, later?: unknown, earlier?: unknown): ChangeInWords {
  const segments = pathSegments(change.path);
  const rowIndex = segments[0] === 'document' && segments[2] === 'rows' ? segments[3] : undefined;
  const document = typeof rowIndex === 'number' && rowsOf(later)?.[rowIndex] === undefined ? earlier : later;
  const label = labelPath(change.path, document);
  const before = 'before' in change ? describeValue(change.before) : 'not given';
  const after = 'after' in change ? describeValue(change.after) : 'removed';
  return { label, before, after, sentence: `${label}: ${before} → ${after}` };
}

function rowsOf(document: unknown): unknown[] | undefined {
  if (!isObject(document)) return undefined;
  const i1 = document['indicator1'];
  return isObject(i1) && Array.isArray(i1['rows']) ? i1['rows'] : undefined;
}

function isStaffGroup(value: unknown): value is StaffGroup {
  return typeof value === 'string' && (STAFF_GROUPS as readonly string[]).includes(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2019-07-30" → "30 July 2019"; calendar dates are formatted in UTC so no zone moves them a day. */
export function formatIsoDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : LONG_DATE.format(date);
}

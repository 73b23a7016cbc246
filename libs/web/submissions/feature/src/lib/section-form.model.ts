import { contractYearEnd } from '@wres/domain/scope';
import {
  BAND_LABELS,
  isIsoDate,
  isWebAddress,
  STAFF_GROUP_LABELS,
  STAFF_GROUPS,
  type Band,
  type StaffGroup,
} from '@wres/domain/wres';
import {
  ETHNICITY_COLUMNS,
  ETHNICITY_GROUP_LABELS,
  LABEL_SEPARATOR,
  bandsOf,
  formatIsoDate,
  labelPath,
  pathSegments,
  type EthnicityColumn,
} from './report-paths.model';
import {
  isObject,
  reportProblems,
  sectionOfPath,
  type DraftContent,
  type IndicatorNumber,
  type ReportRules,
  type ReportSection,
} from './report-sections.model';

/**
 * One section's form: its fields, reading them from the draft and writing them back, with the checks a
 * person can fix on the page. Field ids are the report paths the values live at
 * (`document.indicator2.white.shortlisted`, `details.lead.name`), so the domain's and the API's problems
 * land on their fields. No Angular here, so it can be tested on its own.
 */

export type FieldKind = 'count' | 'percent' | 'text' | 'textarea' | 'url' | 'date' | 'checkbox' | 'choice';

/** A field is shown only while another field has a value, e.g. the reason once "cannot report" is ticked. */
export interface Condition {
  readonly field: string;
  readonly equals: string;
}

export interface FormField {
  readonly id: string;
  /** Where the value lives in the report; for indicator 1's cells, the row is found by staff group and band. */
  readonly path: string;
  readonly label: string;
  readonly kind: FieldKind;
  /** Needed before the section is complete. */
  readonly required: boolean;
  readonly hint?: string;
  readonly requiredMessage?: string;
  readonly when?: readonly Condition[];
  readonly options?: ReadonlyArray<{ value: string; text: string }>;
  /** Filled in when the draft has nothing yet (dates as YYYY-MM-DD). */
  readonly defaultValue?: string;
  readonly cell?: { readonly staffGroup: StaffGroup; readonly band: Band; readonly column: EthnicityColumn };
}

export interface FieldGroup {
  readonly legend: string;
  readonly hint?: string;
  readonly fields: readonly FormField[];
}

/** Indicator 1: one table per staff group, a row per band and a column per ethnicity group. */
export interface BandTable {
  readonly staffGroup: StaffGroup;
  readonly caption: string;
  readonly rows: ReadonlyArray<{
    readonly band: Band;
    readonly label: string;
    readonly cells: readonly FormField[];
  }>;
  readonly totals: readonly FormField[];
}

export interface SectionForm {
  readonly section: ReportSection;
  readonly cannotReport: FormField | null;
  readonly missingReason: FormField | null;
  readonly bandTables: readonly BandTable[];
  readonly groups: readonly FieldGroup[];
  readonly narrative: FormField | null;
  /** Every field, in the order they appear on the page. */
  readonly fields: readonly FormField[];
}

/** What has been typed, by field id; dates have three parts (see `datePartKey`). */
export type FormValues = Readonly<Partial<Record<string, string>>>;

/** One message per field id, as the shared form components take them. */
export type FieldErrors = Partial<Record<string, string>>;

export type DatePart = 'day' | 'month' | 'year';

export function datePartKey(fieldId: string, part: DatePart): string {
  return `${fieldId}:${part}`;
}

/** The element id of a date part; the day input takes the field's own id so error links land on it. */
export function datePartId(fieldId: string, part: DatePart): string {
  return part === 'day' ? fieldId : `${fieldId}-${part}`;
}

export const CHECKED = 'true';

export function cannotReportId(indicator: IndicatorNumber): string {
  return `document.indicator${indicator}.cannotReport`;
}

export function resultKindId(indicator: IndicatorNumber): string {
  return `document.indicator${indicator}.resultKind`;
}

export function indicator1CellId(staffGroup: StaffGroup, band: Band, column: EthnicityColumn): string {
  return `document.indicator1.${staffGroup}.${band}.${column}`;
}

/** A label within its section: "White – shortlisted" rather than "Indicator 2 – White – shortlisted". */
function sectionLabel(path: string): string {
  const label = labelPath(path).replace(/^Indicator [1-9] – /, '');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function count(path: string, extra: Partial<FormField> = {}): FormField {
  return { id: path, path, label: sectionLabel(path), kind: 'count', required: true, ...extra };
}

const SURVEY_INDICATORS: readonly IndicatorNumber[] = [5, 6, 7, 8];

/** Each indicator's two figures for each ethnicity group, in the template's order. */
const PAIR_MEASURES: Partial<Record<IndicatorNumber, readonly [string, string]>> = {
  2: ['shortlisted', 'appointed'],
  3: ['cases', 'headcount'],
  4: ['accessed', 'headcount'],
};

const PAIR_HINTS: Partial<Record<IndicatorNumber, string>> = {
  2: 'Over the last 12 months, staff of known ethnicity only',
  3: 'Cases opened over this year and the previous year, against headcount at the end of the period',
  4: 'Over the last 12 months, against headcount at the end of the period',
};

/** The form for one section of the report for a contract year. */
export function sectionForm(section: ReportSection, rules: ReportRules): SectionForm {
  const indicator = section.indicator;
  if (indicator !== null) return indicatorForm(section, indicator);
  if (section.id === 'reporting-period') return reportingPeriodForm(section, rules.contractYear);
  if (section.id === 'links-and-sign-off') return linksForm(section);
  return declarationForm(section, rules);
}

function indicatorForm(section: ReportSection, indicator: IndicatorNumber): SectionForm {
  const cannotReport: FormField = {
    id: cannotReportId(indicator),
    path: cannotReportId(indicator),
    label: 'We cannot report this indicator',
    kind: 'checkbox',
    required: false,
  };
  const reporting: Condition = { field: cannotReport.id, equals: '' };
  const missingReason: FormField = {
    id: `document.indicator${indicator}.missingReason`,
    path: `document.indicator${indicator}.missingReason`,
    label: `Why you cannot report indicator ${indicator}`,
    hint: 'This is published with your report as a shortcoming, with what you are doing about it',
    requiredMessage: `Say why you cannot report indicator ${indicator}`,
    kind: 'textarea',
    required: true,
    when: [{ field: cannotReport.id, equals: CHECKED }],
  };
  const narrative: FormField = {
    id: `details.narratives.i${indicator}`,
    path: `details.narratives.i${indicator}`,
    label: `Narrative for indicator ${indicator}`,
    hint: 'What the figures show, how they compare with last year, and the actions you will take',
    requiredMessage: `Enter a narrative for indicator ${indicator}`,
    kind: 'textarea',
    required: true,
    when: [reporting],
  };
  const when = [reporting];
  let bandTables: BandTable[] = [];
  let groups: FieldGroup[] = [];

  if (indicator === 1) {
    bandTables = STAFF_GROUPS.map((staffGroup) => ({
      staffGroup,
      caption: `${STAFF_GROUP_LABELS[staffGroup]} staff`,
      rows: bandsOf(staffGroup).map((band) => ({
        band,
        label: BAND_LABELS[band],
        cells: ETHNICITY_COLUMNS.map((column): FormField => ({
          id: indicator1CellId(staffGroup, band, column),
          path: indicator1CellId(staffGroup, band, column),
          label: [STAFF_GROUP_LABELS[staffGroup], BAND_LABELS[band], ETHNICITY_GROUP_LABELS[column]].join(
            LABEL_SEPARATOR,
          ),
          kind: 'count',
          // A row left wholly blank is a band the organisation does not have.
          required: false,
          when,
          cell: { staffGroup, band, column },
        })),
      })),
      totals: ETHNICITY_COLUMNS.map((column) =>
        count(`document.indicator1.statedTotals.${staffGroup}.${column}`, { required: false, when }),
      ),
    }));
  } else if (SURVEY_INDICATORS.includes(indicator)) {
    const kind: FormField = {
      id: resultKindId(indicator),
      path: resultKindId(indicator),
      label: 'How do you give the results?',
      kind: 'choice',
      required: true,
      requiredMessage: 'Select whether you give numbers of respondents or percentages',
      options: [
        { value: 'count', text: 'Numbers of respondents answering yes' },
        { value: 'percent', text: 'Percentages, as published' },
      ],
      when,
    };
    const byKind = (value: string) => [reporting, { field: kind.id, equals: value }];
    groups = [
      { legend: 'Results', fields: [kind] },
      ...(['white', 'bme'] as const).map((group) => ({
        legend: `${ETHNICITY_GROUP_LABELS[group]} staff`,
        fields: [
          count(`document.indicator${indicator}.${group}.respondents`, { when }),
          count(`document.indicator${indicator}.${group}.count`, { when: byKind('count') }),
          {
            ...count(`document.indicator${indicator}.${group}.percent`, { when: byKind('percent') }),
            kind: 'percent' as const,
            hint: 'For example, 23.1',
          },
        ],
      })),
      {
        legend: 'Published overall figure (optional)',
        hint: 'The overall line of the published survey results, if you have it: it is checked against the groups',
        fields: [
          count(`document.indicator${indicator}.publishedOverall.respondents`, { required: false, when }),
          {
            ...count(`document.indicator${indicator}.publishedOverall.percent`, { required: false, when }),
            kind: 'percent' as const,
          },
        ],
      },
    ];
  } else if (indicator === 9) {
    groups = [
      ...(['all', 'voting', 'executive'] as const).map((who) => ({
        legend: sectionLabel(`document.indicator9.${who}`),
        fields: ETHNICITY_COLUMNS.map((group) => count(`document.indicator9.${who}.${group}`, { when })),
      })),
      {
        legend: 'Workforce of known ethnicity (only if you cannot report indicator 1)',
        hint: 'Otherwise the workforce comes from indicator 1',
        fields: (['white', 'bme'] as const).map((group) =>
          count(`document.indicator9.statedWorkforce.${group}`, { required: false, when }),
        ),
      },
    ];
  } else {
    const measures = PAIR_MEASURES[indicator] ?? ['', ''];
    groups = (['white', 'bme'] as const).map((group) => ({
      legend: `${ETHNICITY_GROUP_LABELS[group]} staff`,
      hint: PAIR_HINTS[indicator],
      fields: measures.map((measure) =>
        count(`document.indicator${indicator}.${group}.${measure}`, { when }),
      ),
    }));
  }

  const fields = [
    cannotReport,
    missingReason,
    ...bandTables.flatMap((table) => [...table.rows.flatMap((row) => row.cells), ...table.totals]),
    ...groups.flatMap((group) => group.fields),
    narrative,
  ];
  return { section, cannotReport, missingReason, bandTables, groups, narrative, fields };
}

function reportingPeriodForm(section: ReportSection, contractYear: string): SectionForm {
  const end = contractYearEnd(contractYear);
  const groups: FieldGroup[] = [
    {
      legend: 'Reporting period',
      fields: [
        {
          id: 'document.reportingPeriodEnd',
          path: 'document.reportingPeriodEnd',
          label: 'Reporting period end',
          hint: `The date of the staff-in-post figures: for the ${contractYear} report, ${formatIsoDate(end)}. For example, ${dateExample(end)}`,
          requiredMessage: 'Enter the reporting period end',
          kind: 'date',
          required: true,
          defaultValue: end,
        },
      ],
    },
    {
      legend: 'Ethnicity recording',
      hint: 'Substantive staff at the end of the period, including executive board members but not non-executives',
      fields: [
        count('document.selfReportedEthnicity.known', {
          label: 'Staff of known ethnicity',
          hint: 'Staff who have self-reported their ethnicity',
        }),
        count('document.selfReportedEthnicity.total', { label: 'All staff' }),
      ],
    },
  ];
  return form(section, groups);
}

function linksForm(section: ReportSection): SectionForm {
  const text = (path: string, label: string, extra: Partial<FormField> = {}): FormField => ({
    id: path,
    path,
    label,
    kind: 'text',
    required: true,
    ...extra,
  });
  const groups: FieldGroup[] = [
    {
      legend: 'Where the report is published',
      fields: [
        text('details.publishedReportUrl', 'Web address of the published WRES report', {
          kind: 'url',
          hint: 'The unique web address on which the report and action plan will be found, starting https://',
          requiredMessage: 'Enter the web address of the published WRES report',
        }),
        text('details.actionPlanUrl', 'Web address of the action plan', {
          kind: 'url',
          hint: 'Starting https://',
          requiredMessage: 'Enter the web address of the action plan',
        }),
      ],
    },
    {
      legend: 'Board sign-off',
      fields: [
        text('details.boardSignOff.name', 'Name of who signed the report off for the board', {
          requiredMessage: 'Enter the name of who signed the report off for the board',
        }),
        text('details.boardSignOff.role', 'Their role', {
          hint: 'For example, Chief Executive',
          requiredMessage: 'Enter the role of who signed the report off',
        }),
        text('details.boardSignOff.date', 'Date of the board sign-off', {
          kind: 'date',
          hint: 'For example, 30 7 2026',
          requiredMessage: 'Enter the date of the board sign-off',
        }),
      ],
    },
    {
      legend: 'WRES lead',
      fields: [
        text('details.lead.name', 'Name and title of the WRES lead', {
          requiredMessage: 'Enter the name of the WRES lead',
        }),
        text('details.lead.contact', 'Contact details of the WRES lead', {
          hint: 'An email address or telephone number',
          requiredMessage: 'Enter contact details for the WRES lead',
        }),
      ],
    },
  ];
  return form(section, groups);
}

function declarationForm(section: ReportSection, rules: ReportRules): SectionForm {
  const fields: FormField[] = [
    {
      id: 'details.accuracyDeclaration',
      path: 'details.accuracyDeclaration',
      label: 'I declare that the information in this report is accurate',
      hint: 'As the NHS Standard Contract requires (SC28.5)',
      requiredMessage: 'Declare that the information in this report is accurate',
      kind: 'checkbox',
      required: true,
    },
  ];
  // A report is late once the deadline has passed; when that is not known the reason is asked for anyway.
  if (rules.late !== false) {
    fields.push({
      id: 'details.lateReason',
      path: 'details.lateReason',
      label: 'Why the report is late',
      hint: rules.late
        ? 'The annual-report deadline has passed. Your commissioner sees this reason with the report.'
        : 'Only if you are submitting after the annual-report deadline',
      requiredMessage: 'Say why the report is late',
      kind: 'textarea',
      required: rules.late === true,
    });
  }
  return form(section, [{ legend: 'Declaration', fields }]);
}

function form(section: ReportSection, groups: FieldGroup[]): SectionForm {
  return {
    section,
    cannotReport: null,
    missingReason: null,
    bandTables: [],
    groups,
    narrative: null,
    fields: groups.flatMap((group) => group.fields),
  };
}

function dateExample(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${month} ${year}`;
}

export function isShown(field: FormField, values: FormValues): boolean {
  return (field.when ?? []).every((condition) => (values[condition.field] ?? '') === condition.equals);
}

// ---- Reading the draft into the form ----

export function readSection(form: SectionForm, draft: DraftContent): FormValues {
  const values: Record<string, string> = {};
  const indicator = form.section.indicator;
  for (const field of form.fields) {
    if (field.cell) {
      const value = cellValue(draft.document, field.cell);
      values[field.id] = value === undefined ? '' : String(value);
    } else if (field.kind === 'date') {
      const given = valueAt(draft, field.path);
      const iso = typeof given === 'string' && given !== '' ? given : (field.defaultValue ?? '');
      const [year = '', month = '', day = ''] = iso.split('-');
      values[datePartKey(field.id, 'day')] = day.replace(/^0/, '');
      values[datePartKey(field.id, 'month')] = month.replace(/^0/, '');
      values[datePartKey(field.id, 'year')] = year;
    } else if (indicator !== null && field.id === cannotReportId(indicator)) {
      const entry = draft.document[`indicator${indicator}`];
      values[field.id] = isObject(entry) && 'missingReason' in entry ? CHECKED : '';
    } else if (indicator !== null && field.id === resultKindId(indicator)) {
      values[field.id] = surveyResultKind(draft.document[`indicator${indicator}`]);
    } else if (field.kind === 'checkbox') {
      values[field.id] = valueAt(draft, field.path) === true ? CHECKED : '';
    } else {
      const value = valueAt(draft, field.path);
      values[field.id] = typeof value === 'number' || typeof value === 'string' ? String(value) : '';
    }
  }
  return values;
}

function surveyResultKind(entry: unknown): string {
  if (!isObject(entry)) return '';
  const groups = [entry['white'], entry['bme']].filter(isObject);
  if (groups.some((group) => group['percent'] !== undefined)) return 'percent';
  if (groups.some((group) => group['count'] !== undefined)) return 'count';
  return '';
}

function cellValue(document: Record<string, unknown>, cell: NonNullable<FormField['cell']>): unknown {
  const i1 = document['indicator1'];
  const rows = isObject(i1) && Array.isArray(i1['rows']) ? i1['rows'] : [];
  const row = rows.find(
    (candidate) =>
      isObject(candidate) && candidate['staffGroup'] === cell.staffGroup && candidate['band'] === cell.band,
  );
  return isObject(row) ? row[cell.column] : undefined;
}

/** The value at a report path (`document.…` or `details.…`), or undefined. */
export function valueAt(draft: DraftContent, path: string): unknown {
  let current: unknown = { document: draft.document, details: draft.details };
  for (const segment of pathSegments(path)) {
    if (typeof segment === 'number') current = Array.isArray(current) ? current[segment] : undefined;
    else current = isObject(current) ? current[segment] : undefined;
    if (current === undefined) return undefined;
  }
  return current;
}

// ---- Writing the form into the draft ----

/**
 * `complete`: "Save and continue", which needs the section finished and right; `partial`: "Save and come
 * back later", which keeps whatever can be kept and refuses only values that are not what they should be.
 */
export type SaveMode = 'complete' | 'partial';

export interface SectionResult {
  readonly draft: DraftContent;
  /** By field id; the draft is only saved when there are none. */
  readonly errors: FieldErrors;
}

interface Parsed {
  readonly value?: unknown;
  readonly error?: string;
}

export function writeSection(
  form: SectionForm,
  values: FormValues,
  draft: DraftContent,
  mode: SaveMode,
  rules: ReportRules,
): SectionResult {
  const errors: Record<string, string> = {};
  const shown = form.fields.filter((field) => isShown(field, values));
  const parsed = new Map<string, unknown>();
  for (const field of shown) {
    const result = parseField(field, values, mode, rules);
    if (result.error) errors[field.id] = result.error;
    else if (result.value !== undefined) parsed.set(field.id, result.value);
  }

  const document = { ...draft.document };
  const details = structuredClone(draft.details) as Record<string, unknown>;
  const indicator = form.section.indicator;
  if (indicator !== null) {
    const key = `indicator${indicator}`;
    if (parsed.get(cannotReportId(indicator)) === true) {
      document[key] = { missingReason: String(parsed.get(`document.${key}.missingReason`) ?? '') };
    } else {
      const figures =
        indicator === 1 ? indicator1Figures(form, values, mode, errors) : nestedFigures(shown, parsed, key);
      if (figures === null) delete document[key];
      else document[key] = figures;
    }
  }
  for (const field of shown) {
    const segments = pathSegments(field.path);
    if (segments[0] === 'document' && indicator === null)
      setAt(document, segments.slice(1), parsed.get(field.id));
    if (segments[0] === 'details') setAt(details, segments.slice(1), parsed.get(field.id));
  }
  const written: DraftContent = { document, details: details as DraftContent['details'] };

  if (mode === 'complete') addReportProblems(form, values, written, rules, errors);
  return { draft: written, errors };
}

function parseField(field: FormField, values: FormValues, mode: SaveMode, rules: ReportRules): Parsed {
  if (field.kind === 'checkbox') {
    const checked = values[field.id] === CHECKED;
    if (!checked && field.required && mode === 'complete') return { error: field.requiredMessage };
    // Unticking the declaration withdraws it; other boxes only steer the form.
    return { value: checked ? true : field.path.startsWith('details.') ? undefined : false };
  }
  if (field.kind === 'date') return parseDate(field, values, mode, rules);
  const text = (values[field.id] ?? '').trim();
  if (text === '') {
    if (field.required && mode === 'complete')
      return { error: field.requiredMessage ?? `Enter a figure for ${lowerFirst(field.label)}` };
    return {};
  }
  switch (field.kind) {
    case 'count': {
      const value = parseCount(text);
      return value === null ? { error: `${field.label} must be a whole number, like 120` } : { value };
    }
    case 'percent': {
      const value = parsePercent(text);
      return value === null
        ? { error: `${field.label} must be a percentage from 0 to 100, like 23.1` }
        : { value };
    }
    case 'url':
      return isWebAddress(text)
        ? { value: text }
        : { error: `Enter the ${lowerFirst(field.label)} starting http:// or https://` };
    default:
      return { value: text };
  }
}

function parseDate(field: FormField, values: FormValues, mode: SaveMode, rules: ReportRules): Parsed {
  const [day, month, year] = (['day', 'month', 'year'] as const).map((part) =>
    (values[datePartKey(field.id, part)] ?? '').trim(),
  );
  if (!day && !month && !year) {
    return field.required && mode === 'complete' ? { error: field.requiredMessage } : {};
  }
  const missing = [!day && 'day', !month && 'month', !year && 'year'].filter(Boolean);
  if (missing.length > 0) return { error: `${field.label} must include a ${missing.join(' and ')}` };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year))
    return { error: `${field.label} must be a real date, like 31 3 2026` };
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (!isIsoDate(iso)) return { error: `${field.label} must be a real date, like 31 3 2026` };
  if (field.path === 'document.reportingPeriodEnd' && mode === 'complete') {
    const end = contractYearEnd(rules.contractYear);
    if (iso !== end)
      return {
        error: `The reporting period for the ${rules.contractYear} report ends on ${formatIsoDate(end)}`,
      };
  }
  return { value: iso };
}

/** "1,234" or "1 234" → 1234; null for anything that is not a whole number of 0 or more. */
export function parseCount(text: string): number | null {
  const digits = text.replace(/[\s,]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}

/** "23.1" or "23.1%" → 23.1; null outside 0 to 100. */
export function parsePercent(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*%?$/.exec(text.replace(/\s+/g, ' ').trim());
  if (!match) return null;
  const value = Number(match[1]);
  return value >= 0 && value <= 100 ? value : null;
}

/** Builds an indicator from its shown figures; null when nothing was entered. */
function nestedFigures(
  shown: readonly FormField[],
  parsed: Map<string, unknown>,
  key: string,
): object | null {
  const figures: Record<string, unknown> = {};
  for (const field of shown) {
    const segments = pathSegments(field.path);
    if (segments[1] !== key || segments.length < 4 || !parsed.has(field.id)) continue;
    setAt(figures, segments.slice(2), parsed.get(field.id));
  }
  return Object.keys(figures).length > 0 ? figures : null;
}

/** Indicator 1's rows in the template's order; a row left wholly blank is left out. */
function indicator1Figures(
  form: SectionForm,
  values: FormValues,
  mode: SaveMode,
  errors: Record<string, string>,
): object | null {
  const rows: Array<Record<string, unknown>> = [];
  const statedTotals: Record<string, Record<string, number>> = {};
  for (const table of form.bandTables) {
    for (const row of table.rows) {
      const given = row.cells.filter((cell) => (values[cell.id] ?? '').trim() !== '');
      if (given.length === 0) continue;
      const counts: Record<string, number> = {};
      for (const cell of row.cells) {
        const value = parseCount(values[cell.id] ?? '');
        if (value !== null && cell.cell) counts[cell.cell.column] = value;
        else if (!errors[cell.id] && mode === 'complete' && cell.cell) {
          errors[cell.id] =
            `Enter the ${ETHNICITY_GROUP_LABELS[cell.cell.column]} headcount for ` +
            `${STAFF_GROUP_LABELS[table.staffGroup]} – ${row.label}, or leave the whole row blank`;
        }
      }
      rows.push({ staffGroup: table.staffGroup, band: row.band, ...counts });
    }
    const totals = table.totals.filter((cell) => (values[cell.id] ?? '').trim() !== '');
    if (totals.length > 0) {
      const group: Record<string, number> = {};
      for (const cell of table.totals) {
        const column = String(pathSegments(cell.path).at(-1));
        const value = parseCount(values[cell.id] ?? '');
        if (value !== null) group[column] = value;
        else if (!errors[cell.id] && mode === 'complete') {
          errors[cell.id] = `Enter the ${lowerFirst(cell.label)}, or leave all three totals blank`;
        }
      }
      statedTotals[table.staffGroup] = group;
    }
  }
  if (rows.length === 0 && mode === 'complete') {
    const first = form.bandTables[0]?.rows[0]?.cells[0];
    if (first && !errors[first.id])
      errors[first.id] = 'Enter the headcounts for each band, or say you cannot report this indicator';
  }
  if (rows.length === 0 && Object.keys(statedTotals).length === 0) return null;
  return Object.keys(statedTotals).length > 0 ? { rows, statedTotals } : { rows };
}

/** Sets (or, for undefined, removes) a value by path, making objects on the way. */
function setAt(
  target: Record<string, unknown>,
  segments: ReadonlyArray<string | number>,
  value: unknown,
): void {
  const [first, ...rest] = segments;
  if (first === undefined) return;
  const key = String(first);
  if (rest.length === 0) {
    if (value === undefined) delete target[key];
    else target[key] = value;
    return;
  }
  const child = isObject(target[key]) ? { ...(target[key] as Record<string, unknown>) } : {};
  setAt(child, rest, value);
  if (Object.keys(child).length === 0) delete target[key];
  else target[key] = child;
}

/**
 * The domain's and the API's rules for this section, on fields without a problem of their own: appointed
 * more than shortlisted, band rows that do not add up to the stated totals, a narrative still to write.
 */
function addReportProblems(
  form: SectionForm,
  values: FormValues,
  draft: DraftContent,
  rules: ReportRules,
  errors: Record<string, string>,
): void {
  const indicatorRoot =
    form.section.indicator === null ? null : `document.indicator${form.section.indicator}`;
  const ownProblems = Object.keys(errors).length > 0;
  for (const problem of reportProblems(draft, rules)) {
    if (sectionOfPath(problem.path) !== form.section.id) continue;
    // "Missing: give the figures" says again what the empty fields already say.
    if (problem.path === indicatorRoot && ownProblems) continue;
    const field = fieldForProblem(problem.path, form, values, draft.document);
    if (field && !errors[field.id]) errors[field.id] = problem.message;
  }
}

/** The field a problem's path points at, or the nearest one shown. */
export function fieldForProblem(
  path: string,
  form: SectionForm,
  values: FormValues,
  document: Record<string, unknown>,
): FormField | null {
  const shown = form.fields.filter((field) => isShown(field, values));
  const segments = pathSegments(path);
  if (segments[1] === 'indicator1' && segments[2] === 'rows' && typeof segments[3] === 'number') {
    const i1 = document['indicator1'];
    const row = isObject(i1) && Array.isArray(i1['rows']) ? i1['rows'][segments[3]] : undefined;
    const column = ETHNICITY_COLUMNS.find((candidate) => candidate === segments[4]) ?? 'white';
    if (isObject(row)) {
      const id = indicator1CellId(row['staffGroup'] as StaffGroup, row['band'] as Band, column);
      const cell = shown.find((field) => field.id === id);
      if (cell) return cell;
    }
  }
  // Checkboxes only steer the form, so a problem with the figures belongs on a figure.
  const figures = shown.filter((field) => field.kind !== 'checkbox' || field.path === path);
  return (
    figures.find((field) => field.path === path) ??
    figures.find((field) => field.path.startsWith(`${path}.`)) ??
    figures.find((field) => path.startsWith(`${field.path}.`)) ??
    figures[0] ??
    shown[0] ??
    null
  );
}

/** Maps the API's problems (a 400 from saving) onto the section's fields; the rest are returned as text. */
export function problemsOnFields(
  problems: ReadonlyArray<{ path: string; messages: readonly string[] }>,
  form: SectionForm,
  values: FormValues,
  document: Record<string, unknown>,
): { fields: FieldErrors; other: string[] } {
  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (const problem of problems) {
    const message = problem.messages.join('. ');
    const field =
      sectionOfPath(problem.path) === form.section.id
        ? fieldForProblem(problem.path, form, values, document)
        : null;
    if (field && !fields[field.id]) fields[field.id] = message;
    else other.push(`${labelPath(problem.path, document)}: ${message}`);
  }
  return { fields, other };
}

function lowerFirst(text: string): string {
  // Keep "White", "BME" and other names as written.
  return /^(White|BME|Unknown|WRES|VSM)\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

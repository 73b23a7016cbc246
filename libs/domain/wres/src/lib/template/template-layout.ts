import {
  AfcBand,
  BANDS_BY_STAFF_GROUP,
  MedicalGrade,
  STAFF_GROUPS,
  StaffGroup,
  SurveyIndicatorKey,
  WresDocument,
} from '../wres-document.model';
import { AFC_BAND_LABELS, MEDICAL_GRADE_LABELS, STAFF_GROUP_LABELS } from '../wres-labels';

/*
 * The downloadable WRES reporting template, as data: which sheet, row and column each figure of a
 * `WresDocument` sits in, and the headings a person sees around it. Writing and reading both walk this one
 * layout, so a figure always comes back from the cell it was written to.
 */

/** The template's sheets, in workbook order. */
export const TEMPLATE_SHEET_NAMES = [
  'About',
  'Indicator 1',
  'Indicators 2-4',
  'Indicators 5-8',
  'Indicator 9',
] as const;
export type TemplateSheetName = (typeof TEMPLATE_SHEET_NAMES)[number];

/** What a cell holds as a spreadsheet hands it over; null is a blank cell. */
export type TemplateCellValue = string | number | boolean | null;

/** What a person types into an input cell. */
export type TemplateInputKind = 'count' | 'percent' | 'date' | 'text';

/** How a row reads, for styling: headings are checked on upload, titles and notes are not. */
export type TemplateRowKind = 'title' | 'note' | 'heading' | 'data' | 'blank';

/** The parts of a document the template fills, each read (or left out) as a whole. */
export type TemplateSectionKey = keyof WresDocument;

/**
 * Which figures a section needs once any of it is given: every `required` one; all or none of a
 * `together` group (a stated total row); exactly one of an `either` group (a survey count or percent).
 */
export type TemplateFieldNeed =
  | { readonly kind: 'required' }
  | { readonly kind: 'optional' }
  | { readonly kind: 'together'; readonly group: string }
  | { readonly kind: 'either'; readonly group: string };

/** One input cell and the document value it holds, by the path validation problems use. */
export interface TemplateField {
  /** 0-based column. */
  readonly column: number;
  readonly kind: TemplateInputKind;
  /** e.g. `indicator2.bme.appointed`, `indicator1.rows[4].white`, `indicator5.missingReason`. */
  readonly path: string;
  /** What the cell holds, in words, e.g. "BME appointed from shortlisting". */
  readonly label: string;
  readonly need: TemplateFieldNeed;
}

export interface TemplateRowLayout {
  readonly kind: TemplateRowKind;
  /** The fixed text of the row; null where there is an input or nothing. */
  readonly cells: readonly TemplateCellValue[];
  readonly fields: readonly TemplateField[];
}

export interface TemplateSheetLayout {
  readonly name: TemplateSheetName;
  readonly rows: readonly TemplateRowLayout[];
}

/** Part of the document filled from the template. */
export interface TemplateSection {
  readonly key: TemplateSectionKey;
  readonly sheet: TemplateSheetName;
  /** How messages name it, e.g. "Indicator 2". */
  readonly title: string;
  /** Values the layout implies rather than a person types: each indicator 1 row's staff group and band. */
  readonly constants: ReadonlyArray<{ readonly path: string; readonly value: string }>;
}

export const SURVEY_INDICATOR_LABELS: { readonly [K in SurveyIndicatorKey]: string } = {
  indicator5: '5. Harassment, bullying or abuse from patients, relatives or the public (last 12 months)',
  indicator6: '6. Harassment, bullying or abuse from staff (last 12 months)',
  indicator7:
    '7. Believing the organisation provides equal opportunities for career progression or promotion',
  indicator8: '8. Personally experienced discrimination at work from a manager, team leader or colleagues',
};

export const MISSING_REASON_LABEL = 'Missing reason';
export const STATED_TOTAL_LABEL = 'Stated total (optional)';

const ETHNICITY_HEADINGS = { white: 'White', bme: 'BME', unknown: 'Unknown' } as const;
type EthnicityColumn = keyof typeof ETHNICITY_HEADINGS;

const required: TemplateFieldNeed = { kind: 'required' };
const optional: TemplateFieldNeed = { kind: 'optional' };

const title = (text: string): TemplateRowLayout => ({ kind: 'title', cells: [text], fields: [] });
const note = (text: string | null): TemplateRowLayout => ({ kind: 'note', cells: [text], fields: [] });
const blank: TemplateRowLayout = { kind: 'blank', cells: [], fields: [] };
const heading = (...cells: string[]): TemplateRowLayout => ({ kind: 'heading', cells, fields: [] });

/** A data row: its fixed labels first, then one input per field, each in its own column. */
function data(
  labels: readonly string[],
  fields: ReadonlyArray<Omit<TemplateField, 'column'>>,
): TemplateRowLayout {
  const cells: TemplateCellValue[] = [...labels, ...fields.map(() => null)];
  return {
    kind: 'data',
    cells,
    fields: fields.map((field, index) => ({ ...field, column: labels.length + index })),
  };
}

const missingReason = (labels: readonly string[], key: TemplateSectionKey, what: string): TemplateRowLayout =>
  data(labels, [
    { kind: 'text', path: `${key}.missingReason`, label: `Why ${what} is missing`, need: optional },
  ]);

/** Row 2 of the About sheet: a caption naming the provider and year, filled in when written. */
export const TEMPLATE_CAPTION_ROW = 2;

const HOW_TO_FILL_IN = [
  'Type counts of people (whole numbers), not percentages, except in the survey "Percent" column. Enter 0 where there are none, and the actual counts: redaction ("R") is applied when figures are published.',
  'Fill in the pale yellow cells (in a CSV copy, the empty cells beside the labels). Leave an indicator entirely blank if you have not got to it yet; if you cannot supply it, leave its figures blank and say why in its "Missing reason" cell.',
  'Do not rename, add or move sheets, rows or columns: each figure is read from its cell. A CSV copy must keep its first "Sheet" column.',
  "Upload the file on the report's page. It replaces the draft's figures only if every figure can be read; otherwise nothing changes and each problem is listed by sheet, row and column.",
];

function aboutSheet(): TemplateSheetLayout {
  return {
    name: 'About',
    rows: [
      title('Workforce Race Equality Standard (WRES) reporting template'),
      note(null),
      blank,
      heading('How to fill this in'),
      ...HOW_TO_FILL_IN.map(note),
      blank,
      heading('Item', 'Value'),
      data(
        ['Reporting period end (YYYY-MM-DD)'],
        [{ kind: 'date', path: 'reportingPeriodEnd', label: 'Reporting period end', need: required }],
      ),
      data(
        ['Staff whose ethnicity is known'],
        [
          {
            kind: 'count',
            path: 'selfReportedEthnicity.known',
            label: 'Staff whose ethnicity is known',
            need: required,
          },
        ],
      ),
      data(
        ['All staff (including executive board members, excluding non-executive members)'],
        [{ kind: 'count', path: 'selfReportedEthnicity.total', label: 'All staff', need: required }],
      ),
    ],
  };
}

function bandLabel(staffGroup: StaffGroup, band: string): string {
  return staffGroup === 'medical'
    ? MEDICAL_GRADE_LABELS[band as MedicalGrade]
    : AFC_BAND_LABELS[band as AfcBand];
}

/** Indicator 1 rows in template order: staff group, then band, as `BANDS_BY_STAFF_GROUP` lists them. */
export const INDICATOR_1_ROW_ORDER: ReadonlyArray<{
  readonly staffGroup: StaffGroup;
  readonly band: string;
}> = STAFF_GROUPS.flatMap((staffGroup) =>
  (BANDS_BY_STAFF_GROUP[staffGroup] as readonly string[]).map((band) => ({ staffGroup, band })),
);

function indicator1Sheet(): TemplateSheetLayout {
  const columns: EthnicityColumn[] = ['white', 'bme', 'unknown'];
  const bandRows = INDICATOR_1_ROW_ORDER.map(({ staffGroup, band }, index) => {
    const where = `${STAFF_GROUP_LABELS[staffGroup]} ${bandLabel(staffGroup, band)}`;
    return data(
      [STAFF_GROUP_LABELS[staffGroup], bandLabel(staffGroup, band)],
      columns.map((group) => ({
        kind: 'count' as const,
        path: `indicator1.rows[${index}].${group}`,
        label: `${where}, ${ETHNICITY_HEADINGS[group]}`,
        need: required,
      })),
    );
  });
  const totalRow = (staffGroup: StaffGroup) =>
    data(
      [STAFF_GROUP_LABELS[staffGroup], STATED_TOTAL_LABEL],
      columns.map((group) => ({
        kind: 'count' as const,
        path: `indicator1.statedTotals.${staffGroup}.${group}`,
        label: `${STAFF_GROUP_LABELS[staffGroup]} stated total, ${ETHNICITY_HEADINGS[group]}`,
        need: { kind: 'together', group: `indicator1.statedTotals.${staffGroup}` },
      })),
    );
  let next = 0;
  const groupRows = STAFF_GROUPS.flatMap((staffGroup) => {
    const count = BANDS_BY_STAFF_GROUP[staffGroup].length;
    const rows = bandRows.slice(next, next + count);
    next += count;
    return [...rows, totalRow(staffGroup)];
  });
  return {
    name: 'Indicator 1',
    rows: [
      title('Indicator 1: staff in each pay band, by ethnicity'),
      note(
        'Headcount at the reporting period end for each staff group and band, separately for non-clinical, clinical and medical staff. A stated total, if you give one, must equal the sum of its bands.',
      ),
      blank,
      missingReason([MISSING_REASON_LABEL], 'indicator1', 'indicator 1'),
      blank,
      heading('Staff group', 'Pay band', ...columns.map((group) => ETHNICITY_HEADINGS[group])),
      ...groupRows,
    ],
  };
}

interface PairedFigure {
  readonly field: string;
  readonly heading: string;
  readonly label: string;
}

/** Indicators 2 to 4: two figures for White and for BME staff, and a missing reason. */
function pairedIndicator(
  key: 'indicator2' | 'indicator3' | 'indicator4',
  name: string,
  figures: readonly [PairedFigure, PairedFigure],
): TemplateRowLayout[] {
  const groups = ['white', 'bme'] as const;
  return [
    ...figures.map((figure) =>
      data(
        [name, figure.heading],
        groups.map((group) => ({
          kind: 'count' as const,
          path: `${key}.${group}.${figure.field}`,
          label: `${ETHNICITY_HEADINGS[group]} ${figure.label}`,
          need: required,
        })),
      ),
    ),
    missingReason([name, MISSING_REASON_LABEL], key, `indicator ${key.slice(-1)}`),
  ];
}

function indicators2To4Sheet(): TemplateSheetLayout {
  return {
    name: 'Indicators 2-4',
    rows: [
      title('Indicators 2 to 4: appointment from shortlisting, disciplinary process and training'),
      note('Staff of known ethnicity only.'),
      blank,
      heading('Indicator', 'Figure', 'White', 'BME'),
      ...pairedIndicator('indicator2', '2. Appointment from shortlisting (last 12 months)', [
        { field: 'shortlisted', heading: 'Shortlisted', label: 'shortlisted' },
        { field: 'appointed', heading: 'Appointed from shortlisting', label: 'appointed from shortlisting' },
      ]),
      ...pairedIndicator('indicator3', '3. Entering the formal disciplinary process', [
        {
          field: 'cases',
          heading: 'Formal disciplinary investigations (this year and last year)',
          label: 'formal disciplinary investigations',
        },
        { field: 'headcount', heading: 'Headcount', label: 'headcount' },
      ]),
      ...pairedIndicator('indicator4', '4. Non-mandatory training and CPD (last 12 months)', [
        {
          field: 'accessed',
          heading: 'Accessed non-mandatory training or CPD',
          label: 'staff accessing non-mandatory training or CPD',
        },
        { field: 'headcount', heading: 'Headcount', label: 'headcount' },
      ]),
    ],
  };
}

function surveyIndicator(key: SurveyIndicatorKey): TemplateRowLayout[] {
  const name = SURVEY_INDICATOR_LABELS[key];
  const groupRow = (group: 'white' | 'bme') => {
    const who = ETHNICITY_HEADINGS[group];
    const answer = { kind: 'either', group: `${key}.${group}` } as const;
    return data(
      [name, who],
      [
        { kind: 'count', path: `${key}.${group}.respondents`, label: `${who} respondents`, need: required },
        { kind: 'count', path: `${key}.${group}.count`, label: `${who} number counted`, need: answer },
        { kind: 'percent', path: `${key}.${group}.percent`, label: `${who} percent`, need: answer },
      ],
    );
  };
  const overall: TemplateRowLayout = {
    kind: 'data',
    cells: [name, 'Overall, as published (optional)', null, null, null],
    fields: [
      {
        column: 2,
        kind: 'count',
        path: `${key}.publishedOverall.respondents`,
        label: 'Overall respondents as published',
        need: optional,
      },
      {
        column: 4,
        kind: 'percent',
        path: `${key}.publishedOverall.percent`,
        label: 'Overall percent as published',
        need: optional,
      },
    ],
  };
  return [
    groupRow('white'),
    groupRow('bme'),
    overall,
    missingReason([name, MISSING_REASON_LABEL], key, `indicator ${key.slice(-1)}`),
  ];
}

function indicators5To8Sheet(): TemplateSheetLayout {
  return {
    name: 'Indicators 5-8',
    rows: [
      title('Indicators 5 to 8: NHS Staff Survey'),
      note(
        'For White and BME respondents, give the number of respondents and either the number the question counts or the published percentage, not both.',
      ),
      blank,
      heading('Indicator', 'Line', 'Respondents', 'Number counted', 'Percent (0 to 100)'),
      ...surveyIndicator('indicator5'),
      ...surveyIndicator('indicator6'),
      ...surveyIndicator('indicator7'),
      ...surveyIndicator('indicator8'),
    ],
  };
}

function indicator9Sheet(): TemplateSheetLayout {
  const columns: EthnicityColumn[] = ['white', 'bme', 'unknown'];
  const boardRow = (subgroup: 'all' | 'voting' | 'executive', heading: string) =>
    data(
      [heading],
      columns.map((group) => ({
        kind: 'count' as const,
        path: `indicator9.${subgroup}.${group}`,
        label: `${heading}, ${ETHNICITY_HEADINGS[group]}`,
        need: required,
      })),
    );
  const workforce = { kind: 'together', group: 'indicator9.statedWorkforce' } as const;
  return {
    name: 'Indicator 9',
    rows: [
      title('Indicator 9: board membership by ethnicity'),
      note(
        'Board members at the reporting period end. Voting and executive members are counted within all board members.',
      ),
      blank,
      heading('Board members', 'White', 'BME', 'Unknown'),
      boardRow('all', 'All board members'),
      boardRow('voting', 'Voting members'),
      boardRow('executive', 'Executive members'),
      data(
        ['Workforce of known ethnicity (optional: only where indicator 1 is missing)'],
        [
          {
            kind: 'count',
            path: 'indicator9.statedWorkforce.white',
            label: 'White workforce',
            need: workforce,
          },
          { kind: 'count', path: 'indicator9.statedWorkforce.bme', label: 'BME workforce', need: workforce },
        ],
      ),
      missingReason([MISSING_REASON_LABEL], 'indicator9', 'indicator 9'),
    ],
  };
}

/** The whole template, sheet by sheet. */
export const WRES_TEMPLATE_LAYOUT: readonly TemplateSheetLayout[] = [
  aboutSheet(),
  indicator1Sheet(),
  indicators2To4Sheet(),
  indicators5To8Sheet(),
  indicator9Sheet(),
];

/** The parts of the document, in document order, each with the sheet it is on. */
export const TEMPLATE_SECTIONS: readonly TemplateSection[] = [
  { key: 'reportingPeriodEnd', sheet: 'About', title: 'The reporting period end', constants: [] },
  { key: 'selfReportedEthnicity', sheet: 'About', title: 'Self-reported ethnicity', constants: [] },
  {
    key: 'indicator1',
    sheet: 'Indicator 1',
    title: 'Indicator 1',
    constants: INDICATOR_1_ROW_ORDER.flatMap(({ staffGroup, band }, index) => [
      { path: `indicator1.rows[${index}].staffGroup`, value: staffGroup },
      { path: `indicator1.rows[${index}].band`, value: band },
    ]),
  },
  ...(['indicator2', 'indicator3', 'indicator4'] as const).map((key) => ({
    key,
    sheet: 'Indicators 2-4' as const,
    title: `Indicator ${key.slice(-1)}`,
    constants: [],
  })),
  ...(['indicator5', 'indicator6', 'indicator7', 'indicator8'] as const).map((key) => ({
    key,
    sheet: 'Indicators 5-8' as const,
    title: `Indicator ${key.slice(-1)}`,
    constants: [],
  })),
  { key: 'indicator9', sheet: 'Indicator 9', title: 'Indicator 9', constants: [] },
];

/** Where a field sits: its sheet and spreadsheet row (1-based) alongside the field. */
export interface PlacedTemplateField extends TemplateField {
  readonly sheet: TemplateSheetName;
  readonly row: number;
}

/** Every input cell of the template, sheet by sheet and row by row. */
export const TEMPLATE_FIELDS: readonly PlacedTemplateField[] = WRES_TEMPLATE_LAYOUT.flatMap((sheet) =>
  sheet.rows.flatMap((row, index) =>
    row.fields.map((field) => ({ ...field, sheet: sheet.name, row: index + 1 })),
  ),
);

/** The section a document path belongs to: its first segment. */
export function sectionKeyOf(path: string): string {
  return /^[^.[]+/.exec(path)?.[0] ?? path;
}

/** The spreadsheet letter of a 0-based column: 0 is A, 26 is AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

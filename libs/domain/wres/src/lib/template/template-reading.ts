import { ValidationProblem } from '../validation-problem.model';
import { validateWresDocument } from '../wres-document.validation';
import { WresDocument } from '../wres-document.model';
import {
  CellReading,
  describeCell,
  isBlankCell,
  labelKey,
  readCount,
  readDate,
  readPercent,
  readText,
  setValueAt,
} from './template-cells';
import {
  columnLetter,
  PlacedTemplateField,
  sectionKeyOf,
  TEMPLATE_FIELDS,
  TEMPLATE_SECTIONS,
  TEMPLATE_SHEET_NAMES,
  TemplateCellValue,
  TemplateInputKind,
  TemplateSection,
  TemplateSheetLayout,
  TemplateSheetName,
  WRES_TEMPLATE_LAYOUT,
} from './template-layout';

/** One sheet as read from a file: its name and its cells, row 1 first, column A first. */
export interface TemplateGrid {
  readonly name: string;
  readonly cells: readonly (readonly TemplateCellValue[])[];
}

/** Something wrong with an uploaded template, where a person would look for it. */
export interface TemplateProblem {
  /** The sheet's name: the template's, or the file's for a sheet the template does not have. */
  readonly sheet: string;
  /** 1-based; null for the whole sheet. */
  readonly row: number | null;
  /** e.g. "C"; null for a whole row or sheet. */
  readonly column: string | null;
  readonly message: string;
}

/** A document as a draft holds it: any part may not be given yet. */
export type WresDraftDocument = { -readonly [K in keyof WresDocument]?: WresDocument[K] };

export interface TemplateReading {
  /** Every part the template gave in full; parts left blank are left out. Use it only without problems. */
  readonly document: WresDraftDocument;
  /** Sorted by sheet, row and column. */
  readonly problems: readonly TemplateProblem[];
}

export interface TemplateReadingOptions {
  /** The cycle's reporting period end (ISO date): a different one in the file is a problem. */
  readonly expectedReportingPeriodEnd?: string;
}

/** Beyond this many out-of-place headings on one sheet, the rest are summed up in one problem. */
const MAX_HEADING_PROBLEMS_PER_SHEET = 5;

/**
 * Reads the template's sheets back into a document, listing every problem by sheet, row and column: a
 * sheet missing, renamed or added; a heading not where the template has it (so no figure on that sheet is
 * trusted); a cell that cannot be read; a part filled in only partly; then whatever `validateWresDocument`
 * finds in what was read, at the cell it came from. A part left entirely blank is simply left out, as a
 * draft may be incomplete.
 */
export function readWresTemplate(
  grids: readonly TemplateGrid[],
  options: TemplateReadingOptions = {},
): TemplateReading {
  const problems: TemplateProblem[] = [];
  const sheets = matchSheets(grids, problems);
  const readable = new Set<TemplateSheetName>();
  for (const layout of WRES_TEMPLATE_LAYOUT) {
    const grid = sheets.get(layout.name);
    if (grid === undefined) continue;
    const moved = misplacedHeadings(layout, grid);
    problems.push(...moved);
    if (moved.length === 0) readable.add(layout.name);
  }

  const readings = new Map<string, CellReading<string | number>>();
  const unreadable = new Set<string>();
  for (const field of TEMPLATE_FIELDS) {
    const grid = sheets.get(field.sheet);
    if (grid === undefined || !readable.has(field.sheet)) continue;
    const reading = READERS[field.kind](cellAt(grid, field.row, field.column));
    readings.set(field.path, reading);
    if ('problem' in reading) {
      problems.push(atField(field, `${field.label}: ${reading.problem}`));
      unreadable.add(sectionKeyOf(field.path));
    }
  }

  const document: Record<string, unknown> = {};
  for (const section of TEMPLATE_SECTIONS) {
    if (!readable.has(section.sheet)) continue;
    const read = readSection(section, readings);
    problems.push(...read.problems);
    // A part with any problem stays out, so validation does not repeat what is already said about it.
    if (read.value !== undefined && read.problems.length === 0 && !unreadable.has(section.key)) {
      document[section.key] = read.value;
    }
  }

  const report = validateWresDocument(document as unknown as WresDocument, {
    expectedReportingPeriodEnd: options.expectedReportingPeriodEnd,
  });
  for (const error of report.errors) {
    // "Missing: give the figures…" for a part left blank: a draft may leave it for later.
    if (error.path === sectionKeyOf(error.path) && document[error.path] === undefined) continue;
    problems.push(placeValidationProblem(error));
  }
  return { document: document as WresDraftDocument, problems: sortProblems(problems) };
}

const READERS: {
  readonly [K in TemplateInputKind]: (cell: TemplateCellValue) => CellReading<string | number>;
} = { count: readCount, percent: readPercent, date: readDate, text: readText };

function cellAt(grid: TemplateGrid, row: number, column: number): TemplateCellValue {
  return grid.cells[row - 1]?.[column] ?? null;
}

function atField(field: PlacedTemplateField, message: string): TemplateProblem {
  return { sheet: field.sheet, row: field.row, column: columnLetter(field.column), message };
}

/** Finds each template sheet by name (case and spacing aside); other sheets with anything on them are problems. */
function matchSheets(
  grids: readonly TemplateGrid[],
  problems: TemplateProblem[],
): Map<TemplateSheetName, TemplateGrid> {
  const found = new Map<TemplateSheetName, TemplateGrid>();
  const names = TEMPLATE_SHEET_NAMES.map((name) => `"${name}"`).join(', ');
  for (const grid of grids) {
    const name = TEMPLATE_SHEET_NAMES.find((known) => labelKey(known) === labelKey(grid.name));
    if (name === undefined) {
      if (grid.cells.some((row) => row.some((cell) => !isBlankCell(cell)))) {
        problems.push({
          sheet: grid.name,
          row: null,
          column: null,
          message:
            `The WRES template has no sheet called "${grid.name}", so nothing on it was read: its sheets are ` +
            `${names}. Was a sheet renamed or added?`,
        });
      }
    } else if (found.has(name)) {
      problems.push({
        sheet: grid.name,
        row: null,
        column: null,
        message: `There are two "${name}" sheets: keep only the one with your figures`,
      });
    } else {
      found.set(name, grid);
    }
  }
  const others = grids.map((grid) => `"${grid.name}"`).join(', ');
  for (const name of TEMPLATE_SHEET_NAMES) {
    if (found.has(name)) continue;
    problems.push({
      sheet: name,
      row: null,
      column: null,
      message:
        `The file has no "${name}" sheet${others ? ` (it has ${others})` : ''}: keep every sheet of the ` +
        'template, named as it was',
    });
  }
  return found;
}

/** Headings and row labels not where the template has them: rows or columns were moved, added or deleted. */
function misplacedHeadings(layout: TemplateSheetLayout, grid: TemplateGrid): TemplateProblem[] {
  const moved: TemplateProblem[] = [];
  layout.rows.forEach((row, index) => {
    if (row.kind !== 'heading' && row.kind !== 'data') return;
    row.cells.forEach((expected, column) => {
      if (typeof expected !== 'string') return;
      const actual = cellAt(grid, index + 1, column);
      if (labelKey(actual) === labelKey(expected)) return;
      moved.push({
        sheet: layout.name,
        row: index + 1,
        column: columnLetter(column),
        message: `Expected the heading "${expected}" here, found ${describeCell(actual)}`,
      });
    });
  });
  if (moved.length === 0) return moved;
  const more = moved.length - MAX_HEADING_PROBLEMS_PER_SHEET;
  return [
    {
      sheet: layout.name,
      row: null,
      column: null,
      message:
        'Nothing on this sheet was read: its headings are not where the template has them, so rows or ' +
        'columns may have been moved, added or deleted. Put them back, or copy your figures into a fresh ' +
        `template${more > 0 ? ` (${more} more headings out of place are not listed)` : ''}`,
    },
    ...moved.slice(0, MAX_HEADING_PROBLEMS_PER_SHEET),
  ];
}

interface SectionReading {
  readonly value?: unknown;
  readonly problems: TemplateProblem[];
}

/** One part of the document: its figures, its missing reason, or nothing at all. */
function readSection(
  section: TemplateSection,
  readings: ReadonlyMap<string, CellReading<string | number>>,
): SectionReading {
  const fields = TEMPLATE_FIELDS.filter((field) => sectionKeyOf(field.path) === section.key);
  const reasonField = fields.find((field) => field.path === `${section.key}.missingReason`);
  const figures = fields.filter((field) => field !== reasonField);
  const given = (field: PlacedTemplateField) => readings.get(field.path)?.blank === false;
  const reason = reasonField && readings.get(reasonField.path);

  if (reasonField && reason && !reason.blank) {
    if (figures.some(given)) {
      const message = `${section.title} has figures and a missing reason: clear one or the other`;
      return { problems: [atField(reasonField, message)] };
    }
    return 'value' in reason ? { value: { missingReason: reason.value }, problems: [] } : { problems: [] };
  }
  if (!figures.some(given)) return { problems: [] };

  const problems = unansweredFigures(section, figures, given);
  const root: Record<string, unknown> = {};
  for (const field of figures) {
    const reading = readings.get(field.path);
    if (reading && 'value' in reading) setValueAt(root, field.path, reading.value);
  }
  for (const constant of section.constants) setValueAt(root, constant.path, constant.value);
  return { value: root[section.key], problems };
}

/** The blank cells a partly filled part needs, each with what to put there. */
function unansweredFigures(
  section: TemplateSection,
  figures: readonly PlacedTemplateField[],
  given: (field: PlacedTemplateField) => boolean,
): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const partly = `${section.title} is partly filled`;
  const orNone = (field: PlacedTemplateField) => (field.kind === 'count' ? ' (0 if none)' : '');
  const groups = new Map<string, PlacedTemplateField[]>();
  for (const field of figures) {
    const need = field.need;
    if (need.kind === 'required' && !given(field)) {
      problems.push(atField(field, `${partly}: enter ${field.label}${orNone(field)}`));
    } else if (need.kind === 'together' || need.kind === 'either') {
      groups.set(need.group, [...(groups.get(need.group) ?? []), field]);
    }
  }
  for (const members of groups.values()) {
    const answered = members.filter(given);
    if (members[0].need.kind === 'together') {
      if (answered.length === 0) continue;
      for (const field of members.filter((member) => !given(member))) {
        problems.push(
          atField(field, `Enter ${field.label}${orNone(field)} too, or leave the whole line blank`),
        );
      }
    } else if (answered.length === 0) {
      const choices = members.map((member) => member.label).join(' or ');
      problems.push(atField(members[0], `${partly}: enter ${choices}`));
    } else if (answered.length > 1) {
      const choices = members.map((member) => member.label).join(' or ');
      problems.push(atField(answered[1], `Give ${choices}, not both: clear one of them`));
    }
  }
  return problems;
}

/** A validation problem at the cell its path came from, or else at the part's sheet. */
function placeValidationProblem(problem: ValidationProblem): TemplateProblem {
  const exact = TEMPLATE_FIELDS.find((field) => field.path === problem.path);
  if (exact) return atField(exact, `${exact.label}: ${problem.message}`);
  const within = TEMPLATE_FIELDS.find(
    (field) => field.path.startsWith(`${problem.path}.`) || field.path.startsWith(`${problem.path}[`),
  );
  if (within) return atField(within, problem.message);
  const section = TEMPLATE_SECTIONS.find((candidate) => candidate.key === sectionKeyOf(problem.path));
  return {
    sheet: section?.sheet ?? TEMPLATE_SHEET_NAMES[0],
    row: null,
    column: null,
    message: problem.message,
  };
}

/** Template sheets in workbook order, then any others; whole-sheet problems first, then by row and column. */
function sortProblems(problems: readonly TemplateProblem[]): TemplateProblem[] {
  const sheetOrder = (sheet: string) => {
    const index = (TEMPLATE_SHEET_NAMES as readonly string[]).indexOf(sheet);
    return index === -1 ? TEMPLATE_SHEET_NAMES.length : index;
  };
  // A before Z before AA, as a spreadsheet orders columns; a whole row comes first.
  const columnOrder = (column: string | null) =>
    column === null ? 0 : [...column].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        sheetOrder(a.problem.sheet) - sheetOrder(b.problem.sheet) ||
        (a.problem.row ?? 0) - (b.problem.row ?? 0) ||
        columnOrder(a.problem.column) - columnOrder(b.problem.column) ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}

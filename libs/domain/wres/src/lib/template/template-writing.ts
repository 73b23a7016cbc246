import { valueAt } from './template-cells';
import {
  columnLetter,
  INDICATOR_1_ROW_ORDER,
  TEMPLATE_CAPTION_ROW,
  TemplateCellValue,
  TemplateInputKind,
  TemplateRowKind,
  TemplateSheetName,
  WRES_TEMPLATE_LAYOUT,
} from './template-layout';

/** A cell a person fills in: where it is and what it takes. */
export interface TemplateInput {
  /** Spreadsheet numbering: the first row is 1. */
  readonly row: number;
  /** Spreadsheet letter, e.g. "C". */
  readonly column: string;
  readonly kind: TemplateInputKind;
  readonly label: string;
}

/** One sheet of the template as a grid of cell values, with what a writer needs to present it. */
export interface TemplateSheet {
  readonly name: TemplateSheetName;
  /** Row 1 first, column A first; null is a blank cell. */
  readonly cells: readonly (readonly TemplateCellValue[])[];
  /** How each row reads, row 1 first. */
  readonly rowKinds: readonly TemplateRowKind[];
  readonly inputs: readonly TemplateInput[];
}

export interface TemplateFilling {
  /** A draft to fill the input cells from: any JSON, as a draft may be partial or not yet valid. */
  readonly document?: unknown;
  /** Shown under the title, e.g. "Northfield Community NHS Trust (RD1), contract year 2018/19". */
  readonly caption?: string;
}

/**
 * The WRES template's sheets, blank or filled from a draft. A figure the draft holds in a form the template
 * cannot show (text where a count belongs, say) is left blank rather than guessed at.
 */
export function wresTemplateSheets(filling: TemplateFilling = {}): TemplateSheet[] {
  const document = inTemplateOrder(filling.document);
  return WRES_TEMPLATE_LAYOUT.map((layout) => {
    const cells = layout.rows.map((row) => [...row.cells]);
    const inputs: TemplateInput[] = [];
    layout.rows.forEach((row, index) => {
      for (const field of row.fields) {
        cells[index][field.column] = prefill(field.kind, valueAt(document, field.path));
        inputs.push({
          row: index + 1,
          column: columnLetter(field.column),
          kind: field.kind,
          label: field.label,
        });
      }
    });
    if (layout.name === 'About' && filling.caption) cells[TEMPLATE_CAPTION_ROW - 1][0] = filling.caption;
    return { name: layout.name, cells, rowKinds: layout.rows.map((row) => row.kind), inputs };
  });
}

function prefill(kind: TemplateInputKind, value: unknown): TemplateCellValue {
  if (kind === 'count' || kind === 'percent') {
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  }
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * The draft with its indicator 1 rows in template order, so each row's figures land on the template row for
 * its staff group and band whatever order the draft keeps them in.
 */
function inTemplateOrder(document: unknown): unknown {
  if (typeof document !== 'object' || document === null) return undefined;
  const i1 = (document as Record<string, unknown>)['indicator1'];
  const rows = valueAt(i1, 'rows');
  if (!Array.isArray(rows)) return document;
  const ordered = INDICATOR_1_ROW_ORDER.map(({ staffGroup, band }) =>
    rows.find((row: unknown) => valueAt(row, 'staffGroup') === staffGroup && valueAt(row, 'band') === band),
  );
  return { ...document, indicator1: { ...(i1 as object), rows: ordered } };
}

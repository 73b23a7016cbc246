import type { TemplateGrid } from '@wres/domain/wres';
import { openSpreadsheet } from '@wres/server/contracts';
import type { SpreadsheetKind } from '@wres/server/contracts';
import { csvGrids } from './template-csv';
import { xlsxGrids } from './template-xlsx';

/**
 * The sheets of an uploaded template, XLSX or CSV, as grids for the template reader. Throws
 * `SpreadsheetFileError` with a message for the user when the file as a whole cannot be read.
 */
export async function readTemplateFile(
  fileName: string,
  content: Buffer,
): Promise<{ format: SpreadsheetKind; grids: TemplateGrid[] }> {
  const { kind, sheets } = await openSpreadsheet(fileName, content);
  return { format: kind, grids: kind === 'xlsx' ? xlsxGrids(sheets) : csvGrids(sheets[0]) };
}

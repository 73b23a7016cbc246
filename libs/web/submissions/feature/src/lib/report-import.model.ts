import { TEMPLATE_IMPORT_MAX_BYTES } from '@wres/shared/contracts';
import type { TemplateImportErrorBody, TemplateImportProblem } from '@wres/shared/contracts';

/** Importing a filled-in WRES template. No Angular here, so it can be tested on its own. */

export const TEMPLATE_EXTENSIONS = ['.xlsx', '.csv'] as const;
const MAX_MEGABYTES = TEMPLATE_IMPORT_MAX_BYTES / (1024 * 1024);

/** What is wrong with the chosen file before it is sent (the API checks again), or null when it can go. */
export function checkTemplateFile(file: { name: string; size: number } | null): string | null {
  if (!file) return 'Select a filled-in template to upload';
  const name = file.name.toLowerCase();
  if (!TEMPLATE_EXTENSIONS.some((extension) => name.endsWith(extension)))
    return 'The template must be an XLSX or CSV file';
  if (file.size === 0) return 'The selected file is empty';
  if (file.size > TEMPLATE_IMPORT_MAX_BYTES) return `The template must be smaller than ${MAX_MEGABYTES} MB`;
  return null;
}

export function isTemplateImportErrorBody(body: unknown): body is TemplateImportErrorBody {
  return (
    typeof body === 'object' &&
    body !== null &&
    (body as { statusCode?: unknown }).statusCode === 400 &&
    Array.isArray((body as { templateProblems?: unknown }).templateProblems)
  );
}

/** Where a problem is, as a person looks for it: "Indicators 2-4, row 5, column C". */
export function templatePlace(problem: TemplateImportProblem): string {
  return [
    problem.sheet,
    problem.row === null ? null : `row ${problem.row}`,
    problem.column === null ? null : `column ${problem.column}`,
  ]
    .filter((part): part is string => part !== null)
    .join(', ');
}

/** "Indicators 2-4, row 5, column C: Appointed must be a whole number". */
export function templateProblemInWords(problem: TemplateImportProblem): string {
  return `${templatePlace(problem)}: ${problem.message}`;
}

import { HttpErrorResponse } from '@angular/common/http';
import type { ErrorBody, FieldProblem, ValidationErrorBody } from '@wres/shared/contracts';

/** One line of an error summary; links to the field with `fieldId` when there is one. */
export interface ErrorSummaryItem {
  text: string;
  fieldId?: string;
}

/** The problems with a form: one message per field id, in the order the fields appear. */
export type FieldErrors = Partial<Record<string, string>>;

/** Error summary lines for field errors, ordered as `fieldOrder` (the order fields appear on the page). */
export function summaryItems(errors: FieldErrors, fieldOrder: readonly string[]): ErrorSummaryItem[] {
  return fieldOrder.flatMap((fieldId) => {
    const text = errors[fieldId];
    return text ? [{ text, fieldId }] : [];
  });
}

export function isValidationErrorBody(body: unknown): body is ValidationErrorBody {
  return (
    typeof body === 'object' &&
    body !== null &&
    (body as { statusCode?: unknown }).statusCode === 400 &&
    Array.isArray((body as { problems?: unknown }).problems)
  );
}

export function isErrorBody(body: unknown): body is ErrorBody {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as { statusCode?: unknown }).statusCode === 'number' &&
    typeof (body as { message?: unknown }).message === 'string'
  );
}

/** The problems in a 400 answer, or none when the answer is anything else. */
export function fieldProblems(error: unknown): FieldProblem[] {
  return error instanceof HttpErrorResponse && error.status === 400 && isValidationErrorBody(error.error)
    ? error.error.problems
    : [];
}

/**
 * Splits the problems in a 400 answer into messages for the fields on the page (keyed by field id,
 * which by convention is the request's property path) and messages for anything else.
 */
export function problemsToFieldErrors(
  problems: readonly FieldProblem[],
  fieldIds: readonly string[],
): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const problem of problems) {
    const message = problem.messages.join('. ');
    if (!message) continue;
    if (fieldIds.includes(problem.path) && !fields[problem.path]) fields[problem.path] = message;
    else if (fieldIds.includes(problem.path)) fields[problem.path] += `. ${message}`;
    else other.push(message);
  }
  return { fields, other };
}

/** The `message` of an API error body, if the answer has one. */
export function errorMessage(error: unknown): string | null {
  return error instanceof HttpErrorResponse && isErrorBody(error.error) ? error.error.message : null;
}

export const SERVICE_PROBLEM_MESSAGE = 'Sorry, there is a problem with the service. Try again later.';

/** How many of a file's problems the error summary names before pointing to the table of them all. */
export const FILE_PROBLEMS_IN_SUMMARY = 10;

/**
 * The error summary for an uploaded file: the file field's own error, any general problems, then the
 * first of the file's problems (each linking to the table that lists them all) and how many more there are.
 */
export function fileUploadSummary<P>(upload: {
  fileField: string;
  fileError: string | null;
  general: readonly ErrorSummaryItem[];
  problems: readonly P[];
  inWords: (problem: P) => string;
  tableId: string;
}): ErrorSummaryItem[] {
  const { fileField, fileError, general, problems, inWords, tableId } = upload;
  const more = problems.length - FILE_PROBLEMS_IN_SUMMARY;
  return [
    ...(fileError ? [{ text: fileError, fieldId: fileField }] : []),
    ...general,
    ...problems
      .slice(0, FILE_PROBLEMS_IN_SUMMARY)
      .map((problem) => ({ text: inWords(problem), fieldId: tableId })),
    ...(more > 0 ? [{ text: `${more} more problems are listed below`, fieldId: tableId }] : []),
  ];
}

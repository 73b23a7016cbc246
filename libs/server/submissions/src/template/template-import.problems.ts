import { BadRequestException } from '@nestjs/common';
import type { TemplateProblem } from '@wres/domain/wres';
import { SPREADSHEET_FILE_FIELD } from '@wres/server/contracts';
import { groupProblemsByPath } from '@wres/server/core/http';
import type { TemplateImportErrorBody, TemplateImportProblem } from '@wres/shared/contracts';

/** A refused template upload also carries the standard body's `error`, as every other 400 does. */
type TemplateRefusal = TemplateImportErrorBody & { error: 'Bad Request' };

/** Where a problem is, as a spreadsheet names it: "Indicators 2-4!C5", a whole row "About!11:11", or the sheet. */
export function templateProblemPath(problem: TemplateImportProblem): string {
  if (problem.row === null) return problem.sheet;
  return problem.column === null
    ? `${problem.sheet}!${problem.row}:${problem.row}`
    : `${problem.sheet}!${problem.column}${problem.row}`;
}

/** Problems with what the template says, each by sheet, row and column; nothing was imported. */
export function templateImportRefused(problems: readonly TemplateProblem[]): BadRequestException {
  const templateProblems: TemplateImportProblem[] = problems.map(({ sheet, row, column, message }) => ({
    sheet,
    row,
    column,
    message,
  }));
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  const body: TemplateRefusal = {
    statusCode: 400,
    error: 'Bad Request',
    message: `The template has ${count}, so nothing was imported: correct ${problems.length === 1 ? 'it' : 'them'} and upload it again`,
    problems: groupProblemsByPath(
      templateProblems.map((problem) => ({ path: templateProblemPath(problem), message: problem.message })),
    ),
    templateProblems,
  };
  return new BadRequestException(body);
}

/** The file as a whole cannot be used (wrong type, damaged, empty, too large): said about the file field. */
export function templateFileRefused(message: string): BadRequestException {
  const body: TemplateRefusal = {
    statusCode: 400,
    error: 'Bad Request',
    message,
    problems: [{ path: SPREADSHEET_FILE_FIELD, messages: [message] }],
    templateProblems: [],
  };
  return new BadRequestException(body);
}

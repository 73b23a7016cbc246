import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldProblem, ValidationErrorBody } from '@wres/shared/contracts';

/** Flattens class-validator's nested errors into one problem per field path, e.g. `contracts[0].incomePence`. */
export function toFieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    const own = error.constraints ? [{ path, messages: [...new Set(Object.values(error.constraints))] }] : [];
    return [...own, ...toFieldProblems(error.children ?? [], path)];
  });
}

export function validationFailed(
  problems: FieldProblem[],
  message = 'The request has problems',
): BadRequestException {
  const body: ValidationErrorBody = { statusCode: 400, error: 'Bad Request', message, problems };
  return new BadRequestException(body);
}

/** Whitelist, refuse unknown fields, and report every problem by path. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationFailed(toFieldProblems(errors)),
  });
}

/** Problems found by domain code (`{ path, message }`) as field problems: one entry per path, in the order found. */
export function groupProblemsByPath(
  problems: ReadonlyArray<{ path: string; message: string }>,
  wording: (path: string, message: string) => string = (_path, message) => message,
): FieldProblem[] {
  const grouped = new Map<string, string[]>();
  for (const { path, message } of problems)
    grouped.set(path, [...(grouped.get(path) ?? []), wording(path, message)]);
  return [...grouped].map(([path, messages]) => ({ path, messages }));
}

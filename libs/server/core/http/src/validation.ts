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

import {
  BadRequestException,
  CallHandler,
  ExecutionContext,
  HttpException,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { validationFailed } from '@wres/server/core/http';
import { CONTRACT_IMPORT_MAX_BYTES } from '@wres/shared/contracts';
import { catchError, Observable, throwError } from 'rxjs';

/** The multipart form field the spreadsheet comes in. */
export const CONTRACT_IMPORT_FILE_FIELD = 'file';

/**
 * Takes the one spreadsheet from a multipart form into memory (no `dest` or `storage`: multer keeps it as a
 * Buffer, never on disk), refusing anything over 5 MB while it is still arriving.
 */
export const ContractListUpload = FileInterceptor(CONTRACT_IMPORT_FILE_FIELD, {
  limits: { fileSize: CONTRACT_IMPORT_MAX_BYTES, files: 1, fields: 5, fieldSize: 1024 },
});

/**
 * Says what was wrong with an upload in the words the rest of the import uses (multer's own are terse),
 * as the standard 400 body where the request was malformed. Bind it before `ContractListUpload`.
 */
@Injectable()
export class ContractListUploadProblems implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(catchError((error: unknown) => throwError(() => reworded(error))));
  }
}

function reworded(error: unknown): unknown {
  if (error instanceof PayloadTooLargeException) {
    const megabytes = CONTRACT_IMPORT_MAX_BYTES / (1024 * 1024);
    return new PayloadTooLargeException(
      `The file is larger than ${megabytes} MB: split the contract list into smaller files`,
    );
  }
  if (error instanceof BadRequestException && !isStandardBody(error)) {
    const detail = typeof error.getResponse() === 'object' ? error.message : String(error.getResponse());
    const message =
      detail === 'Unexpected file field' || detail === 'Too many files'
        ? `Send one spreadsheet, as the form field '${CONTRACT_IMPORT_FILE_FIELD}'`
        : `The upload could not be read (${detail}): choose the file and try again`;
    return validationFailed([{ path: CONTRACT_IMPORT_FILE_FIELD, messages: [message] }], message);
  }
  return error;
}

/** Our own 400s (with `problems`) pass through untouched. */
function isStandardBody(error: HttpException): boolean {
  const body = error.getResponse();
  return typeof body === 'object' && body !== null && 'problems' in body;
}

import {
  BadRequestException,
  CallHandler,
  ExecutionContext,
  HttpException,
  NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { validationFailed } from '@wres/server/core/http';
import { catchError, Observable, throwError } from 'rxjs';

/** The multipart form field a spreadsheet upload comes in. */
export const SPREADSHEET_FILE_FIELD = 'file';

/**
 * Takes the one spreadsheet from a multipart form into memory (no `dest` or `storage`: multer keeps it as a
 * Buffer, never on disk), refusing anything over `maxBytes` while it is still arriving.
 */
export function spreadsheetUpload(maxBytes: number) {
  return FileInterceptor(SPREADSHEET_FILE_FIELD, {
    limits: { fileSize: maxBytes, files: 1, fields: 5, fieldSize: 1024 },
  });
}

export interface SpreadsheetUploadWording {
  /** What to say about a file over the size limit, e.g. how to make it smaller. */
  readonly tooLarge: string;
  /**
   * How to answer a refused upload, over-size included, when the route has its own 400 body. Without it,
   * an over-size file is a 413 and anything else the standard 400 naming the file field.
   */
  readonly refuse?: (message: string) => HttpException;
}

/**
 * Says what was wrong with an upload in the words the rest of the import uses (multer's own are terse).
 * Bind it before the upload interceptor, as an instance: `@UseInterceptors(new SpreadsheetUploadProblems(…), upload)`.
 */
export class SpreadsheetUploadProblems implements NestInterceptor {
  constructor(private readonly wording: SpreadsheetUploadWording) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(catchError((error: unknown) => throwError(() => this.reworded(error))));
  }

  private reworded(error: unknown): unknown {
    const refuse =
      this.wording.refuse ??
      ((message: string) =>
        validationFailed([{ path: SPREADSHEET_FILE_FIELD, messages: [message] }], message));
    if (error instanceof PayloadTooLargeException) {
      return this.wording.refuse
        ? this.wording.refuse(this.wording.tooLarge)
        : new PayloadTooLargeException(this.wording.tooLarge);
    }
    if (error instanceof BadRequestException && !isStandardBody(error)) {
      const detail = typeof error.getResponse() === 'object' ? error.message : String(error.getResponse());
      return refuse(
        detail === 'Unexpected file field' || detail === 'Too many files'
          ? `Send one spreadsheet, as the form field '${SPREADSHEET_FILE_FIELD}'`
          : `The upload could not be read (${detail}): choose the file and try again`,
      );
    }
    return error;
  }
}

/** Our own 400s (with `problems`) pass through untouched. */
function isStandardBody(error: HttpException): boolean {
  const body = error.getResponse();
  return typeof body === 'object' && body !== null && 'problems' in body;
}

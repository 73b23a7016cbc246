import { BadRequestException, HttpException, PayloadTooLargeException } from '@nestjs/common';
import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { validationFailed } from '@wres/server/core/http';
import { firstValueFrom, throwError } from 'rxjs';
import { ContractListUploadProblems } from './contract-import.upload';
import { SpreadsheetUploadProblems } from './spreadsheet.upload';

/** What the interceptor answers when the upload (multer, then the route) fails with `error`. */
async function answerTo(interceptor: SpreadsheetUploadProblems, error: unknown): Promise<HttpException> {
  const next: CallHandler = { handle: () => throwError(() => error) };
  try {
    await firstValueFrom(interceptor.intercept({} as ExecutionContext, next));
  } catch (answer) {
    return answer as HttpException;
  }
  throw new Error('The upload did not fail');
}

describe('rewording upload failures', () => {
  it('keeps the contract import’s 413 and standard 400', async () => {
    const contracts = new ContractListUploadProblems();
    const tooLarge = await answerTo(contracts, new PayloadTooLargeException('File too large'));
    expect(tooLarge.getStatus()).toBe(413);
    expect(tooLarge.message).toBe('The file is larger than 5 MB: split the contract list into smaller files');
    const field = await answerTo(contracts, new BadRequestException('Unexpected file field'));
    expect(field.getResponse()).toMatchObject({
      statusCode: 400,
      problems: [{ path: 'file', messages: ["Send one spreadsheet, as the form field 'file'"] }],
    });
  });

  it('answers every refusal, over-size included, with a route’s own body when it has one', async () => {
    const refuse = (message: string) => new BadRequestException({ statusCode: 400, message, own: true });
    const interceptor = new SpreadsheetUploadProblems({ tooLarge: 'Too big for a template', refuse });
    const tooLarge = await answerTo(interceptor, new PayloadTooLargeException('File too large'));
    expect([tooLarge.getStatus(), tooLarge.getResponse()]).toEqual([
      400,
      { statusCode: 400, message: 'Too big for a template', own: true },
    ]);
    const malformed = await answerTo(interceptor, new BadRequestException('Multipart: Boundary not found'));
    expect(malformed.getResponse()).toMatchObject({
      message: 'The upload could not be read (Multipart: Boundary not found): choose the file and try again',
    });
  });

  it('passes its own 400s and other errors through untouched', async () => {
    const interceptor = new SpreadsheetUploadProblems({ tooLarge: 'x' });
    const own = validationFailed([{ path: 'file', messages: ['The file is empty'] }]);
    expect(await answerTo(interceptor, own)).toBe(own);
    const other = new Error('database down');
    expect(await answerTo(interceptor, other)).toBe(other);
  });
});

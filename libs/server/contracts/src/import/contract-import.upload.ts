import { Injectable } from '@nestjs/common';
import { CONTRACT_IMPORT_MAX_BYTES } from '@wres/shared/contracts';
import { SPREADSHEET_FILE_FIELD, spreadsheetUpload, SpreadsheetUploadProblems } from './spreadsheet.upload';

/** The multipart form field the spreadsheet comes in. */
export const CONTRACT_IMPORT_FILE_FIELD = SPREADSHEET_FILE_FIELD;

/** The contract list, in memory, refused over 5 MB while it is still arriving. */
export const ContractListUpload = spreadsheetUpload(CONTRACT_IMPORT_MAX_BYTES);

/**
 * Says what was wrong with an upload in the words the rest of the import uses (multer's own are terse),
 * as the standard 400 body where the request was malformed. Bind it before `ContractListUpload`.
 */
@Injectable()
export class ContractListUploadProblems extends SpreadsheetUploadProblems {
  constructor() {
    super({
      tooLarge: `The file is larger than ${CONTRACT_IMPORT_MAX_BYTES / (1024 * 1024)} MB: split the contract list into smaller files`,
    });
  }
}

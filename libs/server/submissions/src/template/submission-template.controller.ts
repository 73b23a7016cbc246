import {
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@wres/server/core/auth';
import { contractYearFromPath, validationFailed } from '@wres/server/core/http';
import { SPREADSHEET_FILE_FIELD, spreadsheetUpload, SpreadsheetUploadProblems } from '@wres/server/contracts';
import type { UploadedSpreadsheet } from '@wres/server/contracts';
import { Permission, TEMPLATE_IMPORT_MAX_BYTES } from '@wres/shared/contracts';
import type { Submission } from '@wres/shared/contracts';
import { SubmissionTemplateService, TEMPLATE_FORMATS } from './submission-template.service';
import type { TemplateFormat } from './submission-template.service';
import { CSV_CONTENT_TYPE } from './template-csv';
import { templateFileRefused } from './template-import.problems';
import { XLSX_CONTENT_TYPE } from './template-xlsx';

const REPORT = ':providerId/:contractYear';
const uuid = () => new ParseUUIDPipe({ errorHttpStatusCode: 404 });
const MAX_MEGABYTES = TEMPLATE_IMPORT_MAX_BYTES / (1024 * 1024);

const UPLOAD_FORM = {
  schema: {
    type: 'object',
    required: [SPREADSHEET_FILE_FIELD],
    properties: {
      [SPREADSHEET_FILE_FIELD]: {
        type: 'string',
        format: 'binary',
        description: `The WRES template downloaded from this report, filled in: .xlsx or .csv, at most ${MAX_MEGABYTES} MB`,
      },
    },
  },
};

/** `format` as the query gives it: the workbook unless CSV is asked for. */
function templateFormatOf(format: string | undefined): TemplateFormat {
  const wanted = (format ?? 'xlsx').toLowerCase();
  const known = TEMPLATE_FORMATS.find((candidate) => candidate === wanted);
  if (known === undefined) {
    throw validationFailed([
      { path: 'format', messages: [`format must be one of ${TEMPLATE_FORMATS.join(', ')}`] },
    ]);
  }
  return known;
}

@ApiTags('submissions')
@ApiParam({
  name: 'contractYear',
  example: '2018-19',
  description: 'Written 2018-19 or, URL-encoded, 2018%2F19',
})
@ApiNotFoundResponse({ description: 'The provider’s report does not exist or is not visible to the caller' })
@Controller('v1/submissions')
export class SubmissionTemplateController {
  constructor(private readonly templates: SubmissionTemplateService) {}

  @Get(`${REPORT}/template`)
  @RequirePermission(Permission.SubmissionsRead)
  // The provider's copy carries its draft's figures.
  @Header('Cache-Control', 'no-store')
  @ApiQuery({ name: 'format', required: false, enum: TEMPLATE_FORMATS, description: 'xlsx by default' })
  @ApiProduces(XLSX_CONTENT_TYPE, CSV_CONTENT_TYPE)
  @ApiOkResponse({
    description:
      'The WRES reporting template as an attachment: an XLSX workbook with a sheet for the about figures, ' +
      'indicator 1, indicators 2-4, 5-8 and 9, or the same as one CSV file whose first column names the ' +
      "sheet. The year's reporting period end is filled in and, for the provider itself, its draft's figures.",
    schema: { type: 'string', format: 'binary' },
  })
  @ApiBadRequestResponse({
    description: '`format` is neither xlsx nor csv, or the contract year is malformed',
  })
  async template(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', uuid()) providerId: string,
    @Param('contractYear') contractYear: string,
    @Query('format') format?: string,
  ): Promise<StreamableFile> {
    const file = await this.templates.download(
      principal,
      providerId,
      contractYearFromPath(contractYear),
      templateFormatOf(format),
    );
    return new StreamableFile(file.content, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
      length: file.content.length,
    });
  }

  @Post(`${REPORT}/import`)
  @HttpCode(200)
  @RequirePermission(Permission.SubmissionsWrite)
  @UseInterceptors(
    new SpreadsheetUploadProblems({
      tooLarge: `The file is larger than ${MAX_MEGABYTES} MB, which a filled-in WRES template never is: check it is the right file`,
      refuse: templateFileRefused,
    }),
    spreadsheetUpload(TEMPLATE_IMPORT_MAX_BYTES),
  )
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_FORM)
  @ApiOkResponse({
    description:
      "The report, as GET answers it, with the draft's figures replaced by the template's (the draft's " +
      'details are kept). An indicator left blank is left out of the draft.',
  })
  @ApiBadRequestResponse({
    description:
      'Nothing written. The file cannot be used (wrong type, .xls, damaged, empty, over ' +
      `${MAX_MEGABYTES} MB): problems names "file". Or the template has problems: templateProblems lists each ` +
      'by sheet, row and column, and problems by path like "Indicators 2-4!C5" (or the sheet name alone)',
  })
  @ApiConflictResponse({ description: 'The WRES annual report does not apply to the provider that year' })
  import(
    @CurrentPrincipal() principal: Principal,
    @Param('providerId', uuid()) providerId: string,
    @Param('contractYear') contractYear: string,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
  ): Promise<Submission> {
    return this.templates.import(principal, providerId, contractYearFromPath(contractYear), file);
  }
}

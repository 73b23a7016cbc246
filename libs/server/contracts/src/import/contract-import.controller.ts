import { Body, Controller, HttpCode, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@wres/server/core/auth';
import { CONTRACT_IMPORT_COLUMNS, Permission } from '@wres/shared/contracts';
import type { ContractImportPreview, ContractImportResult } from '@wres/shared/contracts';
import { ContractImportFormDto } from './contract-import.dto';
import { ContractImportService } from './contract-import.service';
import type { UploadedSpreadsheet } from './contract-import.service';
import {
  CONTRACT_IMPORT_FILE_FIELD,
  ContractListUpload,
  ContractListUploadProblems,
} from './contract-import.upload';

const UPLOAD_FORM = {
  schema: {
    type: 'object',
    required: [CONTRACT_IMPORT_FILE_FIELD],
    properties: {
      [CONTRACT_IMPORT_FILE_FIELD]: {
        type: 'string',
        format: 'binary',
        description: `A .csv or .xlsx file (at most 5 MB) with a header row: ${CONTRACT_IMPORT_COLUMNS.join(', ')}`,
      },
      commissionerId: {
        type: 'string',
        format: 'uuid',
        description: 'Admins only: the CCG or ICB whose contract lines these are',
      },
    },
  },
};

const FILE_PROBLEMS =
  'The file cannot be used (wrong type, damaged, empty, or a column missing, e.g. "The file has no column called \'Contract year\'")';

@ApiTags('contracts')
@Controller('v1/contracts/import')
export class ContractImportController {
  constructor(private readonly imports: ContractImportService) {}

  @Post('preview')
  @HttpCode(200)
  @RequirePermission(Permission.ContractsManage)
  @UseInterceptors(ContractListUploadProblems, ContractListUpload)
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_FORM)
  @ApiOkResponse({
    description:
      'What the import would do (providers and contracts to create, contracts to update, providers whose scope ' +
      'changes) and every problem by line and column. Writes nothing.',
  })
  @ApiBadRequestResponse({ description: FILE_PROBLEMS })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 5 MB' })
  @ApiForbiddenResponse({ description: "A commissioner naming another organisation's lines" })
  preview(
    @CurrentPrincipal() principal: Principal,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @Body() form: ContractImportFormDto,
  ): Promise<ContractImportPreview> {
    return this.imports.preview(principal, file, form.commissionerId);
  }

  @Post()
  @RequirePermission(Permission.ContractsManage)
  @UseInterceptors(ContractListUploadProblems, ContractListUpload)
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_FORM)
  @ApiCreatedResponse({
    description:
      'Every row written in one transaction: providers, contracts, commissioner lines, commissioning ' +
      "relationships, each provider's re-decided scope and the audit trail",
  })
  @ApiBadRequestResponse({
    description:
      `${FILE_PROBLEMS}; or rows with problems, each by line and column (rowProblems, and problems by path ` +
      'like "line 12, Expected NHS income (£)"), and nothing written',
  })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 5 MB' })
  @ApiForbiddenResponse({ description: "A commissioner naming another organisation's lines" })
  import(
    @CurrentPrincipal() principal: Principal,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @Body() form: ContractImportFormDto,
  ): Promise<ContractImportResult> {
    return this.imports.import(principal, file, form.commissionerId);
  }
}

import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { contractYearEnd } from '@wres/domain/scope';
import { readWresTemplate, wresTemplateSheets } from '@wres/domain/wres';
import type { WresDraftDocument } from '@wres/domain/wres';
import type { Principal } from '@wres/server/core/auth';
import { providerYearVisibleSql, SPREADSHEET_FILE_FIELD, SpreadsheetFileError } from '@wres/server/contracts';
import type { UploadedSpreadsheet } from '@wres/server/contracts';
import type { Submission } from '@wres/shared/contracts';
import { DataSource } from 'typeorm';
import { SubmissionsService } from '../submissions.service';
import { CSV_CONTENT_TYPE, writeTemplateCsv } from './template-csv';
import { readTemplateFile } from './template-file';
import { templateFileRefused, templateImportRefused } from './template-import.problems';
import { writeTemplateXlsx, XLSX_CONTENT_TYPE } from './template-xlsx';

export const TEMPLATE_FORMATS = ['xlsx', 'csv'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];

export interface TemplateFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/**
 * The downloadable WRES reporting template for a provider's report, and its upload into the provider's
 * draft. An upload is read in full before anything is written, and writes nothing if any figure is wrong.
 */
@Injectable()
export class SubmissionTemplateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly submissions: SubmissionsService,
  ) {}

  /**
   * The template for a report year the caller can see, with the year's reporting period end filled in and,
   * for the provider itself, its draft's figures, so a download–edit–upload round trip loses nothing.
   */
  async download(
    principal: Principal,
    providerId: string,
    contractYear: string,
    format: TemplateFormat,
  ): Promise<TemplateFile> {
    const [provider]: Array<{ name: string; ods_code: string }> = await this.dataSource.query(
      `SELECT o.name, o.ods_code FROM organisation o WHERE o.id = $2::uuid AND ${providerYearVisibleSql(principal)}`,
      [principal.organisationId, providerId, contractYear],
    );
    if (!provider) throw new NotFoundException('Submission not found');
    const draft = await this.submissions.ownDraftDocument(principal, providerId, contractYear);
    const sheets = wresTemplateSheets({
      document: { ...draft, reportingPeriodEnd: contractYearEnd(contractYear) },
      caption: `${provider.name} (${provider.ods_code}), contract year ${contractYear}`,
    });
    const fileName = `wres-template-${provider.ods_code}-${contractYear.replace('/', '-')}.${format}`;
    return format === 'xlsx'
      ? { fileName, contentType: XLSX_CONTENT_TYPE, content: await writeTemplateXlsx(sheets) }
      : { fileName, contentType: CSV_CONTENT_TYPE, content: writeTemplateCsv(sheets) };
  }

  /** Replaces the draft's figures with the uploaded template's, keeping its details; or refuses, writing nothing. */
  async import(
    principal: Principal,
    providerId: string,
    contractYear: string,
    file: UploadedSpreadsheet | undefined,
  ): Promise<Submission> {
    // Whose report, and whether it applies, before reading the file: another provider learns nothing from it.
    await this.submissions.mustWriteOwnReport(principal, providerId, contractYear);
    if (!file) {
      throw templateFileRefused(
        `Choose the filled-in template (.xlsx or .csv) to upload, as the form field '${SPREADSHEET_FILE_FIELD}'`,
      );
    }
    const read = await readTemplateFile(file.originalname, file.buffer).catch((error: unknown) => {
      throw error instanceof SpreadsheetFileError ? templateFileRefused(error.message) : error;
    });
    const reading = readWresTemplate(read.grids, {
      expectedReportingPeriodEnd: contractYearEnd(contractYear),
    });
    if (reading.problems.length > 0) throw templateImportRefused(reading.problems);
    // Almost certainly the wrong file: an upload with no figures would otherwise wipe the draft's.
    if (!hasFigures(reading.document)) {
      throw templateFileRefused(
        'The template has no figures in it, so there is nothing to import: fill it in, then upload it',
      );
    }
    return this.submissions.replaceDraftDocument(
      principal,
      providerId,
      contractYear,
      reading.document as Record<string, unknown>,
      { fileName: file.originalname, format: read.format, parts: Object.keys(reading.document) },
    );
  }
}

function hasFigures(document: WresDraftDocument): boolean {
  return Object.keys(document).some((key) => key !== 'reportingPeriodEnd');
}

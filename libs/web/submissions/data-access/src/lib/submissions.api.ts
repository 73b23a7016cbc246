import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ProviderReports,
  Submission,
  SubmissionDraftRequest,
  SubmissionVersion,
  SubmissionVersionDiff,
} from '@wres/shared/contracts';
import { contractYearToPath, uploadWithProgress } from '@wres/web/contracts/data-access';
import type { UploadState } from '@wres/web/contracts/data-access';
import type { Observable } from 'rxjs';

const BASE = '/api/v1/submissions';

/** The multipart form field a filled-in template goes in. */
export const TEMPLATE_IMPORT_FILE_FIELD = 'file';

export type TemplateFormat = 'xlsx' | 'csv';

function reportPath(providerId: string, contractYear: string): string {
  return `${BASE}/${encodeURIComponent(providerId)}/${contractYearToPath(contractYear)}`;
}

/**
 * A provider's WRES annual reports: the provider drafts, imports and submits its own; commissioners read
 * what was submitted. Contract years are written "2018/19".
 */
@Injectable({ providedIn: 'root' })
export class SubmissionsApi {
  private readonly http = inject(HttpClient);

  /** Every contract year's report for a provider, newest first, with its status tag. */
  reports(providerId: string): Observable<ProviderReports> {
    return this.http.get<ProviderReports>(`/api/v1/providers/${encodeURIComponent(providerId)}/wres-reports`);
  }

  /** One year's report: status, versions, and the draft (the provider's own only). */
  get(providerId: string, contractYear: string): Observable<Submission> {
    return this.http.get<Submission>(reportPath(providerId, contractYear));
  }

  /** Saves the whole draft (document and details); a draft may be incomplete. */
  saveDraft(providerId: string, contractYear: string, draft: SubmissionDraftRequest): Observable<Submission> {
    return this.http.put<Submission>(`${reportPath(providerId, contractYear)}/draft`, draft);
  }

  /** Submits the saved draft as the next version; a 400 lists every problem by path. */
  submit(providerId: string, contractYear: string): Observable<SubmissionVersion> {
    return this.http.post<SubmissionVersion>(`${reportPath(providerId, contractYear)}/submit`, {});
  }

  version(providerId: string, contractYear: string, version: number): Observable<SubmissionVersion> {
    return this.http.get<SubmissionVersion>(`${reportPath(providerId, contractYear)}/versions/${version}`);
  }

  /** What changed from `against` (by default the version before) to `version`. */
  diff(
    providerId: string,
    contractYear: string,
    version: number,
    against?: number,
  ): Observable<SubmissionVersionDiff> {
    const query = against === undefined ? '' : `?against=${against}`;
    return this.http.get<SubmissionVersionDiff>(
      `${reportPath(providerId, contractYear)}/versions/${version}/diff${query}`,
    );
  }

  /** Where to download the reporting template, filled with the draft so far. */
  templateUrl(providerId: string, contractYear: string, format: TemplateFormat): string {
    return `${reportPath(providerId, contractYear)}/template?format=${format}`;
  }

  /**
   * Fills the draft's counts from a filled-in template (.xlsx or .csv). A 400 carries `templateProblems`
   * by sheet, row and column, and nothing is written.
   */
  importTemplate(providerId: string, contractYear: string, file: File): Observable<UploadState<Submission>> {
    return uploadWithProgress<Submission>(
      this.http,
      `${reportPath(providerId, contractYear)}/import`,
      file,
      TEMPLATE_IMPORT_FILE_FIELD,
    );
  }
}

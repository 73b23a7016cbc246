import { HttpErrorResponse } from '@angular/common/http';
import type { ProviderReportSummary, ProviderReports, Submission } from '@wres/shared/contracts';
import { contractYearToPath } from '@wres/web/contracts/data-access';
import { SubmissionsApi } from '@wres/web/submissions/data-access';
import { Observable, catchError, forkJoin, map, of, throwError } from 'rxjs';
import { draftContent, type DraftContent, type ReportRules } from './report-sections.model';
import { isLate, londonToday } from './report-status.model';

/** Everything the report pages need about one provider's report for one contract year. */
export interface ReportContext {
  readonly providerId: string;
  /** "2025/26". */
  readonly contractYear: string;
  readonly providerName: string;
  /** The year's line from the provider's reports; null when the list could not be had. */
  readonly summary: ProviderReportSummary | null;
  /** Null when nothing has been saved or submitted yet. */
  readonly submission: Submission | null;
  /** The signed-in user works for the provider, so drafts and submits the report. */
  readonly own: boolean;
  /** The provider's draft so far (empty before the first save). */
  readonly draft: DraftContent;
  readonly rules: ReportRules;
}

/** A 404 becomes null: no report has been saved yet, which is not an error for these pages. */
export function nullWhenNotFound<T>(source: Observable<T>): Observable<T | null> {
  return source.pipe(
    catchError((error: unknown) =>
      error instanceof HttpErrorResponse && error.status === 404 ? of(null) : throwError(() => error),
    ),
  );
}

/**
 * Loads a report with the provider's list of years beside it (for the provider's name, the status and the
 * due date). The list is a help, not a need: if it cannot be had the pages still work, without them.
 */
export function loadReport(
  api: SubmissionsApi,
  providerId: string,
  contractYear: string,
  own: { id: string; name: string } | null,
): Observable<ReportContext> {
  return forkJoin({
    reports: api.reports(providerId).pipe(catchError(() => of(null as ProviderReports | null))),
    submission: nullWhenNotFound(api.get(providerId, contractYear)),
  }).pipe(
    map(({ reports, submission }) => {
      const summary = reports?.reports.find((report) => report.contractYear === contractYear) ?? null;
      const isOwn = own?.id === providerId;
      return {
        providerId,
        contractYear,
        providerName: reports?.provider.name ?? (isOwn ? own.name : 'The provider'),
        summary,
        submission,
        own: isOwn,
        draft: draftContent(submission?.draft ?? null),
        rules: { contractYear, late: isLate(summary, londonToday()) },
      };
    }),
  );
}

/** `/reports/:providerId/:year`, the task list or, for commissioners, the report's overview. */
export function reportLink(providerId: string, contractYear: string): string[] {
  return ['/reports', providerId, contractYearToPath(contractYear)];
}

export function sectionLink(providerId: string, contractYear: string, section: string): string[] {
  return [...reportLink(providerId, contractYear), 'sections', section];
}

export function versionLink(providerId: string, contractYear: string, version: number): string[] {
  return [...reportLink(providerId, contractYear), 'versions', String(version)];
}

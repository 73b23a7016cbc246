import { HttpErrorResponse } from '@angular/common/http';
import { previousContractYear } from '@wres/domain/scope';
import { contractYearFromPath, contractYearToPath } from '@wres/web/contracts/data-access';
import type { SubmissionsApi } from '@wres/web/submissions/data-access';
import { Observable, catchError, map, of, switchMap } from 'rxjs';
import { PreviousYear, previousYearOf } from './report-version.model';

/**
 * The previous contract year's latest submitted version of a provider's report, to show beside this year's.
 * No report that year (404), none submitted yet, no access to it, or a year before the service's first just
 * mean there is nothing to compare with; anything else is a failure the page mentions.
 */
export function previousYearReport(
  api: SubmissionsApi,
  providerId: string,
  contractYear: string,
): Observable<PreviousYear> {
  const none: PreviousYear = { status: 'none' };
  const lastYear = contractYearFromPath(contractYearToPath(previousContractYear(contractYear)));
  if (!lastYear) return of(none);
  return api.get(providerId, lastYear).pipe(
    switchMap((submission) =>
      submission.versions.length > 0 && submission.currentVersion > 0
        ? api
            .version(providerId, lastYear, submission.currentVersion)
            .pipe(map((version) => previousYearOf(lastYear, version)))
        : of(none),
    ),
    catchError((error: unknown) =>
      of<PreviousYear>(
        error instanceof HttpErrorResponse && (error.status === 404 || error.status === 403)
          ? none
          : { status: 'failed' },
      ),
    ),
  );
}

import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CommissionerDashboard,
  CsuDashboard,
  DashboardExportFormat,
  DashboardTrends,
} from '@wres/shared/contracts';
import type { Observable } from 'rxjs';

const BASE = '/api/v1/dashboards';

/** Which dashboard an export comes from. */
export type DashboardKind = 'commissioner' | 'csu';

/** Whose figures a trend follows: one provider's own, a commissioner's providers pooled, or the whole remit. */
export type TrendsQuestion =
  { providerId: string } | { scope: 'portfolio'; commissionerId?: string } | { scope: 'region' };

export interface DashboardExportRequest {
  dashboard: DashboardKind;
  contractYear: string;
  format: DashboardExportFormat;
  /** One table (see the dashboard's `exportTables`); every table when left out (CSV needs one). */
  table?: string;
  /** The commissioner dashboard of a CCG or ICB other than the caller's own (CSU analysts, admins). */
  commissionerId?: string | null;
}

function paramsOf(values: Record<string, string | null | undefined>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && value !== '') params = params.set(key, value);
  }
  return params;
}

/**
 * The commissioner and CSU dashboards, trends across years and their exports. Contract years are written
 * "2024/25". Pooled figures and every export arrive already suppressed; the web app renders them as given.
 */
@Injectable({ providedIn: 'root' })
export class DashboardsApi {
  private readonly http = inject(HttpClient);

  /** A commissioner's year: its own when `commissionerId` is left out (commissioners only). */
  commissioner(contractYear: string, commissionerId?: string | null): Observable<CommissionerDashboard> {
    return this.http.get<CommissionerDashboard>(`${BASE}/commissioner`, {
      params: paramsOf({ contractYear, commissionerId }),
    });
  }

  /** Across the commissioners in the caller's remit: reporting, distributions and pooled figures. */
  csu(contractYear: string): Observable<CsuDashboard> {
    return this.http.get<CsuDashboard>(`${BASE}/csu`, { params: paramsOf({ contractYear }) });
  }

  /** Every indicator across contract years for a provider, a commissioner's portfolio or the region. */
  trends(question: TrendsQuestion): Observable<DashboardTrends> {
    const values =
      'providerId' in question
        ? { providerId: question.providerId }
        : {
            scope: question.scope,
            commissionerId: 'commissionerId' in question ? question.commissionerId : null,
          };
    return this.http.get<DashboardTrends>(`${BASE}/trends`, { params: paramsOf(values) });
  }

  /** Where to download an export: a plain link, so the browser saves the file the API names. */
  exportUrl(request: DashboardExportRequest): string {
    const params = paramsOf({
      contractYear: request.contractYear,
      format: request.format,
      table: request.table,
      commissionerId: request.dashboard === 'commissioner' ? request.commissionerId : null,
    });
    return `${BASE}/${request.dashboard}/export?${params.toString()}`;
  }
}

import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ProviderScope, ScopeYearOverview } from '@wres/shared/contracts';
import type { Observable } from 'rxjs';
import { contractYearToPath } from './contract-years';

const BASE = '/api/v1';

/** Which obligations providers have in a year, why, and the decisions' history. */
@Injectable({ providedIn: 'root' })
export class ProviderScopeApi {
  private readonly http = inject(HttpClient);

  /** One provider's obligations, deadlines and scope history for a contract year ("2015/16"). */
  providerScope(providerId: string, contractYear: string): Observable<ProviderScope> {
    return this.http.get<ProviderScope>(`${BASE}/providers/${encodeURIComponent(providerId)}/scope`, {
      params: new HttpParams().set('contractYear', contractYear),
    });
  }

  /** The co-ordinating commissioner confirms the year's presumed scope. */
  confirm(providerId: string, contractYear: string): Observable<ProviderScope> {
    return this.http.post<ProviderScope>(
      `${BASE}/providers/${encodeURIComponent(providerId)}/scope/confirm`,
      {
        contractYear,
      },
    );
  }

  /** Every visible provider with contracts that year: in scope or exempt, and why. */
  yearOverview(contractYear: string): Observable<ScopeYearOverview> {
    return this.http.get<ScopeYearOverview>(`${BASE}/scope/years/${contractYearToPath(contractYear)}`);
  }
}

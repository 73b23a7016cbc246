import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { OrganisationDetail, OrganisationSummary } from '@wres/shared/contracts';
import type { Observable } from 'rxjs';

const BASE = '/api/v1/organisations';

/** Organisations visible to the signed-in user; the API scopes every answer. */
@Injectable({ providedIn: 'root' })
export class OrganisationsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<OrganisationSummary[]> {
    return this.http.get<OrganisationSummary[]>(BASE);
  }

  mine(): Observable<OrganisationDetail> {
    return this.http.get<OrganisationDetail>(`${BASE}/mine`);
  }

  get(id: string): Observable<OrganisationDetail> {
    return this.http.get<OrganisationDetail>(`${BASE}/${encodeURIComponent(id)}`);
  }
}

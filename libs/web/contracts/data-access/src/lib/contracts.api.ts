import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Contract,
  ContractChangeRequest,
  ContractRequest,
  ContractWriteResult,
} from '@wres/shared/contracts';
import type { Observable } from 'rxjs';

const BASE = '/api/v1/contracts';

export interface ContractListFilter {
  contractYear?: string;
  providerId?: string;
}

/** Contracts visible to the signed-in user; the API scopes every answer and checks every write. */
@Injectable({ providedIn: 'root' })
export class ContractsApi {
  private readonly http = inject(HttpClient);

  /** Newest year first. */
  list(filter: ContractListFilter = {}): Observable<Contract[]> {
    let params = new HttpParams();
    if (filter.contractYear) params = params.set('contractYear', filter.contractYear);
    if (filter.providerId) params = params.set('providerId', filter.providerId);
    return this.http.get<Contract[]>(BASE, { params });
  }

  get(id: string): Observable<Contract> {
    return this.http.get<Contract>(`${BASE}/${encodeURIComponent(id)}`);
  }

  /** Records a contract; a 400 lists every problem by path, e.g. `commissioners[0].expectedIncomePence`. */
  record(request: ContractRequest): Observable<ContractWriteResult> {
    return this.http.post<ContractWriteResult>(BASE, request);
  }

  change(id: string, request: ContractChangeRequest): Observable<ContractWriteResult> {
    return this.http.patch<ContractWriteResult>(`${BASE}/${encodeURIComponent(id)}`, request);
  }
}

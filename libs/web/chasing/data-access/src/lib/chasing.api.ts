import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ChasedProviderSummary,
  ChasingBoard,
  ChasingTimeline,
  CommissionerLetterPreview,
  CommissionerLetterRequest,
  CommissionerLetterSent,
  InterimRequest,
  InterimRequestAnswer,
  InterimRequestCreate,
  InterimRequestsCreated,
  ReminderPause,
  ReminderPauseRequest,
} from '@wres/shared/contracts';
import { contractYearToPath } from '@wres/web/contracts/data-access';
import type { Observable } from 'rxjs';

const BASE = '/api/v1';

/** Contract years go in query strings as "2015-16", which needs no encoding; the API takes either form. */
function yearParams(contractYear: string): HttpParams {
  return new HttpParams().set('contractYear', contractYearToPath(contractYear));
}

function providerPath(providerId: string): string {
  return `${BASE}/providers/${encodeURIComponent(providerId)}`;
}

/**
 * Chasing providers: the co-ordinating commissioner's board, interim-report requests and commissioner
 * letters, each provider's timeline of emails and pausing its reminders; and a provider answering the
 * interim-report requests sent to it. Contract years are written "2015/16".
 */
@Injectable({ providedIn: 'root' })
export class ChasingApi {
  private readonly http = inject(HttpClient);

  board(contractYear: string): Observable<ChasingBoard> {
    return this.http.get<ChasingBoard>(`${BASE}/chasing/board`, { params: yearParams(contractYear) });
  }

  /** The in-scope providers whose contracts the caller co-ordinates in the year. */
  providers(contractYear: string): Observable<ChasedProviderSummary[]> {
    return this.http.get<ChasedProviderSummary[]>(`${BASE}/chasing/providers`, {
      params: yearParams(contractYear),
    });
  }

  timeline(providerId: string, contractYear: string): Observable<ChasingTimeline> {
    return this.http.get<ChasingTimeline>(`${providerPath(providerId)}/chasing-timeline`, {
      params: yearParams(contractYear),
    });
  }

  pauseReminders(providerId: string, request: ReminderPauseRequest): Observable<ReminderPause> {
    return this.http.post<ReminderPause>(`${providerPath(providerId)}/reminder-pause`, request);
  }

  resumeReminders(providerId: string, contractYear: string): Observable<ReminderPause> {
    return this.http.delete<ReminderPause>(`${providerPath(providerId)}/reminder-pause`, {
      params: yearParams(contractYear),
    });
  }

  /** A provider its own requests; commissioners and CSUs those for the providers they see. */
  interimRequests(filter: { contractYear?: string; providerId?: string } = {}): Observable<InterimRequest[]> {
    let params = new HttpParams();
    if (filter.contractYear) params = params.set('contractYear', contractYearToPath(filter.contractYear));
    if (filter.providerId) params = params.set('providerId', filter.providerId);
    return this.http.get<InterimRequest[]>(`${BASE}/interim-requests`, { params });
  }

  /** One request per provider; a 400 lists every problem by path, e.g. providerIds[3]. */
  requestInterimReports(request: InterimRequestCreate): Observable<InterimRequestsCreated> {
    return this.http.post<InterimRequestsCreated>(`${BASE}/interim-requests`, request);
  }

  answerInterimRequest(id: string, answer: InterimRequestAnswer): Observable<InterimRequest> {
    return this.http.post<InterimRequest>(
      `${BASE}/interim-requests/${encodeURIComponent(id)}/answer`,
      answer,
    );
  }

  previewLetter(request: CommissionerLetterRequest): Observable<CommissionerLetterPreview> {
    return this.http.post<CommissionerLetterPreview>(`${BASE}/commissioner-letters/preview`, request);
  }

  sendLetter(request: CommissionerLetterRequest): Observable<CommissionerLetterSent> {
    return this.http.post<CommissionerLetterSent>(`${BASE}/commissioner-letters/send`, request);
  }
}

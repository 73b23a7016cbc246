import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AssuranceChecklist,
  ChecklistRatingRequest,
  Review,
  ReviewAssignmentRequest,
  ReviewAssignmentResult,
  ReviewAudit,
  Reviewer,
  ReviewQueue,
  ReviewQueueQuery,
  ReviewState,
} from '@wres/shared/contracts';
import { contractYearToPath } from '@wres/web/contracts/data-access';
import type { Observable } from 'rxjs';

const BASE = '/api/v1/reviews';

function reviewPath(providerId: string, contractYear: string): string {
  return `${BASE}/${encodeURIComponent(providerId)}/${contractYearToPath(contractYear)}`;
}

/**
 * Assurance reviews of WRES reports: the reviewer's queue and who reviews what, one report's review,
 * checklist, conversation and decision, and its trail. Contract years are written "2025/26".
 */
@Injectable({ providedIn: 'root' })
export class ReviewsApi {
  private readonly http = inject(HttpClient);

  /** The caller's queue, overdue first; every filter is optional. */
  queue(query: ReviewQueueQuery = {}): Observable<ReviewQueue> {
    let params = new HttpParams();
    if (query.contractYear) params = params.set('contractYear', contractYearToPath(query.contractYear));
    if (query.state) params = params.set('state', query.state);
    if (query.rag) params = params.set('rag', query.rag);
    if (query.overdue !== undefined) params = params.set('overdue', String(query.overdue));
    if (query.reviewer) params = params.set('reviewer', query.reviewer);
    return this.http.get<ReviewQueue>(BASE, { params });
  }

  /** Who the caller's organisation can give reports to review: its active commissioner users, by name. */
  reviewers(): Observable<Reviewer[]> {
    return this.http.get<Reviewer[]>(`${BASE}/reviewers`);
  }

  /** Gives the reports to the reviewer, or (null) takes them back; all or nothing. */
  assign(request: ReviewAssignmentRequest): Observable<ReviewAssignmentResult> {
    return this.http.post<ReviewAssignmentResult>(`${BASE}/assignments`, request);
  }

  get(providerId: string, contractYear: string): Observable<Review> {
    return this.http.get<Review>(reviewPath(providerId, contractYear));
  }

  checklist(providerId: string, contractYear: string): Observable<AssuranceChecklist> {
    return this.http.get<AssuranceChecklist>(`${reviewPath(providerId, contractYear)}/checklist`);
  }

  /** The co-ordinating commissioner moves the review on; a comment is needed to send it back or refuse it. */
  transition(
    providerId: string,
    contractYear: string,
    to: ReviewState,
    comment?: string,
  ): Observable<Review> {
    return this.http.post<Review>(`${reviewPath(providerId, contractYear)}/transition`, {
      to,
      ...(comment ? { comment } : {}),
    });
  }

  comment(providerId: string, contractYear: string, text: string, indicator?: string): Observable<Review> {
    return this.http.post<Review>(`${reviewPath(providerId, contractYear)}/comments`, {
      text,
      ...(indicator ? { indicator } : {}),
    });
  }

  /** A CSU analyst's recommendation, with any proposed ratings of the human checklist items. */
  recommend(
    providerId: string,
    contractYear: string,
    text: string,
    checklist: readonly ChecklistRatingRequest[] = [],
  ): Observable<Review> {
    return this.http.post<Review>(`${reviewPath(providerId, contractYear)}/recommendations`, {
      text,
      ...(checklist.length > 0 ? { checklist } : {}),
    });
  }

  /** The co-ordinating commissioner rates the human checklist items. */
  assess(
    providerId: string,
    contractYear: string,
    items: readonly ChecklistRatingRequest[],
  ): Observable<AssuranceChecklist> {
    return this.http.put<AssuranceChecklist>(`${reviewPath(providerId, contractYear)}/checklist`, { items });
  }

  audit(providerId: string, contractYear: string): Observable<ReviewAudit> {
    return this.http.get<ReviewAudit>(`${reviewPath(providerId, contractYear)}/audit`);
  }

  /** Where to download the trail as CSV. */
  auditCsvUrl(providerId: string, contractYear: string): string {
    return `${reviewPath(providerId, contractYear)}/audit?format=csv`;
  }
}

import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AcceptInvitationRequest,
  LoginRequest,
  Me,
  PasswordResetConfirmRequest,
  PasswordResetRequest,
} from '@wres/shared/contracts';
import type { Observable } from 'rxjs';

export const API_BASE = '/api/v1';

/** The session and account endpoints. Relative URLs, so Angular adds the CSRF header to writes. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  /** Sets the XSRF-TOKEN cookie that later writes echo back in a header. */
  csrf(): Observable<{ csrfToken: string }> {
    return this.http.get<{ csrfToken: string }>(`${API_BASE}/auth/csrf`);
  }

  me(): Observable<Me> {
    return this.http.get<Me>(`${API_BASE}/me`);
  }

  login(request: LoginRequest): Observable<Me> {
    return this.http.post<Me>(`${API_BASE}/auth/login`, request);
  }

  logout(): Observable<void> {
    return this.http.post<void>(`${API_BASE}/auth/logout`, null);
  }

  acceptInvitation(request: AcceptInvitationRequest): Observable<void> {
    return this.http.post<void>(`${API_BASE}/invitations/accept`, request);
  }

  requestPasswordReset(request: PasswordResetRequest): Observable<void> {
    return this.http.post<void>(`${API_BASE}/auth/password-reset`, request);
  }

  confirmPasswordReset(request: PasswordResetConfirmRequest): Observable<void> {
    return this.http.post<void>(`${API_BASE}/auth/password-reset/confirm`, request);
  }
}

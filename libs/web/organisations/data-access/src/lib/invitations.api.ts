import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { InvitationRequest, InvitationResponse } from '@wres/shared/contracts';
import type { Observable } from 'rxjs';

/** Inviting people into an organisation. Accepting an invitation is part of signing in (auth). */
@Injectable({ providedIn: 'root' })
export class InvitationsApi {
  private readonly http = inject(HttpClient);

  invite(request: InvitationRequest): Observable<InvitationResponse> {
    return this.http.post<InvitationResponse>('/api/v1/invitations', request);
  }
}

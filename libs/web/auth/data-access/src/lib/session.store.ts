import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { LoginRequest, Me, Permission } from '@wres/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthApi } from './auth.api';

/** Who is signed in, and what they may do. The API decides; this only mirrors `GET /me`. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(AuthApi);
  private readonly current = signal<Me | null>(null);

  readonly me = this.current.asReadonly();
  readonly isSignedIn = computed(() => this.current() !== null);
  private readonly permissions = computed(() => new Set<Permission>(this.current()?.permissions ?? []));

  /** Reactive when read in a template or computed: re-evaluates when the session changes. */
  can(permission: Permission): boolean {
    return this.permissions().has(permission);
  }

  /**
   * Asks the API for the XSRF cookie and the current session. Never throws: with no API or no
   * session the app starts signed out.
   */
  async load(): Promise<Me | null> {
    try {
      await firstValueFrom(this.api.csrf());
    } catch {
      // Without the cookie reads still work; the next write will fail and say so.
    }
    try {
      this.current.set(await firstValueFrom(this.api.me()));
    } catch (error: unknown) {
      if (!(error instanceof HttpErrorResponse)) throw error;
      this.current.set(null);
    }
    return this.current();
  }

  /** Signs in; rejects with the HttpErrorResponse (400, 401, 429) for the page to explain. */
  async login(request: LoginRequest): Promise<Me> {
    const me = await firstValueFrom(this.api.login(request));
    this.current.set(me);
    return me;
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout());
    } finally {
      this.current.set(null);
    }
  }

  /** Forgets the session locally, e.g. when the API says it has expired. */
  clear(): void {
    this.current.set(null);
  }
}

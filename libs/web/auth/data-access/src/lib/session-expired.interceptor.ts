import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { API_BASE } from './auth.api';
import { SessionStore } from './session.store';

// A 401 from these is an answer for the page, not a sign that the session has ended.
const SIGN_IN_ENDPOINTS = [`${API_BASE}/auth/login`, `${API_BASE}/me`];

/** When the API stops recognising the session, forget it and ask the user to sign in again. */
export const sessionExpiredInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      const path = request.url.split('?')[0];
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        path.startsWith(`${API_BASE}/`) &&
        !SIGN_IN_ENDPOINTS.includes(path)
      ) {
        session.clear();
        const returnUrl = router.url.startsWith('/login') ? undefined : router.url;
        void router.navigate(['/login'], { queryParams: returnUrl ? { returnUrl } : {} });
      }
      return throwError(() => error);
    }),
  );
};

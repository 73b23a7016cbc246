import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import type { Permission } from '@wres/shared/contracts';
import { SessionStore } from './session.store';

/** Only signed-in users; everyone else goes to sign in and comes back afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  return session.isSignedIn() || router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** Signed-in users holding `permission`; others see the forbidden page. */
export function permissionGuard(permission: Permission): CanActivateFn {
  return (_route, state) => {
    const session = inject(SessionStore);
    const router = inject(Router);
    if (!session.isSignedIn()) {
      return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
    }
    return session.can(permission) || router.createUrlTree(['/forbidden']);
  };
}

/**
 * A return address is only followed when it is a path inside this app, so a crafted sign-in link
 * cannot send someone elsewhere after they sign in.
 */
export function safeReturnUrl(returnUrl: string | null | undefined): string {
  if (!returnUrl || !returnUrl.startsWith('/') || returnUrl.startsWith('//') || returnUrl.startsWith('/\\')) {
    return '/';
  }
  return returnUrl.startsWith('/login') ? '/' : returnUrl;
}

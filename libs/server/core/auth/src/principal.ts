import { permissionsFor } from '@wres/shared/contracts';
import type { Permission, Role } from '@wres/shared/contracts';
import type { Actor } from '@wres/server/core/audit';

/** The signed-in caller, loaded fresh from the database on every request (a disabled user loses access at once). */
export interface Principal {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  organisationId: string;
  permissions: readonly Permission[];
  requestId: string | null;
}

export function actorOf(principal: Principal): Actor {
  return {
    userId: principal.userId,
    organisationId: principal.organisationId,
    requestId: principal.requestId,
  };
}

/** What the session cookie's server-side record holds. */
export interface SessionData {
  userId?: string;
  csrfToken?: string;
}

export function principalFromUser(
  user: { id: string; email: string; displayName: string; role: Role; organisationId: string },
  requestId: string | null,
): Principal {
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    organisationId: user.organisationId,
    permissions: permissionsFor(user.role),
    requestId,
  };
}

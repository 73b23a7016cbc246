/** Who is acting, for the audit trail: a signed-in user, or the system itself (the worker, the seed). */
export interface Actor {
  userId: string | null;
  organisationId: string | null;
  requestId: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, organisationId: null, requestId: null };

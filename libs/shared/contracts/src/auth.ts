import type { Permission } from './permissions';
import type { Role } from './roles';
import type { OrganisationSummary } from './organisations';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface Me {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  permissions: Permission[];
  organisation: OrganisationSummary;
}

export interface InvitationRequest {
  email: string;
  displayName: string;
  role: Role;
  /** Admins may invite into any organisation; everyone else only into their own, and this is ignored. */
  organisationId?: string;
}

export interface InvitationResponse {
  id: string;
  email: string;
  expiresAt: string;
}

export interface AcceptInvitationRequest {
  token: string;
  password: string;
}

export interface PasswordResetRequest {
  email: string;
}

export interface PasswordResetConfirmRequest {
  token: string;
  password: string;
}

/** Passwords: long enough to resist guessing; no composition rules (NCSC guidance). */
export const PASSWORD_MIN_LENGTH = 12;

/** What a user does in the service. A user belongs to exactly one organisation and holds one role. */
export const ROLES = ['provider-submitter', 'commissioner', 'csu-analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  'provider-submitter': 'Provider submitter',
  commissioner: 'Commissioner',
  'csu-analyst': 'CSU analyst',
  admin: 'Administrator',
};

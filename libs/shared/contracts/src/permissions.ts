import type { Role } from './roles';

/**
 * The one permission vocabulary, shared by api guards and the web app's navigation.
 * Every api endpoint names exactly one of these (or is explicitly public).
 */
export enum Permission {
  /** Read your own account and session. */
  SessionRead = 'session:read',
  /** See organisations visible to you (your own and those related to it). */
  OrganisationsRead = 'organisations:read',
  /** Create and edit organisations and their relationships. */
  OrganisationsManage = 'organisations:manage',
  /** Invite users to your own organisation (admins: to any). */
  UsersInvite = 'users:invite',
  /** Read the audit trail visible to you. */
  AuditRead = 'audit:read',
  /** Ask which contract obligations a provider kind, income and contract year create (nothing is stored). */
  ScopeAssess = 'scope:assess',
  /** Compute the nine WRES indicators from a document's counts (nothing is stored). */
  WresCalculate = 'wres:calculate',
  /** See contracts, obligations and scope decisions visible to you (providers: their own only). */
  ContractsRead = 'contracts:read',
  /** Record and change contracts your organisation commissions (admins: any), and confirm scope. */
  ContractsManage = 'contracts:manage',
  /** See each contract year's scope rules. */
  RuleSetsRead = 'rule-sets:read',
  /** Edit a contract year's scope rules, which re-decides every affected provider's obligations. */
  RuleSetsManage = 'rule-sets:manage',
  /** Create or rotate your organisation's subscribable calendar of deadlines. */
  CalendarFeedManage = 'calendar-feed:manage',
  /** See the WRES submissions visible to you (providers: their own only, with the draft). */
  SubmissionsRead = 'submissions:read',
  /** Draft and submit your own organisation's WRES report. */
  SubmissionsWrite = 'submissions:write',
  /** Move a report through assurance and decide it, for reports where your CCG/ICB co-ordinates the contract. */
  ReviewsDecide = 'reviews:decide',
  /** Prepare a review recommendation for the co-ordinating commissioner (the decision stays with it). */
  ReviewsRecommend = 'reviews:recommend',
  /** Comment on a report under review that is visible to you. */
  ReviewsComment = 'reviews:comment',
  /** See the commissioner and CSU dashboards, trends and exports for the commissioners in your remit. */
  DashboardsRead = 'dashboards:read',
  /** Request interim reports and send commissioner letters to providers whose contracts your CCG/ICB co-ordinates. */
  ChasingSend = 'chasing:send',
}

/** Stateless tools every signed-in user may use: they read and write nothing. */
const SIGNED_IN_TOOLS = [Permission.ScopeAssess, Permission.WresCalculate] as const;

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  'provider-submitter': [
    Permission.SessionRead,
    Permission.OrganisationsRead,
    Permission.ContractsRead,
    Permission.SubmissionsRead,
    Permission.SubmissionsWrite,
    ...SIGNED_IN_TOOLS,
  ],
  commissioner: [
    Permission.SessionRead,
    Permission.OrganisationsRead,
    Permission.UsersInvite,
    Permission.ContractsRead,
    Permission.ContractsManage,
    Permission.RuleSetsRead,
    Permission.CalendarFeedManage,
    Permission.SubmissionsRead,
    Permission.ReviewsDecide,
    Permission.ReviewsComment,
    Permission.ChasingSend,
    Permission.DashboardsRead,
    ...SIGNED_IN_TOOLS,
  ],
  'csu-analyst': [
    Permission.SessionRead,
    Permission.OrganisationsRead,
    Permission.ContractsRead,
    Permission.RuleSetsRead,
    Permission.SubmissionsRead,
    Permission.ReviewsRecommend,
    Permission.ReviewsComment,
    Permission.DashboardsRead,
    ...SIGNED_IN_TOOLS,
  ],
  admin: [
    Permission.SessionRead,
    Permission.OrganisationsRead,
    Permission.OrganisationsManage,
    Permission.UsersInvite,
    Permission.AuditRead,
    Permission.ContractsRead,
    Permission.ContractsManage,
    Permission.RuleSetsRead,
    Permission.RuleSetsManage,
    Permission.SubmissionsRead,
    Permission.DashboardsRead,
    ...SIGNED_IN_TOOLS,
  ],
};

export function permissionsFor(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

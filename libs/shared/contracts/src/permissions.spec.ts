import { Permission, ROLE_PERMISSIONS, hasPermission } from './permissions';
import { ROLES } from './roles';

describe('role permissions', () => {
  it('gives every role the right to read its own session', () => {
    for (const role of ROLES) expect(hasPermission(role, Permission.SessionRead)).toBe(true);
  });

  it('lets every role assess scope and calculate indicators', () => {
    for (const role of ROLES) {
      expect(hasPermission(role, Permission.ScopeAssess)).toBe(true);
      expect(hasPermission(role, Permission.WresCalculate)).toBe(true);
    }
  });

  it('keeps organisation management and the audit trail to admins', () => {
    const holders = ROLES.filter((role) => ROLE_PERMISSIONS[role].includes(Permission.OrganisationsManage));
    expect(holders).toEqual(['admin']);
    expect(ROLES.filter((role) => hasPermission(role, Permission.AuditRead))).toEqual(['admin']);
  });

  it('keeps chasing providers to commissioners: the CSU supports them, the statutory duty is the CCG’s', () => {
    expect(ROLES.filter((role) => hasPermission(role, Permission.ChasingSend))).toEqual(['commissioner']);
  });

  it('does not let provider submitters invite users', () => {
    expect(hasPermission('provider-submitter', Permission.UsersInvite)).toBe(false);
  });

  it('lets every role read the contracts visible to it', () => {
    for (const role of ROLES) expect(hasPermission(role, Permission.ContractsRead)).toBe(true);
  });

  it('keeps recording contracts to commissioners and admins: CSUs support, providers are the subject', () => {
    expect(ROLES.filter((role) => hasPermission(role, Permission.ContractsManage))).toEqual([
      'commissioner',
      'admin',
    ]);
  });

  it('keeps editing rule sets to admins; commissioners and CSUs may read them', () => {
    expect(ROLES.filter((role) => hasPermission(role, Permission.RuleSetsManage))).toEqual(['admin']);
    expect(ROLES.filter((role) => hasPermission(role, Permission.RuleSetsRead))).toEqual([
      'commissioner',
      'csu-analyst',
      'admin',
    ]);
  });

  it('gives calendar feeds to commissioners, whose deadlines they are', () => {
    expect(ROLES.filter((role) => hasPermission(role, Permission.CalendarFeedManage))).toEqual([
      'commissioner',
    ]);
  });

  it('lets every role read the submissions visible to it', () => {
    for (const role of ROLES) expect(hasPermission(role, Permission.SubmissionsRead)).toBe(true);
  });

  it('keeps drafting and submitting to provider submitters, whose report it is', () => {
    expect(ROLES.filter((role) => hasPermission(role, Permission.SubmissionsWrite))).toEqual([
      'provider-submitter',
    ]);
  });

  it('keeps the assurance decision to commissioners: due regard cannot be delegated', () => {
    expect(ROLES.filter((role) => hasPermission(role, Permission.ReviewsDecide))).toEqual(['commissioner']);
  });

  it('lets CSU analysts prepare recommendations, and commissioners and CSUs comment', () => {
    expect(ROLES.filter((role) => hasPermission(role, Permission.ReviewsRecommend))).toEqual(['csu-analyst']);
    expect(ROLES.filter((role) => hasPermission(role, Permission.ReviewsComment))).toEqual([
      'commissioner',
      'csu-analyst',
    ]);
  });

  it('gives the dashboards to commissioners, CSUs and admins, never to providers', () => {
    expect(ROLES.filter((role) => hasPermission(role, Permission.DashboardsRead))).toEqual([
      'commissioner',
      'csu-analyst',
      'admin',
    ]);
  });
});

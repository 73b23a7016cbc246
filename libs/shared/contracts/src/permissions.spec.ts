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

  it('does not let provider submitters invite users', () => {
    expect(hasPermission('provider-submitter', Permission.UsersInvite)).toBe(false);
  });
});

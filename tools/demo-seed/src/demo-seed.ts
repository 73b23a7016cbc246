import { PasswordHasher } from '@wres/server/core/auth';
import {
  AuditEventEntity,
  OrganisationEntity,
  OrganisationRelationshipEntity,
  UserEntity,
} from '@wres/server/core/database';
import { DataSource } from 'typeorm';
import { DEMO_ORGANISATIONS, DEMO_RELATIONSHIPS, DEMO_USERS } from './demo-organisations';

export const DEMO_PASSWORD_DEFAULT = 'demo-password-2026';

export interface SeedResult {
  seeded: boolean;
  summary: string;
}

/** Seeds the demo in one transaction, only into a database that has no organisations yet. */
export async function seedDemo(
  dataSource: DataSource,
  options: { password: string; now: Date },
): Promise<SeedResult> {
  const passwordHash = await new PasswordHasher().hash(options.password);
  return dataSource.transaction(async (manager) => {
    // Serialise concurrent starts: only one seeds.
    await manager.query('LOCK TABLE organisation IN EXCLUSIVE MODE');
    if ((await manager.count(OrganisationEntity)) > 0) return { seeded: false, summary: '' };

    const ids = new Map<string, string>();
    for (const o of DEMO_ORGANISATIONS) {
      const saved = await manager.save(OrganisationEntity, {
        odsCode: o.odsCode,
        name: o.name,
        kind: o.kind,
        providerKind: o.providerKind ?? null,
        validFrom: o.validFrom ?? null,
        validTo: o.validTo ?? null,
        successorId: null,
      });
      ids.set(o.key, saved.id);
    }
    const idOf = (key: string) => {
      const id = ids.get(key);
      if (!id) throw new Error(`Demo seed refers to an unknown organisation "${key}"`);
      return id;
    };
    for (const o of DEMO_ORGANISATIONS.filter((o) => o.successor)) {
      await manager.update(
        OrganisationEntity,
        { id: idOf(o.key) },
        { successorId: idOf(o.successor as string) },
      );
    }
    await manager.insert(
      OrganisationRelationshipEntity,
      DEMO_RELATIONSHIPS.map((r) => ({
        kind: r.kind,
        fromOrganisationId: idOf(r.from),
        toOrganisationId: idOf(r.to),
        validFrom: r.validFrom ?? null,
        validTo: null,
      })),
    );
    await manager.insert(
      UserEntity,
      DEMO_USERS.map((u) => ({
        email: u.email,
        displayName: u.displayName,
        role: u.role,
        organisationId: idOf(u.organisation),
        passwordHash,
        status: 'active' as const,
        lastSignedInAt: null,
      })),
    );
    await manager.insert(AuditEventEntity, {
      occurredAt: options.now,
      actorUserId: null,
      actorOrganisationId: null,
      requestId: null,
      action: 'demo.seeded',
      entityType: 'database',
      entityId: null,
      summary: { organisations: DEMO_ORGANISATIONS.length, users: DEMO_USERS.length },
    });
    return {
      seeded: true,
      summary: `${DEMO_ORGANISATIONS.length} organisations, ${DEMO_RELATIONSHIPS.length} relationships, ${DEMO_USERS.length} users`,
    };
  });
}

import { Injectable } from '@nestjs/common';
import { Clock } from '@wres/server/core/config';
import { AuditEventEntity } from '@wres/server/core/database';
import { EntityManager } from 'typeorm';
import type { Actor } from './actor';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  summary: Record<string, unknown>;
}

/**
 * Writes the audit row with the manager of the caller's transaction, so the change and its record
 * commit or roll back together. There is deliberately no way to write one outside a transaction.
 */
@Injectable()
export class AuditService {
  constructor(private readonly clock: Clock) {}

  async record(manager: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(
        `Audit of "${entry.action}" must be written inside the transaction that makes the change`,
      );
    }
    await manager.save(AuditEventEntity, {
      occurredAt: this.clock.now(),
      actorUserId: actor.userId,
      actorOrganisationId: actor.organisationId,
      requestId: actor.requestId,
      ...entry,
    });
  }
}

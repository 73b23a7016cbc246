import { Injectable } from '@nestjs/common';
import { Clock } from '@wres/server/core/config';
import { AuditEventEntity } from '@wres/server/core/database';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Actor } from './actor';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  summary: Record<string, unknown>;
}

const AUDIT_ROWS_PER_INSERT = 1_000;

function mustBeInTransaction(manager: EntityManager, action: string): void {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error(`Audit of "${action}" must be written inside the transaction that makes the change`);
  }
}

/**
 * Writes the audit row with the manager of the caller's transaction, so the change and its record
 * commit or roll back together. There is deliberately no way to write one outside a transaction.
 */
@Injectable()
export class AuditService {
  constructor(private readonly clock: Clock) {}

  async record(manager: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
    mustBeInTransaction(manager, entry.action);
    await manager.save(AuditEventEntity, {
      occurredAt: this.clock.now(),
      actorUserId: actor.userId,
      actorOrganisationId: actor.organisationId,
      requestId: actor.requestId,
      ...entry,
    });
  }

  /** Many rows by one actor in one statement, in the given order: for bulk changes such as an import. */
  async recordMany(manager: EntityManager, actor: Actor, entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    mustBeInTransaction(manager, entries[0].action);
    const occurredAt = this.clock.now();
    const rows = entries.map((entry) => ({
      occurredAt,
      actorUserId: actor.userId,
      actorOrganisationId: actor.organisationId,
      requestId: actor.requestId,
      ...entry,
    }));
    // Chunked to stay well inside PostgreSQL's limit on parameters per statement.
    for (let start = 0; start < rows.length; start += AUDIT_ROWS_PER_INSERT) {
      await manager.insert(
        AuditEventEntity,
        // The summary is free-form JSON, which TypeORM's insert typing cannot describe.
        rows.slice(start, start + AUDIT_ROWS_PER_INSERT) as QueryDeepPartialEntity<AuditEventEntity>[],
      );
    }
  }
}

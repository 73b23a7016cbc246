import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@wres/server/core/audit';
import { actorOf } from '@wres/server/core/auth';
import type { Principal } from '@wres/server/core/auth';
import { Clock } from '@wres/server/core/config';
import { validationFailed } from '@wres/server/core/http';
import { providerYearVisibleSql } from '@wres/server/contracts';
import type { ReminderPause, ReminderPauseRequest } from '@wres/shared/contracts';
import { WRES_REPORT_CLAUSE } from '@wres/shared/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { coordinatedProvidersSql } from './chasing-sql';

interface PauseRow {
  id: string;
  contract_year: string;
  reason: string;
  paused_by_name: string;
  commissioner_name: string;
  paused_at: Date;
  resumed_by_name: string | null;
  resumed_at: Date | null;
}

const PAUSE_SELECT = `
  SELECT rp.id, rp.contract_year, rp.reason, pu.display_name AS paused_by_name, co.name AS commissioner_name,
         rp.paused_at, ru.display_name AS resumed_by_name, rp.resumed_at
  FROM reminder_pause rp
  JOIN app_user pu ON pu.id = rp.paused_by
  JOIN organisation co ON co.id = rp.commissioner_id
  LEFT JOIN app_user ru ON ru.id = rp.resumed_by`;

/**
 * Pausing a provider's automatic reminders for a year, with a reason, by its co-ordinating commissioner; and
 * resuming them. Both are audited. Commissioner letters and interim-report requests are deliberate actions of
 * the commissioner and are not paused.
 */
@Injectable()
export class ReminderPausesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async pause(
    principal: Principal,
    providerId: string,
    request: ReminderPauseRequest,
  ): Promise<ReminderPause> {
    const reason = request.reason.trim();
    if (!reason) throw validationFailed([{ path: 'reason', messages: ['reason must not be empty'] }]);
    await this.mustCoordinate(principal, providerId, request.contractYear);
    const id = await this.dataSource.transaction(async (manager) => {
      const [row]: Array<{ id: string }> = await manager.query(
        `INSERT INTO reminder_pause (provider_id, contract_year, commissioner_id, reason, paused_by, paused_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (provider_id, contract_year) WHERE resumed_at IS NULL DO NOTHING
         RETURNING id`,
        [
          providerId,
          request.contractYear,
          principal.organisationId,
          reason,
          principal.userId,
          this.clock.now(),
        ],
      );
      if (!row)
        throw new ConflictException(
          `Reminders to this provider are already paused for ${request.contractYear}`,
        );
      await this.audit.record(manager, actorOf(principal), {
        action: 'reminders.paused',
        entityType: 'reminder_pause',
        entityId: row.id,
        summary: { providerId, contractYear: request.contractYear, reason },
      });
      return row.id;
    });
    return this.byId(this.dataSource.manager, id);
  }

  async resume(principal: Principal, providerId: string, contractYear: string): Promise<ReminderPause> {
    await this.mustCoordinate(principal, providerId, contractYear);
    const id = await this.dataSource.transaction(async (manager) => {
      const [rows]: [Array<{ id: string }>, number] = await manager.query(
        `UPDATE reminder_pause SET resumed_by = $3, resumed_at = $4
         WHERE provider_id = $1 AND contract_year = $2 AND resumed_at IS NULL
         RETURNING id`,
        [providerId, contractYear, principal.userId, this.clock.now()],
      );
      const [row] = rows;
      if (!row) throw new NotFoundException(`Reminders to this provider are not paused for ${contractYear}`);
      await this.audit.record(manager, actorOf(principal), {
        action: 'reminders.resumed',
        entityType: 'reminder_pause',
        entityId: row.id,
        summary: { providerId, contractYear },
      });
      return row.id;
    });
    return this.byId(this.dataSource.manager, id);
  }

  /** Every pause for a provider's year, newest first. */
  async pauses(providerId: string, contractYear: string): Promise<ReminderPause[]> {
    const rows: PauseRow[] = await this.dataSource.query(
      `${PAUSE_SELECT} WHERE rp.provider_id = $1 AND rp.contract_year = $2 ORDER BY rp.paused_at DESC, rp.id`,
      [providerId, contractYear],
    );
    return rows.map(toPause);
  }

  /** Whether the caller co-ordinates the provider's contract in a year in which the WRES report applies. */
  async coordinates(principal: Principal, providerId: string, contractYear: string): Promise<boolean> {
    const [row]: Array<{ yes: boolean }> = await this.dataSource.query(
      `SELECT ${coordinatedProvidersSql('$1::uuid')} AS yes`,
      [providerId, contractYear, principal.organisationId, WRES_REPORT_CLAUSE],
    );
    return row.yes;
  }

  /** Only the co-ordinating commissioner pauses; others who can see the provider are told so, the rest not found. */
  private async mustCoordinate(
    principal: Principal,
    providerId: string,
    contractYear: string,
  ): Promise<void> {
    if (await this.coordinates(principal, providerId, contractYear)) return;
    const [visible]: Array<{ yes: boolean }> = await this.dataSource.query(
      `SELECT ${providerYearVisibleSql(principal)} AS yes
       FROM organisation WHERE id = $2::uuid AND kind = 'provider'`,
      [principal.organisationId, providerId, contractYear],
    );
    if (!visible?.yes) throw new NotFoundException('Provider not found');
    throw new ForbiddenException(
      `Only the co-ordinating commissioner of this provider's ${contractYear} contract can pause or resume its reminders`,
    );
  }

  private async byId(manager: EntityManager, id: string): Promise<ReminderPause> {
    const [row]: PauseRow[] = await manager.query(`${PAUSE_SELECT} WHERE rp.id = $1`, [id]);
    return toPause(row);
  }
}

function toPause(row: PauseRow): ReminderPause {
  return {
    id: row.id,
    contractYear: row.contract_year,
    reason: row.reason,
    pausedBy: row.paused_by_name,
    pausedByOrganisation: row.commissioner_name,
    pausedAt: row.paused_at.toISOString(),
    resumedBy: row.resumed_by_name,
    resumedAt: row.resumed_at?.toISOString() ?? null,
  };
}

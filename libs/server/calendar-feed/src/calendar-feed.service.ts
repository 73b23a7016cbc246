import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReportingCycle } from '@wres/domain/calendar';
import { visibleContractIdsSql } from '@wres/server/contracts';
import { AuditService } from '@wres/server/core/audit';
import { actorOf } from '@wres/server/core/auth';
import type { Principal } from '@wres/server/core/auth';
import { APP_CONFIG, AppConfig, Clock } from '@wres/server/core/config';
import { ReportingCycleCatalogue } from '@wres/server/scope';
import type { CalendarFeedCreated } from '@wres/shared/contracts';
import ical from 'ical-generator';
import { DataSource } from 'typeorm';
import { feedEvents } from './feed-events';
import type { FeedObligation } from './feed-events';

/** A feed token as issued: 32 random bytes, base64url. Anything else cannot be a feed, so is not looked up. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cycles: ReportingCycleCatalogue,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Creates the caller's organisation's feed, or gives it a new token, which retires the old address at
   * once (the way to shut out a leaked link). The address is returned only here: just its hash is kept.
   */
  async createOrRotate(principal: Principal): Promise<CalendarFeedCreated> {
    const token = randomBytes(32).toString('base64url');
    await this.dataSource.transaction(async (manager) => {
      const [existing]: Array<{ id: string }> = await manager.query(
        `SELECT id FROM calendar_feed WHERE organisation_id = $1 FOR UPDATE`,
        [principal.organisationId],
      );
      const [feed]: Array<{ id: string }> = await manager.query(
        `INSERT INTO calendar_feed (organisation_id, token_hash, created_at, created_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT ON CONSTRAINT calendar_feed_organisation_unique DO UPDATE SET
           token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at, created_by = EXCLUDED.created_by
         RETURNING id`,
        [principal.organisationId, hashToken(token), this.clock.now(), principal.userId],
      );
      await this.audit.record(manager, actorOf(principal), {
        action: existing ? 'calendar-feed.rotated' : 'calendar-feed.created',
        entityType: 'calendar-feed',
        entityId: feed.id,
        summary: { organisationId: principal.organisationId },
      });
    });
    return { url: `${this.config.http.publicUrl}/api/v1/calendar-feed/${token}.ics` };
  }

  /** The feed as iCalendar text; 404 for a token that is not (or no longer) a feed's. */
  async calendar(token: string): Promise<string> {
    const feed = TOKEN_PATTERN.test(token) ? await this.feedFor(token) : undefined;
    if (!feed) throw new NotFoundException('Calendar feed not found');
    const obligations = await this.obligationsVisibleTo(feed.organisation_id);
    const cycles = new Map<string, ReportingCycle | null>();
    for (const year of new Set(obligations.map((o) => o.contractYear))) {
      cycles.set(year, await this.cycles.cycleOrNull(year));
    }
    const calendar = ical({
      name: `WRES deadlines: ${feed.organisation_name}`,
      description: `Deadlines of the providers ${feed.organisation_name} commissions, and its own tasks`,
      prodId: { company: 'NHS England', product: 'WRES assurance portal', language: 'EN' },
      ttl: 60 * 60,
    });
    const stamp = this.clock.now();
    for (const event of feedEvents(obligations, (year) => cycles.get(year) ?? null)) {
      calendar.createEvent({
        id: event.uid,
        start: event.date,
        allDay: true,
        summary: event.summary,
        description: event.description,
        stamp,
      });
    }
    return calendar.toString();
  }

  private async feedFor(token: string) {
    const [feed]: Array<{ organisation_id: string; organisation_name: string }> = await this.dataSource.query(
      `SELECT f.organisation_id, o.name AS organisation_name
       FROM calendar_feed f JOIN organisation o ON o.id = f.organisation_id WHERE f.token_hash = $1`,
      [hashToken(token)],
    );
    return feed;
  }

  /**
   * Obligations that apply, for every year, to providers on contracts the organisation can see: what any of
   * its commissioners sees, so the feed never shows more than the portal would.
   */
  private async obligationsVisibleTo(organisationId: string): Promise<FeedObligation[]> {
    const commissioner = { role: 'commissioner', organisationId } as Principal;
    const rows: Array<Record<keyof FeedObligation, string>> = await this.dataSource.query(
      `SELECT o.provider_id AS "providerId", p.name AS "providerName", o.contract_year AS "contractYear",
              o.clause, o.title, o.explanation
       FROM obligation o JOIN organisation p ON p.id = o.provider_id
       WHERE o.applies AND EXISTS (
         SELECT 1 FROM contract c WHERE c.provider_id = o.provider_id AND c.contract_year = o.contract_year
           AND c.id IN (${visibleContractIdsSql(commissioner)}))
       ORDER BY o.contract_year, p.name, o.clause`,
      [organisationId],
    );
    return rows;
  }
}

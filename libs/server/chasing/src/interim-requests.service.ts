import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { compareDates, formatLongDate, isIsoDate, todayInLondon } from '@wres/domain/calendar';
import { isContractYear } from '@wres/domain/scope';
import { AuditService } from '@wres/server/core/audit';
import { actorOf } from '@wres/server/core/auth';
import type { Principal } from '@wres/server/core/auth';
import { APP_CONFIG, AppConfig, Clock } from '@wres/server/core/config';
import { validationFailed } from '@wres/server/core/http';
import { EmailOutbox } from '@wres/server/core/mail';
import { providerYearVisibleSql } from '@wres/server/contracts';
import type {
  InterimRequest,
  InterimRequestAnswer,
  InterimRequestCreate,
  InterimRequestsCreated,
} from '@wres/shared/contracts';
import { WRES_REPORT_CLAUSE } from '@wres/shared/contracts';
import { DataSource } from 'typeorm';
import { coordinatedProvidersSql, providerUsersSql, reportsLink } from './chasing-sql';

interface RequestRow {
  id: string;
  provider_id: string;
  provider_name: string;
  commissioner_id: string;
  commissioner_name: string;
  contract_year: string;
  requested_by_name: string;
  requested_at: Date;
  due_date: string;
  message: string;
  status: InterimRequest['status'];
  answered_at: Date | null;
  answer: InterimRequestAnswer | null;
}

const REQUEST_COLUMNS = `
  r.id, r.provider_id, p.name AS provider_name, r.commissioner_id, c.name AS commissioner_name, r.contract_year,
  u.display_name AS requested_by_name, r.requested_at, to_char(r.due_date, 'YYYY-MM-DD') AS due_date, r.message,
  r.status, r.answered_at, r.answer`;
const REQUEST_FROM = `
  interim_report_request r
  JOIN organisation p ON p.id = r.provider_id
  JOIN organisation c ON c.id = r.commissioner_id
  JOIN app_user u ON u.id = r.requested_by`;

/**
 * Interim-report requests: the co-ordinating commissioner asks providers, one or many in one action, for
 * progress on their action plans by a date; each provider answers its own. Every request is audited and its
 * emails go through the outbox in the same transaction.
 */
@Injectable()
export class InterimRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: EmailOutbox,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(principal: Principal, request: InterimRequestCreate): Promise<InterimRequestsCreated> {
    const today = todayInLondon(this.clock.now());
    const problems: Array<{ path: string; messages: string[] }> = [];
    if (!isContractYear(request.contractYear))
      problems.push({
        path: 'contractYear',
        messages: ['contractYear must be a contract year such as 2015/16'],
      });
    if (!isIsoDate(request.dueDate))
      problems.push({ path: 'dueDate', messages: ['dueDate must be a real date written YYYY-MM-DD'] });
    else if (compareDates(request.dueDate, today) < 0)
      problems.push({ path: 'dueDate', messages: [`dueDate must be today (${today}) or later`] });
    if (problems.length > 0) throw validationFailed(problems, 'The interim-report request has problems');

    const coordinated: Array<{ id: string; name: string }> = await this.dataSource.query(
      `SELECT p.id, p.name FROM organisation p WHERE p.id = ANY($1::uuid[]) AND ${coordinatedProvidersSql('p.id')}`,
      [request.providerIds, request.contractYear, principal.organisationId, WRES_REPORT_CLAUSE],
    );
    const known = new Set(coordinated.map((p) => p.id));
    request.providerIds.forEach((id, index) => {
      if (!known.has(id))
        problems.push({
          path: `providerIds[${index}]`,
          messages: [
            `You do not co-ordinate a ${request.contractYear} contract with this provider in which the WRES annual report applies`,
          ],
        });
    });
    if (problems.length > 0) throw validationFailed(problems, 'The interim-report request has problems');

    const now = this.clock.now();
    const { ids, emailIds } = await this.dataSource.transaction(async (manager) => {
      const inserted: Array<{ id: string; provider_id: string }> = await manager.query(
        `INSERT INTO interim_report_request
           (provider_id, contract_year, commissioner_id, requested_by, requested_at, due_date, message)
         SELECT provider_id, $2, $3, $4, $5, $6::date, $7 FROM unnest($1::uuid[]) AS t(provider_id)
         RETURNING id, provider_id`,
        [
          request.providerIds,
          request.contractYear,
          principal.organisationId,
          principal.userId,
          now,
          request.dueDate,
          request.message,
        ],
      );
      const [commissioner]: Array<{ name: string }> = await manager.query(
        `SELECT name FROM organisation WHERE id = $1`,
        [principal.organisationId],
      );
      const recipients: Array<{
        user_id: string;
        email: string;
        display_name: string;
        organisation_id: string;
      }> = await manager.query(providerUsersSql, [request.providerIds]);
      const names = new Map(coordinated.map((p) => [p.id, p.name]));
      const requestOf = new Map(inserted.map((row) => [row.provider_id, row.id]));
      const emails = recipients.map((user) => {
        const requestId = requestOf.get(user.organisation_id) as string;
        return {
          dedupeKey: `interim-request:${requestId}:${user.user_id}`,
          recipient: user.email,
          template: 'interim-report-request' as const,
          data: {
            displayName: user.display_name,
            organisationName: names.get(user.organisation_id) ?? '',
            commissionerName: commissioner.name,
            contractYear: request.contractYear,
            dueDate: formatLongDate(request.dueDate),
            message: request.message,
            link: reportsLink(this.config, user.organisation_id),
          },
        };
      });
      const emailIds = await this.outbox.addMany(manager, emails);
      await this.audit.recordMany(
        manager,
        actorOf(principal),
        inserted.map((row) => ({
          action: 'interim-report.requested',
          entityType: 'interim_report_request',
          entityId: row.id,
          summary: {
            providerId: row.provider_id,
            contractYear: request.contractYear,
            dueDate: request.dueDate,
          },
        })),
      );
      return { ids: inserted.map((row) => row.id), emailIds };
    });
    await this.outbox.dispatch(emailIds);
    return { requests: await this.byIds(ids), emailsQueued: emailIds.length };
  }

  /** The requests the caller may see: a provider its own, commissioners and CSUs those for providers they see. */
  async list(
    principal: Principal,
    filter: { contractYear?: string; providerId?: string },
  ): Promise<InterimRequest[]> {
    const params: unknown[] = [principal.organisationId];
    const where = [providerYearVisibleSql(principal, 'r.contract_year', 'r.provider_id')];
    if (filter.contractYear) where.push(`r.contract_year = $${params.push(filter.contractYear)}`);
    if (filter.providerId) where.push(`r.provider_id = $${params.push(filter.providerId)}::uuid`);
    const rows: RequestRow[] = await this.dataSource.query(
      `SELECT ${REQUEST_COLUMNS} FROM ${REQUEST_FROM} WHERE ${where.join(' AND ')}
       ORDER BY r.due_date, p.name`,
      params,
    );
    return rows.map((row) => this.toRequest(row));
  }

  /** The provider answers its own request, once. */
  async answer(principal: Principal, id: string, answer: InterimRequestAnswer): Promise<InterimRequest> {
    await this.dataSource.transaction(async (manager) => {
      const [row]: Array<{ status: string }> = await manager.query(
        `SELECT status FROM interim_report_request WHERE id = $1 AND provider_id = $2 FOR UPDATE`,
        [id, principal.organisationId],
      );
      if (!row) throw new NotFoundException('Interim-report request not found');
      if (row.status === 'answered')
        throw new ConflictException('This interim-report request has been answered');
      const given: InterimRequestAnswer = {
        progress: answer.progress.trim(),
        ...(answer.updatedFigures?.trim() ? { updatedFigures: answer.updatedFigures.trim() } : {}),
      };
      await manager.query(
        `UPDATE interim_report_request
         SET status = 'answered', answered_by = $2, answered_at = $3, answer = $4::jsonb WHERE id = $1`,
        [id, principal.userId, this.clock.now(), JSON.stringify(given)],
      );
      await this.audit.record(manager, actorOf(principal), {
        action: 'interim-report.answered',
        entityType: 'interim_report_request',
        entityId: id,
        summary: {},
      });
    });
    const [answered] = await this.byIds([id]);
    return answered;
  }

  private async byIds(ids: readonly string[]): Promise<InterimRequest[]> {
    const rows: RequestRow[] = await this.dataSource.query(
      `SELECT ${REQUEST_COLUMNS} FROM ${REQUEST_FROM} WHERE r.id = ANY($1::uuid[]) ORDER BY p.name`,
      [ids],
    );
    return rows.map((row) => this.toRequest(row));
  }

  private toRequest(row: RequestRow): InterimRequest {
    const today = todayInLondon(this.clock.now());
    return {
      id: row.id,
      provider: { id: row.provider_id, name: row.provider_name },
      commissioner: { id: row.commissioner_id, name: row.commissioner_name },
      contractYear: row.contract_year,
      requestedBy: row.requested_by_name,
      requestedAt: row.requested_at.toISOString(),
      dueDate: row.due_date,
      message: row.message,
      status: row.status,
      overdue: row.status === 'requested' && compareDates(row.due_date, today) < 0,
      answeredAt: row.answered_at?.toISOString() ?? null,
      answer: row.answer,
    };
  }
}

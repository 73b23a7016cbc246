import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  actionDaysOverdue,
  applyProgressUpdate,
  isActionOverdue,
  planActionProblems,
  progressUpdateProblems,
  summariseActionPlan,
} from '@wres/domain/assurance';
import { todayInLondon } from '@wres/domain/calendar';
import type { IsoDate } from '@wres/domain/calendar';
import { AuditService } from '@wres/server/core/audit';
import { actorOf } from '@wres/server/core/auth';
import type { Principal } from '@wres/server/core/auth';
import { Clock } from '@wres/server/core/config';
import { groupProblemsByPath, validationFailed } from '@wres/server/core/http';
import { providerYearVisibleSql } from '@wres/server/contracts';
import { WRES_REPORT_CLAUSE } from '@wres/shared/contracts';
import type {
  ActionIndicator,
  ActionPlan,
  ActionProgressCreate,
  ActionStatus,
  PlanAction,
  PlanActionCreate,
  PlanActionEdit,
  PlanActionList,
  PlanActionsQuery,
} from '@wres/shared/contracts';
import { DataSource, EntityManager } from 'typeorm';

interface ActionRow {
  id: string;
  provider_id: string;
  provider_name: string;
  contract_year: string;
  task: string;
  outcome: string | null;
  indicator: ActionIndicator | null;
  owner_name: string;
  owner_email: string;
  due_date: IsoDate;
  status: ActionStatus;
  created_at: Date;
}

interface UpdateRow {
  id: string;
  action_id: string;
  at: Date;
  by_name: string;
  text: string;
  status: ActionStatus | null;
  due_date: IsoDate | null;
}

const ACTION_COLUMNS = `
  a.id, a.provider_id, p.name AS provider_name, a.contract_year, a.task, a.outcome, a.indicator, a.owner_name,
  a.owner_email, to_char(a.due_date, 'YYYY-MM-DD') AS due_date, a.status, a.created_at`;
const ACTION_FROM = `plan_action a JOIN organisation p ON p.id = a.provider_id`;

/** Trimmed text, or null where the field was left out or blank. */
function optional(value: string | undefined | null): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/**
 * WRES action plans: the provider's own users add actions and record dated progress on them; everyone who
 * may see the provider's report for the year may read its plan, and commissioners and CSUs list the actions
 * across their providers, overdue first. Every write is audited in its transaction.
 */
@Injectable()
export class ActionPlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async plan(principal: Principal, providerId: string, contractYear: string): Promise<ActionPlan> {
    const providerName = await this.visibleProviderName(
      this.dataSource.manager,
      principal,
      providerId,
      contractYear,
    );
    const rows: ActionRow[] = await this.dataSource.query(
      `SELECT ${ACTION_COLUMNS} FROM ${ACTION_FROM}
       WHERE a.provider_id = $1 AND a.contract_year = $2 ORDER BY a.due_date, a.created_at, a.id`,
      [providerId, contractYear],
    );
    const actions = await this.withUpdates(rows);
    return {
      providerId,
      providerName,
      contractYear,
      actions,
      summary: summariseActionPlan(actions, this.today()),
      canEdit: this.mayEdit(principal, providerId),
    };
  }

  async list(principal: Principal, query: PlanActionsQuery): Promise<PlanActionList> {
    const today = this.today();
    const params: unknown[] = [principal.organisationId, today];
    const where = [providerYearVisibleSql(principal, 'a.contract_year', 'a.provider_id')];
    if (query.contractYear) where.push(`a.contract_year = $${params.push(query.contractYear)}`);
    if (query.providerId) where.push(`a.provider_id = $${params.push(query.providerId)}::uuid`);
    if (query.overdue === true) where.push(`a.status <> 'complete' AND a.due_date < $2::date`);
    if (query.overdue === false) where.push(`NOT (a.status <> 'complete' AND a.due_date < $2::date)`);
    const rows: ActionRow[] = await this.dataSource.query(
      `SELECT ${ACTION_COLUMNS} FROM ${ACTION_FROM} WHERE ${where.join(' AND ')}
       ORDER BY (a.status <> 'complete' AND a.due_date < $2::date) DESC, a.due_date, p.name, a.created_at, a.id`,
      params,
    );
    return { actions: await this.withUpdates(rows) };
  }

  async add(
    principal: Principal,
    providerId: string,
    contractYear: string,
    body: PlanActionCreate,
  ): Promise<PlanAction> {
    const problems = planActionProblems({ ...body }, { withDueDate: true });
    if (problems.length > 0) throw validationFailed(groupProblemsByPath(problems), 'The action has problems');
    const id = await this.dataSource.transaction(async (manager) => {
      await this.mustEdit(manager, principal, providerId, contractYear);
      const now = this.clock.now();
      const [inserted]: Array<{ id: string }> = await manager.query(
        `INSERT INTO plan_action (provider_id, contract_year, task, outcome, indicator, owner_name, owner_email,
           due_date, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::date, $9, $10, $10) RETURNING id`,
        [
          providerId,
          contractYear,
          body.task.trim(),
          optional(body.outcome),
          body.indicator ?? null,
          body.ownerName.trim(),
          body.ownerEmail.trim(),
          body.dueDate,
          principal.userId,
          now,
        ],
      );
      await this.audit.record(manager, actorOf(principal), {
        action: 'action-plan.action-added',
        entityType: 'plan_action',
        entityId: inserted.id,
        summary: { providerId, contractYear, dueDate: body.dueDate, indicator: body.indicator ?? null },
      });
      return inserted.id;
    });
    return this.byId(id);
  }

  async edit(
    principal: Principal,
    providerId: string,
    contractYear: string,
    actionId: string,
    body: PlanActionEdit,
  ): Promise<PlanAction> {
    const problems = planActionProblems({ ...body }, { withDueDate: false });
    if (problems.length > 0) throw validationFailed(groupProblemsByPath(problems), 'The action has problems');
    await this.dataSource.transaction(async (manager) => {
      await this.mustEdit(manager, principal, providerId, contractYear);
      const before = await this.lockedAction(manager, providerId, contractYear, actionId);
      const after = {
        task: body.task.trim(),
        outcome: optional(body.outcome),
        indicator: body.indicator ?? null,
        owner_name: body.ownerName.trim(),
        owner_email: body.ownerEmail.trim(),
      };
      const changed = (Object.keys(after) as Array<keyof typeof after>).filter(
        (key) => before[key] !== after[key],
      );
      if (changed.length === 0) return;
      await manager.query(
        `UPDATE plan_action SET task = $2, outcome = $3, indicator = $4, owner_name = $5, owner_email = $6,
           updated_at = $7 WHERE id = $1`,
        [
          actionId,
          after.task,
          after.outcome,
          after.indicator,
          after.owner_name,
          after.owner_email,
          this.clock.now(),
        ],
      );
      await this.audit.record(manager, actorOf(principal), {
        action: 'action-plan.action-edited',
        entityType: 'plan_action',
        entityId: actionId,
        summary: { providerId, contractYear, changed },
      });
    });
    return this.byId(actionId);
  }

  async addProgress(
    principal: Principal,
    providerId: string,
    contractYear: string,
    actionId: string,
    body: ActionProgressCreate,
  ): Promise<PlanAction> {
    const problems = progressUpdateProblems({ ...body });
    if (problems.length > 0)
      throw validationFailed(groupProblemsByPath(problems), 'The progress update has problems');
    await this.dataSource.transaction(async (manager) => {
      await this.mustEdit(manager, principal, providerId, contractYear);
      const current = await this.lockedAction(manager, providerId, contractYear, actionId);
      const moved = applyProgressUpdate(
        { status: current.status, dueDate: current.due_date },
        { status: body.status, dueDate: body.dueDate || null },
      );
      const now = this.clock.now();
      await manager.query(
        `INSERT INTO action_progress_update (action_id, at, by_user_id, text, status, due_date)
         VALUES ($1, $2, $3, $4, $5, $6::date)`,
        [actionId, now, principal.userId, body.text.trim(), moved.statusChanged, moved.dueDateChanged],
      );
      await manager.query(
        `UPDATE plan_action SET status = $2, due_date = $3::date, updated_at = $4 WHERE id = $1`,
        [actionId, moved.status, moved.dueDate, now],
      );
      await this.audit.record(manager, actorOf(principal), {
        action: 'action-plan.progress-updated',
        entityType: 'plan_action',
        entityId: actionId,
        summary: { providerId, contractYear, status: moved.statusChanged, dueDate: moved.dueDateChanged },
      });
    });
    return this.byId(actionId);
  }

  private today(): IsoDate {
    return todayInLondon(this.clock.now());
  }

  /** Only the provider's own submitters keep its action plan; commissioners read it. */
  private mayEdit(principal: Principal, providerId: string): boolean {
    return principal.role === 'provider-submitter' && principal.organisationId === providerId;
  }

  private async visibleProviderName(
    manager: EntityManager,
    principal: Principal,
    providerId: string,
    contractYear: string,
  ): Promise<string> {
    const [provider]: Array<{ name: string }> = await manager.query(
      `SELECT p.name FROM organisation p
       WHERE p.id = $2 AND p.kind = 'provider' AND ${providerYearVisibleSql(principal)}`,
      [principal.organisationId, providerId, contractYear],
    );
    if (!provider) throw new NotFoundException('Action plan not found');
    return provider.name;
  }

  /** 404 where the caller cannot see the provider; 403 where it can but is not the provider; 409 without a report due. */
  private async mustEdit(
    manager: EntityManager,
    principal: Principal,
    providerId: string,
    contractYear: string,
  ): Promise<void> {
    await this.visibleProviderName(manager, principal, providerId, contractYear);
    if (!this.mayEdit(principal, providerId))
      throw new ForbiddenException('Only the provider’s own users keep its action plan');
    const [obligation] = await manager.query(
      `SELECT 1 FROM obligation WHERE provider_id = $1 AND contract_year = $2 AND clause = $3 AND applies`,
      [providerId, contractYear, WRES_REPORT_CLAUSE],
    );
    if (!obligation)
      throw new ConflictException(
        `No WRES annual report (${WRES_REPORT_CLAUSE}) is due from this provider for ${contractYear}, so it has no action plan for that year`,
      );
  }

  private async lockedAction(
    manager: EntityManager,
    providerId: string,
    contractYear: string,
    actionId: string,
  ): Promise<ActionRow> {
    const [row]: ActionRow[] = await manager.query(
      `SELECT ${ACTION_COLUMNS} FROM ${ACTION_FROM}
       WHERE a.id = $1 AND a.provider_id = $2 AND a.contract_year = $3 FOR UPDATE OF a`,
      [actionId, providerId, contractYear],
    );
    if (!row) throw new NotFoundException('Action not found in this action plan');
    return row;
  }

  private async byId(id: string): Promise<PlanAction> {
    const rows: ActionRow[] = await this.dataSource.query(
      `SELECT ${ACTION_COLUMNS} FROM ${ACTION_FROM} WHERE a.id = $1`,
      [id],
    );
    const [action] = await this.withUpdates(rows);
    return action;
  }

  /** The actions with their progress updates, read in one query. */
  private async withUpdates(rows: readonly ActionRow[]): Promise<PlanAction[]> {
    if (rows.length === 0) return [];
    const updates: UpdateRow[] = await this.dataSource.query(
      `SELECT u.id, u.action_id, u.at, usr.display_name AS by_name, u.text, u.status,
              to_char(u.due_date, 'YYYY-MM-DD') AS due_date
       FROM action_progress_update u JOIN app_user usr ON usr.id = u.by_user_id
       WHERE u.action_id = ANY($1::uuid[]) ORDER BY u.at, u.id`,
      [rows.map((row) => row.id)],
    );
    const updatesOf = new Map<string, UpdateRow[]>();
    for (const update of updates)
      updatesOf.set(update.action_id, [...(updatesOf.get(update.action_id) ?? []), update]);
    const today = this.today();
    return rows.map((row) => {
      const current = { status: row.status, dueDate: row.due_date };
      return {
        id: row.id,
        providerId: row.provider_id,
        providerName: row.provider_name,
        contractYear: row.contract_year,
        task: row.task,
        outcome: row.outcome,
        indicator: row.indicator,
        ownerName: row.owner_name,
        ownerEmail: row.owner_email,
        dueDate: row.due_date,
        status: row.status,
        overdue: isActionOverdue(current, today),
        daysOverdue: actionDaysOverdue(current, today),
        createdAt: row.created_at.toISOString(),
        updates: (updatesOf.get(row.id) ?? []).map((update) => ({
          id: update.id,
          at: update.at.toISOString(),
          by: update.by_name,
          text: update.text,
          status: update.status,
          dueDate: update.due_date,
        })),
      };
    });
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock } from '@wres/server/core/config';
import { EmailOutbox } from '@wres/server/core/mail';
import type { EmailTemplateData } from '@wres/server/core/mail';
import { ReportingCycleCatalogue } from '@wres/server/scope';
import { daysBetween, deriveDeadlines, formatLongDate, todayInLondon } from '@wres/domain/calendar';
import type { ReportingCycle } from '@wres/domain/calendar';
import {
  actionPlanLink,
  INTERIM_REPORT_WHAT,
  providerUsersSql,
  REMINDED_DEADLINES,
  reminderPausedSql,
  reportsLink,
} from '@wres/server/chasing';
import { DEFAULT_REMINDER_POLICY, dueStep, reminderDueDates } from '@wres/server/reminders';
import type { ReminderPolicy } from '@wres/server/reminders';
import { INDICATOR_SHORT_TITLES, WRES_REPORT_CLAUSE } from '@wres/shared/contracts';
import type { ActionIndicator } from '@wres/shared/contracts';
import { DataSource } from 'typeorm';

interface OpenObligation {
  obligation_id: string;
  provider_id: string;
  contract_year: string;
  clause: string;
  organisation_name: string;
}

interface OpenInterimRequest {
  id: string;
  provider_id: string;
  contract_year: string;
  due_date: string;
  message: string;
  organisation_name: string;
  commissioner_name: string;
}

interface OpenAction {
  id: string;
  provider_id: string;
  contract_year: string;
  task: string;
  indicator: ActionIndicator | null;
  owner_name: string;
  owner_email: string;
  due_date: string;
  organisation_name: string;
}

/** One reminder due today for a provider, before it is addressed to each of its users. */
interface DueReminder {
  /** The dedupe key without the recipient: what is reminded of, and the step. */
  key: string;
  providerId: string;
  organisationName: string;
  contractYear: string;
  data: DueData;
}

interface Submitter {
  user_id: string;
  email: string;
  display_name: string;
  organisation_id: string;
}

interface OutboxRow<T extends 'deadline-reminder' | 'action-reminder'> {
  template: T;
  dedupeKey: string;
  recipient: string;
  data: EmailTemplateData[T];
}

/**
 * Derives which deadline reminders are due today from obligations, cycles and submissions, and writes one
 * outbox row per obligation, deadline, step and recipient. The dedupe key makes the sweep safe to run any
 * number of times: a reminder already written is never written (or sent) again.
 */
@Injectable()
export class ReminderSweep {
  private readonly logger = new Logger(ReminderSweep.name);
  private readonly policy: ReminderPolicy = DEFAULT_REMINDER_POLICY;

  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: ReportingCycleCatalogue,
    private readonly outbox: EmailOutbox,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async sweep(): Promise<{ written: number }> {
    const today = todayInLondon(this.clock.now());
    // Applying WRES obligations with no submitted version yet: a submitted report ends the reminders, and a
    // co-ordinating commissioner's pause (provider and year) holds them.
    const obligations: OpenObligation[] = await this.dataSource.query(
      `SELECT o.id AS obligation_id, o.provider_id, o.contract_year, o.clause, org.name AS organisation_name
       FROM obligation o JOIN organisation org ON org.id = o.provider_id
       WHERE o.applies AND o.clause = $1
         AND NOT EXISTS (
           SELECT 1 FROM submission s JOIN submission_version v ON v.submission_id = s.id
           WHERE s.provider_id = o.provider_id AND s.contract_year = o.contract_year AND s.clause = o.clause)
         AND NOT ${reminderPausedSql('o.provider_id', 'o.contract_year')}
       ORDER BY o.contract_year, o.provider_id`,
      [WRES_REPORT_CLAUSE],
    );
    const due: DueReminder[] = [];
    const cycles = new Map<string, ReportingCycle | null>();
    for (const obligation of obligations) {
      const cycle = await this.cycleFor(obligation.contract_year, cycles);
      if (!cycle) continue;
      const deadlines = deriveDeadlines({ cycle, obligation: { clause: obligation.clause, applies: true } });
      for (const deadline of deadlines) {
        const what = REMINDED_DEADLINES[deadline.kind];
        if (!what || deadline.actor !== 'provider') continue;
        const step = dueStep(deadline.dueDate, today, this.policy);
        if (!step) continue;
        due.push({
          key: `reminder:${obligation.obligation_id}:${deadline.kind}:${step.key}`,
          providerId: obligation.provider_id,
          organisationName: obligation.organisation_name,
          contractYear: obligation.contract_year,
          data: {
            what,
            description: deadline.description,
            dueDate: formatLongDate(deadline.dueDate),
            daysFromDeadline: daysBetween(deadline.dueDate, today),
          },
        });
      }
    }
    // Interim reports a commissioner asked for: each request has its own due date, chased until answered
    // (unless paused; the request itself went when the commissioner made it).
    const interims: OpenInterimRequest[] = await this.dataSource.query(
      `SELECT r.id, r.provider_id, r.contract_year, to_char(r.due_date, 'YYYY-MM-DD') AS due_date, r.message,
              p.name AS organisation_name, c.name AS commissioner_name
       FROM interim_report_request r
       JOIN organisation p ON p.id = r.provider_id JOIN organisation c ON c.id = r.commissioner_id
       WHERE r.status = 'requested' AND NOT ${reminderPausedSql('r.provider_id', 'r.contract_year')}
       ORDER BY r.due_date, r.id`,
    );
    for (const interim of interims) {
      const step = dueStep(interim.due_date, today, this.policy);
      if (!step) continue;
      due.push({
        key: `interim-reminder:${interim.id}:${step.key}`,
        providerId: interim.provider_id,
        organisationName: interim.organisation_name,
        contractYear: interim.contract_year,
        data: {
          what: INTERIM_REPORT_WHAT,
          description: `${interim.commissioner_name} asked: “${interim.message}”`,
          dueDate: formatLongDate(interim.due_date),
          daysFromDeadline: daysBetween(interim.due_date, today),
        },
      });
    }
    const rows: Array<OutboxRow<'deadline-reminder'> | OutboxRow<'action-reminder'>> = [
      ...(await this.addressedToSubmitters(due)),
      ...(await this.actionReminders(today)),
    ];
    if (rows.length === 0) return { written: 0 };

    const ids = await this.dataSource.transaction((manager) => this.outbox.addMany(manager, rows));
    if (ids.length > 0) {
      this.logger.log(`Wrote ${ids.length} reminder(s) for ${today}`);
      await this.outbox.dispatch(ids);
    }
    return { written: ids.length };
  }

  /** Each due reminder for a provider, addressed to every one of its active submitters. */
  private async addressedToSubmitters(
    due: readonly DueReminder[],
  ): Promise<Array<OutboxRow<'deadline-reminder'>>> {
    if (due.length === 0) return [];
    const submitters: Submitter[] = await this.dataSource.query(providerUsersSql, [
      [...new Set(due.map((d) => d.providerId))],
    ]);
    // Grouped once: filtering every user for every reminder is quadratic at national scale.
    const usersOf = new Map<string, Submitter[]>();
    for (const user of submitters)
      usersOf.set(user.organisation_id, [...(usersOf.get(user.organisation_id) ?? []), user]);
    return due.flatMap((reminder) =>
      (usersOf.get(reminder.providerId) ?? []).map((user) => ({
        template: 'deadline-reminder' as const,
        dedupeKey: `${reminder.key}:${user.user_id}`,
        recipient: user.email,
        data: {
          displayName: user.display_name,
          organisationName: reminder.organisationName,
          contractYear: reminder.contractYear,
          ...reminder.data,
          link: reportsLink(this.config, reminder.providerId),
        },
      })),
    );
  }

  /**
   * Open actions in providers' action plans, reminded to their owner at the same steps as deadlines. The key
   * holds the due date, so an action whose timescale is revised is reminded afresh of its new date; marking
   * it complete ends them. A pause on the provider's year holds these too.
   */
  private async actionReminders(today: string): Promise<Array<OutboxRow<'action-reminder'>>> {
    const window = reminderDueDates(today, this.policy);
    const actions: OpenAction[] = await this.dataSource.query(
      `SELECT a.id, a.provider_id, a.contract_year, a.task, a.indicator, a.owner_name, a.owner_email,
              to_char(a.due_date, 'YYYY-MM-DD') AS due_date, p.name AS organisation_name
       FROM plan_action a JOIN organisation p ON p.id = a.provider_id
       WHERE a.status <> 'complete' AND a.due_date BETWEEN $1::date AND $2::date
         AND NOT ${reminderPausedSql('a.provider_id', 'a.contract_year')}
       ORDER BY a.due_date, a.id`,
      [window.from, window.to],
    );
    return actions.flatMap((action) => {
      const step = dueStep(action.due_date, today, this.policy);
      if (!step) return [];
      return [
        {
          template: 'action-reminder' as const,
          dedupeKey: `action-reminder:${action.id}:${action.due_date}:${step.key}`,
          recipient: action.owner_email,
          data: {
            ownerName: action.owner_name,
            organisationName: action.organisation_name,
            contractYear: action.contract_year,
            task: action.task,
            indicator: action.indicator ? INDICATOR_SHORT_TITLES[action.indicator] : null,
            dueDate: formatLongDate(action.due_date),
            daysFromDeadline: daysBetween(action.due_date, today),
            link: actionPlanLink(this.config, action.provider_id, action.contract_year),
          },
        },
      ];
    });
  }

  /** A year without a cycle has no deadlines to remind of; it is logged once per sweep and skipped. */
  private async cycleFor(contractYear: string, cache: Map<string, ReportingCycle | null>) {
    if (!cache.has(contractYear)) {
      const cycle = await this.cycles.cycleOrNull(contractYear);
      if (!cycle) this.logger.warn(`There is no reporting cycle for ${contractYear}: no reminders for it`);
      cache.set(contractYear, cycle);
    }
    return cache.get(contractYear) ?? null;
  }
}

type DueData = Pick<
  EmailTemplateData['deadline-reminder'],
  'what' | 'description' | 'dueDate' | 'daysFromDeadline'
>;

import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { compareDates, deriveDeadlines, todayInLondon } from '@wres/domain/calendar';
import type { Principal } from '@wres/server/core/auth';
import { Clock } from '@wres/server/core/config';
import { providerYearVisibleSql } from '@wres/server/contracts';
import { ReportingCycleCatalogue } from '@wres/server/scope';
import { Permission, WRES_REPORT_CLAUSE } from '@wres/shared/contracts';
import type { ChasingTimeline, RemindedDeadline, UpcomingReminder } from '@wres/shared/contracts';
import { DataSource } from 'typeorm';
import {
  CHASING_EMAIL_COLUMNS,
  CHASING_TEMPLATE_NAMES,
  ChasingEmailRow,
  chasingEmailOfYearSql,
  toChasingEmail,
} from './chasing-emails';
import { INTERIM_REPORT_WHAT, REMINDED_DEADLINES } from './reminded-deadlines';
import { ReminderPausesService } from './reminder-pauses.service';
import { upcomingReminders } from './reminder-schedule';

/** A provider's year rarely has more than a few dozen chasing emails; this only bounds a pathological one. */
const TIMELINE_EMAIL_LIMIT = 500;

/**
 * One provider's chasing in one year: every chasing email to its users (sent, waiting or failed), the
 * reminders still to come for its annual report, baseline publication and open interim-report requests, and
 * whether its reminders are paused. Visible to whoever may see the provider's reports that year.
 */
@Injectable()
export class ChasingTimelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cycles: ReportingCycleCatalogue,
    private readonly pauses: ReminderPausesService,
    private readonly clock: Clock,
  ) {}

  async timeline(principal: Principal, providerId: string, contractYear: string): Promise<ChasingTimeline> {
    const [provider]: Array<{ id: string; name: string; ods_code: string }> = await this.dataSource.query(
      `SELECT id, name, ods_code FROM organisation
       WHERE id = $2::uuid AND kind = 'provider' AND ${providerYearVisibleSql(principal)}`,
      [principal.organisationId, providerId, contractYear],
    );
    // Not found rather than forbidden, so a provider's existence is not revealed to those who cannot see it.
    if (!provider) throw new NotFoundException('Provider not found');

    const today = todayInLondon(this.clock.now());
    const [emails, obligations, requests, written, recipients, pauses, canPause, cycle] = await Promise.all([
      this.dataSource.query(
        `SELECT ${CHASING_EMAIL_COLUMNS}
         FROM app_user u JOIN organisation p ON p.id = u.organisation_id
         JOIN outbound_email e ON e.recipient = u.email
         WHERE u.organisation_id = $1 AND ${chasingEmailOfYearSql('$2', '$3')}
         ORDER BY coalesce(e.sent_at, e.created_at) DESC, e.id
         LIMIT $4`,
        [providerId, contractYear, CHASING_TEMPLATE_NAMES, TIMELINE_EMAIL_LIMIT],
      ) as Promise<ChasingEmailRow[]>,
      // The sweep reminds of an applying obligation until a version is submitted.
      this.dataSource.query(
        `SELECT o.id FROM obligation o
         WHERE o.provider_id = $1 AND o.contract_year = $2 AND o.clause = $3 AND o.applies
           AND NOT EXISTS (
             SELECT 1 FROM submission s JOIN submission_version v ON v.submission_id = s.id
             WHERE s.provider_id = o.provider_id AND s.contract_year = o.contract_year AND s.clause = o.clause)`,
        [providerId, contractYear, WRES_REPORT_CLAUSE],
      ) as Promise<Array<{ id: string }>>,
      this.dataSource.query(
        `SELECT id, to_char(due_date, 'YYYY-MM-DD') AS due_date FROM interim_report_request
         WHERE provider_id = $1 AND contract_year = $2 AND status = 'requested' ORDER BY due_date, id`,
        [providerId, contractYear],
      ) as Promise<Array<{ id: string; due_date: string }>>,
      // The reminders already written, by dedupe key less its recipient: "reminder:<obligation>:<kind>:<step>".
      this.dataSource.query(
        `SELECT DISTINCT regexp_replace(e.dedupe_key, ':[^:]*$', '') AS key
         FROM app_user u JOIN outbound_email e ON e.recipient = u.email
         WHERE u.organisation_id = $1 AND e.template = 'deadline-reminder' AND e.dedupe_key IS NOT NULL
           AND e.data->>'contractYear' = $2`,
        [providerId, contractYear],
      ) as Promise<Array<{ key: string }>>,
      this.dataSource.query(
        `SELECT count(*)::int AS n FROM app_user
         WHERE organisation_id = $1 AND role = 'provider-submitter' AND status = 'active'`,
        [providerId],
      ) as Promise<Array<{ n: number }>>,
      this.pauses.pauses(providerId, contractYear),
      principal.permissions.includes(Permission.ChasingSend)
        ? this.pauses.coordinates(principal, providerId, contractYear)
        : Promise.resolve(false),
      this.cycles.cycleOrNull(contractYear),
    ]);

    const writtenKeys = new Set(written.map((row) => row.key));
    const stepsWritten = (prefix: string) =>
      new Set(
        [...writtenKeys].filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length)),
      );
    const upcoming: UpcomingReminder[] = [];
    const add = (
      deadline: RemindedDeadline,
      what: string,
      dueDate: string,
      prefix: string,
      interimRequestId: string | null,
    ) => {
      for (const { step, date } of upcomingReminders(dueDate, today, stepsWritten(prefix))) {
        upcoming.push({
          deadline,
          what,
          interimRequestId,
          dueDate,
          step: step.key,
          offsetDays: step.offsetDays,
          date,
        });
      }
    };
    const deadlines = cycle
      ? deriveDeadlines({ cycle, obligation: { clause: WRES_REPORT_CLAUSE, applies: true } })
      : [];
    for (const obligation of obligations) {
      for (const deadline of deadlines) {
        const what = REMINDED_DEADLINES[deadline.kind];
        if (!what || deadline.actor !== 'provider') continue;
        const kind = deadline.kind as RemindedDeadline;
        add(kind, what, deadline.dueDate, `reminder:${obligation.id}:${deadline.kind}:`, null);
      }
    }
    for (const request of requests) {
      add(
        'interim-report',
        INTERIM_REPORT_WHAT,
        request.due_date,
        `interim-reminder:${request.id}:`,
        request.id,
      );
    }
    upcoming.sort((a, b) => compareDates(a.date, b.date) || compareDates(a.dueDate, b.dueDate));

    return {
      provider: { id: provider.id, name: provider.name, odsCode: provider.ods_code },
      contractYear,
      today,
      emails: emails.map(toChasingEmail),
      upcoming,
      recipients: recipients[0].n,
      pause: pauses.find((pause) => pause.resumedAt === null) ?? null,
      pauses,
      canPause,
    };
  }
}

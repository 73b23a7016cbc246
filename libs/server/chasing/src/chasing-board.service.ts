import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { daysBetween, reportStatus, todayInLondon } from '@wres/domain/calendar';
import type { Principal } from '@wres/server/core/auth';
import { Clock } from '@wres/server/core/config';
import { annualReportDueDate, ReportingCycleCatalogue } from '@wres/server/scope';
import { CHASING_BOARD_EMAIL_LIMIT, DUE_THIS_WEEK_DAYS, WRES_REPORT_CLAUSE } from '@wres/shared/contracts';
import type {
  ChasedInterimRequest,
  ChasedProviderSummary,
  ChasedReport,
  ChasingBoard,
} from '@wres/shared/contracts';
import { DataSource } from 'typeorm';
import {
  CHASING_EMAIL_COLUMNS,
  CHASING_TEMPLATE_NAMES,
  ChasingEmailRow,
  chasingEmailOfYearSql,
  toChasingEmail,
} from './chasing-emails';
import { coordinatedProvidersSql } from './chasing-sql';
import { reminderPausedSql } from './reminder-pause-sql';

interface ProviderReportRow {
  id: string;
  name: string;
  ods_code: string;
  /** The first submitted version's late flag; null when nothing has been submitted. */
  first_late: boolean | null;
}

interface OpenRequestRow {
  id: string;
  provider_id: string;
  provider_name: string;
  provider_ods_code: string;
  due_date: string;
  message: string;
}

interface ProviderSummaryRow extends ProviderReportRow {
  interim_requests: number;
  open_interim_requests: number;
  recipients: number;
  reminders_paused: boolean;
}

type BoardEmailRow = ChasingEmailRow & { bucket: 'failed' | 'sent-today'; total: number };

/** $1 the year, $2 the caller's organisation, $3 the clause: the providers the board covers. */
const COORDINATED = coordinatedProvidersSql('p.id', { year: '$1', commissioner: '$2', clause: '$3' });

/** The first submitted version's late flag for provider `p`'s report for year $1 and clause $3. */
const FIRST_LATE = `(
  SELECT v.late FROM submission s JOIN submission_version v ON v.submission_id = s.id AND v.version = 1
  WHERE s.provider_id = p.id AND s.contract_year = $1 AND s.clause = $3)`;

/**
 * The chasing board: for the in-scope providers whose contracts the caller co-ordinates in a year, what is
 * overdue or due this week (annual reports, interim-report requests) and how the year's chasing emails to
 * them went today, or failed. Three queries whatever the number of providers.
 */
@Injectable()
export class ChasingBoardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cycles: ReportingCycleCatalogue,
    private readonly clock: Clock,
  ) {}

  async board(principal: Principal, contractYear: string): Promise<ChasingBoard> {
    const today = todayInLondon(this.clock.now());
    const coordinated = [contractYear, principal.organisationId, WRES_REPORT_CLAUSE];
    const [dueDate, providers, requests, emails] = await Promise.all([
      annualReportDueDate(this.cycles, contractYear),
      this.dataSource.query(
        `SELECT p.id, p.name, p.ods_code, ${FIRST_LATE} AS first_late
         FROM organisation p WHERE p.kind = 'provider' AND ${COORDINATED}
         ORDER BY p.name`,
        coordinated,
      ) as Promise<ProviderReportRow[]>,
      this.dataSource.query(
        `SELECT r.id, r.provider_id, p.name AS provider_name, p.ods_code AS provider_ods_code,
                to_char(r.due_date, 'YYYY-MM-DD') AS due_date, r.message
         FROM interim_report_request r JOIN organisation p ON p.id = r.provider_id
         WHERE r.contract_year = $1 AND r.status = 'requested' AND r.due_date <= $4::date + $5::int
           AND ${COORDINATED}
         ORDER BY r.due_date, p.name, r.id`,
        [...coordinated, today, DUE_THIS_WEEK_DAYS],
      ) as Promise<OpenRequestRow[]>,
      // Sent today (London's day) or failed, to any user of the providers, keeping the newest of each.
      this.dataSource.query(
        `WITH p AS (SELECT p.id, p.name, p.ods_code FROM organisation p WHERE p.kind = 'provider' AND ${COORDINATED}),
         chased AS (
           SELECT ${CHASING_EMAIL_COLUMNS},
                  CASE WHEN e.status = 'failed' THEN 'failed' ELSE 'sent-today' END AS bucket
           FROM p JOIN app_user u ON u.organisation_id = p.id JOIN outbound_email e ON e.recipient = u.email
           WHERE ${chasingEmailOfYearSql('$1', '$5')}
             AND (e.status = 'failed'
               OR (e.status = 'sent'
                 AND e.sent_at >= ($4::date::timestamp AT TIME ZONE 'Europe/London')
                 AND e.sent_at < (($4::date + 1)::timestamp AT TIME ZONE 'Europe/London')))),
         ranked AS (
           SELECT chased.*, count(*) OVER (PARTITION BY bucket)::int AS total,
                  row_number() OVER (PARTITION BY bucket ORDER BY coalesce(sent_at, created_at) DESC, id) AS n
           FROM chased)
         SELECT * FROM ranked WHERE n <= $6 ORDER BY n`,
        [...coordinated, today, CHASING_TEMPLATE_NAMES, CHASING_BOARD_EMAIL_LIMIT],
      ) as Promise<BoardEmailRow[]>,
    ]);

    // Every provider shares the year's due date; the report's own status says whether it is still owed.
    const overdueReports: ChasedReport[] = [];
    const reportsDueThisWeek: ChasedReport[] = [];
    for (const row of providers) {
      if (dueDate === null) break;
      const firstSubmission = row.first_late === null ? null : { late: row.first_late };
      const status = reportStatus({ applies: true, dueDate, today, firstSubmission });
      const report = {
        provider: { id: row.id, name: row.name, odsCode: row.ods_code },
        dueDate,
        daysFromDueDate: daysBetween(dueDate, today),
      };
      if (status === 'overdue') overdueReports.push(report);
      else if (status === 'due' && report.daysFromDueDate >= -DUE_THIS_WEEK_DAYS)
        reportsDueThisWeek.push(report);
    }
    const chased = requests.map((row): ChasedInterimRequest => ({
      id: row.id,
      provider: { id: row.provider_id, name: row.provider_name, odsCode: row.provider_ods_code },
      dueDate: row.due_date,
      message: row.message,
      daysFromDueDate: daysBetween(row.due_date, today),
    }));
    const overdueInterimRequests = chased.filter((request) => request.daysFromDueDate > 0);
    const interimRequestsDueThisWeek = chased.filter((request) => request.daysFromDueDate <= 0);
    const inBucket = (bucket: BoardEmailRow['bucket']) => emails.filter((row) => row.bucket === bucket);
    const sentToday = inBucket('sent-today');
    const failed = inBucket('failed');

    return {
      contractYear,
      today,
      annualReportDueDate: dueDate,
      providers: providers.length,
      counts: {
        overdueReports: overdueReports.length,
        reportsDueThisWeek: reportsDueThisWeek.length,
        overdueInterimRequests: overdueInterimRequests.length,
        interimRequestsDueThisWeek: interimRequestsDueThisWeek.length,
        sentToday: sentToday[0]?.total ?? 0,
        failed: failed[0]?.total ?? 0,
      },
      overdueReports,
      reportsDueThisWeek,
      overdueInterimRequests: overdueInterimRequests.sort((a, b) => b.daysFromDueDate - a.daysFromDueDate),
      interimRequestsDueThisWeek,
      sentToday: sentToday.map(toChasingEmail),
      failed: failed.map(toChasingEmail),
    };
  }

  /** The in-scope providers the caller co-ordinates in a year, by name: whom it may chase. One query. */
  async providers(principal: Principal, contractYear: string): Promise<ChasedProviderSummary[]> {
    const today = todayInLondon(this.clock.now());
    const [dueDate, rows] = await Promise.all([
      annualReportDueDate(this.cycles, contractYear),
      this.dataSource.query(
        `SELECT p.id, p.name, p.ods_code, ${FIRST_LATE} AS first_late,
                (SELECT count(*)::int FROM interim_report_request r
                 WHERE r.provider_id = p.id AND r.contract_year = $1) AS interim_requests,
                (SELECT count(*)::int FROM interim_report_request r
                 WHERE r.provider_id = p.id AND r.contract_year = $1 AND r.status = 'requested') AS open_interim_requests,
                (SELECT count(*)::int FROM app_user u
                 WHERE u.organisation_id = p.id AND u.role = 'provider-submitter' AND u.status = 'active') AS recipients,
                ${reminderPausedSql('p.id', '$1')} AS reminders_paused
         FROM organisation p WHERE p.kind = 'provider' AND ${COORDINATED}
         ORDER BY p.name`,
        [contractYear, principal.organisationId, WRES_REPORT_CLAUSE],
      ) as Promise<ProviderSummaryRow[]>,
    ]);
    return rows.map((row) => ({
      provider: { id: row.id, name: row.name, odsCode: row.ods_code },
      reportStatus: reportStatus({
        applies: true,
        dueDate,
        today,
        firstSubmission: row.first_late === null ? null : { late: row.first_late },
      }),
      interimRequests: row.interim_requests,
      openInterimRequests: row.open_interim_requests,
      recipients: row.recipients,
      remindersPaused: row.reminders_paused,
    }));
  }
}

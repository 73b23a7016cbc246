import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock } from '@wres/server/core/config';
import { EmailOutbox } from '@wres/server/core/mail';
import type { EmailTemplateData } from '@wres/server/core/mail';
import { ReportingCycleCatalogue } from '@wres/server/scope';
import {
  daysBetween,
  deriveDeadlines,
  formatLongDate,
  todayInLondon,
  UnknownReportingCycleError,
} from '@wres/domain/calendar';
import type { DeadlineKind, ReportingCycle } from '@wres/domain/calendar';
import { DEFAULT_REMINDER_POLICY, dueStep } from '@wres/server/reminders';
import type { ReminderPolicy } from '@wres/server/reminders';
import { DataSource } from 'typeorm';

/** The clause whose deadlines providers are reminded of: the WRES annual report. */
const REMINDED_CLAUSE = 'SC13.5.2';

/** The provider's own deadlines that reminders chase, and how an email names them. */
const REMINDED_KINDS: Partial<Record<DeadlineKind, string>> = {
  publication: 'baseline data publication',
  'annual-report': 'annual report',
};

interface OpenObligation {
  obligation_id: string;
  provider_id: string;
  contract_year: string;
  clause: string;
  organisation_name: string;
}

interface Submitter {
  id: string;
  email: string;
  display_name: string;
  organisation_id: string;
}

interface ReminderRow {
  dedupeKey: string;
  recipient: string;
  data: EmailTemplateData['deadline-reminder'];
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
    // Applying WRES obligations with no submitted version yet: a submitted report ends the reminders.
    const obligations: OpenObligation[] = await this.dataSource.query(
      `SELECT o.id AS obligation_id, o.provider_id, o.contract_year, o.clause, org.name AS organisation_name
       FROM obligation o JOIN organisation org ON org.id = o.provider_id
       WHERE o.applies AND o.clause = $1
         AND NOT EXISTS (
           SELECT 1 FROM submission s JOIN submission_version v ON v.submission_id = s.id
           WHERE s.provider_id = o.provider_id AND s.contract_year = o.contract_year AND s.clause = o.clause)
       ORDER BY o.contract_year, o.provider_id`,
      [REMINDED_CLAUSE],
    );
    const due: Array<{ obligation: OpenObligation; kind: DeadlineKind; stepKey: string; data: DueData }> = [];
    const cycles = new Map<string, ReportingCycle | null>();
    for (const obligation of obligations) {
      const cycle = await this.cycleFor(obligation.contract_year, cycles);
      if (!cycle) continue;
      const deadlines = deriveDeadlines({ cycle, obligation: { clause: obligation.clause, applies: true } });
      for (const deadline of deadlines) {
        const what = REMINDED_KINDS[deadline.kind];
        if (!what || deadline.actor !== 'provider') continue;
        const step = dueStep(deadline.dueDate, today, this.policy);
        if (!step) continue;
        due.push({
          obligation,
          kind: deadline.kind,
          stepKey: step.key,
          data: {
            what,
            description: deadline.description,
            dueDate: formatLongDate(deadline.dueDate),
            daysFromDeadline: daysBetween(deadline.dueDate, today),
          },
        });
      }
    }
    if (due.length === 0) return { written: 0 };

    const submitters: Submitter[] = await this.dataSource.query(
      `SELECT id, email, display_name, organisation_id FROM app_user
       WHERE role = 'provider-submitter' AND status = 'active' AND organisation_id = ANY($1::uuid[])
       ORDER BY email`,
      [[...new Set(due.map((d) => d.obligation.provider_id))]],
    );
    const rows: ReminderRow[] = due.flatMap(({ obligation, kind, stepKey, data }) =>
      submitters
        .filter((user) => user.organisation_id === obligation.provider_id)
        .map((user) => ({
          dedupeKey: `reminder:${obligation.obligation_id}:${kind}:${stepKey}:${user.id}`,
          recipient: user.email,
          data: {
            displayName: user.display_name,
            organisationName: obligation.organisation_name,
            contractYear: obligation.contract_year,
            ...data,
            link: `${this.config.http.publicUrl}/providers/${obligation.provider_id}?year=${encodeURIComponent(obligation.contract_year)}`,
          },
        })),
    );
    if (rows.length === 0) return { written: 0 };

    const ids = await this.dataSource.transaction(async (manager) => {
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO outbound_email (dedupe_key, template, recipient, data, status, attempts)
         SELECT key, 'deadline-reminder', recipient, data::jsonb, 'pending', 0
         FROM unnest($1::text[], $2::text[], $3::text[]) AS r(key, recipient, data)
         ON CONFLICT (dedupe_key) DO NOTHING
         RETURNING id`,
        [
          rows.map((row) => row.dedupeKey),
          rows.map((row) => row.recipient.toLowerCase()),
          rows.map((row) => JSON.stringify(row.data)),
        ],
      );
      return inserted.map((row) => row.id);
    });
    if (ids.length > 0) {
      this.logger.log(`Wrote ${ids.length} deadline reminder(s) for ${today}`);
      await this.outbox.dispatch(ids);
    }
    return { written: ids.length };
  }

  /** A year without a cycle has no deadlines to remind of; it is logged once per sweep and skipped. */
  private async cycleFor(contractYear: string, cache: Map<string, ReportingCycle | null>) {
    if (!cache.has(contractYear)) {
      try {
        cache.set(contractYear, await this.cycles.cycleFor(contractYear));
      } catch (error) {
        if (!(error instanceof UnknownReportingCycleError)) throw error;
        this.logger.warn(error.message);
        cache.set(contractYear, null);
      }
    }
    return cache.get(contractYear) ?? null;
  }
}

type DueData = Pick<
  EmailTemplateData['deadline-reminder'],
  'what' | 'description' | 'dueDate' | 'daysFromDeadline'
>;

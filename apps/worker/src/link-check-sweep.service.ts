import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { milestoneDueDate, UnknownReportingCycleError } from '@wres/domain/calendar';
import type { IsoDate } from '@wres/domain/calendar';
import { Clock } from '@wres/server/core/config';
import { QueueName } from '@wres/server/core/queue';
import { checkLinksJob, linkCheckDue } from '@wres/server/link-checker';
import { ReportingCycleCatalogue } from '@wres/server/scope';
import type { ReviewState } from '@wres/shared/contracts';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { WRES_REPORT_CLAUSE } from '@wres/shared/contracts';

interface LatestVersion {
  submission_id: string;
  version: number;
  contract_year: string;
  review_state: ReviewState | null;
  last_checked_at: Date | null;
}

/**
 * Queues a link check for every report's latest submitted version that is due one (see `linkCheckDue`): the
 * first check of a version the api could not queue, and the daily re-checks until the deadline's grace period
 * ends or the review is decided. Job ids name the check they follow, so running the sweep again adds nothing.
 */
@Injectable()
export class LinkCheckSweep {
  private readonly logger = new Logger(LinkCheckSweep.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: ReportingCycleCatalogue,
    private readonly clock: Clock,
    @InjectQueue(QueueName.LinkCheck) private readonly linkCheckQueue: Queue,
  ) {}

  async sweep(): Promise<{ enqueued: number }> {
    const now = this.clock.now();
    // Only the latest version is under review; earlier ones were superseded when it was submitted.
    const versions: LatestVersion[] = await this.dataSource.query(
      `SELECT s.id AS submission_id, s.current_version AS version, s.contract_year, r.state AS review_state,
              (SELECT max(c.checked_at) FROM link_check c
               WHERE c.submission_id = s.id AND c.version = s.current_version) AS last_checked_at
       FROM submission s LEFT JOIN assurance_review r ON r.submission_id = s.id
       WHERE s.clause = $1 AND s.current_version > 0
       ORDER BY s.contract_year, s.id`,
      [WRES_REPORT_CLAUSE],
    );
    const deadlines = new Map<string, IsoDate | null>();
    const due: Array<ReturnType<typeof checkLinksJob>> = [];
    for (const version of versions) {
      const question = {
        now,
        lastCheckedAt: version.last_checked_at,
        reviewState: version.review_state,
        annualReportDueDate: await this.annualReportDueDate(version.contract_year, deadlines),
      };
      if (linkCheckDue(question)) {
        due.push(
          checkLinksJob(
            { submissionId: version.submission_id, version: version.version },
            version.last_checked_at,
          ),
        );
      }
    }
    if (due.length === 0) return { enqueued: 0 };
    await this.linkCheckQueue.addBulk(due);
    this.logger.log(`Queued link checks for ${due.length} submitted version(s)`);
    return { enqueued: due.length };
  }

  /** A year without a cycle has no deadline, so its versions get their first check only. */
  private async annualReportDueDate(
    contractYear: string,
    cache: Map<string, IsoDate | null>,
  ): Promise<IsoDate | null> {
    if (!cache.has(contractYear)) {
      const cycle = await this.cycles.cycleFor(contractYear).catch((error: unknown) => {
        if (error instanceof UnknownReportingCycleError) return null;
        throw error;
      });
      const milestone = cycle?.milestones.find((m) => m.kind === 'annual-report');
      cache.set(contractYear, milestone ? milestoneDueDate(milestone) : null);
    }
    return cache.get(contractYear) ?? null;
  }
}

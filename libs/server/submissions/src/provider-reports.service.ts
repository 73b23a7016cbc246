import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { reportStatus, todayInLondon } from '@wres/domain/calendar';
import type { Principal } from '@wres/server/core/auth';
import { Clock } from '@wres/server/core/config';
import { providerYearVisibleSql } from '@wres/server/contracts';
import { annualReportDueDate, ReportingCycleCatalogue } from '@wres/server/scope';
import type { ProviderReports, ReviewState } from '@wres/shared/contracts';
import { DataSource } from 'typeorm';
import { WRES_REPORT_CLAUSE } from '@wres/shared/contracts';

interface ReportRow {
  contract_year: string;
  applies: boolean;
  explanation: string;
  current_version: number | null;
  has_draft: boolean;
  first_late: boolean | null;
  last_submitted_at: Date | null;
  review_state: ReviewState | null;
}

/** Every year's WRES annual report for one provider, as a list a provider or commissioner works from. */
@Injectable()
export class ProviderReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cycles: ReportingCycleCatalogue,
    private readonly clock: Clock,
  ) {}

  /** The years the caller may see, newest first; a provider with none of them visible is not found. */
  async reports(principal: Principal, providerId: string): Promise<ProviderReports> {
    const [provider]: Array<{ id: string; name: string; ods_code: string }> = await this.dataSource.query(
      `SELECT id, name, ods_code FROM organisation WHERE id = $1 AND kind = 'provider'`,
      [providerId],
    );
    const rows: ReportRow[] = provider
      ? await this.dataSource.query(
          `SELECT o.contract_year, o.applies, o.explanation, s.current_version,
                  (s.draft_document IS NOT NULL) AS has_draft,
                  (SELECT v.late FROM submission_version v WHERE v.submission_id = s.id AND v.version = 1) AS first_late,
                  (SELECT max(v.submitted_at) FROM submission_version v WHERE v.submission_id = s.id) AS last_submitted_at,
                  r.state AS review_state
           FROM obligation o
           LEFT JOIN submission s
             ON s.provider_id = o.provider_id AND s.contract_year = o.contract_year AND s.clause = o.clause
           LEFT JOIN assurance_review r ON r.submission_id = s.id
           WHERE o.provider_id = $2 AND o.clause = $3 AND ${providerYearVisibleSql(principal, 'o.contract_year')}
           ORDER BY o.contract_year DESC`,
          [principal.organisationId, providerId, WRES_REPORT_CLAUSE],
        )
      : [];
    const own = principal.organisationId === providerId;
    // Not found rather than forbidden, so a provider's existence is not revealed to those who cannot see it.
    if (!provider || (rows.length === 0 && !own)) throw new NotFoundException('Provider not found');

    const today = todayInLondon(this.clock.now());
    const reports = await Promise.all(
      rows.map(async (row) => {
        const dueDate = row.applies ? await annualReportDueDate(this.cycles, row.contract_year) : null;
        const currentVersion = row.current_version ?? 0;
        return {
          contractYear: row.contract_year,
          applies: row.applies,
          explanation: row.explanation,
          dueDate,
          status: reportStatus({
            applies: row.applies,
            dueDate,
            today,
            firstSubmission: row.first_late === null ? null : { late: row.first_late },
          }),
          // Drafts are the provider's own working; commissioners are not told one exists.
          draftSaved: own && row.has_draft,
          currentVersion,
          lastSubmittedAt: row.last_submitted_at?.toISOString() ?? null,
          reviewState: row.review_state,
        };
      }),
    );
    return { provider: { id: provider.id, name: provider.name, odsCode: provider.ods_code }, reports };
  }
}

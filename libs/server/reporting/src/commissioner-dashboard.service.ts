import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { todayInLondon } from '@wres/domain/calendar';
import { headlineIndicators, IndicatorCounts } from '@wres/domain/reporting';
import type { IndicatorResults } from '@wres/domain/wres';
import type { Principal } from '@wres/server/core/auth';
import { Clock } from '@wres/server/core/config';
import { ReportingCycleCatalogue } from '@wres/server/scope';
import type {
  CommissionerDashboard,
  CommissionerDashboardProvider,
  CommissionerDashboardSummary,
  DashboardScope,
  ProviderKind,
  ReportStatus,
  ReviewState,
  ScopeObligationBasis,
  ScopeStatus,
} from '@wres/shared/contracts';
import { DataSource } from 'typeorm';
import { DashboardRemitService } from './dashboard-remit.service';
import { countColumnsSql, countsFromRow, documentOnceSql } from './document-counts.sql';
import { previousContractYear } from '@wres/domain/scope';
import { annualReportDueDate } from '@wres/server/scope';
import { WRES_REPORT_CLAUSE } from '@wres/shared/contracts';

/**
 * Each provider the commissioner (with its predecessor or successor) holds a contract with that year, and
 * where its WRES annual report stands. The status mirrors `reportStatus` (calendar domain): the first
 * version's own late flag decides submitted late; an unsent report is not required when the obligation
 * does not apply, overdue after the due date, and due until then or when the year has no calendar.
 * Parameters: $1 commissioner ids, $2 year, $3 due date (or null), $4 London's date, $5 clause, $6 the year before.
 */
const providerFactsSql = (withFigures: boolean) => `
  WITH held AS (
    SELECT c.provider_id, bool_or(cc.is_coordinating) AS coordinating
    FROM contract_commissioner cc
    JOIN contract c ON c.id = cc.contract_id
    WHERE cc.commissioner_id = ANY($1::uuid[]) AND c.contract_year = $2
    GROUP BY c.provider_id
  ),
  facts AS (
    SELECT h.provider_id, h.coordinating, p.name, p.ods_code, p.provider_kind,
           ob.applies, ob.basis, ob.scope_status, ob.explanation,
           coalesce(s.current_version, 0) AS current_version,
           first_version.submitted_at AS first_submitted_at,
           CASE WHEN first_version.late
                THEN (first_version.submitted_at AT TIME ZONE 'Europe/London')::date - $3::date END AS days_late,
           CASE
             WHEN first_version.id IS NOT NULL
               THEN CASE WHEN first_version.late THEN 'submitted-late' ELSE 'submitted' END
             WHEN NOT coalesce(ob.applies, false) THEN 'not-required'
             WHEN $3::date < $4::date THEN 'overdue'
             ELSE 'due'
           END AS status,
           CASE WHEN first_version.id IS NOT NULL THEN coalesce(r.state, 'submitted') END AS review_state
           ${
             withFigures
               ? `, latest.indicators, prior.indicators AS previous_indicators,
                  ${countColumnsSql('latest_document.document')},
                  ${countColumnsSql('prior_document.document', 'prev_')}`
               : ''
           }
    FROM held h
    JOIN organisation p ON p.id = h.provider_id
    LEFT JOIN obligation ob ON ob.provider_id = h.provider_id AND ob.contract_year = $2 AND ob.clause = $5
    LEFT JOIN submission s ON s.provider_id = h.provider_id AND s.contract_year = $2 AND s.clause = $5
    LEFT JOIN submission_version first_version ON first_version.submission_id = s.id AND first_version.version = 1
    LEFT JOIN submission_version latest ON latest.submission_id = s.id AND latest.version = s.current_version
    LEFT JOIN assurance_review r ON r.submission_id = s.id
    LEFT JOIN submission ps ON ps.provider_id = h.provider_id AND ps.contract_year = $6 AND ps.clause = $5
    LEFT JOIN submission_version prior ON prior.submission_id = ps.id AND prior.version = ps.current_version
    ${
      withFigures
        ? `${documentOnceSql('latest.document', 'latest_document')} ${documentOnceSql('prior.document', 'prior_document')}`
        : ''
    }
  )`;

/** How many co-ordinated providers share each combination of scope, status and review, and lateness. */
const SUMMARY_SQL = `${providerFactsSql(false)}
  SELECT
    (SELECT coalesce(json_agg(cell), '[]'::json) FROM (
       SELECT coalesce(basis, 'not-decided') AS scope, coalesce(scope_status, 'not-decided') AS scope_status,
              status, review_state, count(*)::int AS providers
       FROM facts WHERE coordinating
       GROUP BY 1, 2, 3, 4) AS cell) AS cells,
    (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY days_late)
       FROM facts WHERE coordinating AND status = 'submitted-late') AS median_days_late,
    (SELECT max(days_late) FROM facts WHERE coordinating AND status = 'submitted-late') AS max_days_late,
    (SELECT count(*)::int FROM facts WHERE NOT coordinating) AS associate_providers`;

const ROWS_SQL = `${providerFactsSql(true)}
  SELECT * FROM facts ORDER BY NOT coordinating, name, ods_code`;

/**
 * The statements `load` runs after the remit, in order, with their parameters: exported so the benchmark
 * can time the same SQL against PostgreSQL directly and compare it with the endpoint.
 */
export const COMMISSIONER_DASHBOARD_SQL = { summary: SUMMARY_SQL, rows: ROWS_SQL } as const;

export function commissionerDashboardParameters(
  commissionerIds: readonly string[],
  contractYear: string,
  dueDate: string | null,
  asOf: string,
): unknown[] {
  return [
    commissionerIds,
    contractYear,
    dueDate,
    asOf,
    WRES_REPORT_CLAUSE,
    previousContractYear(contractYear),
  ];
}

/** One group of co-ordinated providers alike in scope, scope status, report status and review state. */
export interface ComplianceCell {
  scope: DashboardScope;
  scopeStatus: ScopeStatus | 'not-decided';
  status: ReportStatus;
  reviewState: ReviewState | null;
  providers: number;
}

/** What the dashboard shows and what its export tables need besides: the counts behind each figure. */
export interface CommissionerDashboardData {
  dashboard: CommissionerDashboard;
  cells: ComplianceCell[];
  counts: Map<string, { current: IndicatorCounts; previous: IndicatorCounts }>;
}

interface FactsRow extends Record<string, unknown> {
  provider_id: string;
  coordinating: boolean;
  name: string;
  ods_code: string;
  provider_kind: ProviderKind | null;
  applies: boolean | null;
  basis: ScopeObligationBasis | null;
  scope_status: ScopeStatus | null;
  explanation: string | null;
  current_version: number;
  first_submitted_at: Date | null;
  days_late: number | null;
  status: ReportStatus;
  review_state: ReviewState | null;
  indicators: Partial<IndicatorResults> | null;
  previous_indicators: Partial<IndicatorResults> | null;
}

export const COMMISSIONER_EXPORT_TABLES = ['scope', 'reports', 'assurance', 'providers'] as const;

@Injectable()
export class CommissionerDashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly remit: DashboardRemitService,
    private readonly cycles: ReportingCycleCatalogue,
    private readonly clock: Clock,
  ) {}

  async dashboard(principal: Principal, contractYear: string, commissionerId?: string) {
    return (await this.load(principal, contractYear, commissionerId)).dashboard;
  }

  async load(
    principal: Principal,
    contractYear: string,
    commissionerId?: string,
  ): Promise<CommissionerDashboardData> {
    const { commissioner, includes } = await this.remit.commissionerLineage(principal, commissionerId);
    const dueDate = await annualReportDueDate(this.cycles, contractYear);
    const asOf = todayInLondon(this.clock.now());
    const parameters = commissionerDashboardParameters(
      includes.map((organisation) => organisation.id),
      contractYear,
      dueDate,
      asOf,
    );
    const [summaryRow]: Array<{
      cells: ComplianceCell[] | Array<Record<string, unknown>>;
      median_days_late: number | null;
      max_days_late: number | null;
      associate_providers: number;
    }> = await this.dataSource.query(SUMMARY_SQL, parameters);
    const rows: FactsRow[] = await this.dataSource.query(ROWS_SQL, parameters);

    const cells = (summaryRow.cells as Array<Record<string, unknown>>).map((cell): ComplianceCell => ({
      scope: cell['scope'] as DashboardScope,
      scopeStatus: cell['scope_status'] as ComplianceCell['scopeStatus'],
      status: cell['status'] as ReportStatus,
      reviewState: (cell['review_state'] as ReviewState | null) ?? null,
      providers: Number(cell['providers']),
    }));
    const counts = new Map(
      rows.map((row) => [
        row.provider_id,
        { current: countsFromRow(row), previous: countsFromRow(row, 'prev_') },
      ]),
    );
    const year = contractYear.replace('/', '-');
    return {
      cells,
      counts,
      dashboard: {
        contractYear,
        commissioner,
        includes,
        dueDate,
        asOf,
        summary: summarise(cells, summaryRow),
        providers: rows.map((row) => providerRow(row, year, dueDate)),
        exportTables: [...COMMISSIONER_EXPORT_TABLES],
      },
    };
  }
}

function providerRow(row: FactsRow, year: string, dueDate: string | null): CommissionerDashboardProvider {
  const submitted = row.current_version > 0 && row.indicators !== null;
  return {
    provider: { id: row.provider_id, name: row.name, odsCode: row.ods_code, providerKind: row.provider_kind },
    coordinating: row.coordinating,
    scope: row.basis ?? 'not-decided',
    scopeStatus: row.scope_status,
    explanation: row.explanation,
    status: row.status,
    dueDate: row.applies ? dueDate : null,
    firstSubmittedAt: row.first_submitted_at?.toISOString() ?? null,
    daysLate: row.status === 'submitted-late' && row.days_late !== null ? Number(row.days_late) : null,
    currentVersion: Number(row.current_version),
    reviewState: row.review_state,
    indicators:
      submitted && row.indicators
        ? {
            version: Number(row.current_version),
            ...headlineIndicators(row.indicators, row.previous_indicators),
          }
        : null,
    links: {
      reports: `/api/v1/providers/${row.provider_id}/wres-reports`,
      report: `/api/v1/submissions/${row.provider_id}/${year}`,
      review: `/api/v1/reviews/${row.provider_id}/${year}`,
    },
  };
}

function summarise(
  cells: readonly ComplianceCell[],
  lateness: { median_days_late: number | null; max_days_late: number | null; associate_providers: number },
): CommissionerDashboardSummary {
  const count = (where: (cell: ComplianceCell) => boolean) =>
    cells.filter(where).reduce((sum, cell) => sum + cell.providers, 0);
  const numberOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  return {
    providers: count(() => true),
    associateProviders: Number(lateness.associate_providers),
    scope: {
      inScope: count((cell) => cell.scope === 'applies'),
      exempt: count(
        (cell) => cell.scope === 'small-provider-exempt' || cell.scope === 'provider-kind-not-covered',
      ),
      exemptSmallProvider: count((cell) => cell.scope === 'small-provider-exempt'),
      exemptProviderKind: count((cell) => cell.scope === 'provider-kind-not-covered'),
      notDecided: count((cell) => cell.scope === 'not-decided'),
      presumed: count((cell) => cell.scopeStatus === 'presumed'),
      confirmed: count((cell) => cell.scopeStatus === 'confirmed'),
    },
    reports: {
      due: count((cell) => cell.status === 'due'),
      overdue: count((cell) => cell.status === 'overdue'),
      submittedOnTime: count((cell) => cell.status === 'submitted'),
      submittedLate: count((cell) => cell.status === 'submitted-late'),
      notRequired: count((cell) => cell.status === 'not-required'),
    },
    lateness: {
      medianDaysLate: numberOrNull(lateness.median_days_late),
      maxDaysLate: numberOrNull(lateness.max_days_late),
    },
    assurance: {
      awaitingReview: count((cell) => cell.reviewState === 'submitted'),
      inReview: count((cell) => cell.reviewState === 'in-review'),
      changesRequested: count((cell) => cell.reviewState === 'changes-requested'),
      resubmitted: count((cell) => cell.reviewState === 'resubmitted'),
      assured: count((cell) => cell.reviewState === 'assured'),
      notAssured: count((cell) => cell.reviewState === 'not-assured'),
    },
  };
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { todayInLondon } from '@wres/domain/calendar';
import {
  describeIndicator,
  IndicatorCounts,
  pooledIndicatorTable,
  providerFigure,
  publishTable,
  reportingRate,
  ReportingTally,
  sumIndicatorCounts,
  summariseDistribution,
} from '@wres/domain/reporting';
import type { IndicatorResults } from '@wres/domain/wres';
import type { Principal } from '@wres/server/core/auth';
import { Clock } from '@wres/server/core/config';
import { ReportingCycleCatalogue } from '@wres/server/scope';
import { DASHBOARD_INDICATORS } from '@wres/shared/contracts';
import type {
  CsuDashboard,
  DashboardOrganisation,
  IndicatorDistribution,
  ReportingRateRow,
} from '@wres/shared/contracts';
import { DataSource } from 'typeorm';
import { DashboardRemitService } from './dashboard-remit.service';
import { countColumnsSql, countsFromRow, documentOnceSql } from './document-counts.sql';
import { annualReportDueDate } from '@wres/server/scope';
import { WRES_REPORT_CLAUSE } from '@wres/shared/contracts';

/**
 * Reports each commissioner expects: those of providers it co-ordinates a contract with where the WRES
 * annual report applies, and how they arrived. A provider co-ordinated by two commissioners (two contracts)
 * owes each a report, so it counts once for each; the total row is the rows' sum (ROLLUP).
 * Parameters: $1 commissioner ids, $2 year, $3 due date (or null), $4 London's date, $5 clause.
 */
const REPORTING_SQL = `
  WITH coordinated AS (
    SELECT DISTINCT cc.commissioner_id, c.provider_id
    FROM contract_commissioner cc
    JOIN contract c ON c.id = cc.contract_id
    WHERE cc.commissioner_id = ANY($1::uuid[]) AND c.contract_year = $2 AND cc.is_coordinating
  ),
  facts AS (
    SELECT k.commissioner_id, coalesce(ob.applies, false) AS applies,
           first_version.id IS NOT NULL AS submitted, coalesce(first_version.late, false) AS late
    FROM coordinated k
    LEFT JOIN obligation ob ON ob.provider_id = k.provider_id AND ob.contract_year = $2 AND ob.clause = $5
    LEFT JOIN submission s ON s.provider_id = k.provider_id AND s.contract_year = $2 AND s.clause = $5
    LEFT JOIN submission_version first_version ON first_version.submission_id = s.id AND first_version.version = 1
  )
  SELECT commissioner_id,
         count(*) FILTER (WHERE applies)::int AS expected,
         count(*) FILTER (WHERE applies AND submitted AND NOT late)::int AS submitted_on_time,
         count(*) FILTER (WHERE applies AND submitted AND late)::int AS submitted_late,
         count(*) FILTER (WHERE applies AND NOT submitted AND $3::date < $4::date)::int AS overdue,
         count(*) FILTER (WHERE applies AND NOT submitted AND NOT coalesce($3::date < $4::date, false))::int AS due
  FROM facts
  GROUP BY ROLLUP (commissioner_id)`;

/**
 * For pooling each provider belongs to one commissioner, so the commissioners' pools add up to the region:
 * the co-ordinating commissioner of its largest contract that year by expected income (then by id).
 * `reported` holds each such provider's latest submitted version with the counts extracted, and its stored
 * results with indicator 1 cut to its overall figure: the dashboard and its exports read no more of it
 * (`providerFigure`), and the band-by-band figures are most of a version's results.
 * Parameters: $1 commissioner ids, $2 year, $3 clause.
 */
const REPORTED_SQL = `
  WITH lead AS (
    SELECT DISTINCT ON (c.provider_id) c.provider_id, cc.commissioner_id
    FROM contract_commissioner cc
    JOIN contract c ON c.id = cc.contract_id
    WHERE cc.commissioner_id = ANY($1::uuid[]) AND c.contract_year = $2 AND cc.is_coordinating
    ORDER BY c.provider_id, cc.expected_income_pence DESC, cc.commissioner_id
  ),
  reported AS (
    SELECT l.provider_id, l.commissioner_id, p.name, p.ods_code,
           CASE WHEN r.indicators->'i1' ? 'overall'
                THEN jsonb_set(r.indicators, '{i1}', jsonb_build_object('overall', r.indicators->'i1'->'overall'))
                ELSE r.indicators END AS indicators,
           ${countColumnsSql('d.document')}
    FROM lead l
    JOIN organisation p ON p.id = l.provider_id
    JOIN submission s ON s.provider_id = l.provider_id AND s.contract_year = $2 AND s.clause = $3
    JOIN submission_version v ON v.submission_id = s.id AND v.version = s.current_version
    ${documentOnceSql('v.document', 'd')}
    CROSS JOIN LATERAL (SELECT v.indicators || '{}'::jsonb AS indicators OFFSET 0) AS r
  )`;

/** The pools are summed from these rows' counts (`sumIndicatorCounts`), not read again from the documents. */
const PROVIDERS_SQL = `${REPORTED_SQL}
  SELECT * FROM reported ORDER BY name, ods_code`;

/**
 * The statements `load` runs after the remit, in order, and their parameters: exported so the benchmark
 * can time the same SQL against PostgreSQL directly and compare it with the endpoint.
 */
export const CSU_DASHBOARD_SQL = {
  reporting: REPORTING_SQL,
  providers: PROVIDERS_SQL,
} as const;

export function csuDashboardParameters(
  commissionerIds: readonly string[],
  contractYear: string,
  dueDate: string | null,
  asOf: string,
): Record<keyof typeof CSU_DASHBOARD_SQL, unknown[]> {
  return {
    reporting: [commissionerIds, contractYear, dueDate, asOf, WRES_REPORT_CLAUSE],
    providers: [commissionerIds, contractYear, WRES_REPORT_CLAUSE],
  };
}

export const POOLING_RULE =
  'Each provider is pooled under one commissioner: the co-ordinating commissioner of its largest contract ' +
  'that year by expected income. Counts are summed before any ratio is taken, so the region is the sum of ' +
  'the commissioners, and the latest submitted version of each report is used.';

/** One provider with a submitted report, as the distributions and the providers export use it. */
export interface ReportedProvider {
  provider: { id: string; name: string; odsCode: string };
  commissionerId: string;
  results: Partial<IndicatorResults>;
  counts: IndicatorCounts;
}

export interface CsuDashboardData {
  dashboard: CsuDashboard;
  reported: ReportedProvider[];
  /** Pooled counts by commissioner id, and the region's. */
  pools: Map<string, IndicatorCounts>;
  region: IndicatorCounts;
}

export const CSU_EXPORT_TABLES = [
  'reporting',
  'providers',
  'distribution',
  ...DASHBOARD_INDICATORS.map((indicator) => `pooled-${indicator}`),
];

type TallyRow = {
  commissioner_id: string | null;
  expected: number;
  submitted_on_time: number;
  submitted_late: number;
  overdue: number;
  due: number;
};

function tallyOf(row: TallyRow | undefined): ReportingTally {
  return {
    expected: row?.expected ?? 0,
    submittedOnTime: row?.submitted_on_time ?? 0,
    submittedLate: row?.submitted_late ?? 0,
    overdue: row?.overdue ?? 0,
    due: row?.due ?? 0,
  };
}

@Injectable()
export class CsuDashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly remit: DashboardRemitService,
    private readonly cycles: ReportingCycleCatalogue,
    private readonly clock: Clock,
  ) {}

  async dashboard(principal: Principal, contractYear: string): Promise<CsuDashboard> {
    return (await this.load(principal, contractYear)).dashboard;
  }

  async load(principal: Principal, contractYear: string): Promise<CsuDashboardData> {
    const { organisation, commissioners: remit } = await this.remit.region(principal);
    const ids = remit.map((commissioner) => commissioner.id);
    const dueDate = await annualReportDueDate(this.cycles, contractYear);
    const asOf = todayInLondon(this.clock.now());

    const parameters = csuDashboardParameters(ids, contractYear, dueDate, asOf);
    const tallies: TallyRow[] = await this.dataSource.query(REPORTING_SQL, parameters.reporting);
    const reportedRows: Array<Record<string, unknown>> = await this.dataSource.query(
      PROVIDERS_SQL,
      parameters.providers,
    );

    // Commissioners with a co-ordinated contract that year, in the remit's (name) order.
    const active = new Set(tallies.flatMap((row) => (row.commissioner_id ? [row.commissioner_id] : [])));
    const commissioners = remit.filter((commissioner) => active.has(commissioner.id));
    const byId = new Map(tallies.map((row) => [row.commissioner_id, row]));
    const rateRow = (commissioner: DashboardOrganisation): ReportingRateRow => ({
      commissioner,
      ...reportingRate(tallyOf(byId.get(commissioner.id))),
    });
    const total = reportingRate(tallyOf(byId.get(null)));

    const reported: ReportedProvider[] = reportedRows.map((row) => ({
      provider: {
        id: row['provider_id'] as string,
        name: row['name'] as string,
        odsCode: row['ods_code'] as string,
      },
      commissionerId: row['commissioner_id'] as string,
      results: (row['indicators'] ?? {}) as Partial<IndicatorResults>,
      counts: countsFromRow(row),
    }));
    // Each provider counts once, under its pooling commissioner; the region is every provider's sum.
    const byCommissioner = new Map<string, IndicatorCounts[]>();
    for (const entry of reported) {
      byCommissioner.set(entry.commissionerId, [
        ...(byCommissioner.get(entry.commissionerId) ?? []),
        entry.counts,
      ]);
    }
    const pools = new Map(
      [...byCommissioner].map(
        ([commissionerId, counts]) => [commissionerId, sumIndicatorCounts(counts)] as const,
      ),
    );
    const region = sumIndicatorCounts(reported.map((entry) => entry.counts));

    const distributions: IndicatorDistribution[] = DASHBOARD_INDICATORS.map((indicator) => {
      const providers = reported.map((entry) => ({
        provider: entry.provider,
        commissionerId: entry.commissionerId,
        figure: providerFigure(indicator, entry.results, entry.counts),
      }));
      return {
        ...describeIndicator(indicator),
        providers,
        summary: summariseDistribution(
          indicator,
          providers.map((entry) => entry.figure),
        ),
      };
    });

    const pooled = DASHBOARD_INDICATORS.map((indicator) =>
      publishTable(
        pooledIndicatorTable(
          indicator,
          commissioners.map((commissioner) => ({
            label: commissioner.name,
            counts: pools.get(commissioner.id) ?? {},
          })),
          {
            label: principal.role === 'admin' ? 'All commissioners' : `All (${organisation.name})`,
            counts: region,
          },
          { rowHeading: 'Commissioner', notes: [POOLING_RULE] },
        ),
      ),
    );

    return {
      reported,
      pools,
      region,
      dashboard: {
        contractYear,
        organisation,
        commissioners,
        asOf,
        dueDate,
        reporting: { rows: commissioners.map(rateRow), total },
        distributions,
        pooled,
        pooling: POOLING_RULE,
        exportTables: [...CSU_EXPORT_TABLES],
      },
    };
  }
}

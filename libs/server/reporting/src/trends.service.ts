import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  basisOf,
  IndicatorCounts,
  pooledTrendInput,
  providerFigure,
  TrendInput,
  TrendPointInput,
  trendSeries,
} from '@wres/domain/reporting';
import { DEFAULT_SUPPRESSION_THRESHOLD, isNotComputable } from '@wres/domain/wres';
import type { Computed, IndicatorResults } from '@wres/domain/wres';
import type { Principal } from '@wres/server/core/auth';
import { providerYearVisibleSql } from '@wres/server/contracts';
import { validationFailed } from '@wres/server/core/http';
import { DASHBOARD_INDICATORS } from '@wres/shared/contracts';
import type {
  DashboardIndicator,
  DashboardOrganisation,
  DashboardTrends,
  OrganisationKind,
} from '@wres/shared/contracts';
import { DataSource } from 'typeorm';
import { DashboardRemitService } from './dashboard-remit.service';
import { countColumnsSql, countsFromRow, pooledSumsSql } from './document-counts.sql';
import { WRES_REPORT_CLAUSE } from '@wres/shared/contracts';

export interface TrendsQuestion {
  providerId?: string;
  scope?: 'portfolio' | 'region';
  commissionerId?: string;
}

/**
 * A pool per contract year: the distinct providers the given commissioners co-ordinate a contract with that
 * year, and the sums of their latest submitted versions' counts. Years with contracts but no reports are
 * kept, with nothing pooled. Parameters: $1 commissioner ids, $2 clause.
 */
const POOLED_BY_YEAR_SQL = `
  WITH pool AS (
    SELECT DISTINCT c.provider_id, c.contract_year
    FROM contract_commissioner cc
    JOIN contract c ON c.id = cc.contract_id
    WHERE cc.commissioner_id = ANY($1::uuid[]) AND cc.is_coordinating
  ),
  reported AS (
    SELECT pool.contract_year, ${countColumnsSql('v.document')}
    FROM pool
    JOIN submission s ON s.provider_id = pool.provider_id AND s.contract_year = pool.contract_year AND s.clause = $2
    JOIN submission_version v ON v.submission_id = s.id AND v.version = s.current_version
  )
  SELECT years.contract_year, ${pooledSumsSql('reported')}
  FROM (SELECT DISTINCT contract_year FROM pool) AS years
  LEFT JOIN reported ON reported.contract_year = years.contract_year
  GROUP BY years.contract_year
  ORDER BY years.contract_year`;

/** A provider's latest version for every year the caller may see. Parameters: $1 caller, $2 provider, $3 clause. */
const PROVIDER_YEARS_SQL = (principal: Principal) => `
  SELECT o.contract_year, v.indicators, ${countColumnsSql('v.document')}
  FROM obligation o
  LEFT JOIN submission s ON s.provider_id = o.provider_id AND s.contract_year = o.contract_year AND s.clause = o.clause
  LEFT JOIN submission_version v ON v.submission_id = s.id AND v.version = s.current_version
  WHERE o.provider_id = $2 AND o.clause = $3 AND ${providerYearVisibleSql(principal, 'o.contract_year')}
  ORDER BY o.contract_year`;

function trendInputOf(
  indicator: DashboardIndicator,
  results: Partial<IndicatorResults>,
  counts: IndicatorCounts,
): Computed<TrendInput> {
  const figure = providerFigure(indicator, results, counts);
  if (isNotComputable(figure)) return figure;
  const survey = results[indicator as 'i5' | 'i6' | 'i7' | 'i8'];
  const groups =
    ['i5', 'i6', 'i7', 'i8'].includes(indicator) && survey && !isNotComputable(survey)
      ? { whitePercent: survey.white.percent, bmePercent: survey.bme.percent }
      : {};
  const tested = ['i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8'].includes(indicator);
  return {
    value: figure.value,
    ciLower: figure.ci95?.lower ?? null,
    ciUpper: figure.ci95?.upper ?? null,
    significant: tested ? figure.significant : null,
    ...groups,
  };
}

function hasCounts(indicator: DashboardIndicator, counts: IndicatorCounts): boolean {
  return basisOf(indicator, counts) !== null;
}

@Injectable()
export class TrendsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly remit: DashboardRemitService,
  ) {}

  async trends(principal: Principal, question: TrendsQuestion): Promise<DashboardTrends> {
    const asked = [question.providerId !== undefined, question.scope !== undefined].filter(Boolean).length;
    if (asked !== 1) {
      throw validationFailed([
        {
          path: 'providerId',
          messages: ['Give either a providerId or a scope (portfolio or region), not both'],
        },
      ]);
    }
    if (question.providerId !== undefined) return this.providerTrends(principal, question.providerId);
    if (question.scope === 'portfolio') {
      const { commissioner, includes } = await this.remit.commissionerLineage(
        principal,
        question.commissionerId,
      );
      return this.pooledTrends(
        { kind: 'portfolio', organisation: commissioner },
        includes.map((organisation) => organisation.id),
        [
          `The providers ${commissioner.name} (with its predecessor or successor) co-ordinates a contract with each year.`,
        ],
      );
    }
    const { organisation, commissioners } = await this.remit.region(principal);
    return this.pooledTrends(
      { kind: 'region', organisation },
      commissioners.map((commissioner) => commissioner.id),
      [`The providers co-ordinated by the commissioners ${organisation.name} supports, each year.`],
    );
  }

  /** A provider's own figures, as its reports show them: those who may see the reports see them whole. */
  private async providerTrends(principal: Principal, providerId: string): Promise<DashboardTrends> {
    const [provider]: Array<{ id: string; name: string; ods_code: string; kind: OrganisationKind }> =
      await this.dataSource.query(
        `SELECT id, name, ods_code, kind FROM organisation WHERE id = $1 AND kind = 'provider'`,
        [providerId],
      );
    const rows: Array<Record<string, unknown>> = provider
      ? await this.dataSource.query(PROVIDER_YEARS_SQL(principal), [
          principal.organisationId,
          providerId,
          WRES_REPORT_CLAUSE,
        ])
      : [];
    // Not found rather than forbidden, so a provider's existence is not revealed to those who cannot see it.
    if (!provider || rows.length === 0) throw new NotFoundException('Provider not found');
    const years = rows.map((row) => row['contract_year'] as string);
    return {
      subject: {
        kind: 'provider',
        organisation: {
          id: provider.id,
          name: provider.name,
          odsCode: provider.ods_code,
          kind: provider.kind,
        },
      },
      suppressed: false,
      threshold: DEFAULT_SUPPRESSION_THRESHOLD,
      contractYears: years,
      series: DASHBOARD_INDICATORS.map((indicator) =>
        trendSeries(
          indicator,
          rows.map((row): TrendPointInput => ({
            contractYear: row['contract_year'] as string,
            figure: row['indicators']
              ? trendInputOf(indicator, row['indicators'] as Partial<IndicatorResults>, countsFromRow(row))
              : null,
            basis: null,
          })),
        ),
      ),
      notes: ['Each year’s latest submitted version, as the provider’s report shows it.'],
    };
  }

  /** Pooled figures year by year, suppressed: a figure from a count from 1 to threshold−1 shows as R. */
  private async pooledTrends(
    subject: { kind: 'portfolio' | 'region'; organisation: DashboardOrganisation },
    commissionerIds: string[],
    notes: string[],
  ): Promise<DashboardTrends> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(POOLED_BY_YEAR_SQL, [
      commissionerIds,
      WRES_REPORT_CLAUSE,
    ]);
    const pools = rows.map((row) => ({
      contractYear: row['contract_year'] as string,
      counts: countsFromRow(row),
    }));
    return {
      subject,
      suppressed: true,
      threshold: DEFAULT_SUPPRESSION_THRESHOLD,
      contractYears: pools.map((pool) => pool.contractYear),
      series: DASHBOARD_INDICATORS.map((indicator) =>
        trendSeries(
          indicator,
          pools.map((pool): TrendPointInput => ({
            contractYear: pool.contractYear,
            figure: hasCounts(indicator, pool.counts) ? pooledTrendInput(indicator, pool.counts) : null,
            basis: basisOf(indicator, pool.counts),
          })),
        ),
      ),
      notes: [
        ...notes,
        'Counts are summed across providers before any ratio is taken; each year uses the latest submitted versions.',
      ],
    };
  }
}

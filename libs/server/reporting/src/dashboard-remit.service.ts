import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal } from '@wres/server/core/auth';
import { validationFailed } from '@wres/server/core/http';
import type { DashboardOrganisation, OrganisationKind } from '@wres/shared/contracts';
import { DataSource } from 'typeorm';

interface OrganisationRow {
  id: string;
  name: string;
  ods_code: string;
  kind: OrganisationKind;
}

function toOrganisation(row: OrganisationRow): DashboardOrganisation {
  return { id: row.id, name: row.name, odsCode: row.ods_code, kind: row.kind };
}

/** A commissioner and its predecessor or successor: one commissioning responsibility over time. */
export interface CommissionerLineage {
  commissioner: DashboardOrganisation;
  includes: DashboardOrganisation[];
}

/** The commissioners a region-wide view covers, and whose view it is. */
export interface RegionRemit {
  organisation: DashboardOrganisation;
  commissioners: DashboardOrganisation[];
}

/*
 * Which commissioners a dashboard covers, derived only from organisation relationships (never from what
 * the client asks for): a commissioner its own CCG/ICB with predecessor and successor; a CSU every CCG/ICB
 * it supports and their successors; an admin every CCG/ICB. Succession is one step (a CCG to its ICB).
 */
const LINEAGE_SQL = `
  SELECT o.id, o.name, o.ods_code, o.kind FROM organisation o
  WHERE o.kind IN ('ccg', 'icb')
    AND (o.id = $1 OR o.id = (SELECT successor_id FROM organisation WHERE id = $1) OR o.successor_id = $1)
  ORDER BY o.name`;

const SUPPORTED_SQL = `
  WITH supported AS (
    SELECT r.to_organisation_id AS id FROM organisation_relationship r
    WHERE r.kind = 'supports' AND r.from_organisation_id = $1
  )
  SELECT o.id, o.name, o.ods_code, o.kind FROM organisation o
  WHERE o.kind IN ('ccg', 'icb')
    AND (o.id IN (SELECT id FROM supported)
         OR o.id IN (SELECT successor_id FROM organisation WHERE id IN (SELECT id FROM supported)))
  ORDER BY o.name`;

const ALL_COMMISSIONERS_SQL = `
  SELECT o.id, o.name, o.ods_code, o.kind FROM organisation o
  WHERE o.kind IN ('ccg', 'icb') AND $1::uuid IS NOT NULL
  ORDER BY o.name`;

const ORGANISATION_SQL = `SELECT id, name, ods_code, kind FROM organisation WHERE id = $1`;

/** The remit's statements, for the benchmark to time as the dashboards run them (each takes one id, $1). */
export const DASHBOARD_REMIT_SQL = {
  organisation: ORGANISATION_SQL,
  lineage: LINEAGE_SQL,
  supported: SUPPORTED_SQL,
  all: ALL_COMMISSIONERS_SQL,
} as const;

@Injectable()
export class DashboardRemitService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The caller's own organisation. */
  async organisationOf(principal: Principal): Promise<DashboardOrganisation> {
    const [row]: OrganisationRow[] = await this.dataSource.query(ORGANISATION_SQL, [
      principal.organisationId,
    ]);
    if (!row) throw new NotFoundException('Your organisation no longer exists');
    return toOrganisation(row);
  }

  /** Every commissioner the caller's dashboards may cover. */
  async commissionersInRemit(principal: Principal): Promise<DashboardOrganisation[]> {
    const sql =
      principal.role === 'admin'
        ? ALL_COMMISSIONERS_SQL
        : principal.role === 'csu-analyst'
          ? SUPPORTED_SQL
          : principal.role === 'commissioner'
            ? LINEAGE_SQL
            : null;
    // The permission already keeps providers out; this is the second lock on the same door.
    if (sql === null) throw new ForbiddenException('Dashboards are for commissioners and CSUs');
    const rows: OrganisationRow[] = await this.dataSource.query(sql, [principal.organisationId]);
    return rows.map(toOrganisation);
  }

  /**
   * The commissioner a commissioner dashboard is about, with its predecessor and successor. A commissioner
   * sees its own (asking for no id, or one in its lineage); CSUs and admins name one in their remit. One
   * outside the caller's remit is not found, so its existence is not revealed.
   */
  async commissionerLineage(principal: Principal, commissionerId?: string): Promise<CommissionerLineage> {
    const remit = await this.commissionersInRemit(principal);
    const targetId =
      commissionerId ?? (principal.role === 'commissioner' ? principal.organisationId : undefined);
    if (targetId === undefined) {
      throw validationFailed(
        [{ path: 'commissionerId', messages: ['Choose the CCG or ICB whose dashboard you want'] }],
        'Choose a commissioner',
      );
    }
    const target = remit.find((organisation) => organisation.id === targetId);
    if (!target) throw new NotFoundException('Commissioner not found');
    const lineage: OrganisationRow[] = await this.dataSource.query(LINEAGE_SQL, [target.id]);
    // Only what the caller may see of the lineage: a CSU that supports a CCG but not its predecessor.
    const inRemit = new Set(remit.map((organisation) => organisation.id));
    return {
      commissioner: target,
      includes: lineage.filter((row) => inRemit.has(row.id)).map(toOrganisation),
    };
  }

  async region(principal: Principal): Promise<RegionRemit> {
    return {
      organisation: await this.organisationOf(principal),
      commissioners: await this.commissionersInRemit(principal),
    };
  }
}

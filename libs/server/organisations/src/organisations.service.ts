import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal } from '@wres/server/core/auth';
import { OrganisationEntity } from '@wres/server/core/database';
import type { OrganisationDetail, OrganisationSummary, RelatedOrganisation } from '@wres/shared/contracts';
import { DataSource, In } from 'typeorm';
import { visibleOrganisationIdsSql } from './organisation-visibility';

function toSummary(o: OrganisationEntity): OrganisationSummary {
  return {
    id: o.id,
    odsCode: o.odsCode,
    name: o.name,
    kind: o.kind,
    providerKind: o.providerKind,
    validFrom: o.validFrom,
    validTo: o.validTo,
  };
}

@Injectable()
export class OrganisationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Organisations the caller may see, by name. */
  listVisible(principal: Principal): Promise<OrganisationSummary[]> {
    return this.queryVisible(principal);
  }

  private async queryVisible(principal: Principal, onlyId?: string): Promise<OrganisationSummary[]> {
    const params: unknown[] = principal.role === 'admin' ? [] : [principal.organisationId];
    const idFilter = onlyId ? `AND o.id = $${params.push(onlyId)}::uuid` : '';
    const rows: Array<Record<string, string | null>> = await this.dataSource.query(
      `SELECT o.id, o.ods_code, o.name, o.kind, o.provider_kind, o.valid_from::text, o.valid_to::text
       FROM organisation o WHERE o.id IN (${visibleOrganisationIdsSql(principal)}) ${idFilter}
       ORDER BY o.name`,
      params,
    );
    return rows.map((r) => ({
      id: r['id'] as string,
      odsCode: r['ods_code'] as string,
      name: r['name'] as string,
      kind: r['kind'] as OrganisationSummary['kind'],
      providerKind: r['provider_kind'] as OrganisationSummary['providerKind'],
      validFrom: r['valid_from'],
      validTo: r['valid_to'],
    }));
  }

  /** One organisation, if the caller may see it; otherwise 404, so its existence is not revealed. */
  async getVisible(principal: Principal, id: string): Promise<OrganisationDetail> {
    const [organisation] = await this.queryVisible(principal, id);
    if (!organisation) throw new NotFoundException('Organisation not found');
    const visible = new Set((await this.queryVisible(principal)).map((o) => o.id));
    const repo = this.dataSource.getRepository(OrganisationEntity);
    const entity = await repo.findOneByOrFail({ id });
    const successor = entity.successorId ? await repo.findOneBy({ id: entity.successorId }) : null;
    const predecessors = await repo.findBy({ successorId: id });
    const related: Array<Record<string, string>> = await this.dataSource.query(
      `SELECT r.kind, CASE WHEN r.from_organisation_id = $1 THEN 'out' ELSE 'in' END AS direction,
              CASE WHEN r.from_organisation_id = $1 THEN r.to_organisation_id ELSE r.from_organisation_id END AS other_id
       FROM organisation_relationship r WHERE r.from_organisation_id = $1 OR r.to_organisation_id = $1`,
      [id],
    );
    const others = new Map(
      (await repo.findBy({ id: In(related.map((r) => r['other_id'])) })).map(
        (o) => [o.id, toSummary(o)] as const,
      ),
    );
    const relation = (kind: string, direction: string): RelatedOrganisation['relation'] =>
      kind === 'supports'
        ? direction === 'out'
          ? 'supports'
          : 'supported-by'
        : direction === 'out'
          ? 'commissions'
          : 'commissioned-by';
    return {
      ...organisation,
      successor: successor && visible.has(successor.id) ? toSummary(successor) : null,
      predecessors: predecessors.filter((p) => visible.has(p.id)).map(toSummary),
      related: related
        .filter((r) => visible.has(r['other_id']) && others.has(r['other_id']))
        .map((r) => ({
          ...(others.get(r['other_id']) as OrganisationSummary),
          relation: relation(r['kind'], r['direction']),
        }))
        .sort((a, b) => a.relation.localeCompare(b.relation) || a.name.localeCompare(b.name)),
    };
  }
}

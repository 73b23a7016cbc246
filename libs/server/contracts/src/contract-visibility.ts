import type { Principal } from '@wres/server/core/auth';

/**
 * SQL for the ids of the contracts a caller may see, derived only from organisation relationships:
 * - a provider sees its own contracts;
 * - a CCG/ICB sees the contracts it is on, and those of its predecessor or successor (a CCG's contracts
 *   passed to its ICB, and history stays readable both ways);
 * - a CSU sees the contracts of every CCG/ICB it supports, and of their successors;
 * - an admin sees every contract.
 * A sub-select over `$1` (the caller's organisation id) to embed in a WHERE clause, as for organisations.
 */
export function visibleContractIdsSql(principal: Principal): string {
  if (principal.role === 'admin') return 'SELECT id FROM contract';
  return `
    WITH me AS (SELECT $1::uuid AS id),
    lineage AS (
      SELECT id FROM me
      UNION SELECT o.successor_id FROM organisation o WHERE o.id = (SELECT id FROM me) AND o.successor_id IS NOT NULL
      UNION SELECT o.id FROM organisation o WHERE o.successor_id = (SELECT id FROM me)
    ),
    supported AS (
      SELECT r.to_organisation_id AS id FROM organisation_relationship r
      WHERE r.kind = 'supports' AND r.from_organisation_id = (SELECT id FROM me)
    ),
    commissioners AS (
      SELECT id FROM lineage UNION SELECT id FROM supported
      UNION SELECT o.successor_id FROM organisation o WHERE o.id IN (SELECT id FROM supported) AND o.successor_id IS NOT NULL
    )
    SELECT c.id FROM contract c WHERE c.provider_id = (SELECT id FROM me)
    UNION SELECT cc.contract_id FROM contract_commissioner cc WHERE cc.commissioner_id IN (SELECT id FROM commissioners)`;
}

/**
 * SQL that is true when the caller may see what a provider reports for a contract year (its submissions and
 * their reviews): the provider itself, and commissioners, CSUs and admins through the contracts they can see
 * for that year. Parameters: $1 the caller's organisation, $2 the provider and $3 the year, unless `yearSql`
 * and `providerSql` name other expressions (columns, to ask it of every row).
 */
export function providerYearVisibleSql(
  principal: Principal,
  yearSql = '$3',
  providerSql = '$2::uuid',
): string {
  // The admin's contract query takes no organisation; keep $1 typed so the parameter list stays the same.
  const contracts =
    principal.role === 'admin'
      ? `SELECT id FROM contract WHERE $1::uuid IS NOT NULL`
      : visibleContractIdsSql(principal);
  return `(
    ${providerSql} = $1::uuid
    OR EXISTS (
      SELECT 1 FROM contract c
      WHERE c.provider_id = ${providerSql} AND c.contract_year = ${yearSql} AND c.id IN (${contracts})
    )
  )`;
}

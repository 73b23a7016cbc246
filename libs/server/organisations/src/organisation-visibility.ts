import type { Principal } from '@wres/server/core/auth';

/**
 * SQL for the ids of the organisations a caller may see, derived only from organisation relationships:
 * - everyone sees their own organisation, its successor and its predecessors;
 * - a provider sees the commissioners that commission it;
 * - a CCG/ICB sees the providers it commissions and the CSUs that support it;
 * - a CSU sees the CCGs it supports, their successors, and the providers those CCGs commission;
 * - an admin sees everything.
 * The result is a sub-select over `$1` (the caller's organisation id) to embed in a WHERE clause.
 */
export function visibleOrganisationIdsSql(principal: Principal): string {
  if (principal.role === 'admin') return 'SELECT id FROM organisation';
  return `
    WITH me AS (SELECT $1::uuid AS id),
    supported AS (
      SELECT r.to_organisation_id AS id FROM organisation_relationship r
      WHERE r.kind = 'supports' AND r.from_organisation_id = (SELECT id FROM me)
    ),
    commissioners AS (
      SELECT id FROM me UNION SELECT id FROM supported
      UNION SELECT o.successor_id FROM organisation o WHERE o.id IN (SELECT id FROM supported) AND o.successor_id IS NOT NULL
    ),
    -- Succession chains are one step (a CCG to its ICB), so no recursion is needed.
    lineage AS (
      SELECT id FROM me
      UNION SELECT o.successor_id FROM organisation o WHERE o.id = (SELECT id FROM me) AND o.successor_id IS NOT NULL
      UNION SELECT o.id FROM organisation o WHERE o.successor_id = (SELECT id FROM me)
    )
    SELECT id FROM lineage
    UNION SELECT id FROM commissioners
    UNION SELECT r.to_organisation_id FROM organisation_relationship r
      WHERE r.kind = 'commissions' AND r.from_organisation_id IN (SELECT id FROM commissioners)
    UNION SELECT r.from_organisation_id FROM organisation_relationship r
      WHERE r.to_organisation_id = (SELECT id FROM me)`;
}

import type { Principal } from '@wres/server/core/auth';
import { visibleContractIdsSql } from '@wres/server/contracts';

/**
 * SQL that is true when the caller may see a provider's submissions for a contract year, from organisation
 * relationships only: a provider sees its own; a commissioner, CSU or admin sees those of providers whose
 * contracts for that year it can see. Parameters: $1 the caller's organisation, $2 the provider, $3 the year.
 */
export function submissionVisibleSql(principal: Principal): string {
  // The admin's contract query takes no organisation; keep $1 typed so the parameter list stays the same.
  const contracts =
    principal.role === 'admin'
      ? `SELECT id FROM contract WHERE $1::uuid IS NOT NULL`
      : visibleContractIdsSql(principal);
  return `(
    $2::uuid = $1::uuid
    OR EXISTS (
      SELECT 1 FROM contract c
      WHERE c.provider_id = $2::uuid AND c.contract_year = $3 AND c.id IN (${contracts})
    )
  )`;
}

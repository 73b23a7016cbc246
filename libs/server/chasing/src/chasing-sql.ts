import type { AppConfig } from '@wres/server/core/config';

/** Where the contract year, the caller's organisation and the clause are in a query's parameters. */
export interface CoordinatedParameters {
  year: string;
  commissioner: string;
  clause: string;
}

/**
 * True when the caller's organisation co-ordinates the provider's contract for the year and the clause (the
 * WRES annual report) applies: whom a commissioner may chase. `providerSql` names the provider's id (a column
 * or parameter); the other values are parameters, by default $2 the year, $3 the organisation, $4 the clause.
 */
export function coordinatedProvidersSql(
  providerSql: string,
  { year, commissioner, clause }: CoordinatedParameters = { year: '$2', commissioner: '$3', clause: '$4' },
): string {
  return `EXISTS (
      SELECT 1 FROM contract c JOIN contract_commissioner cc ON cc.contract_id = c.id
      WHERE c.provider_id = ${providerSql} AND c.contract_year = ${year} AND cc.is_coordinating
        AND cc.commissioner_id = ${commissioner}::uuid)
    AND EXISTS (
      SELECT 1 FROM obligation o
      WHERE o.provider_id = ${providerSql} AND o.contract_year = ${year} AND o.clause = ${clause} AND o.applies)`;
}

/** The active users who submit for the providers in $1 (uuid[]): whom chasing emails go to. */
export const providerUsersSql = `
  SELECT id AS user_id, email, display_name, organisation_id FROM app_user
  WHERE role = 'provider-submitter' AND status = 'active' AND organisation_id = ANY($1::uuid[])
  ORDER BY email`;

/** Where a provider's WRES reports are, in the portal: the link every chasing email carries. */
export function reportsLink(config: AppConfig, providerId: string): string {
  return `${config.http.publicUrl}/reports/${providerId}`;
}

/** Where a provider's action plan for a year is, in the portal: the link every action reminder carries. */
export function actionPlanLink(config: AppConfig, providerId: string, contractYear: string): string {
  return `${config.http.publicUrl}/action-plans/${providerId}/${contractYear.replace('/', '-')}`;
}

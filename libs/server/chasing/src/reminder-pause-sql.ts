/**
 * True when a co-ordinating commissioner has paused the automatic reminders for the provider and contract
 * year named by the two SQL expressions (columns or parameters). The reminder sweep skips such rows.
 */
export function reminderPausedSql(providerSql: string, yearSql: string): string {
  return `EXISTS (
      SELECT 1 FROM reminder_pause rp
      WHERE rp.provider_id = ${providerSql} AND rp.contract_year = ${yearSql} AND rp.resumed_at IS NULL)`;
}

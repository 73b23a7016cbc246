import { renderEmail } from '@wres/server/core/mail';
import type { EmailTemplateData } from '@wres/server/core/mail';
import { CHASING_EMAIL_LABELS, CHASING_EMAIL_TEMPLATES } from '@wres/shared/contracts';
import type { ChasingEmail, ChasingEmailTemplate } from '@wres/shared/contracts';

/** The templates, as a query parameter. */
export const CHASING_TEMPLATE_NAMES: string[] = [...CHASING_EMAIL_TEMPLATES];

/** An outbox row with the person and provider it went to, as the chasing queries select it. */
export interface ChasingEmailRow {
  id: string;
  template: ChasingEmailTemplate;
  recipient: string;
  recipient_name: string;
  provider_id: string;
  provider_name: string;
  provider_ods_code: string;
  subject: string | null;
  data: Record<string, unknown>;
  status: ChasingEmail['status'];
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
}

/**
 * The columns of ChasingEmailRow, from `e` (outbound_email), `u` (app_user, the recipient) and `p` (the
 * provider organisation). A user is found by address: the outbox keeps the address, lower-cased as users' are.
 */
export const CHASING_EMAIL_COLUMNS = `
  e.id, e.template, e.recipient, u.display_name AS recipient_name, p.id AS provider_id, p.name AS provider_name,
  p.ods_code AS provider_ods_code, e.subject, e.data, e.status, e.attempts, e.last_error, e.created_at, e.sent_at`;

/** The year's chasing emails, given `e` and the contract year as `yearSql`. */
export function chasingEmailOfYearSql(yearSql: string, templatesSql: string): string {
  return `e.template = ANY(${templatesSql}::text[]) AND e.data->>'contractYear' = ${yearSql}`;
}

export function toChasingEmail(row: ChasingEmailRow): ChasingEmail {
  return {
    id: row.id,
    provider: { id: row.provider_id, name: row.provider_name, odsCode: row.provider_ods_code },
    recipient: row.recipient,
    recipientName: row.recipient_name,
    template: row.template,
    subject: row.subject ?? subjectOf(row),
    status: row.status,
    attempts: row.attempts,
    error: row.last_error,
    createdAt: row.created_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
  };
}

/** The subject is stored once sent; for one pending or failed, render it as it was (or will be) sent. */
function subjectOf(row: ChasingEmailRow): string {
  try {
    return renderEmail(row.template, row.data as unknown as EmailTemplateData[typeof row.template]).subject;
  } catch {
    return CHASING_EMAIL_LABELS[row.template];
  }
}

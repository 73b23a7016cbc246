import { formatPounds, isPence } from '@wres/domain/scope';
import { PROVIDER_KIND_LABELS } from '@wres/shared/contracts';
import type { ProviderKind, RuleSetRecord } from '@wres/shared/contracts';
import { formatCalendarDate } from '@wres/web/shared/ui';

/** Pence as people read money: "£200,000". */
export function thresholdInPounds(pence: number): string {
  return isPence(pence) ? formatPounds(pence) : '';
}

/** "NHS trust, NHS foundation trust". */
export function providerKindsInWords(kinds: readonly ProviderKind[]): string {
  return kinds.length === 0 ? 'No providers' : kinds.map((kind) => PROVIDER_KIND_LABELS[kind]).join(', ');
}

/** "As shipped" or "Edited by Ada Admin on 1 April 2025". */
export function ruleSetSourceInWords(record: RuleSetRecord): string {
  if (record.source === 'shipped') return 'As shipped';
  const who = record.updatedBy ? ` by ${record.updatedBy.displayName}` : '';
  const when = record.updatedAt ? ` on ${formatCalendarDate(record.updatedAt.slice(0, 10))}` : '';
  return `Edited${who}${when}`;
}

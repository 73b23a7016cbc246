import { formatPounds, isPence, parsePounds } from '@wres/domain/scope';

/** Pence as people read money: "£1,234,567", with pence only when there are some ("£1,234.50"). */
export function formatMoney(pence: number): string {
  return isPence(pence) ? formatPounds(pence) : '';
}

/** What someone types as pounds ("£180,000", "180000", "180000.50") as integer pence; null when it is not money. */
export function parseMoney(text: string): number | null {
  return parsePounds(text.replace(/\s+/g, ''));
}

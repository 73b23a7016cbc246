import { INDICATOR_DESCRIPTIONS } from '@wres/domain/reporting';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '@wres/domain/wres';
import { DASHBOARD_INDICATORS } from '@wres/shared/contracts';
import type { DashboardIndicator } from '@wres/shared/contracts';

/** What each exported table holds, in words for its download link. No Angular here. */

const COMMISSIONER_TABLES: Readonly<Record<string, string>> = {
  scope: 'Scope',
  reports: 'Annual reports',
  assurance: 'Assurance',
  providers: 'Providers, report status and headline indicators',
};

const CSU_TABLES: Readonly<Record<string, string>> = {
  reporting: 'Reporting rate and timeliness by commissioner',
  providers: 'Each provider’s figures',
  distribution: 'Spread of each indicator across providers',
};

function isDashboardIndicator(value: string): value is DashboardIndicator {
  return (DASHBOARD_INDICATORS as readonly string[]).includes(value);
}

export function exportTableLabel(dashboard: 'commissioner' | 'csu', table: string): string {
  const known = (dashboard === 'commissioner' ? COMMISSIONER_TABLES : CSU_TABLES)[table];
  if (known) return known;
  const indicator = table.replace(/^pooled-/, '');
  if (table.startsWith('pooled-') && isDashboardIndicator(indicator)) {
    return `Pooled: ${INDICATOR_DESCRIPTIONS[indicator].title}`;
  }
  return table;
}

/** Exports leave the screen, so the API always suppresses them (domain: small numbers and disclosure). */
export function exportSuppressionNote(threshold: number = DEFAULT_SUPPRESSION_THRESHOLD): string {
  return (
    `Downloads always hide small numbers, whoever downloads them: counts from 1 to ${threshold - 1} show as R, ` +
    'figures worked out from them as R or R%, and zeros as –.'
  );
}

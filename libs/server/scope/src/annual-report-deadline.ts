import { milestoneDueDate } from '@wres/domain/calendar';
import type { ReportingCycleCatalogue } from './reporting-cycle.catalogue';

/** The last day in time for a year's annual report; null for a year without a calendar. */
export async function annualReportDueDate(
  cycles: ReportingCycleCatalogue,
  contractYear: string,
): Promise<string | null> {
  const cycle = await cycles.cycleOrNull(contractYear);
  const milestone = cycle?.milestones.find((m) => m.kind === 'annual-report');
  return milestone ? milestoneDueDate(milestone) : null;
}

import { milestoneDueDate, UnknownReportingCycleError } from '@wres/domain/calendar';
import type { ReportingCycleCatalogue } from '@wres/server/scope';

/** The last day in time for a year's annual report; null for a year without a calendar. */
export async function annualReportDueDate(
  cycles: ReportingCycleCatalogue,
  contractYear: string,
): Promise<string | null> {
  const cycle = await cycles.cycleFor(contractYear).catch((error: unknown) => {
    if (error instanceof UnknownReportingCycleError) return null;
    throw error;
  });
  const milestone = cycle?.milestones.find((m) => m.kind === 'annual-report');
  return milestone ? milestoneDueDate(milestone) : null;
}

import { Injectable } from '@nestjs/common';
import { cloneCycle, findCycle, shippedCycles, UnknownReportingCycleError } from '@wres/domain/calendar';
import type { ReportingCycle } from '@wres/domain/calendar';

/**
 * Where each contract year's milestones come from. An abstract class so it can be the injection token:
 * admins will edit later years' dates (some moved to 1 August), as with rule sets.
 */
export abstract class ReportingCycleCatalogue {
  /** The cycle for one year; rejects with the domain's errors for a malformed year or one without a cycle. */
  abstract cycleFor(contractYear: string): Promise<ReportingCycle>;

  /** The same, or null for a year without a cycle: it still has obligations, just no dates yet. */
  cycleOrNull(contractYear: string): Promise<ReportingCycle | null> {
    return this.cycleFor(contractYear).catch((error: unknown) => {
      if (error instanceof UnknownReportingCycleError) return null;
      throw error;
    });
  }
}

/** The cycles the product ships: 2015/16 from the guidance and later years shifted from it. */
@Injectable()
export class ShippedReportingCycleCatalogue extends ReportingCycleCatalogue {
  private readonly cycles = shippedCycles();

  async cycleFor(contractYear: string): Promise<ReportingCycle> {
    return cloneCycle(findCycle(this.cycles, contractYear));
  }
}

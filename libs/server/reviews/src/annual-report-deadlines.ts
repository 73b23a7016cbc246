import { Injectable } from '@nestjs/common';
import { annualReportDueDate, ReportingCycleCatalogue } from '@wres/server/scope';

/** The annual report's due dates by year, for the checklist's "on time" item and wording. */
@Injectable()
export class AnnualReportDeadlines {
  constructor(private readonly cycles: ReportingCycleCatalogue) {}

  dueDate(contractYear: string): Promise<string | null> {
    return annualReportDueDate(this.cycles, contractYear);
  }

  /** Due dates for many years, each cycle read once. */
  async dueDates(contractYears: Iterable<string>): Promise<Map<string, string | null>> {
    const years = [...new Set(contractYears)];
    const dates = await Promise.all(years.map((year) => this.dueDate(year)));
    return new Map(years.map((year, index) => [year, dates[index]]));
  }
}

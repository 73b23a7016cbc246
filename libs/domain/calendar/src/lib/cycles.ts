import {
  type ContractYear,
  parseContractYear,
  contractYearsBetween,
  deepFreeze,
  findForContractYear,
  nextContractYear,
} from '@wres/domain/scope';
import { addYears } from './calendar-date';
import type { ReportingCycle } from './reporting-cycle.model';

export const REFERENCE_CYCLE_YEAR: ContractYear = '2015/16';
export const LAST_SHIPPED_CYCLE_YEAR: ContractYear = '2025/26';

/** 2015/16 milestones from NHS England's July 2015 guidance for CCGs, sections 3.4 and 6. */
export const REFERENCE_CYCLE: Readonly<ReportingCycle> = deepFreeze({
  contractYear: REFERENCE_CYCLE_YEAR,
  clauses: ['SC13.5.2'],
  minimumInterimReports: 1,
  milestones: [
    { kind: 'baseline-data', date: '2015-04-01', timing: 'as-at' },
    { kind: 'commissioner-letter-publication', date: '2015-07-01', timing: 'before' },
    { kind: 'publication', date: '2015-07-01', timing: 'by' },
    // "During 2015-16": with no date of the commissioner's own, the year's last day.
    { kind: 'interim-report', date: '2016-03-31', timing: 'by' },
    { kind: 'commissioner-reminder-annual-report', date: '2016-05-01', timing: 'before' },
    { kind: 'annual-report', date: '2016-05-01', timing: 'by' },
  ],
});

export function cloneCycle(cycle: Readonly<ReportingCycle>): ReportingCycle {
  return structuredClone(cycle) as ReportingCycle;
}

/** Another year's cycle with every date moved by the same number of years: the starting point for edits. */
export function copyCycleForYear(
  cycle: Readonly<ReportingCycle>,
  contractYear: ContractYear,
): ReportingCycle {
  const years = parseContractYear(contractYear).startYear - parseContractYear(cycle.contractYear).startYear;
  const copy = cloneCycle(cycle);
  return {
    ...copy,
    contractYear,
    milestones: copy.milestones.map((milestone) => ({ ...milestone, date: addYears(milestone.date, years) })),
  };
}

export function rollCycleForward(cycle: Readonly<ReportingCycle>): ReportingCycle {
  return copyCycleForYear(cycle, nextContractYear(cycle.contractYear));
}

/**
 * The cycles the product ships: 2015/16 and, shifted from it year by year, 2016/17 to 2025/26. Later dates
 * were not confirmed (some moved to 1 August), so these are editable settings. Fresh copies each call.
 */
export function shippedCycles(): ReportingCycle[] {
  return contractYearsBetween(REFERENCE_CYCLE_YEAR, LAST_SHIPPED_CYCLE_YEAR).map((contractYear) =>
    copyCycleForYear(REFERENCE_CYCLE, contractYear),
  );
}

export class UnknownReportingCycleError extends Error {
  constructor(
    readonly contractYear: string,
    readonly knownContractYears: readonly ContractYear[],
  ) {
    super(
      `No reporting cycle for contract year ${contractYear}` +
        (knownContractYears.length > 0
          ? `; cycles exist for ${knownContractYears.join(', ')}.`
          : '; none exist.'),
    );
    this.name = 'UnknownReportingCycleError';
  }
}

export function findCycle<T extends Pick<ReportingCycle, 'contractYear'>>(
  cycles: readonly T[],
  contractYear: string,
): T {
  return findForContractYear(
    cycles,
    contractYear,
    (year, known) => new UnknownReportingCycleError(year, known),
  );
}

import { type ValidationProblem, contractYearEnd, contractYearStart } from '@wres/domain/scope';
import { addDays, compareDates, formatLongDate, isIsoDate, parseIsoDate } from './calendar-date';
import {
  type Actor,
  type Deadline,
  type InterimReportRequest,
  MILESTONE_KINDS,
  type Milestone,
  type MilestoneKind,
  type ReportingCycle,
} from './reporting-cycle.model';

export class CalendarInputError extends Error {
  constructor(readonly problems: ValidationProblem[]) {
    super(
      `Invalid calendar input: ${problems.map((problem) => `${problem.path} ${problem.message}`).join('; ')}.`,
    );
    this.name = 'CalendarInputError';
  }
}

/** The last day that is still in time: "before 1 July" means 30 June; "by" and "as at" mean the day itself. */
export function milestoneDueDate(milestone: Pick<Milestone, 'date' | 'timing'>): string {
  return milestone.timing === 'before' ? addDays(milestone.date, -1) : parseIsoDate(milestone.date);
}

export function actorFor(kind: MilestoneKind): Actor {
  return kind.startsWith('commissioner-') ? 'commissioner' : 'provider';
}

export interface DeadlineQuestion {
  cycle: ReportingCycle;
  /** An obligation from a scope decision; one that does not apply has no deadlines. */
  obligation: { clause: string; applies?: boolean };
  /** Interim reports the commissioner has asked this provider for under this obligation. */
  interimReportRequests?: readonly InterimReportRequest[];
}

/**
 * The dated deadlines an obligation has in its year's cycle, earliest first. Where the commissioner has
 * asked for fewer interim reports than the cycle's minimum, the shortfall falls due on the cycle's
 * interim-report date, so the gap is visible and can be chased.
 */
export function deriveDeadlines(question: DeadlineQuestion): Deadline[] {
  const { cycle, obligation } = question;
  const requests = question.interimReportRequests ?? [];
  if (obligation.applies === false || !cycle.clauses.includes(obligation.clause)) return [];
  const problems = requests.flatMap((request, index) =>
    requestDateProblems(request, `interimReportRequests[${index}]`),
  );
  if (problems.length > 0) throw new CalendarInputError(problems);

  const { clause } = obligation;
  const { contractYear } = cycle;
  const keyOf = (kind: MilestoneKind, suffix?: string) =>
    [clause, contractYear, kind, suffix].filter((part) => part !== undefined).join(':');
  const milestoneOf = (kind: MilestoneKind) => cycle.milestones.find((milestone) => milestone.kind === kind);
  const annualReport = milestoneOf('annual-report');

  const deadlines: Deadline[] = [];
  for (const milestone of cycle.milestones) {
    const base = {
      clause,
      contractYear,
      kind: milestone.kind,
      actor: actorFor(milestone.kind),
      dueDate: milestoneDueDate(milestone),
      timing: milestone.timing,
    };
    if (milestone.kind !== 'interim-report') {
      const description = describe(milestone, cycle, annualReport);
      deadlines.push({ key: keyOf(milestone.kind), ...base, description });
      continue;
    }
    for (const request of requests) {
      const note = request.note?.trim() ? ` (${request.note.trim()})` : '';
      deadlines.push({
        ...base,
        key: keyOf('interim-report', request.id),
        dueDate: request.dueDate,
        timing: 'by',
        description: `Send the interim report the commissioner asked for${note} by ${formatLongDate(request.dueDate)}.`,
        interimReportRequestId: request.id,
      });
    }
    const shortfall = Math.max(0, cycle.minimumInterimReports - requests.length);
    for (let index = 1; index <= shortfall; index++) {
      const count =
        cycle.minimumInterimReports === 1
          ? 'at least one interim report'
          : `interim report ${requests.length + index} of at least ${cycle.minimumInterimReports}`;
      deadlines.push({
        key: keyOf('interim-report', `default-${index}`),
        ...base,
        description:
          `Send ${count} during ${contractYear} on the steps taken to address specific indicators, ` +
          `by ${formatLongDate(milestone.date)}.`,
      });
    }
  }
  return deadlines.sort(
    (a, b) =>
      compareDates(a.dueDate, b.dueDate) || MILESTONE_KINDS.indexOf(a.kind) - MILESTONE_KINDS.indexOf(b.kind),
  );
}

function describe(milestone: Milestone, cycle: ReportingCycle, annualReport: Milestone | undefined): string {
  const when = `${milestone.timing === 'before' ? 'before' : 'by'} ${formatLongDate(milestone.date)}`;
  switch (milestone.kind) {
    case 'baseline-data':
      return `Baseline data is taken as at ${formatLongDate(milestone.date)}.`;
    case 'commissioner-letter-publication':
      return (
        `Commissioner to write to the provider ${when} asking it to confirm it will publish its baseline data ` +
        'and send a copy and the web link.'
      );
    case 'publication':
      return (
        `Publish the baseline data, with any shortcomings and plans to address them, ${when}, and send the ` +
        'commissioner a copy and the web link.'
      );
    case 'commissioner-reminder-annual-report': {
      const due = annualReport ? ` by ${formatLongDate(annualReport.date)}` : '';
      return `Commissioner to remind the provider ${when} that its annual report must be published${due}.`;
    }
    case 'annual-report':
      return (
        `Publish the annual report, with data to ${formatLongDate(contractYearEnd(cycle.contractYear))}, ${when}: ` +
        "to the co-ordinating commissioner, on the provider's website at its own web address, and to its Board."
      );
    case 'interim-report':
      return `Send at least one interim report ${when}.`;
  }
}

function requestDateProblems(request: InterimReportRequest, path: string): ValidationProblem[] {
  return isIsoDate(request?.dueDate)
    ? []
    : [{ path: `${path}.dueDate`, message: 'must be a calendar date written YYYY-MM-DD' }];
}

/**
 * A commissioner's new interim-report request, checked against the cycle and the requests already made;
 * returns the requests in due-date order, or throws with every problem.
 */
export function addInterimReportRequest(
  cycle: ReportingCycle,
  existing: readonly InterimReportRequest[],
  request: InterimReportRequest,
): InterimReportRequest[] {
  const problems: ValidationProblem[] = [];
  if (typeof request.id !== 'string' || request.id.trim() === '') {
    problems.push({ path: 'id', message: 'must identify the request' });
  } else if (existing.some((other) => other.id === request.id)) {
    problems.push({ path: 'id', message: `repeats an existing request (${request.id})` });
  }
  if (request.note !== undefined && typeof request.note !== 'string') {
    problems.push({ path: 'note', message: 'must be text' });
  }
  if (!isIsoDate(request.dueDate)) {
    problems.push({ path: 'dueDate', message: 'must be a calendar date written YYYY-MM-DD' });
  } else {
    const start = contractYearStart(cycle.contractYear);
    const end = contractYearEnd(cycle.contractYear);
    if (compareDates(request.dueDate, start) < 0 || compareDates(request.dueDate, end) > 0) {
      problems.push({
        path: 'dueDate',
        message: `must fall during ${cycle.contractYear} (${formatLongDate(start)} to ${formatLongDate(end)})`,
      });
    }
  }
  if (problems.length > 0) throw new CalendarInputError(problems);
  return [...existing, { ...request }].sort((a, b) => compareDates(a.dueDate, b.dueDate));
}

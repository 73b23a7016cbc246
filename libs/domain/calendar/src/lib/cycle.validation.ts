import {
  type ValidationProblem,
  contractYearEnd,
  contractYearStart,
  isContractYear,
} from '@wres/domain/scope';
import { addYears, compareDates, formatLongDate, isIsoDate } from './calendar-date';
import { milestoneDueDate } from './deadlines';
import {
  MILESTONE_KINDS,
  MILESTONE_TIMINGS,
  type Milestone,
  type MilestoneKind,
  type ReportingCycle,
} from './reporting-cycle.model';

export class InvalidReportingCycleError extends Error {
  constructor(readonly problems: ValidationProblem[]) {
    super(
      `Invalid reporting cycle: ${problems.map((problem) => `${problem.path} ${problem.message}`).join('; ')}.`,
    );
    this.name = 'InvalidReportingCycleError';
  }
}

interface Placed {
  milestone: Milestone;
  path: string;
}

/**
 * Every problem with a cycle as an admin edited it (so from untyped input), by field path such as
 * `milestones[2].date`. Order rules are checked on the last day in time of each milestone.
 */
export function validateCycle(candidate: unknown, path = ''): ValidationProblem[] {
  const at = (child: string) => (path === '' ? child : `${path}.${child}`);
  if (!isRecord(candidate)) return [{ path: path || '(cycle)', message: 'must be an object' }];
  const problems: ValidationProblem[] = [];

  const contractYear = candidate['contractYear'];
  const yearIsValid = isContractYear(contractYear);
  if (!yearIsValid) {
    problems.push({ path: at('contractYear'), message: 'must be a contract year written like "2015/16"' });
  }

  const minimum = candidate['minimumInterimReports'];
  if (typeof minimum !== 'number' || !Number.isInteger(minimum) || minimum < 0 || minimum > 12) {
    problems.push({ path: at('minimumInterimReports'), message: 'must be a whole number from 0 to 12' });
  }

  problems.push(...validateClauses(candidate['clauses'], at('clauses')));

  const milestones = candidate['milestones'];
  if (!Array.isArray(milestones)) {
    problems.push({ path: at('milestones'), message: 'must be a list of milestones' });
    return problems;
  }
  const placed = new Map<MilestoneKind, Placed>();
  milestones.forEach((milestone: unknown, index) => {
    const milestonePath = `${at('milestones')}[${index}]`;
    const found = validateMilestone(milestone, milestonePath, problems);
    if (found === null) return;
    const first = placed.get(found.kind);
    if (first !== undefined) {
      problems.push({ path: `${milestonePath}.kind`, message: `repeats ${first.path}.kind` });
    } else placed.set(found.kind, { milestone: found, path: milestonePath });
  });
  for (const kind of MILESTONE_KINDS) {
    const kindIsPresent = milestones.some(
      (milestone: unknown) => isRecord(milestone) && milestone['kind'] === kind,
    );
    if (!kindIsPresent) problems.push({ path: at('milestones'), message: `has no ${kind} milestone` });
  }
  if (yearIsValid) problems.push(...orderProblems(contractYear, placed));
  return problems;
}

/** Every problem across a collection of cycles, including two for the same year. */
export function validateCycles(candidates: unknown): ValidationProblem[] {
  if (!Array.isArray(candidates))
    return [{ path: '(cycles)', message: 'must be a list of reporting cycles' }];
  const problems: ValidationProblem[] = [];
  const seen = new Map<unknown, number>();
  candidates.forEach((candidate: unknown, index) => {
    problems.push(...validateCycle(candidate, `[${index}]`));
    if (!isRecord(candidate)) return;
    const first = seen.get(candidate['contractYear']);
    if (first === undefined) seen.set(candidate['contractYear'], index);
    else problems.push({ path: `[${index}].contractYear`, message: `repeats [${first}].contractYear` });
  });
  return problems;
}

export function assertValidCycle(candidate: unknown): asserts candidate is ReportingCycle {
  const problems = validateCycle(candidate);
  if (problems.length > 0) throw new InvalidReportingCycleError(problems);
}

function validateClauses(clauses: unknown, path: string): ValidationProblem[] {
  if (!Array.isArray(clauses)) return [{ path, message: 'must be a list of clauses' }];
  if (clauses.length === 0) return [{ path, message: 'must name at least one clause' }];
  const problems: ValidationProblem[] = [];
  const seen = new Set<string>();
  clauses.forEach((clause: unknown, index) => {
    if (typeof clause !== 'string' || clause.trim() === '' || clause !== clause.trim()) {
      problems.push({ path: `${path}[${index}]`, message: 'must name a clause, e.g. "SC13.5.2"' });
    } else if (seen.has(clause)) {
      problems.push({ path: `${path}[${index}]`, message: `repeats ${clause}` });
    } else seen.add(clause);
  });
  return problems;
}

/** Adds the milestone's own problems; returns it when it is sound enough to check its order. */
function validateMilestone(
  milestone: unknown,
  path: string,
  problems: ValidationProblem[],
): Milestone | null {
  if (!isRecord(milestone)) {
    problems.push({ path, message: 'must be an object' });
    return null;
  }
  const { kind, date, timing } = milestone;
  const before = problems.length;
  if (!(MILESTONE_KINDS as readonly unknown[]).includes(kind)) {
    problems.push({ path: `${path}.kind`, message: `must be one of ${MILESTONE_KINDS.join(', ')}` });
  }
  if (!isIsoDate(date)) {
    problems.push({ path: `${path}.date`, message: 'must be a calendar date written YYYY-MM-DD' });
  }
  if (!(MILESTONE_TIMINGS as readonly unknown[]).includes(timing)) {
    problems.push({ path: `${path}.timing`, message: `must be one of ${MILESTONE_TIMINGS.join(', ')}` });
  } else if ((kind === 'baseline-data') !== (timing === 'as-at')) {
    problems.push({
      path: `${path}.timing`,
      message: kind === 'baseline-data' ? 'must be as-at for baseline data' : 'must be by or before',
    });
  }
  return problems.length === before ? (milestone as unknown as Milestone) : null;
}

function orderProblems(contractYear: string, placed: Map<MilestoneKind, Placed>): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const start = contractYearStart(contractYear);
  const end = contractYearEnd(contractYear);
  const earliest = addYears(start, -1);
  const latest = addYears(end, 1);
  const long = formatLongDate;

  for (const { milestone, path } of placed.values()) {
    if (compareDates(milestone.date, earliest) < 0 || compareDates(milestone.date, latest) > 0) {
      problems.push({ path: `${path}.date`, message: `is more than a year outside ${contractYear}` });
    }
  }
  const due = (kind: MilestoneKind) => {
    const found = placed.get(kind);
    return found && { ...found, due: milestoneDueDate(found.milestone) };
  };
  const baseline = due('baseline-data');
  const letter = due('commissioner-letter-publication');
  const publication = due('publication');
  const interim = due('interim-report');
  const reminder = due('commissioner-reminder-annual-report');
  const annual = due('annual-report');

  if (baseline && publication && compareDates(publication.due, baseline.due) <= 0) {
    problems.push({
      path: `${publication.path}.date`,
      message: `must be after the baseline data date (${long(baseline.milestone.date)})`,
    });
  }
  if (letter && publication && compareDates(letter.due, publication.due) >= 0) {
    problems.push({
      path: `${letter.path}.date`,
      message: `must leave time before publication (last day ${long(publication.due)})`,
    });
  }
  if (interim && (compareDates(interim.due, start) < 0 || compareDates(interim.due, end) > 0)) {
    problems.push({
      path: `${interim.path}.date`,
      message: `must fall during ${contractYear} (${long(start)} to ${long(end)})`,
    });
  }
  if (annual && compareDates(annual.due, start) <= 0) {
    problems.push({
      path: `${annual.path}.date`,
      message: `must be after the cycle starts (${long(start)})`,
    });
  }
  if (annual && publication && compareDates(annual.due, publication.due) <= 0) {
    problems.push({
      path: `${annual.path}.date`,
      message: `must be after baseline publication (${long(publication.milestone.date)})`,
    });
  }
  if (reminder && annual && compareDates(reminder.due, annual.due) >= 0) {
    problems.push({
      path: `${reminder.path}.date`,
      message: `must leave time before the annual report (last day ${long(annual.due)})`,
    });
  }
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import type {
  FieldProblem,
  Reviewer,
  ReviewAssignmentRequest,
  ReviewAssignmentResult,
  ReviewQueueRow,
} from '@wres/shared/contracts';
import type { ErrorSummaryItem, FieldErrors, SelectOption } from '@wres/web/shared/ui';

/**
 * Giving reports on the review queue to a reviewer: which rows can be chosen, the form's checks, the API's
 * problems on the page's fields, and what to say once done. No Angular here.
 */

/** Field ids, by the request's property paths where there is one, so the API's problems land on their field. */
export const REPORTS_FIELD = 'reports';
export const REVIEWER_FIELD = 'reviewerId';
/** The reviewer choice that takes the reports back. */
export const NOBODY = 'nobody';

type ReportRef = Pick<ReviewQueueRow, 'providerId' | 'contractYear'>;

/** "1 report", "3 reports". */
function countText(count: number): string {
  return `${count} ${count === 1 ? 'report' : 'reports'}`;
}

/** One report, as the page's selection holds it. */
export function reportKey(report: ReportRef): string {
  return `${report.providerId}|${report.contractYear}`;
}

/** A report's checkbox: by provider and year, so the id stays the same whatever the filters show. */
export function reportFieldId(report: ReportRef): string {
  return `report-${report.providerId}-${report.contractYear.replace('/', '-')}`;
}

/** Only the co-ordinating commissioner assigns, and only while the report is undecided. */
export function isAssignable(row: ReviewQueueRow, canAssign: boolean): boolean {
  return canAssign && row.coordinating && row.state !== 'assured' && row.state !== 'not-assured';
}

/** Each reviewer by name (the caller marked), then "Nobody", which takes the reports back. */
export function assigneeOptions(reviewers: readonly Reviewer[], meId: string | null): SelectOption[] {
  return [
    ...reviewers.map((reviewer) => ({
      value: reviewer.userId,
      text: reviewer.userId === meId ? `${reviewer.displayName} (you)` : reviewer.displayName,
    })),
    { value: NOBODY, text: 'Nobody (remove reviewer)' },
  ];
}

/** "No reports selected", "2 reports selected". */
export function selectedText(count: number): string {
  return count === 0 ? 'No reports selected' : `${countText(count)} selected`;
}

export function validateAssignment(selected: readonly ReportRef[], assignee: string): FieldErrors {
  const errors: FieldErrors = {};
  if (selected.length === 0) errors[REPORTS_FIELD] = 'Select the reports to assign';
  if (!assignee) errors[REVIEWER_FIELD] = 'Choose who will review the reports, or nobody';
  return errors;
}

/** The request to send, once the form is valid. */
export function toAssignmentRequest(
  selected: readonly ReportRef[],
  assignee: string,
): ReviewAssignmentRequest {
  return {
    reports: selected.map((report) => ({ providerId: report.providerId, contractYear: report.contractYear })),
    reviewerId: assignee === NOBODY ? null : assignee,
  };
}

/**
 * The API's problems on the page's fields: `reports[2]` is the third report sent, so it goes on that report's
 * checkbox; anything else without a field on the page is returned as other.
 */
export function assignmentProblemsToErrors(
  problems: readonly FieldProblem[],
  sent: readonly ReportRef[],
): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  const add = (fieldId: string, message: string) => {
    fields[fieldId] = fields[fieldId] ? `${fields[fieldId]}. ${message}` : message;
  };
  for (const problem of problems) {
    const message = problem.messages.join('. ');
    if (!message) continue;
    const report = /^reports\[(\d+)\]/.exec(problem.path);
    const target = report ? sent[Number(report[1])] : undefined;
    if (target) add(reportFieldId(target), message);
    else if (problem.path === REVIEWER_FIELD) add(REVIEWER_FIELD, message);
    else if (problem.path === REPORTS_FIELD) add(REPORTS_FIELD, message);
    else other.push(message);
  }
  return { fields, other };
}

/**
 * The error summary, in the order the fields appear: the choice of reports (linking to the first checkbox),
 * each report's own problem, then the reviewer.
 */
export function assignmentSummary(errors: FieldErrors, rows: readonly ReportRef[]): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] = [];
  const reports = errors[REPORTS_FIELD];
  if (reports) items.push({ text: reports, ...(rows[0] ? { fieldId: reportFieldId(rows[0]) } : {}) });
  for (const row of rows) {
    const text = errors[reportFieldId(row)];
    if (text) items.push({ text, fieldId: reportFieldId(row) });
  }
  const reviewer = errors[REVIEWER_FIELD];
  if (reviewer) items.push({ text: reviewer, fieldId: REVIEWER_FIELD });
  return items;
}

/**
 * What the success banner says: "3 reports assigned to Dana Reviewer", "Reviewer removed from 1 report",
 * and how many already were as asked. `reviewer` is the reviewer's name ("you" for the caller), or null.
 */
export function assignedNotice(
  result: ReviewAssignmentResult,
  reviewer: string | null,
): { heading: string; lines: string[] } {
  const already = (count: number) =>
    `${countText(count)} ${count === 1 ? 'was' : 'were'} already ${
      reviewer === null ? 'without a reviewer' : `assigned to ${reviewer}`
    }`;
  if (result.assigned === 0) return { heading: capitalise(already(result.unchanged)), lines: [] };
  return {
    heading:
      reviewer === null
        ? `Reviewer removed from ${countText(result.assigned)}`
        : `${countText(result.assigned)} assigned to ${reviewer}`,
    lines: result.unchanged > 0 ? [`${capitalise(already(result.unchanged))}.`] : [],
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

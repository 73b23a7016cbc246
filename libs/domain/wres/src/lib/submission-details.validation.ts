import type { ValidationProblem } from './validation-problem.model';
import { isIsoDate } from './wres-document.validation';

const INDICATORS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** An absolute http or https address, as a published report's must be. */
export function isWebAddress(value: unknown): boolean {
  if (!isText(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The document gives a reason instead of the indicator, so there is nothing to narrate. */
function indicatorIsMissing(document: unknown, indicator: number): boolean {
  const entry = isObject(document) ? document[`indicator${indicator}`] : undefined;
  return isObject(entry) && isText(entry['missingReason']);
}

/**
 * Everything a WRES report needs beyond its counts before it can be submitted, every problem by path
 * (`details.boardSignOff.date`). A draft may lack any of it; a submission may not.
 */
export function submissionDetailsProblems(
  details: unknown,
  document: unknown,
  late: boolean,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path: `details.${path}`, message });
  const given = isObject(details) ? details : {};

  for (const [key, what] of [
    ['publishedReportUrl', 'the published WRES report'],
    ['actionPlanUrl', 'the action plan'],
  ] as const) {
    if (!isWebAddress(given[key])) add(key, `Give the web address (http or https) of ${what}`);
  }

  const signOff = isObject(given['boardSignOff']) ? given['boardSignOff'] : {};
  if (!isText(signOff['name']))
    add('boardSignOff.name', 'Give the name of who signed the report off for the board');
  if (!isText(signOff['role'])) add('boardSignOff.role', 'Give the role of who signed the report off');
  if (!isIsoDate(signOff['date']))
    add('boardSignOff.date', 'Give the date of the board sign-off (YYYY-MM-DD)');

  const lead = isObject(given['lead']) ? given['lead'] : {};
  if (!isText(lead['name'])) add('lead.name', 'Give the name of the WRES lead');
  if (!isText(lead['contact'])) add('lead.contact', 'Give a way to contact the WRES lead');

  const narratives = isObject(given['narratives']) ? given['narratives'] : {};
  for (const indicator of INDICATORS) {
    if (indicatorIsMissing(document, indicator) || isText(narratives[`i${indicator}`])) continue;
    add(
      `narratives.i${indicator}`,
      `Explain indicator ${indicator}, or give a missing reason for it in the document`,
    );
  }

  if (given['accuracyDeclaration'] !== true)
    add('accuracyDeclaration', 'Declare that the information is accurate (SC28.5) before submitting');

  if (late && !isText(given['lateReason']))
    add('lateReason', 'The annual-report deadline has passed: say why the report is late');

  return problems;
}

import { formatNumber, formatPercent } from '@wres/domain/wres';
import { describeValue, formatIsoDate, labelPath } from './report-paths.model';
import {
  INDICATOR_NUMBERS,
  REPORT_SECTIONS,
  findSection,
  isObject,
  sectionOfPath,
  type DraftContent,
  type ReportRules,
  type SectionId,
} from './report-sections.model';
import { fieldForProblem, readSection, sectionForm } from './section-form.model';

/**
 * What "Check your report" shows beside the preview: the report's details with the section to change each
 * in, and every problem that stops it being submitted, each pointing at the section and field to put it
 * right. No Angular here, so it can be tested on its own.
 */

export interface ProblemInWords {
  readonly text: string;
  readonly section: SectionId | null;
  /** The field's id on the section's page. */
  readonly fieldId: string | null;
}

/**
 * The API's problems (or the same rules run in the browser) in words, in the task list's order:
 * "Indicator 2 – BME – appointed: Appointed (130) cannot be more than shortlisted (124)".
 */
export function problemsInWords(
  problems: ReadonlyArray<{ path: string; messages: readonly string[] }>,
  draft: DraftContent,
  rules: ReportRules,
): ProblemInWords[] {
  const order = (section: SectionId | null) =>
    section === null ? REPORT_SECTIONS.length : REPORT_SECTIONS.findIndex((s) => s.id === section);
  return problems
    .map((problem, index) => {
      const section = sectionOfPath(problem.path);
      const text = `${labelPath(problem.path, draft.document)}: ${problem.messages.join('. ')}`;
      return { text, section, fieldId: fieldIdFor(problem.path, section, draft, rules), index };
    })
    .sort((a, b) => order(a.section) - order(b.section) || a.index - b.index)
    .map(({ text, section, fieldId }) => ({ text, section, fieldId }));
}

function fieldIdFor(path: string, sectionId: SectionId | null, draft: DraftContent, rules: ReportRules) {
  const section = findSection(sectionId);
  if (!section) return null;
  const form = sectionForm(section, rules);
  return fieldForProblem(path, form, readSection(form, draft), draft.document)?.id ?? null;
}

export interface DetailRow {
  readonly key: string;
  readonly value: string;
  readonly section: SectionId;
  /** Words for the "Change" link's hidden text, e.g. "the board sign-off". */
  readonly change: string;
}

/** The report's details as a summary list, each row with the section to change it in. */
export function detailRows(draft: DraftContent, rules: ReportRules): DetailRow[] {
  const { document, details } = draft;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : 'Not given');
  const ethnicity = isObject(document['selfReportedEthnicity']) ? document['selfReportedEthnicity'] : {};
  const known = ethnicity['known'];
  const total = ethnicity['total'];
  const signOff = details.boardSignOff ?? {};
  const lead = details.lead ?? {};
  const rows: DetailRow[] = [
    {
      key: 'Reporting period end',
      value:
        typeof document['reportingPeriodEnd'] === 'string'
          ? formatIsoDate(document['reportingPeriodEnd'])
          : 'Not given',
      section: 'reporting-period',
      change: 'the reporting period end',
    },
    {
      key: 'Ethnicity recording',
      value:
        typeof known === 'number' && typeof total === 'number'
          ? `${formatNumber(known)} of ${formatNumber(total)} staff have self-reported their ethnicity` +
            (total > 0 ? ` (${formatPercent((100 * known) / total)})` : '')
          : 'Not given',
      section: 'reporting-period',
      change: 'the ethnicity recording',
    },
    ...INDICATOR_NUMBERS.map((indicator): DetailRow => ({
      key: `Indicator ${indicator}`,
      value:
        document[`indicator${indicator}`] === undefined
          ? 'Not given'
          : describeValue(document[`indicator${indicator}`]),
      section: `indicator-${indicator}`,
      change: `indicator ${indicator}`,
    })),
    {
      key: 'Published report',
      value: text(details.publishedReportUrl),
      section: 'links-and-sign-off',
      change: 'the published report web address',
    },
    {
      key: 'Action plan',
      value: text(details.actionPlanUrl),
      section: 'links-and-sign-off',
      change: 'the action plan web address',
    },
    {
      key: 'Board sign-off',
      value:
        [signOff.name, signOff.role, signOff.date ? formatIsoDate(signOff.date) : undefined]
          .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
          .join(', ') || 'Not given',
      section: 'links-and-sign-off',
      change: 'the board sign-off',
    },
    {
      key: 'WRES lead',
      value: [lead.name, lead.contact].filter((part) => part && part.trim() !== '').join(', ') || 'Not given',
      section: 'links-and-sign-off',
      change: 'the WRES lead',
    },
    {
      key: 'Declaration',
      value:
        details.accuracyDeclaration === true ? 'The information is declared accurate' : 'Not declared yet',
      section: 'declaration',
      change: 'the declaration',
    },
  ];
  if (rules.late !== false) {
    rows.push({
      key: 'Why the report is late',
      value: text(details.lateReason),
      section: 'declaration',
      change: 'why the report is late',
    });
  }
  return rows;
}

/** How many problems each section has, in the task list's order, for a summary before submitting. */
export function problemCountsBySection(
  problems: ReadonlyArray<{ path: string }>,
): Array<{ section: SectionId; title: string; count: number }> {
  return REPORT_SECTIONS.map((section) => ({
    section: section.id,
    title: section.title,
    count: problems.filter((problem) => sectionOfPath(problem.path) === section.id).length,
  })).filter((entry) => entry.count > 0);
}

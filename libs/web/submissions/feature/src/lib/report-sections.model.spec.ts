import { SEED_004_2018_19 } from '@wres/domain/wres';
import type { SubmissionDetails } from '@wres/shared/contracts';
import {
  REPORT_SECTIONS,
  detailsProblems,
  findSection,
  reportProblems,
  sectionOfPath,
  sectionStatus,
  type DraftContent,
} from './report-sections.model';

const COMPLETE_DETAILS: SubmissionDetails = {
  publishedReportUrl: 'https://example.nhs.uk/wres',
  actionPlanUrl: 'https://example.nhs.uk/wres/action-plan',
  boardSignOff: { name: 'Angela Hillery', role: 'Chief Executive', date: '2026-07-30' },
  lead: { name: 'Haseeb Ahmad', contact: 'wres@example.nhs.uk' },
  narratives: Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`i${n}`, `About indicator ${n}`])),
  accuracyDeclaration: true,
};

const COMPLETE: DraftContent = {
  document: { ...SEED_004_2018_19, reportingPeriodEnd: '2026-03-31' } as unknown as Record<string, unknown>,
  details: COMPLETE_DETAILS,
};

const RULES = { contractYear: '2025/26', late: false };

describe('sections', () => {
  it('lists the reporting period, the nine indicators, links and the declaration', () => {
    expect(REPORT_SECTIONS.map((section) => section.title)).toEqual([
      'Reporting period and ethnicity recording',
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `Indicator ${n}`),
      'Links, board sign-off and lead',
      'Declaration',
    ]);
    expect(findSection('indicator-4')?.indicator).toBe(4);
    expect(findSection('nonsense')).toBeNull();
  });

  it.each([
    ['document.indicator2.bme.appointed', 'indicator-2'],
    ['document.indicator1.rows[4].white', 'indicator-1'],
    ['document.reportingPeriodEnd', 'reporting-period'],
    ['document.selfReportedEthnicity.total', 'reporting-period'],
    ['details.narratives.i3', 'indicator-3'],
    ['details.boardSignOff.date', 'links-and-sign-off'],
    ['details.lead.name', 'links-and-sign-off'],
    ['details.accuracyDeclaration', 'declaration'],
    ['details.lateReason', 'declaration'],
    ['document', null],
  ])('%s belongs to %s', (path, section) => {
    expect(sectionOfPath(path)).toBe(section);
  });
});

describe('reportProblems', () => {
  it('finds nothing wrong with a complete report', () => {
    expect(reportProblems(COMPLETE, RULES)).toEqual([]);
  });

  it('lists document problems by document path and details problems by details path', () => {
    const draft: DraftContent = {
      document: {
        ...COMPLETE.document,
        reportingPeriodEnd: '2019-03-31',
        indicator2: { white: { shortlisted: 10, appointed: 2 }, bme: { shortlisted: 10, appointed: 11 } },
      },
      details: { ...COMPLETE_DETAILS, boardSignOff: { name: 'A', role: 'B' } },
    };
    expect(reportProblems(draft, RULES).map((problem) => problem.path)).toEqual([
      'document.reportingPeriodEnd',
      'document.indicator2.bme.appointed',
      'details.boardSignOff.date',
    ]);
  });

  it('needs a late reason only when the report is late', () => {
    expect(reportProblems(COMPLETE, { ...RULES, late: true }).map((problem) => problem.path)).toEqual([
      'details.lateReason',
    ]);
    expect(reportProblems(COMPLETE, { ...RULES, late: null })).toEqual([]);
  });

  it('needs no narrative for an indicator that cannot be reported', () => {
    const document = { ...COMPLETE.document, indicator5: { missingReason: 'No survey this year' } };
    const narratives = { ...COMPLETE_DETAILS.narratives, i5: '' };
    expect(detailsProblems({ ...COMPLETE_DETAILS, narratives }, document, false)).toEqual([]);
    expect(detailsProblems({ ...COMPLETE_DETAILS, narratives }, COMPLETE.document, false)).toEqual([
      { path: 'details.narratives.i5', message: expect.stringContaining('indicator 5') },
    ]);
  });
});

describe('sectionStatus', () => {
  const section = (id: string) => {
    const found = findSection(id);
    if (!found) throw new Error(`No section ${id}`);
    return found;
  };

  it('is not started until something is saved, in progress with problems, then completed', () => {
    const empty: DraftContent = { document: {}, details: {} };
    expect(sectionStatus(section('indicator-2'), empty, reportProblems(empty, RULES))).toBe('not-started');

    const started: DraftContent = {
      document: { indicator2: { white: { shortlisted: 10 } } },
      details: {},
    };
    expect(sectionStatus(section('indicator-2'), started, reportProblems(started, RULES))).toBe(
      'in-progress',
    );
    expect(sectionStatus(section('indicator-2'), COMPLETE, reportProblems(COMPLETE, RULES))).toBe(
      'completed',
    );
  });

  it('counts a narrative as a start, and a missing narrative as unfinished', () => {
    const narrativeOnly: DraftContent = { document: {}, details: { narratives: { i3: 'Text' } } };
    expect(sectionStatus(section('indicator-3'), narrativeOnly, reportProblems(narrativeOnly, RULES))).toBe(
      'in-progress',
    );
    const noNarrative: DraftContent = { ...COMPLETE, details: { ...COMPLETE_DETAILS, narratives: {} } };
    expect(sectionStatus(section('indicator-3'), noNarrative, reportProblems(noNarrative, RULES))).toBe(
      'in-progress',
    );
  });

  it('follows the details for links and the declaration', () => {
    const noDeclaration: DraftContent = {
      ...COMPLETE,
      details: { ...COMPLETE_DETAILS, accuracyDeclaration: undefined },
    };
    const problems = reportProblems(noDeclaration, RULES);
    expect(sectionStatus(section('declaration'), noDeclaration, problems)).toBe('not-started');
    expect(sectionStatus(section('links-and-sign-off'), noDeclaration, problems)).toBe('completed');
  });
});

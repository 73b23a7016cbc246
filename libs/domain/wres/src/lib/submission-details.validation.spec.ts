import { submissionDetailsProblems } from './submission-details.validation';

const COMPLETE = {
  publishedReportUrl: 'https://example.nhs.uk/wres-2019.pdf',
  actionPlanUrl: 'http://example.nhs.uk/wres-action-plan',
  boardSignOff: { name: 'Pat Chair', role: 'Chair', date: '2019-04-10' },
  lead: { name: 'Sam Lead', contact: 'sam.lead@example.nhs.uk' },
  narratives: Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => [`i${i}`, `About indicator ${i}`])),
  accuracyDeclaration: true,
};

const paths = (details: unknown, document: unknown = {}, late = false) =>
  submissionDetailsProblems(details, document, late).map((problem) => problem.path);

describe('submissionDetailsProblems', () => {
  it('finds nothing wrong with complete details', () => {
    expect(paths(COMPLETE)).toEqual([]);
  });

  it('lists every missing item by path when nothing is given', () => {
    expect(paths(undefined)).toEqual([
      'details.publishedReportUrl',
      'details.actionPlanUrl',
      'details.boardSignOff.name',
      'details.boardSignOff.role',
      'details.boardSignOff.date',
      'details.lead.name',
      'details.lead.contact',
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `details.narratives.i${i}`),
      'details.accuracyDeclaration',
    ]);
  });

  it('wants web addresses, a real date and a declaration that is exactly true', () => {
    expect(
      paths({
        ...COMPLETE,
        publishedReportUrl: 'ftp://example.nhs.uk/report',
        actionPlanUrl: 'not a link',
        boardSignOff: { ...COMPLETE.boardSignOff, date: '2019-02-30' },
        accuracyDeclaration: 'yes',
      }),
    ).toEqual([
      'details.publishedReportUrl',
      'details.actionPlanUrl',
      'details.boardSignOff.date',
      'details.accuracyDeclaration',
    ]);
  });

  it('needs no narrative for an indicator the document gives a missing reason for', () => {
    const { i3: _omitted, ...narratives } = COMPLETE.narratives;
    const details = { ...COMPLETE, narratives };
    expect(paths(details)).toEqual(['details.narratives.i3']);
    expect(paths(details, { indicator3: { missingReason: 'Not collected this year' } })).toEqual([]);
    expect(paths(details, { indicator3: { missingReason: '  ' } })).toEqual(['details.narratives.i3']);
  });

  it('asks for a reason only when the report is late', () => {
    expect(paths(COMPLETE, {}, true)).toEqual(['details.lateReason']);
    expect(paths({ ...COMPLETE, lateReason: 'Board met late' }, {}, true)).toEqual([]);
  });
});

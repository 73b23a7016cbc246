import type { AssuranceChecklist } from '@wres/shared/contracts';
import { ratingChoicesOf, ratingsToSend, withChoice } from './checklist-form.model';
import { decisionNotice, decisionProblem, decisionsFor } from './review-decision.model';
import { reviewedReportOf } from './reviewed-report.model';

describe('decisions', () => {
  it('offers only the moves the process allows from each state', () => {
    expect(decisionsFor('submitted').map((option) => option.label)).toEqual(['Take into review']);
    expect(decisionsFor('in-review').map((option) => option.to)).toEqual([
      'assured',
      'changes-requested',
      'not-assured',
    ]);
    expect(decisionsFor('resubmitted').map((option) => option.to)).toEqual([
      'assured',
      'in-review',
      'not-assured',
    ]);
    for (const state of ['changes-requested', 'assured', 'not-assured', null] as const)
      expect(decisionsFor(state)).toEqual([]);
  });

  it('needs a comment to request changes or refuse assurance', () => {
    const [assure, changes, refuse] = decisionsFor('in-review');
    expect(decisionProblem(assure, '')).toBeNull();
    expect(decisionProblem(changes, '  ')).toBe('Say what the provider should change');
    expect(decisionProblem(changes, 'Fix indicator 2')).toBeNull();
    expect(decisionProblem(refuse, '')).toBe('Say why the report is not assured');
  });

  it('says what happened after a decision', () => {
    expect(decisionNotice('changes-requested').line).toMatch(/emailed your comment/);
    expect(decisionNotice('assured')).toEqual({
      heading: 'Report assured',
      line: 'The provider has been told, and the report is now locked.',
    });
  });
});

describe('the checklist form', () => {
  const checklist = {
    items: [
      {
        id: 'narrative-addresses-gaps',
        label: 'The narrative addresses each significant gap',
        assessment: { rating: 'amber', note: 'Indicator 8 missing', by: 'H', organisationName: 'O', at: 'x' },
      },
      { id: 'actions-owned-and-dated', label: 'Actions have owners and dates', assessment: null },
    ],
  } as unknown as AssuranceChecklist;

  it('starts from the commissioner’s ratings, or blank for a proposal', () => {
    expect(ratingChoicesOf(checklist, 'assessment')).toEqual([
      {
        item: 'narrative-addresses-gaps',
        label: 'The narrative addresses each significant gap',
        rating: 'amber',
        note: 'Indicator 8 missing',
      },
      { item: 'actions-owned-and-dated', label: 'Actions have owners and dates', rating: '', note: '' },
    ]);
    expect(ratingChoicesOf(checklist, 'blank').every((choice) => choice.rating === '')).toBe(true);
    const excluded = { items: [checklist.items[1]] } as unknown as AssuranceChecklist;
    expect(ratingChoicesOf(excluded, 'blank').map((choice) => choice.item)).toEqual([
      'actions-owned-and-dated',
    ]);
  });

  it('sends only the items rated, with a note when there is one', () => {
    const choices = withChoice(ratingChoicesOf(checklist, 'blank'), 'actions-owned-and-dated', {
      rating: 'red',
      note: '  No dates  ',
    });
    expect(ratingsToSend(choices)).toEqual([
      { item: 'actions-owned-and-dated', rating: 'red', note: 'No dates' },
    ]);
    expect(ratingsToSend(withChoice(choices, 'actions-owned-and-dated', { note: '' }))).toEqual([
      { item: 'actions-owned-and-dated', rating: 'red' },
    ]);
  });
});

describe('the reviewed report', () => {
  const document = {
    reportingPeriodEnd: '2026-03-31',
    selfReportedEthnicity: { known: 90, total: 100 },
    ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`indicator${n}`, {}])),
  };
  const indicators = Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`i${n}`, {}]));

  it('reads a version that has the parts the report shows, and refuses one that does not', () => {
    expect(reviewedReportOf({ document, indicators })).not.toBeNull();
    expect(reviewedReportOf({ document: {}, indicators })).toBeNull();
    expect(reviewedReportOf({ document, indicators: { i1: {} } })).toBeNull();
  });
});

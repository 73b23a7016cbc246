import { SEED_004_2018_19 } from '@wres/domain/wres';
import { detailRows, problemCountsBySection, problemsInWords } from './report-check.model';
import type { DraftContent } from './report-sections.model';
import { indicator1CellId } from './section-form.model';

const DRAFT: DraftContent = {
  document: { ...SEED_004_2018_19, reportingPeriodEnd: '2026-03-31' } as unknown as Record<string, unknown>,
  details: {
    boardSignOff: { name: 'Angela Hillery', role: 'Chief Executive', date: '2026-07-30' },
    lead: { name: 'Haseeb Ahmad' },
    accuracyDeclaration: true,
  },
};
const RULES = { contractYear: '2025/26', late: true };

describe('problemsInWords', () => {
  it("names each problem and points at its section and field, in the task list's order", () => {
    const problems = problemsInWords(
      [
        { path: 'details.lateReason', messages: ['Say why the report is late'] },
        {
          path: 'document.indicator2.bme.appointed',
          messages: ['Appointed (130) cannot be more than shortlisted (124)'],
        },
        { path: 'document.indicator1.rows[2].bme', messages: ['Must be a whole number'] },
        { path: 'somethingElse', messages: ['Odd'] },
      ],
      DRAFT,
      RULES,
    );
    expect(problems).toEqual([
      {
        text: 'Indicator 1 – Non-clinical – Band 2 – BME: Must be a whole number',
        section: 'indicator-1',
        fieldId: indicator1CellId('non-clinical', 'band-2', 'bme'),
      },
      {
        text: 'Indicator 2 – BME – appointed: Appointed (130) cannot be more than shortlisted (124)',
        section: 'indicator-2',
        fieldId: 'document.indicator2.bme.appointed',
      },
      {
        text: 'Reason the report is late: Say why the report is late',
        section: 'declaration',
        fieldId: 'details.lateReason',
      },
      { text: 'Something else: Odd', section: null, fieldId: null },
    ]);
  });
});

describe('detailRows', () => {
  it('summarises the details, each with the section to change it in', () => {
    const rows = detailRows(DRAFT, RULES);
    const row = (key: string) => rows.find((candidate) => candidate.key === key);
    expect(row('Reporting period end')?.value).toBe('31 March 2026');
    expect(row('Ethnicity recording')?.value).toBe(
      '5,178 of 5,307 staff have self-reported their ethnicity (97.6%)',
    );
    expect(row('Indicator 2')).toMatchObject({ value: 'Figures given', section: 'indicator-2' });
    expect(row('Board sign-off')).toMatchObject({
      value: 'Angela Hillery, Chief Executive, 30 July 2026',
      section: 'links-and-sign-off',
    });
    expect(row('WRES lead')?.value).toBe('Haseeb Ahmad');
    expect(row('Published report')?.value).toBe('Not given');
    expect(row('Declaration')?.value).toBe('The information is declared accurate');
    expect(row('Why the report is late')).toMatchObject({ value: 'Not given', section: 'declaration' });
  });

  it('asks for no late reason when the report is on time', () => {
    expect(detailRows(DRAFT, { ...RULES, late: false }).map((row) => row.key)).not.toContain(
      'Why the report is late',
    );
  });
});

describe('problemCountsBySection', () => {
  it('counts problems per section, leaving out sections without any', () => {
    expect(
      problemCountsBySection([
        { path: 'details.lead.contact' },
        { path: 'details.boardSignOff.date' },
        { path: 'document.indicator3.bme.cases' },
      ]),
    ).toEqual([
      { section: 'indicator-3', title: 'Indicator 3', count: 1 },
      { section: 'links-and-sign-off', title: 'Links, board sign-off and lead', count: 2 },
    ]);
  });
});

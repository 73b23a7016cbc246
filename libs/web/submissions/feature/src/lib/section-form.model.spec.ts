import { SEED_004_2018_19 } from '@wres/domain/wres';
import { findSection, reportProblems, type DraftContent, type SectionId } from './report-sections.model';
import {
  CHECKED,
  cannotReportId,
  datePartKey,
  fieldForProblem,
  indicator1CellId,
  isShown,
  parseCount,
  parsePercent,
  problemsOnFields,
  readSection,
  resultKindId,
  sectionForm,
  writeSection,
  type FormValues,
} from './section-form.model';

const RULES = { contractYear: '2025/26', late: true };
const EMPTY: DraftContent = { document: {}, details: {} };
const SEED: DraftContent = {
  document: { ...SEED_004_2018_19, reportingPeriodEnd: '2026-03-31' } as unknown as Record<string, unknown>,
  details: { narratives: { i1: 'One', i2: 'Two', i5: 'Five', i9: 'Nine' } },
};

function formFor(id: SectionId, rules = RULES) {
  const section = findSection(id);
  if (!section) throw new Error(id);
  return sectionForm(section, rules);
}

describe('parsing what people type', () => {
  it('reads whole numbers with separators', () => {
    expect(parseCount('3,844')).toBe(3844);
    expect(parseCount(' 12 ')).toBe(12);
    expect(parseCount('1.5')).toBeNull();
    expect(parseCount('-1')).toBeNull();
    expect(parseCount('lots')).toBeNull();
  });

  it('reads percentages from 0 to 100', () => {
    expect(parsePercent('23.1')).toBe(23.1);
    expect(parsePercent('23.1%')).toBe(23.1);
    expect(parsePercent('100')).toBe(100);
    expect(parsePercent('100.1')).toBeNull();
    expect(parsePercent('about 20')).toBeNull();
  });
});

describe('indicator 2', () => {
  const form = formFor('indicator-2');

  it('labels each count by group and measure', () => {
    expect(form.fields.filter((field) => field.kind === 'count').map((field) => field.label)).toEqual([
      'White – shortlisted',
      'White – appointed',
      'BME – shortlisted',
      'BME – appointed',
    ]);
  });

  it('reads the draft into the form and writes it back unchanged', () => {
    const values = readSection(form, SEED);
    expect(values['document.indicator2.white.shortlisted']).toBe('3844');
    expect(values['details.narratives.i2']).toBe('Two');
    expect(values[cannotReportId(2)]).toBe('');
    const { draft, errors } = writeSection(form, values, SEED, 'complete', RULES);
    expect(errors).toEqual({});
    expect(draft.document['indicator2']).toEqual(SEED_004_2018_19.indicator2);
    expect(draft.details.narratives?.i2).toBe('Two');
  });

  it('asks for every figure and the narrative before the section is complete', () => {
    const { errors } = writeSection(form, readSection(form, EMPTY), EMPTY, 'complete', RULES);
    expect(errors).toEqual({
      'document.indicator2.white.shortlisted': 'Enter a figure for White – shortlisted',
      'document.indicator2.white.appointed': 'Enter a figure for White – appointed',
      'document.indicator2.bme.shortlisted': 'Enter a figure for BME – shortlisted',
      'document.indicator2.bme.appointed': 'Enter a figure for BME – appointed',
      'details.narratives.i2': 'Enter a narrative for indicator 2',
    });
  });

  it("puts the domain's checks on the field they are about", () => {
    const values = {
      ...readSection(form, SEED),
      'document.indicator2.bme.appointed': '2,600',
    };
    const { errors } = writeSection(form, values, SEED, 'complete', RULES);
    expect(errors).toEqual({
      'document.indicator2.bme.appointed': 'Appointed (2,600) cannot be more than shortlisted (2,525)',
    });
  });

  it('saves a partial section, refusing only values that are not numbers', () => {
    const values = { ...readSection(form, EMPTY), 'document.indicator2.white.shortlisted': '3,844' };
    const partial = writeSection(form, values, EMPTY, 'partial', RULES);
    expect(partial.errors).toEqual({});
    expect(partial.draft.document['indicator2']).toEqual({ white: { shortlisted: 3844 } });

    const wrong = writeSection(
      form,
      { ...values, 'document.indicator2.bme.appointed': 'ten' },
      EMPTY,
      'partial',
      RULES,
    );
    expect(wrong.errors).toEqual({
      'document.indicator2.bme.appointed': 'BME – appointed must be a whole number, like 120',
    });
  });

  it('records an indicator that cannot be reported, with its reason', () => {
    const values: FormValues = {
      ...readSection(form, SEED),
      [cannotReportId(2)]: CHECKED,
      'document.indicator2.missingReason': '',
    };
    expect(writeSection(form, values, SEED, 'complete', RULES).errors).toEqual({
      'document.indicator2.missingReason': 'Say why you cannot report indicator 2',
    });
    const { draft, errors } = writeSection(
      form,
      { ...values, 'document.indicator2.missingReason': 'Recruitment system replaced' },
      SEED,
      'complete',
      RULES,
    );
    expect(errors).toEqual({});
    expect(draft.document['indicator2']).toEqual({ missingReason: 'Recruitment system replaced' });
    expect(readSection(form, draft)[cannotReportId(2)]).toBe(CHECKED);
  });

  it('hides the figures while the indicator cannot be reported', () => {
    const figure = form.fields.find((field) => field.id === 'document.indicator2.white.shortlisted');
    expect(figure && isShown(figure, { [cannotReportId(2)]: '' })).toBe(true);
    expect(figure && isShown(figure, { [cannotReportId(2)]: CHECKED })).toBe(false);
  });
});

describe('indicator 1', () => {
  const form = formFor('indicator-1');

  it('has a labelled input for every band, staff group and ethnicity group', () => {
    const cells = form.bandTables.flatMap((table) => table.rows.flatMap((row) => row.cells));
    expect(cells).toHaveLength(99);
    expect(cells[0].label).toBe('Non-clinical – Under Band 1 – White');
    expect(cells.at(-1)?.label).toBe('Medical – Other medical grade – Unknown');
    expect(form.bandTables[1].totals.map((field) => field.label)).toEqual([
      'Clinical total – White',
      'Clinical total – BME',
      'Clinical total – Unknown',
    ]);
  });

  it('round-trips the seed report', () => {
    const values = readSection(form, SEED);
    expect(values[indicator1CellId('non-clinical', 'band-2', 'bme')]).toBe('90');
    const { draft, errors } = writeSection(form, values, SEED, 'complete', RULES);
    expect(errors).toEqual({});
    expect(draft.document['indicator1']).toEqual(SEED_004_2018_19.indicator1);
  });

  it('leaves out a wholly blank row but not a half-filled one', () => {
    const values = readSection(form, EMPTY);
    const filled = {
      ...values,
      [indicator1CellId('clinical', 'band-5', 'white')]: '603',
      [indicator1CellId('clinical', 'band-5', 'bme')]: '179',
      [indicator1CellId('clinical', 'band-5', 'unknown')]: '25',
      [indicator1CellId('clinical', 'band-6', 'white')]: '940',
      'details.narratives.i1': 'Text',
    };
    const { errors } = writeSection(form, filled, EMPTY, 'complete', RULES);
    expect(errors).toEqual({
      [indicator1CellId('clinical', 'band-6', 'bme')]:
        'Enter the BME headcount for Clinical – Band 6, or leave the whole row blank',
      [indicator1CellId('clinical', 'band-6', 'unknown')]:
        'Enter the Unknown headcount for Clinical – Band 6, or leave the whole row blank',
    });
    const partial = writeSection(form, filled, EMPTY, 'partial', RULES);
    expect(partial.draft.document['indicator1']).toEqual({
      rows: [
        { staffGroup: 'clinical', band: 'band-5', white: 603, bme: 179, unknown: 25 },
        { staffGroup: 'clinical', band: 'band-6', white: 940 },
      ],
    });
  });

  it('puts a total that the rows do not add up to on the total', () => {
    const values = {
      ...readSection(form, SEED),
      'document.indicator1.statedTotals.medical.white': '80',
    };
    expect(writeSection(form, values, SEED, 'complete', RULES).errors).toEqual({
      'document.indicator1.statedTotals.medical.white':
        'Medical band rows add up to 78 White staff but the stated total is 80',
    });
  });

  it("finds a row's cell from the document's own row order", () => {
    const document = { indicator1: { rows: [{ staffGroup: 'medical', band: 'consultant' }] } };
    const field = fieldForProblem(
      'document.indicator1.rows[0].bme',
      form,
      readSection(form, EMPTY),
      document,
    );
    expect(field?.id).toBe(indicator1CellId('medical', 'consultant', 'bme'));
  });
});

describe('survey indicators', () => {
  const form = formFor('indicator-5');

  it('shows counts or percentages as chosen, and keeps only what is shown', () => {
    const values = readSection(form, SEED);
    expect(values[resultKindId(5)]).toBe('percent');
    expect(values['document.indicator5.white.percent']).toBe('23.1');
    const { draft, errors } = writeSection(form, values, SEED, 'complete', RULES);
    expect(errors).toEqual({});
    expect(draft.document['indicator5']).toEqual(SEED_004_2018_19.indicator5);

    const counts = {
      ...values,
      [resultKindId(5)]: 'count',
      'document.indicator5.white.count': '460',
      'document.indicator5.bme.count': '117',
    };
    const written = writeSection(form, counts, SEED, 'complete', RULES);
    expect(written.errors).toEqual({});
    expect(written.draft.document['indicator5']).toMatchObject({
      white: { respondents: 1991, count: 460 },
      bme: { respondents: 488, count: 117 },
    });
    expect((written.draft.document['indicator5'] as { white: object }).white).not.toHaveProperty('percent');
  });

  it('asks how the results are given', () => {
    const { errors } = writeSection(form, readSection(form, EMPTY), EMPTY, 'complete', RULES);
    expect(errors[resultKindId(5)]).toBe('Select whether you give numbers of respondents or percentages');
  });

  it('refuses a percentage over 100', () => {
    const values = { ...readSection(form, SEED), 'document.indicator5.bme.percent': '124' };
    expect(writeSection(form, values, SEED, 'partial', RULES).errors).toEqual({
      'document.indicator5.bme.percent': 'BME – percentage must be a percentage from 0 to 100, like 23.1',
    });
  });
});

describe('reporting period', () => {
  const form = formFor('reporting-period');

  it("starts from the contract year's last day and must end on it", () => {
    const values = readSection(form, EMPTY);
    expect(values[datePartKey('document.reportingPeriodEnd', 'day')]).toBe('31');
    expect(values[datePartKey('document.reportingPeriodEnd', 'month')]).toBe('3');
    expect(values[datePartKey('document.reportingPeriodEnd', 'year')]).toBe('2026');
    const wrongYear = {
      ...values,
      [datePartKey('document.reportingPeriodEnd', 'year')]: '2019',
      'document.selfReportedEthnicity.known': '5178',
      'document.selfReportedEthnicity.total': '5307',
    };
    expect(writeSection(form, wrongYear, EMPTY, 'complete', RULES).errors).toEqual({
      'document.reportingPeriodEnd': 'The reporting period for the 2025/26 report ends on 31 March 2026',
    });
    const { draft, errors } = writeSection(
      form,
      { ...wrongYear, [datePartKey('document.reportingPeriodEnd', 'year')]: '2026' },
      EMPTY,
      'complete',
      RULES,
    );
    expect(errors).toEqual({});
    expect(draft.document).toEqual({
      reportingPeriodEnd: '2026-03-31',
      selfReportedEthnicity: { known: 5178, total: 5307 },
    });
  });

  it('says which part of a date is missing or wrong', () => {
    const values = {
      ...readSection(form, EMPTY),
      [datePartKey('document.reportingPeriodEnd', 'month')]: '',
    };
    expect(writeSection(form, values, EMPTY, 'partial', RULES).errors['document.reportingPeriodEnd']).toBe(
      'Reporting period end must include a month',
    );
    const impossible = { ...values, [datePartKey('document.reportingPeriodEnd', 'month')]: '2' };
    expect(
      writeSection(form, impossible, EMPTY, 'partial', RULES).errors['document.reportingPeriodEnd'],
    ).toBe('Reporting period end must be a real date, like 31 3 2026');
  });
});

describe('links, sign-off and declaration', () => {
  it('writes the details and checks web addresses', () => {
    const form = formFor('links-and-sign-off');
    const values: FormValues = {
      ...readSection(form, EMPTY),
      'details.publishedReportUrl': 'www.example.nhs.uk',
      'details.actionPlanUrl': 'https://example.nhs.uk/plan',
      'details.boardSignOff.name': 'Angela Hillery',
      'details.boardSignOff.role': 'Chief Executive',
      [datePartKey('details.boardSignOff.date', 'day')]: '30',
      [datePartKey('details.boardSignOff.date', 'month')]: '7',
      [datePartKey('details.boardSignOff.date', 'year')]: '2026',
      'details.lead.name': 'Haseeb Ahmad',
      'details.lead.contact': 'wres@example.nhs.uk',
    };
    expect(writeSection(form, values, EMPTY, 'complete', RULES).errors).toEqual({
      'details.publishedReportUrl':
        'Enter the web address of the published WRES report starting http:// or https://',
    });
    const { draft, errors } = writeSection(
      form,
      { ...values, 'details.publishedReportUrl': 'https://example.nhs.uk/wres' },
      EMPTY,
      'complete',
      RULES,
    );
    expect(errors).toEqual({});
    expect(draft.details).toEqual({
      publishedReportUrl: 'https://example.nhs.uk/wres',
      actionPlanUrl: 'https://example.nhs.uk/plan',
      boardSignOff: { name: 'Angela Hillery', role: 'Chief Executive', date: '2026-07-30' },
      lead: { name: 'Haseeb Ahmad', contact: 'wres@example.nhs.uk' },
    });
  });

  it('asks for the declaration, and a late reason only when late', () => {
    const late = formFor('declaration');
    expect(writeSection(late, readSection(late, EMPTY), EMPTY, 'complete', RULES).errors).toEqual({
      'details.accuracyDeclaration': 'Declare that the information in this report is accurate',
      'details.lateReason': 'Say why the report is late',
    });
    const onTime = formFor('declaration', { ...RULES, late: false });
    expect(onTime.fields.map((field) => field.id)).toEqual(['details.accuracyDeclaration']);
    const { draft, errors } = writeSection(
      onTime,
      { 'details.accuracyDeclaration': CHECKED },
      EMPTY,
      'complete',
      { ...RULES, late: false },
    );
    expect(errors).toEqual({});
    expect(draft.details).toEqual({ accuracyDeclaration: true });
  });
});

describe('problems from the API', () => {
  it("lands a problem on this section's field and keeps the rest as text", () => {
    const form = formFor('indicator-2');
    const values = readSection(form, SEED);
    const { fields, other } = problemsOnFields(
      [
        { path: 'document.indicator2.bme.appointed', messages: ['Too many'] },
        { path: 'details.lead.name', messages: ['Give the name of the WRES lead'] },
      ],
      form,
      values,
      SEED.document,
    );
    expect(fields).toEqual({ 'document.indicator2.bme.appointed': 'Too many' });
    expect(other).toEqual(['WRES lead – name: Give the name of the WRES lead']);
  });

  it('agrees with the report-wide rules once every section is written', () => {
    expect(
      reportProblems(SEED, RULES)
        .map((problem) => problem.path)
        .filter((path) => path.startsWith('document.')),
    ).toEqual([]);
  });
});

import type { NestExpressApplication } from '@nestjs/platform-express';
import { SEED_004_2018_19 } from '@wres/domain/wres';
import type {
  Indicator1,
  Indicator2,
  Indicator3,
  Indicator4,
  Indicator9,
  SurveyIndicator,
} from '@wres/domain/wres';
import { dropDatabase } from '@wres/server/core/database';
import { testEnvironment } from '@wres/server/core/testing';
import type { SessionAgent } from '@wres/server/core/testing';
import { TEMPLATE_IMPORT_MAX_BYTES } from '@wres/shared/contracts';
import type {
  Submission,
  SubmissionVersion,
  SubmissionVersionDiff,
  TemplateImportErrorBody,
} from '@wres/shared/contracts';
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { demoUsers, seedOwnDatabase, startTestApi, SEED_004_DETAILS } from './test-app';

const YEAR = '2018-19';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/*
 * This file numbers provider@demo.test's 2018/19 versions, as the submissions file does, so it has a freshly
 * seeded database of its own and the two files cannot disturb each other.
 */
const databaseUrl = () => `${testEnvironment().databaseUrl}_template`;

/** One sheet as a person sees it: the text of a cell by row and column letter, and a cell to type into. */
interface SheetView {
  readonly rowCount: number;
  text(row: number, column: string): string;
  type(row: number, column: string, value: number): void;
}

/*
 * What the template's labels mean, as a person reads them off the sheet. Written out here rather than taken
 * from the template's own layout, so the test fills the file the way someone with seed 004's report would.
 */
const STAFF_GROUPS: Record<string, string> = {
  'Non-clinical': 'non-clinical',
  Clinical: 'clinical',
  Medical: 'medical',
};
const BANDS: Record<string, string> = {
  'Under Band 1': 'under-band-1',
  'Band 1': 'band-1',
  'Band 2': 'band-2',
  'Band 3': 'band-3',
  'Band 4': 'band-4',
  'Band 5': 'band-5',
  'Band 6': 'band-6',
  'Band 7': 'band-7',
  'Band 8a': 'band-8a',
  'Band 8b': 'band-8b',
  'Band 8c': 'band-8c',
  'Band 8d': 'band-8d',
  'Band 9': 'band-9',
  'VSM (including executive board members)': 'vsm',
  Consultant: 'consultant',
  'Senior medical manager': 'senior-medical-manager',
  'Non-consultant career grade': 'non-consultant-career-grade',
  'Trainee grade': 'trainee-grade',
  'Other medical grade': 'other',
};

/**
 * Types seed 004's 2018/19 counts into the template, row by row, finding each row by its labels. The
 * reporting period end is already filled in by the download.
 */
function fillInSeed004(sheet: (name: string) => SheetView): void {
  const doc = SEED_004_2018_19;
  const rowsWhere = (view: SheetView, match: (row: number) => boolean) =>
    Array.from({ length: view.rowCount }, (_, index) => index + 1).filter(match);
  const rowOf = (view: SheetView, match: (row: number) => boolean) => {
    const rows = rowsWhere(view, match);
    if (rows.length !== 1) throw new Error(`Expected one matching row, found ${rows.length}`);
    return rows[0];
  };

  const about = sheet('About');
  expect(
    about.text(
      rowOf(about, (r) => about.text(r, 'A').startsWith('Reporting period end')),
      'B',
    ),
  ).toBe('2019-03-31');
  about.type(
    rowOf(about, (r) => about.text(r, 'A') === 'Staff whose ethnicity is known'),
    'B',
    5178,
  );
  about.type(
    rowOf(about, (r) => about.text(r, 'A').startsWith('All staff')),
    'B',
    5307,
  );

  const i1 = sheet('Indicator 1');
  const indicator1 = doc.indicator1 as Indicator1;
  let typedRows = 0;
  for (let r = 1; r <= i1.rowCount; r++) {
    const staffGroup = STAFF_GROUPS[i1.text(r, 'A')];
    if (staffGroup === undefined) continue;
    const band = BANDS[i1.text(r, 'B')];
    const counts =
      band === undefined
        ? indicator1.statedTotals?.[staffGroup as keyof typeof indicator1.statedTotals]
        : indicator1.rows.find((row) => row.staffGroup === staffGroup && row.band === band);
    if (!counts) throw new Error(`Nothing to type on Indicator 1 row ${r}`);
    i1.type(r, 'C', counts.white);
    i1.type(r, 'D', counts.bme);
    i1.type(r, 'E', counts.unknown);
    typedRows += 1;
  }
  expect(typedRows).toBe(indicator1.rows.length + 3);

  const i2To4 = sheet('Indicators 2-4');
  const pair = (indicator: string, figure: string, white: number, bme: number) => {
    const r = rowOf(
      i2To4,
      (row) => i2To4.text(row, 'A').startsWith(indicator) && i2To4.text(row, 'B') === figure,
    );
    i2To4.type(r, 'C', white);
    i2To4.type(r, 'D', bme);
  };
  const i2 = doc.indicator2 as Indicator2;
  const i3 = doc.indicator3 as Indicator3;
  const i4 = doc.indicator4 as Indicator4;
  pair('2.', 'Shortlisted', i2.white.shortlisted, i2.bme.shortlisted);
  pair('2.', 'Appointed from shortlisting', i2.white.appointed, i2.bme.appointed);
  pair('3.', 'Formal disciplinary investigations (this year and last year)', i3.white.cases, i3.bme.cases);
  pair('3.', 'Headcount', i3.white.headcount, i3.bme.headcount);
  pair('4.', 'Accessed non-mandatory training or CPD', i4.white.accessed, i4.bme.accessed);
  pair('4.', 'Headcount', i4.white.headcount, i4.bme.headcount);

  const survey = sheet('Indicators 5-8');
  for (const number of [5, 6, 7, 8] as const) {
    const indicator = doc[`indicator${number}`] as SurveyIndicator;
    const line = (label: string) =>
      rowOf(survey, (r) => survey.text(r, 'A').startsWith(`${number}.`) && survey.text(r, 'B') === label);
    for (const [label, result] of [
      ['White', indicator.white],
      ['BME', indicator.bme],
    ] as const) {
      survey.type(line(label), 'C', result.respondents);
      survey.type(line(label), 'E', result.percent as number);
    }
    const overall = line('Overall, as published (optional)');
    survey.type(overall, 'C', indicator.publishedOverall?.respondents as number);
    survey.type(overall, 'E', indicator.publishedOverall?.percent as number);
  }

  const board = sheet('Indicator 9');
  const i9 = doc.indicator9 as Indicator9;
  for (const [label, members] of [
    ['All board members', i9.all],
    ['Voting members', i9.voting],
    ['Executive members', i9.executive],
  ] as const) {
    const r = rowOf(board, (row) => board.text(row, 'A') === label);
    board.type(r, 'B', members.white);
    board.type(r, 'C', members.bme);
    board.type(r, 'D', members.unknown);
  }
}

/** An XLSX template as a person edits it in Excel. */
async function editXlsx(content: Buffer, edit: (workbook: Workbook) => void): Promise<Buffer> {
  const workbook = new Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function worksheetOf(workbook: Workbook, name: string): Worksheet {
  const worksheet = workbook.getWorksheet(name);
  if (!worksheet) throw new Error(`The workbook has no "${name}" sheet`);
  return worksheet;
}

function xlsxView(workbook: Workbook): (name: string) => SheetView {
  return (name) => {
    const worksheet = worksheetOf(workbook, name);
    return {
      rowCount: worksheet.rowCount,
      text: (row, column) => {
        const value = worksheet.getCell(`${column}${row}`).value;
        return value === null || value === undefined ? '' : String(value);
      },
      type: (row, column, value) => {
        worksheet.getCell(`${column}${row}`).value = value;
      },
    };
  };
}

/** RFC 4180, as the downloaded CSV is written: enough of a parser to edit it as a person would. */
function parseCsv(text: string): string[][] {
  const lines: string[][] = [];
  let line: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      line.push(field);
      field = '';
    } else if (char === '\n') {
      lines.push([...line, field]);
      line = [];
      field = '';
    } else if (char !== '\r') {
      field += char;
    }
  }
  return lines;
}

const csvField = (field: string) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);

/** A CSV template as a person edits it, each sheet's lines in order being that sheet's rows. */
function editCsv(content: Buffer, edit: (sheet: (name: string) => SheetView) => void): Buffer {
  const lines = parseCsv(content.toString('utf8').replace(/^\ufeff/, ''));
  expect(lines[0][0]).toBe('Sheet');
  const columnIndex = (column: string) => lines[0].indexOf(column);
  edit((name) => {
    const rows = lines.filter((line) => line[0] === name);
    return {
      rowCount: rows.length,
      text: (row, column) => rows[row - 1]?.[columnIndex(column)] ?? '',
      type: (row, column, value) => {
        rows[row - 1][columnIndex(column)] = String(value);
      },
    };
  });
  return Buffer.from(`\ufeff${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`, 'utf8');
}

/** The body of a download, as bytes, whatever its type. */
function bytes(response: Response): Buffer {
  return response.body as Buffer;
}

describe('the downloadable WRES reporting template', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  const users = demoUsers(() => app);
  const as = users.as;
  let report: string;
  /** What submitting seed 004's document through the draft form computed: the reference for every import. */
  let formIndicators: Record<string, unknown>;

  const download = (client: SessionAgent, format: string) =>
    client
      .get(`${report}/template?format=${format}`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
  const upload = (client: SessionAgent, content: Buffer, fileName: string) =>
    client.upload(`${report}/import`, 'file', content, fileName);

  /** Everything an import could write: the draft as the provider sees it, and the audit trail. */
  const footprint = async () => {
    // Before the first draft there is no report to read.
    const read = await (await as('provider@demo.test')).get(report);
    expect([200, 404]).toContain(read.status);
    const draft = read.status === 200 ? (read.body as Submission).draft : null;
    const [audit] = await db.query(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE action = 'submission.template-imported')::int AS imports
       FROM audit_event`,
    );
    const [versions] = await db.query(`SELECT count(*)::int AS n FROM submission_version`);
    return { draft, audit, versions: versions.n as number };
  };

  /** The product's template, downloaded now and filled in with seed 004's 2018/19 counts. */
  const filledXlsx = async () => {
    const template = bytes(await download(await as('provider@demo.test'), 'xlsx').expect(200));
    return editXlsx(template, (workbook) => fillInSeed004(xlsxView(workbook)));
  };

  const submitVersion = async (client: SessionAgent): Promise<SubmissionVersion> =>
    (await client.post(`${report}/submit`).expect(200)).body;

  beforeAll(async () => {
    await seedOwnDatabase(databaseUrl());
    app = await startTestApi({ APP_NOW: '2019-04-15T09:00:00Z', DATABASE_URL: databaseUrl() });
    db = app.get(DataSource);
    report = `/api/v1/submissions/${await users.organisationId('RD1')}/${YEAR}`;
  });

  afterAll(async () => {
    await app?.close();
    await dropDatabase(databaseUrl());
  });

  it('downloads as an XLSX workbook laid out like the reporting template, with the year filled in', async () => {
    const response = await download(await as('provider@demo.test'), 'xlsx').expect(200);
    expect(response.headers['content-type']).toBe(XLSX_TYPE);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="wres-template-RD1-2018-19.xlsx"',
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes(response) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'About',
      'Indicator 1',
      'Indicators 2-4',
      'Indicators 5-8',
      'Indicator 9',
    ]);
    const about = worksheetOf(workbook, 'About');
    expect(String(about.getCell('A2').value)).toMatch(/\(RD1\), contract year 2018\/19$/);
    expect(about.getCell('B11').value).toBe('2019-03-31');
    // No draft yet: nothing else is filled in.
    expect(worksheetOf(workbook, 'Indicators 2-4').getCell('C5').value).toBeNull();
  });

  it('imports a template filled in by hand to the same indicators as the form gives', async () => {
    const provider = await as('provider@demo.test');
    const before = await footprint();

    const imported: Submission = (await upload(provider, await filledXlsx(), 'wres-2018-19.xlsx').expect(200))
      .body;
    expect(imported.draft?.document).toEqual(SEED_004_2018_19);
    const after = await footprint();
    expect(after.audit.imports).toBe(before.audit.imports + 1);
    const [audit] = await db.query(
      `SELECT summary FROM audit_event WHERE action = 'submission.template-imported' ORDER BY occurred_at DESC LIMIT 1`,
    );
    expect(audit.summary).toMatchObject({
      fileName: 'wres-2018-19.xlsx',
      format: 'xlsx',
      contractYear: '2018/19',
    });

    // The details are the form's part of the report; the figures stay as imported.
    await provider
      .put(`${report}/draft`, { document: imported.draft?.document, details: SEED_004_DETAILS })
      .expect(200);
    const fromTemplate = await submitVersion(provider);

    await provider
      .put(`${report}/draft`, { document: SEED_004_2018_19, details: SEED_004_DETAILS })
      .expect(200);
    const fromForm = await submitVersion(provider);

    formIndicators = fromForm.indicators;
    expect(fromTemplate.indicators).toEqual(formIndicators);
    expect(fromTemplate.warnings).toEqual(fromForm.warnings);
    const diff: SubmissionVersionDiff = (
      await provider
        .get(`${report}/versions/${fromForm.version}/diff?against=${fromTemplate.version}`)
        .expect(200)
    ).body;
    expect(diff.changes).toEqual([]);
  });

  it('imports the CSV template too, replacing the draft’s figures and keeping its details', async () => {
    const provider = await as('provider@demo.test');
    // A draft with other figures, so the download is blank where seed 004's counts go.
    await provider
      .put(`${report}/draft`, { document: { reportingPeriodEnd: '2019-03-31' }, details: SEED_004_DETAILS })
      .expect(200);
    const response = await download(provider, 'csv').expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="wres-template-RD1-2018-19.csv"',
    );
    const template = bytes(response);
    expect(template.subarray(0, 3).toString('hex')).toBe('efbbbf');

    const filled = editCsv(template, fillInSeed004);
    const imported: Submission = (await upload(provider, filled, 'wres-2018-19.csv').expect(200)).body;
    expect(imported.draft?.document).toEqual(SEED_004_2018_19);
    expect(imported.draft?.details).toEqual(SEED_004_DETAILS);

    const fromCsv = await submitVersion(provider);
    expect(fromCsv.indicators).toEqual(formIndicators);
  });

  it('prefills the provider’s download with its draft, so a round trip loses nothing', async () => {
    const provider = await as('provider@demo.test');
    const template = bytes(await download(provider, 'xlsx').expect(200));
    const imported: Submission = (await upload(provider, template, 'unchanged.xlsx').expect(200)).body;
    expect(imported.draft?.document).toEqual(SEED_004_2018_19);
  });

  describe('refusing an upload, writing nothing', () => {
    const refused = async (content: Buffer, fileName: string): Promise<TemplateImportErrorBody> => {
      const before = await footprint();
      const body: TemplateImportErrorBody = (
        await upload(await as('provider@demo.test'), content, fileName).expect(400)
      ).body;
      expect(await footprint()).toEqual(before);
      return body;
    };

    it('refuses a corrupt file', async () => {
      const good = await filledXlsx();
      const corrupt = Buffer.concat([good.subarray(0, 200), Buffer.from('not the rest of a workbook')]);
      const body = await refused(corrupt, 'wres-2018-19.xlsx');
      expect(body.statusCode).toBe(400);
      expect(body.message).toBe(
        'The file could not be read as an Excel workbook (.xlsx): it may be damaged, or another kind of file renamed',
      );
      expect(body.problems).toEqual([{ path: 'file', messages: [body.message] }]);
      expect(body.templateProblems).toEqual([]);
    });

    it.each([
      [
        'a renamed PDF',
        Buffer.from('%PDF-1.4 not a spreadsheet'),
        'wres.xlsx',
        /could not be read as an Excel workbook/,
      ],
      ['an Excel 97-2003 workbook', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'wres.xls', /Excel 97-2003/],
      ['an empty file', Buffer.alloc(0), 'wres.csv', /^The file is empty/],
      [
        'a CSV without the Sheet column',
        Buffer.from('White,BME\r\n4007,1171\r\n'),
        'wres.csv',
        /"Sheet" column/,
      ],
      ['a file over 2 MB', Buffer.alloc(TEMPLATE_IMPORT_MAX_BYTES + 1, 0x41), 'wres.csv', /larger than 2 MB/],
    ])('refuses %s, saying why', async (_what, content, fileName, message) => {
      const body = await refused(content, fileName);
      expect(body.message).toMatch(message);
      expect(body.problems.map((problem) => problem.path)).toEqual(['file']);
    });

    it('refuses a template with no figures in it, rather than emptying the draft', async () => {
      // A commissioner's copy has no draft figures: as if the provider uploaded a blank template by mistake.
      const blank = bytes(await download(await as('commissioner@demo.test'), 'xlsx').expect(200));
      const body = await refused(blank, 'wres-2018-19.xlsx');
      expect(body.message).toMatch(/^The template has no figures in it/);
      expect(body.templateProblems).toEqual([]);
    });

    it('refuses a workbook with a renamed sheet, naming both sheets', async () => {
      const renamed = await editXlsx(await filledXlsx(), (workbook) => {
        worksheetOf(workbook, 'Indicators 2-4').name = 'Indicators 2 to 4';
      });
      const body = await refused(renamed, 'wres-2018-19.xlsx');
      expect(body.templateProblems).toEqual([
        {
          sheet: 'Indicators 2-4',
          row: null,
          column: null,
          message: expect.stringMatching(/^The file has no "Indicators 2-4" sheet/),
        },
        {
          sheet: 'Indicators 2 to 4',
          row: null,
          column: null,
          message: expect.stringMatching(/^The WRES template has no sheet called "Indicators 2 to 4"/),
        },
      ]);
      expect(body.problems.map((problem) => problem.path)).toEqual(['Indicators 2-4', 'Indicators 2 to 4']);
    });

    it('refuses a workbook that is not the template', async () => {
      const workbook = new Workbook();
      workbook.addWorksheet('Sheet1').addRows([
        ['Ethnicity', 'Shortlisted', 'Appointed'],
        ['White', 3844, 372],
      ]);
      const body = await refused(Buffer.from(await workbook.xlsx.writeBuffer()), 'mine.xlsx');
      expect(body.templateProblems.map((problem) => problem.sheet)).toEqual([
        'About',
        'Indicator 1',
        'Indicators 2-4',
        'Indicators 5-8',
        'Indicator 9',
        'Sheet1',
      ]);
    });

    it('refuses text in a number cell, at its sheet, row and column', async () => {
      const typo = await editXlsx(await filledXlsx(), (workbook) => {
        const sheet = worksheetOf(workbook, 'Indicators 2-4');
        // Another figure changed too: had anything been written, the draft would differ.
        sheet.getCell('C5').value = 3900;
        sheet.getCell('D6').value = 'about 120';
      });
      const body = await refused(typo, 'wres-2018-19.xlsx');
      expect(body.templateProblems).toEqual([
        {
          sheet: 'Indicators 2-4',
          row: 6,
          column: 'D',
          message: 'BME appointed from shortlisting: expected a whole number of 0 or more, found "about 120"',
        },
      ]);
      expect(body.problems).toEqual([
        { path: 'Indicators 2-4!D6', messages: [body.templateProblems[0].message] },
      ]);
      expect(body.message).toBe(
        'The template has a problem, so nothing was imported: correct it and upload it again',
      );
    });

    it('refuses figures validation rejects, at the cell they came from', async () => {
      const csv = editCsv(bytes(await download(await as('provider@demo.test'), 'csv').expect(200)), (sheet) =>
        sheet('Indicators 2-4').type(6, 'D', 2600),
      );
      const body = await refused(csv, 'wres-2018-19.csv');
      expect(body.templateProblems).toEqual([
        {
          sheet: 'Indicators 2-4',
          row: 6,
          column: 'D',
          message:
            'BME appointed from shortlisting: Appointed (2,600) cannot be more than shortlisted (2,525)',
        },
      ]);
    });
  });

  it('keeps the report from another provider, who can neither download nor import it', async () => {
    const other = await as('provider2@demo.test');
    const before = await footprint();
    await download(other, 'xlsx').expect(404);
    await download(other, 'csv').expect(404);
    await upload(other, await filledXlsx(), 'wres-2018-19.xlsx').expect(404);
    expect(await footprint()).toEqual(before);
  });

  it('lets the co-ordinating commissioner download a blank template but import nothing', async () => {
    const commissioner = await as('commissioner@demo.test');
    const response = await download(commissioner, 'xlsx').expect(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes(response) as unknown as ArrayBuffer);
    // The draft is the provider's own: a commissioner's copy has only the year's reporting period end.
    expect(worksheetOf(workbook, 'About').getCell('B11').value).toBe('2019-03-31');
    expect(worksheetOf(workbook, 'Indicators 2-4').getCell('C5').value).toBeNull();
    await upload(commissioner, await filledXlsx(), 'wres-2018-19.xlsx').expect(403);
    await download(commissioner, 'pdf').expect(400);
  });
});

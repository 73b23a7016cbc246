import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { SessionAgent } from '@wres/server/core/testing';
import { CONTRACT_IMPORT_COLUMNS } from '@wres/shared/contracts';
import type {
  ContractImportErrorBody,
  ContractImportPreview,
  ContractImportResult,
  ValidationErrorBody,
} from '@wres/shared/contracts';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { demoUsers, startTestApi } from './test-app';

type Cell = string | number | boolean | null;

const IMPORT = '/api/v1/contracts/import';
const PREVIEW = '/api/v1/contracts/import/preview';
const YEAR = '2024/25';
const ROWS = 1_000;

/** Kinds written the many ways people write them, in turn. */
const KINDS: Array<[written: string, kind: string]> = [
  ['NHS trust', 'nhs-trust'],
  ['foundation-trust', 'foundation-trust'],
  ['Independent sector provider', 'independent'],
  ['voluntary', 'voluntary'],
  ['Primary care', 'primary-care'],
  ['NHS Foundation Trust', 'foundation-trust'],
  ['independent', 'independent'],
];
/** Incomes around the £200,000 threshold, as numbers and as text: exactly £200,000 is small. */
const INCOMES: Array<[written: Cell, pence: number]> = [
  [150_000, 15_000_000],
  ['£200,000', 20_000_000],
  [200_000.01, 20_000_001],
  ['£180,000.50', 18_000_050],
  ['5000000', 500_000_000],
  [250_000, 25_000_000],
];

const odsCode = (i: number) => `NX${String(i).padStart(4, '0')}`;

/** Row i of the 1,000 (0-based): what it says and what it should become. */
function cleanRow(i: number): { cells: Cell[]; kind: string; pence: number } {
  const [writtenKind, kind] = KINDS[i % KINDS.length];
  const [writtenIncome, pence] = INCOMES[i % INCOMES.length];
  return {
    cells: [
      odsCode(i + 1),
      `Import Test Provider ${i + 1}`,
      writtenKind,
      YEAR,
      writtenIncome,
      i % 2 ? 'Yes' : 'y',
    ],
    kind,
    pence,
  };
}

async function xlsx(rows: Cell[][], header: readonly string[] = CONTRACT_IMPORT_COLUMNS): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Contracts');
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csv(rows: Cell[][], header: readonly string[] = CONTRACT_IMPORT_COLUMNS): Buffer {
  const quote = (cell: Cell) => {
    const text = cell === null ? '' : String(cell);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return Buffer.from([header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n', 'utf8');
}

describe('importing a commissioner’s contract list', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  const users = demoUsers(() => app);
  const as = users.as;
  const idOf = users.organisationId;
  const upload = (client: SessionAgent, path: string, file: Buffer, name: string, fields = {}) =>
    client.upload(path, 'file', file, name, fields);

  /** Everything an import writes, counted; equal before and after means nothing was written. */
  const footprint = async () => {
    const [row] = await db.query(
      `SELECT (SELECT count(*)::int FROM organisation) AS organisations,
              (SELECT count(*)::int FROM contract) AS contracts,
              (SELECT count(*)::int FROM contract_commissioner) AS lines,
              (SELECT count(*)::int FROM organisation_relationship) AS relationships,
              (SELECT count(*)::int FROM obligation) AS obligations,
              (SELECT count(*)::int FROM scope_decision) AS decisions,
              (SELECT count(*)::int FROM audit_event) AS audit`,
    );
    return row as Record<string, number>;
  };

  beforeAll(async () => {
    app = await startTestApi();
    db = app.get(DataSource);
  });

  afterAll(() => app.close());

  describe('1,000 providers for NHS Southbrook CCG, as XLSX', () => {
    const clean = Array.from({ length: ROWS }, (_, i) => cleanRow(i));
    const withBadRows = () => {
      const rows = clean.map((row) => [...row.cells]);
      rows[10][4] = -5_000; // line 12: negative income
      rows[500][2] = 'Hospital'; // line 502: no such kind
      rows[900][3] = '2024/26'; // line 902: not a contract year
      return rows;
    };

    it('refuses a file with 3 bad rows, naming exactly those lines and columns, and writes nothing', async () => {
      const southbrook = await as('commissioner2@demo.test');
      const before = await footprint();
      const response = await upload(southbrook, IMPORT, await xlsx(withBadRows()), 'contracts.xlsx').expect(
        400,
      );
      const body: ContractImportErrorBody = response.body;
      expect(body.message).toBe('3 rows have problems, so nothing was imported');
      expect(body.rowProblems.map(({ line, column }) => ({ line, column }))).toEqual([
        { line: 12, column: 'Expected NHS income (£)' },
        { line: 502, column: 'Provider kind' },
        { line: 902, column: 'Contract year' },
      ]);
      expect(body.rowProblems.map((problem) => problem.message)).toEqual([
        'The expected NHS income must not be negative (-5000 was given)',
        expect.stringMatching(/^"Hospital" is not a kind of provider: use NHS trust, NHS foundation trust/),
        expect.stringMatching(/^"2024\/26" is not a contract year/),
      ]);
      expect(body.problems.map((problem) => problem.path)).toEqual([
        'line 12, Expected NHS income (£)',
        'line 502, Provider kind',
        'line 902, Contract year',
      ]);
      expect(await footprint()).toEqual(before);
      const [providers] = await db.query(
        `SELECT count(*)::int AS n FROM organisation WHERE ods_code LIKE 'NX%'`,
      );
      expect(providers.n).toBe(0);
    });

    it('previews the clean file without writing anything', async () => {
      const southbrook = await as('commissioner2@demo.test');
      const before = await footprint();
      const response = await upload(
        southbrook,
        PREVIEW,
        await xlsx(clean.map((row) => row.cells)),
        'contracts.xlsx',
      ).expect(200);
      const preview: ContractImportPreview = response.body;
      expect(preview).toMatchObject({
        rows: ROWS,
        valid: true,
        problems: [],
        summary: {
          providersToCreate: ROWS,
          contractsToCreate: ROWS,
          contractsToUpdate: 0,
          contractsUnchanged: 0,
          providersChangingScope: 0,
        },
      });
      expect(await footprint()).toEqual(before);
    });

    it('previews the bad file with every problem and writes nothing', async () => {
      const southbrook = await as('commissioner2@demo.test');
      const before = await footprint();
      const response = await upload(southbrook, PREVIEW, await xlsx(withBadRows()), 'contracts.xlsx').expect(
        200,
      );
      const preview: ContractImportPreview = response.body;
      expect(preview.valid).toBe(false);
      expect(preview.problems.map((problem) => problem.line)).toEqual([12, 502, 902]);
      expect(preview.summary.contractsToCreate).toBe(ROWS - 3);
      expect(await footprint()).toEqual(before);
    });

    it('imports the clean file: 1,000 providers and contracts in one transaction, with their obligations', async () => {
      const southbrook = await as('commissioner2@demo.test');
      const southbrookId = await idOf('02D');
      const before = await footprint();
      const file = await xlsx(clean.map((row) => row.cells));
      const started = process.hrtime.bigint();
      const response = await upload(southbrook, IMPORT, file, 'contracts.xlsx').expect(201);
      const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
      console.log(`Imported ${ROWS} rows (XLSX, ${file.length} bytes) in ${milliseconds.toFixed(0)} ms`);
      const result: ContractImportResult = response.body;
      expect(result).toMatchObject({
        rows: ROWS,
        summary: { providersToCreate: ROWS, contractsToCreate: ROWS, contractsToUpdate: 0 },
      });

      const contracts: Array<{
        ods_code: string;
        provider_kind: string;
        commissioner_id: string;
        is_coordinating: boolean;
        expected_income_pence: string;
        created_at: Date;
        form: string;
      }> = await db.query(
        `SELECT p.ods_code, p.provider_kind, cc.commissioner_id, cc.is_coordinating,
                cc.expected_income_pence::text, c.created_at, c.form
         FROM contract c JOIN organisation p ON p.id = c.provider_id
         JOIN contract_commissioner cc ON cc.contract_id = c.id
         WHERE p.ods_code LIKE 'NX%' AND c.contract_year = $1 ORDER BY p.ods_code`,
        [YEAR],
      );
      expect(contracts).toHaveLength(ROWS);
      contracts.forEach((contract, i) => {
        expect(contract).toMatchObject({
          ods_code: odsCode(i + 1),
          provider_kind: clean[i].kind,
          commissioner_id: southbrookId,
          is_coordinating: true,
          expected_income_pence: String(clean[i].pence),
          form: 'standard',
        });
      });
      // now() is the transaction's start: one value for every contract means one transaction wrote them all.
      expect(new Set(contracts.map((contract) => contract.created_at.getTime())).size).toBe(1);

      const after = await footprint();
      expect(after.organisations - before.organisations).toBe(ROWS);
      expect(after.contracts - before.contracts).toBe(ROWS);
      expect(after.lines - before.lines).toBe(ROWS);
      expect(after.relationships - before.relationships).toBe(ROWS);
      expect(after.decisions - before.decisions).toBe(ROWS);
      const audit: Array<{ action: string; n: number }> = await db.query(
        `SELECT action, count(*)::int AS n FROM audit_event
         WHERE id > (SELECT max(id) FROM audit_event) - $1 GROUP BY action ORDER BY action`,
        [after.audit - before.audit],
      );
      expect(audit).toEqual([
        { action: 'contract.recorded', n: ROWS },
        { action: 'contracts.imported', n: 1 },
        { action: 'scope.decided', n: ROWS },
      ]);

      // Every provider has its obligations for the year; small ones and primary care are exempt from the report.
      const wres: Array<{ ods_code: string; applies: boolean; basis: string }> = await db.query(
        `SELECT p.ods_code, o.applies, o.basis FROM obligation o JOIN organisation p ON p.id = o.provider_id
         WHERE p.ods_code LIKE 'NX%' AND o.contract_year = $1 AND o.clause = 'SC13.5.2' ORDER BY p.ods_code`,
        [YEAR],
      );
      expect(wres).toHaveLength(ROWS);
      wres.forEach((obligation, i) => {
        const { kind, pence } = clean[i];
        const expected =
          kind === 'primary-care'
            ? { applies: false, basis: 'provider-kind-not-covered' }
            : pence <= 20_000_000
              ? { applies: false, basis: 'small-provider-exempt' }
              : { applies: true, basis: 'applies' };
        expect({ ods: obligation.ods_code, ...obligation }).toEqual({
          ods: odsCode(i + 1),
          ods_code: odsCode(i + 1),
          ...expected,
        });
      });
      const exempt = wres.filter((o) => o.basis === 'small-provider-exempt').length;
      expect(exempt).toBeGreaterThan(300);
    });

    it('finds nothing to do when the same file is previewed again', async () => {
      const southbrook = await as('commissioner2@demo.test');
      const response = await upload(
        southbrook,
        PREVIEW,
        await xlsx(clean.map((row) => row.cells)),
        'contracts.xlsx',
      ).expect(200);
      expect(response.body.summary).toEqual({
        providersToCreate: 0,
        contractsToCreate: 0,
        contractsToUpdate: 0,
        contractsUnchanged: ROWS,
        providersChangingScope: 0,
      });
    });

    it('refuses a known ODS code with another name or kind, naming the recorded provider', async () => {
      const southbrook = await as('commissioner2@demo.test');
      const rows: Cell[][] = [['nx0001', 'Someone Else Ltd', 'voluntary', '2023/24', 1000, 'yes']];
      const response = await upload(southbrook, IMPORT, csv(rows), 'contracts.csv').expect(400);
      const body: ContractImportErrorBody = response.body;
      expect(body.rowProblems).toEqual([
        {
          line: 2,
          column: 'Provider name',
          message:
            'NX0001 is Import Test Provider 1, not "Someone Else Ltd": correct the name or the ODS code',
        },
        {
          line: 2,
          column: 'Provider kind',
          message: expect.stringMatching(
            /^Import Test Provider 1 \(NX0001\) is recorded as NHS trust, not voluntary/,
          ),
        },
      ]);
    });
  });

  describe('a CSV file', () => {
    it('updates lines, adds providers and says whose scope changes', async () => {
      const southbrook = await as('commissioner2@demo.test');
      // NX0001 was £150,000 (small); £250,000 takes it over the threshold. Names and kinds may be left out.
      const rows: Cell[][] = [
        ['NX0001', '', '', YEAR, '£250,000', 'yes'],
        ['NY0001', 'Csv Imported Care Ltd', 'Independent', YEAR, '£1,234,567.89', 'Yes'],
        [],
        ['NY0002', 'Csv Imported Hospice', 'Voluntary sector provider', YEAR, '99000', 'YES'],
      ];
      const header = [
        '  ods CODE ',
        'Provider Name',
        'provider kind',
        'Contract Year',
        'Expected NHS income (£)',
        'Coordinating',
      ];
      const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csv(rows, header)]);
      const preview: ContractImportPreview = (await upload(southbrook, PREVIEW, file, 'list.CSV').expect(200))
        .body;
      expect(preview).toMatchObject({
        rows: 3,
        valid: true,
        summary: {
          providersToCreate: 2,
          contractsToCreate: 2,
          contractsToUpdate: 1,
          providersChangingScope: 1,
        },
        scopeChanges: [
          {
            odsCode: 'NX0001',
            contractYear: YEAR,
            changes: ['SC13.5.2 now applies.', 'SC12.3.2 now applies.', 'SC12.4 now applies.'],
          },
        ],
      });
      const result: ContractImportResult = (await upload(southbrook, IMPORT, file, 'list.CSV').expect(201))
        .body;
      expect(result.summary).toEqual(preview.summary);
      const lines = await db.query(
        `SELECT p.ods_code, cc.expected_income_pence::text AS pence, o.applies
         FROM contract c JOIN organisation p ON p.id = c.provider_id
         JOIN contract_commissioner cc ON cc.contract_id = c.id
         JOIN obligation o ON o.provider_id = p.id AND o.contract_year = c.contract_year AND o.clause = 'SC13.5.2'
         WHERE p.ods_code IN ('NX0001', 'NY0001', 'NY0002') AND c.contract_year = $1 ORDER BY p.ods_code`,
        [YEAR],
      );
      expect(lines).toEqual([
        { ods_code: 'NX0001', pence: '25000000', applies: true },
        { ods_code: 'NY0001', pence: '123456789', applies: true },
        { ods_code: 'NY0002', pence: '9900000', applies: false },
      ]);
      const [changed] = await db.query(
        `SELECT summary FROM audit_event WHERE action = 'contract.changed' ORDER BY id DESC LIMIT 1`,
      );
      expect(changed.summary).toMatchObject({
        before: { commissioners: [{ expectedIncomePence: 15_000_000 }] },
        after: { commissioners: [{ expectedIncomePence: 25_000_000 }] },
      });
    });

    it('joins the provider’s contract as an associate when another commissioner co-ordinates it', async () => {
      const southbrook = await as('commissioner2@demo.test');
      const northfield = await as('commissioner@demo.test');
      // Northfield co-ordinates NY0003's 2021/22 contract; Southbrook adds its own line as an associate.
      await upload(
        northfield,
        IMPORT,
        csv([['NY0003', 'Joint Care Ltd', 'independent', '2021/22', 150000, 'yes']]),
        'a.csv',
      ).expect(201);
      const coordinatingAgain = csv([['NY0003', '', '', '2021/22', 60000, 'yes']]);
      const refused: ContractImportErrorBody = (
        await upload(southbrook, IMPORT, coordinatingAgain, 'b.csv').expect(400)
      ).body;
      expect(refused.rowProblems).toEqual([
        {
          line: 2,
          column: 'Co-ordinating',
          message: expect.stringMatching(/^Another commissioner co-ordinates NY0003/),
        },
      ]);
      const joined: ContractImportResult = (
        await upload(southbrook, IMPORT, csv([['NY0003', '', '', '2021/22', 60000, 'no']]), 'b.csv').expect(
          201,
        )
      ).body;
      expect(joined.summary).toMatchObject({
        contractsToCreate: 0,
        contractsToUpdate: 1,
        providersChangingScope: 1,
      });
      const lines = await db.query(
        `SELECT o.ods_code, cc.is_coordinating, cc.expected_income_pence::text AS pence
         FROM contract c JOIN organisation p ON p.id = c.provider_id
         JOIN contract_commissioner cc ON cc.contract_id = c.id JOIN organisation o ON o.id = cc.commissioner_id
         WHERE p.ods_code = 'NY0003' ORDER BY o.ods_code`,
      );
      expect(lines).toEqual([
        { ods_code: '01D', is_coordinating: true, pence: '15000000' },
        { ods_code: '02D', is_coordinating: false, pence: '6000000' },
      ]);
    });
  });

  describe('files that cannot be used', () => {
    const refusal = async (file: Buffer, name: string): Promise<ValidationErrorBody> => {
      const southbrook = await as('commissioner2@demo.test');
      const before = await footprint();
      const response = await upload(southbrook, IMPORT, file, name).expect(400);
      expect(await footprint()).toEqual(before);
      return response.body;
    };

    it('says a corrupt workbook cannot be read', async () => {
      const body = await refusal(randomBytes(4096), 'contracts.xlsx');
      expect(body.message).toMatch(/^The file could not be read as an Excel workbook \(\.xlsx\)/);
      expect(body.problems).toEqual([{ path: 'file', messages: [body.message] }]);
    });

    it('says which column is missing', async () => {
      const header = CONTRACT_IMPORT_COLUMNS.filter((column) => column !== 'Contract year');
      const body = await refusal(await xlsx([['RD1', '', '', 100, 'yes']], header), 'contracts.xlsx');
      expect(body.message).toBe("The file has no column called 'Contract year'");
    });

    it('names a text value in the income column by line and column', async () => {
      const rows: Cell[][] = [
        ['NW0001', 'Textual Income Ltd', 'independent', YEAR, 250000, 'yes'],
        ['NW0002', 'Textual Income Two Ltd', 'independent', YEAR, 'about five grand', 'yes'],
      ];
      const body = (await refusal(await xlsx(rows), 'contracts.xlsx')) as ContractImportErrorBody;
      expect(body.rowProblems).toEqual([
        {
          line: 3,
          column: 'Expected NHS income (£)',
          message:
            '"about five grand" is not an amount of money: write it in pounds, like 180000 or £180,000.50',
        },
      ]);
    });

    it('refuses the wrong type of file, an empty file and a header with no rows', async () => {
      expect((await refusal(Buffer.from('%PDF-1.4'), 'contracts.pdf')).message).toBe(
        'Upload a .csv or .xlsx file: "contracts.pdf" is neither',
      );
      expect((await refusal(Buffer.alloc(0), 'contracts.csv')).message).toBe('The file is empty');
      expect((await refusal(csv([]), 'contracts.csv')).message).toBe(
        'The file has a header row but no contracts below it',
      );
    });

    it('asks for the file when none is sent', async () => {
      const southbrook = await as('commissioner2@demo.test');
      const response = await southbrook.post(IMPORT, {}).expect(400);
      expect(response.body.message).toBe("Choose a file to upload: send it as the form field 'file'");
    });
  });

  describe('whose lines they are', () => {
    const rows: Cell[][] = [['NZ0001', 'Northfield Import Ltd', 'independent', '2021/22', 300000, 'yes']];

    it('lets a commissioner import only its own organisation’s lines', async () => {
      const northfield = await as('commissioner@demo.test');
      const before = await footprint();
      const forSouthbrook = { commissionerId: await idOf('02D') };
      const response = await upload(northfield, IMPORT, csv(rows), 'c.csv', forSouthbrook).expect(403);
      expect(response.body.message).toBe('You can only import contract lines for your own organisation');
      expect(await footprint()).toEqual(before);

      await upload(northfield, IMPORT, csv(rows), 'c.csv').expect(201);
      const lines = await db.query(
        `SELECT cc.commissioner_id FROM contract_commissioner cc JOIN contract c ON c.id = cc.contract_id
         JOIN organisation p ON p.id = c.provider_id WHERE p.ods_code = 'NZ0001'`,
      );
      expect(lines).toEqual([{ commissioner_id: await idOf('01D') }]);
    });

    it('refuses years when the importer did not exist', async () => {
      const northfield = await as('commissioner@demo.test');
      const later = csv([['NZ0002', 'Too Late Ltd', 'independent', '2023/24', 300000, 'yes']]);
      const body: ContractImportErrorBody = (await upload(northfield, IMPORT, later, 'c.csv').expect(400))
        .body;
      expect(body.rowProblems).toEqual([
        {
          line: 2,
          column: 'Contract year',
          message: 'NHS Northfield CCG did not exist during 2023/24, so cannot commission it',
        },
      ]);
    });

    it('makes an admin choose the commissioner', async () => {
      const admin = await as('admin@demo.test');
      const body = (await upload(admin, PREVIEW, csv(rows), 'c.csv').expect(400)).body as ValidationErrorBody;
      expect(body.problems.map((problem) => problem.path)).toEqual(['commissionerId']);
      const preview: ContractImportPreview = (
        await upload(admin, PREVIEW, csv(rows), 'c.csv', { commissionerId: await idOf('03D') }).expect(200)
      ).body;
      expect(preview.summary).toMatchObject({ contractsToCreate: 0, contractsToUpdate: 0 });
      expect(preview.problems).toEqual([
        {
          line: 2,
          column: 'Co-ordinating',
          message: expect.stringMatching(/^Another commissioner co-ordinates NZ0001/),
        },
      ]);
    });

    it('refuses providers and CSU analysts', async () => {
      for (const email of ['provider@demo.test', 'csu@demo.test']) {
        const client = await as(email);
        await upload(client, IMPORT, csv(rows), 'c.csv').expect(403);
        await upload(client, PREVIEW, csv(rows), 'c.csv').expect(403);
      }
    });
  });
});

import type { NestExpressApplication } from '@nestjs/platform-express';
import { findCycle, milestoneDueDate, shippedCycles } from '@wres/domain/calendar';
import { findDisclosures, publishedTableFromGrid } from '@wres/domain/reporting';
import { relativeLikelihood } from '@wres/domain/statistics';
import { isNotComputable, round } from '@wres/domain/wres';
import { dropDatabase } from '@wres/server/core/database';
import { SessionAgent, testEnvironment } from '@wres/server/core/testing';
import type {
  CommissionerDashboard,
  CsuDashboard,
  DashboardExport,
  DashboardTrends,
  PublishedTable,
} from '@wres/shared/contracts';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { demoUsers, seedOwnDatabase, startTestApi } from './test-app';

/*
 * The dashboards on the demo as it stands on 23 November 2026 (years of reports in every state), on a
 * database of this file's own. Counts are recomputed here with plain SQL over the tables, never through the
 * reporting code; every pooled and exported table is scanned cell by cell for small or recoverable counts.
 */
const NOW = '2026-11-23T10:00:00Z';
const TODAY = '2026-11-23';
const YEAR = '2024/25';
const THRESHOLD = 10;
const databaseUrl = () => `${testEnvironment().databaseUrl}_dashboards`;

const dueDateOf = (contractYear: string) => {
  const milestone = findCycle(shippedCycles(), contractYear).milestones.find(
    (m) => m.kind === 'annual-report',
  );
  if (!milestone) throw new Error(`No annual report in ${contractYear}`);
  return milestoneDueDate(milestone);
};

/** Reads a binary response body whole, for files. */
function binary(request: ReturnType<SessionAgent['get']>) {
  return request.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

/** RFC 4180 CSV, as a spreadsheet would read it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

type SheetValue = string | number;

/** Every sheet of a workbook as rows of values: numbers stay numbers. */
async function readWorkbook(content: Buffer): Promise<Map<string, SheetValue[][]>> {
  const workbook = new Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheets = new Map<string, SheetValue[][]>();
  workbook.eachSheet((sheet) => {
    const rows: SheetValue[][] = [];
    const width = sheet.getRow(1).cellCount;
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values: SheetValue[] = [];
      for (let column = 1; column <= width; column++) {
        const value = row.getCell(column).value;
        values.push(
          typeof value === 'number' ? value : value === null || value === undefined ? '' : String(value),
        );
      }
      rows.push(values);
    });
    sheets.set(sheet.name, rows);
  });
  return sheets;
}

/** The check the brief asks for, written here without the reporting code: no shown count from 1 to 9. */
function smallCountsShown(table: PublishedTable, grid: readonly (readonly SheetValue[])[]): string[] {
  const countColumns = table.columns.flatMap((column, i) => (column.kind === 'count' ? [i] : []));
  const found: string[] = [];
  grid.slice(1).forEach((row, r) => {
    for (const i of countColumns) {
      const text = String(row[i] ?? '').replace(/,/g, '');
      const value = Number(text);
      if (text !== '' && Number.isFinite(value) && value >= 1 && value < THRESHOLD) {
        found.push(`${table.key} row ${r + 1} ${table.columns[i].key}: ${text}`);
      }
    }
  });
  return found;
}

/** Both scans of a table as a file holds it: small counts, recoverable cells and exposed figures. */
function expectNothingDisclosed(table: PublishedTable, grid: SheetValue[][]): void {
  expect(grid[0]).toEqual(table.columns.map((column) => column.label));
  expect(smallCountsShown(table, grid)).toEqual([]);
  const readBack = publishedTableFromGrid(
    { ...table, hasTotalRow: table.totalRow !== null },
    grid.map((row) => row.map((value) => String(value))),
  );
  expect({ table: table.key, disclosures: findDisclosures(readBack) }).toEqual({
    table: table.key,
    disclosures: [],
  });
}

/** A published table as rows of what a file holds: the number where one is shown, else the text. */
function asGrid(table: PublishedTable): SheetValue[][] {
  const rows = table.totalRow ? [...table.rows, table.totalRow] : table.rows;
  return [
    table.columns.map((column) => column.label),
    ...rows.map((row) =>
      table.columns.map((column) => {
        const cell = row.cells[column.key];
        return cell.status === 'shown' &&
          typeof cell.value === 'number' &&
          !['label', 'text'].includes(column.kind)
          ? cell.value
          : cell.display;
      }),
    ),
  ];
}

describe('commissioner and CSU dashboards', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  const users = demoUsers(() => app);
  const as = users.as;
  const ids: Record<string, string> = {};

  const get = async <T>(email: string, path: string, status = 200): Promise<T> =>
    (await (await as(email)).get(path).expect(status)).body as T;
  const commissionerDashboard = (email: string, query = `contractYear=${YEAR}`) =>
    get<CommissionerDashboard>(email, `/api/v1/dashboards/commissioner?${query}`);
  const csuDashboard = (email: string, contractYear = YEAR) =>
    get<CsuDashboard>(email, `/api/v1/dashboards/csu?contractYear=${contractYear}`);

  beforeAll(async () => {
    await seedOwnDatabase(databaseUrl(), new Date(NOW));
    app = await startTestApi({ APP_NOW: NOW, DATABASE_URL: databaseUrl() });
    db = app.get(DataSource);
    for (const [key, ods] of Object.entries({
      northfieldCcg: '01D',
      southbrook: '02D',
      westmere: '03D',
      icb: 'QD1',
      trustA: 'RD1',
      ftB: 'RD4',
      indC: 'ND104',
    })) {
      ids[key] = await users.organisationId(ods);
    }
  });

  afterAll(async () => {
    await app?.close();
    await dropDatabase(databaseUrl());
  });

  /**
   * A commissioner's year recomputed from the tables: its providers are those on a contract where one of
   * `commissioners` co-ordinates; the status of each report follows the first version, the obligation
   * and the due date.
   */
  async function recomputeCommissioner(commissioners: string[], contractYear: string) {
    const [row] = await db.query(
      `WITH mine AS (
         SELECT DISTINCT c.provider_id FROM contract c
         JOIN contract_commissioner cc ON cc.contract_id = c.id
         WHERE c.contract_year = $2 AND cc.is_coordinating AND cc.commissioner_id = ANY($1::uuid[])
       ),
       report AS (
         SELECT m.provider_id, o.applies, o.basis, o.scope_status, v1.late, v1.submitted_at, r.state
         FROM mine m
         LEFT JOIN obligation o ON o.provider_id = m.provider_id AND o.contract_year = $2 AND o.clause = 'SC13.5.2'
         LEFT JOIN submission s ON s.provider_id = m.provider_id AND s.contract_year = $2 AND s.clause = 'SC13.5.2'
         LEFT JOIN submission_version v1 ON v1.submission_id = s.id AND v1.version = 1
         LEFT JOIN assurance_review r ON r.submission_id = s.id
       )
       SELECT
         (SELECT count(*) FROM report)::int AS providers,
         (SELECT count(*) FROM report WHERE applies)::int AS in_scope,
         (SELECT count(*) FROM report WHERE basis = 'small-provider-exempt')::int AS exempt_small,
         (SELECT count(*) FROM report WHERE basis = 'provider-kind-not-covered')::int AS exempt_kind,
         (SELECT count(*) FROM report WHERE scope_status = 'presumed')::int AS presumed,
         (SELECT count(*) FROM report WHERE scope_status = 'confirmed')::int AS confirmed,
         (SELECT count(*) FROM report WHERE late = false)::int AS on_time,
         (SELECT count(*) FROM report WHERE late = true)::int AS late,
         (SELECT count(*) FROM report WHERE late IS NULL AND applies AND $3::date < $4::date)::int AS overdue,
         (SELECT count(*) FROM report WHERE late IS NULL AND applies AND $3::date >= $4::date)::int AS due,
         (SELECT count(*) FROM report WHERE late IS NULL AND NOT applies)::int AS not_required,
         (SELECT max((submitted_at AT TIME ZONE 'Europe/London')::date - $3::date) FROM report WHERE late)::int AS max_days_late,
         (SELECT count(*) FROM report WHERE late IS NOT NULL AND state = 'submitted')::int AS awaiting,
         (SELECT count(*) FROM report WHERE state = 'in-review')::int AS in_review,
         (SELECT count(*) FROM report WHERE state = 'changes-requested')::int AS changes_requested,
         (SELECT count(*) FROM report WHERE state = 'resubmitted')::int AS resubmitted,
         (SELECT count(*) FROM report WHERE state = 'assured')::int AS assured,
         (SELECT count(*) FROM report WHERE state = 'not-assured')::int AS not_assured`,
      [commissioners, contractYear, dueDateOf(contractYear), TODAY],
    );
    return row as Record<string, number | null>;
  }

  describe('counts recomputed from the tables', () => {
    it('gives Northfield (its CCG and, since 2022, its ICB) the counts the tables hold, year by year', async () => {
      for (const contractYear of ['2024/25', '2020/21', '2025/26']) {
        const dashboard = await commissionerDashboard(
          'commissioner@demo.test',
          `contractYear=${contractYear.replace('/', '-')}`,
        );
        const expected = await recomputeCommissioner([ids['northfieldCcg'], ids['icb']], contractYear);
        expect(dashboard.includes.map((o) => o.odsCode).sort()).toEqual(['01D', 'QD1']);
        expect(dashboard.dueDate).toBe(dueDateOf(contractYear));
        expect(dashboard.summary).toEqual({
          providers: expected['providers'],
          associateProviders: 0,
          scope: {
            inScope: expected['in_scope'],
            exempt: Number(expected['exempt_small']) + Number(expected['exempt_kind']),
            exemptSmallProvider: expected['exempt_small'],
            exemptProviderKind: expected['exempt_kind'],
            notDecided: 0,
            presumed: expected['presumed'],
            confirmed: expected['confirmed'],
          },
          reports: {
            due: expected['due'],
            overdue: expected['overdue'],
            submittedOnTime: expected['on_time'],
            submittedLate: expected['late'],
            notRequired: expected['not_required'],
          },
          lateness: expect.objectContaining({ maxDaysLate: expected['max_days_late'] }),
          assurance: {
            awaitingReview: expected['awaiting'],
            inReview: expected['in_review'],
            changesRequested: expected['changes_requested'],
            resubmitted: expected['resubmitted'],
            assured: expected['assured'],
            notAssured: expected['not_assured'],
          },
        });
        expect(dashboard.providers.filter((p) => p.coordinating)).toHaveLength(Number(expected['providers']));
      }
    });

    it('shows the demo’s 2024/25 as seeded: one overdue, four on time, one not required', async () => {
      const { summary, providers } = await commissionerDashboard('icb@demo.test');
      expect(summary.providers).toBe(6);
      expect(summary.reports).toEqual({
        due: 0,
        overdue: 1,
        submittedOnTime: 4,
        submittedLate: 0,
        notRequired: 1,
      });
      expect(summary.assurance).toMatchObject({ inReview: 1, changesRequested: 1, awaitingReview: 2 });
      const trust = providers.find((p) => p.provider.odsCode === 'RD1');
      expect(trust).toMatchObject({ status: 'submitted', reviewState: 'in-review', currentVersion: 1 });
      expect(trust?.links.report).toBe(`/api/v1/submissions/${ids['trustA']}/2024-25`);
      const i2 = trust?.indicators?.i2;
      expect(i2 && !isNotComputable(i2) && i2.trend).toMatch(/^(better|worse|same)$/);
    });

    it('counts Southbrook’s late report with its days late, and lists Westmere’s joint contract as an associate', async () => {
      const dashboard = await commissionerDashboard('commissioner2@demo.test');
      const expected = await recomputeCommissioner([ids['southbrook']], YEAR);
      expect(dashboard.summary.reports.submittedLate).toBe(expected['late']);
      expect(dashboard.summary.lateness.maxDaysLate).toBe(expected['max_days_late']);
      const late = dashboard.providers.find((p) => p.provider.id === ids['ftB']);
      expect(late).toMatchObject({ status: 'submitted-late', daysLate: expected['max_days_late'] });
      expect(late?.daysLate).toBeGreaterThan(0);
      expect(dashboard.summary.associateProviders).toBe(1);
      expect(dashboard.providers.find((p) => p.provider.id === ids['indC'])).toMatchObject({
        coordinating: false,
      });
      const westmere = await commissionerDashboard('westmere@demo.test');
      expect(westmere.providers.find((p) => p.provider.id === ids['indC'])).toMatchObject({
        coordinating: true,
      });
    });

    it('gives the CSU each commissioner’s expected, on time, late and outstanding reports as the tables hold them', async () => {
      for (const contractYear of ['2024/25', '2020/21']) {
        const dashboard = await csuDashboard('csu@demo.test', contractYear);
        const expected: Array<Record<string, number | string>> = await db.query(
          `WITH supported AS (
             SELECT r.to_organisation_id AS id FROM organisation_relationship r
             JOIN organisation csu ON csu.id = r.from_organisation_id
             WHERE r.kind = 'supports' AND csu.ods_code = '0DM'
           ),
           pairs AS (
             SELECT DISTINCT cc.commissioner_id, c.provider_id FROM contract c
             JOIN contract_commissioner cc ON cc.contract_id = c.id
             WHERE c.contract_year = $1 AND cc.is_coordinating AND cc.commissioner_id IN (SELECT id FROM supported)
           )
           SELECT o.ods_code,
             count(*) FILTER (WHERE ob.applies)::int AS expected,
             count(*) FILTER (WHERE ob.applies AND v1.late = false)::int AS on_time,
             count(*) FILTER (WHERE ob.applies AND v1.late = true)::int AS late,
             count(*) FILTER (WHERE ob.applies AND v1.id IS NULL)::int AS outstanding
           FROM pairs p
           JOIN organisation o ON o.id = p.commissioner_id
           JOIN obligation ob ON ob.provider_id = p.provider_id AND ob.contract_year = $1 AND ob.clause = 'SC13.5.2'
           LEFT JOIN submission s ON s.provider_id = p.provider_id AND s.contract_year = $1 AND s.clause = 'SC13.5.2'
           LEFT JOIN submission_version v1 ON v1.submission_id = s.id AND v1.version = 1
           GROUP BY o.ods_code ORDER BY o.ods_code`,
          [contractYear],
        );
        const shown = dashboard.reporting.rows
          .map((row) => ({
            ods_code: row.commissioner.odsCode,
            expected: row.expected,
            on_time: row.submittedOnTime,
            late: row.submittedLate,
            outstanding: row.overdue + row.due,
          }))
          .sort((a, b) => a.ods_code.localeCompare(b.ods_code));
        expect(shown).toEqual(expected);
        const sum = (key: string) => expected.reduce((total, row) => total + Number(row[key]), 0);
        expect(dashboard.reporting.total).toMatchObject({
          expected: sum('expected'),
          submittedOnTime: sum('on_time'),
          submittedLate: sum('late'),
        });
        expect(dashboard.reporting.total.reportingRatePercent).toBeCloseTo(
          (100 * (sum('on_time') + sum('late'))) / sum('expected'),
          10,
        );
      }
    });

    it('pools the region by summing counts before the ratio, as the tables add up', async () => {
      const dashboard = await csuDashboard('csu@demo.test');
      const [sums] = await db.query(
        `WITH supported AS (
           SELECT r.to_organisation_id AS id FROM organisation_relationship r
           JOIN organisation csu ON csu.id = r.from_organisation_id
           WHERE r.kind = 'supports' AND csu.ods_code = '0DM'
         ),
         pooled AS (
           SELECT DISTINCT c.provider_id FROM contract c
           JOIN contract_commissioner cc ON cc.contract_id = c.id
           WHERE c.contract_year = $1 AND cc.is_coordinating AND cc.commissioner_id IN (SELECT id FROM supported)
         )
         SELECT count(*)::int AS providers,
           sum((v.document #>> '{indicator2,white,shortlisted}')::int)::int AS white_shortlisted,
           sum((v.document #>> '{indicator2,white,appointed}')::int)::int AS white_appointed,
           sum((v.document #>> '{indicator2,bme,shortlisted}')::int)::int AS bme_shortlisted,
           sum((v.document #>> '{indicator2,bme,appointed}')::int)::int AS bme_appointed,
           sum((v.document #>> '{indicator3,bme,cases}')::int)::int AS bme_cases
         FROM pooled p
         JOIN submission s ON s.provider_id = p.provider_id AND s.contract_year = $1 AND s.clause = 'SC13.5.2'
         JOIN submission_version v ON v.submission_id = s.id AND v.version = s.current_version`,
        [YEAR],
      );
      const i2 = dashboard.pooled.find((table) => table.key === 'pooled-i2');
      const region = i2?.totalRow?.cells;
      expect(region?.['whiteTotal'].value).toBe(sums.white_shortlisted);
      expect(region?.['whiteEvents'].value).toBe(sums.white_appointed);
      expect(region?.['bmeTotal'].value).toBe(sums.bme_shortlisted);
      expect(region?.['bmeEvents'].value).toBe(sums.bme_appointed);
      const rl = relativeLikelihood(
        { events: sums.white_appointed, total: sums.white_shortlisted },
        { events: sums.bme_appointed, total: sums.bme_shortlisted },
      );
      if (!rl.computable || !rl.ci.computable) throw new Error('The region’s RL should be computable');
      expect(region?.['relativeLikelihood'].value).toBe(round(rl.value, 2));
      expect(region?.['ciLower'].value).toBe(round(rl.ci.lower, 2));
      expect(region?.['ciUpper'].value).toBe(round(rl.ci.upper, 2));
      const i3 = dashboard.pooled.find((table) => table.key === 'pooled-i3');
      expect(i3?.totalRow?.cells['bmeEvents'].value).toBe(sums.bme_cases);
      // Each provider is in one distribution, once.
      for (const distribution of dashboard.distributions) {
        expect(distribution.providers).toHaveLength(sums.providers);
      }
      expect(dashboard.pooling).toMatch(/largest contract/);
    });
  });

  describe('every pooled and exported table, cell by cell', () => {
    const exportOf = async (email: string, dashboard: 'commissioner' | 'csu', query: string) =>
      get<DashboardExport>(email, `/api/v1/dashboards/${dashboard}/export?${query}&format=json`);

    it('shows the CSU no small count in its pooled figures, and nothing recoverable from their totals', async () => {
      for (const contractYear of ['2024/25', '2018/19', '2016/17']) {
        const dashboard = await csuDashboard('csu@demo.test', contractYear);
        expect(dashboard.pooled).toHaveLength(11);
        for (const table of dashboard.pooled) expectNothingDisclosed(table, asGrid(table));
        if (contractYear !== YEAR) continue;
        // In 2024/25 each commissioner's pooled boards have a few BME members: hidden, with their figures.
        const board = dashboard.pooled.find((table) => table.key === 'pooled-i9');
        for (const row of board?.rows ?? []) {
          expect(row.cells['boardBme'].display).toBe('R');
          expect(row.cells['differencePoints'].display).toBe('R');
        }
        expect(board?.totalRow?.cells['differencePoints'].status).toBe('shown');
      }
    });

    it('writes every table to CSV and XLSX with no small count, nothing recoverable, no figure from a hidden count', async () => {
      const cases: Array<[string, 'commissioner' | 'csu', string]> = [
        ['commissioner@demo.test', 'commissioner', `contractYear=${YEAR}`],
        ['commissioner2@demo.test', 'commissioner', 'contractYear=2024-25'],
        ['westmere@demo.test', 'commissioner', 'contractYear=2018/19'],
        ['csu@demo.test', 'csu', `contractYear=${YEAR}`],
        ['csu@demo.test', 'csu', 'contractYear=2019/20'],
        ['admin@demo.test', 'csu', `contractYear=${YEAR}`],
      ];
      for (const [email, dashboard, query] of cases) {
        const { tables } = await exportOf(email, dashboard, query);
        expect(tables.length).toBeGreaterThanOrEqual(4);
        const client = await as(email);
        const xlsx = await binary(
          client.get(`/api/v1/dashboards/${dashboard}/export?${query}&format=xlsx`),
        ).expect(200);
        expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
        expect(xlsx.headers['content-disposition']).toMatch(/attachment; filename="wres-.*\.xlsx"/);
        const sheets = await readWorkbook(xlsx.body as Buffer);
        expect([...sheets.keys()]).toEqual(['About', ...tables.map((table) => table.key)]);
        for (const table of tables) {
          const csv = await (
            await as(email)
          )
            .get(`/api/v1/dashboards/${dashboard}/export?${query}&format=csv&table=${table.key}`)
            .expect(200);
          expect(csv.headers['content-type']).toMatch(/^text\/csv/);
          const csvGrid = parseCsv(csv.text);
          expectNothingDisclosed(table, csvGrid);
          expectNothingDisclosed(table, sheets.get(table.key) ?? []);
          expectNothingDisclosed(table, asGrid(table));
          // The CSV holds what the XLSX does, cell for cell.
          expect(csvGrid).toEqual((sheets.get(table.key) ?? []).map((row) => row.map(String)));
        }
      }
    });

    it('hides a pooled trend figure whenever the region’s count behind it is small', async () => {
      const trends = await get<DashboardTrends>('csu@demo.test', '/api/v1/dashboards/trends?scope=region');
      expect(trends).toMatchObject({ suppressed: true, threshold: THRESHOLD });
      const boardBme: Array<{ contract_year: string; bme: number }> = await db.query(
        `WITH supported AS (
           SELECT r.to_organisation_id AS id FROM organisation_relationship r
           JOIN organisation csu ON csu.id = r.from_organisation_id
           WHERE r.kind = 'supports' AND csu.ods_code = '0DM'
         ),
         pooled AS (
           SELECT DISTINCT c.provider_id, c.contract_year FROM contract c
           JOIN contract_commissioner cc ON cc.contract_id = c.id
           WHERE cc.is_coordinating AND cc.commissioner_id IN (SELECT id FROM supported)
         )
         SELECT p.contract_year, sum((v.document #>> '{indicator9,all,bme}')::int)::int AS bme
         FROM pooled p
         JOIN submission s ON s.provider_id = p.provider_id AND s.contract_year = p.contract_year AND s.clause = 'SC13.5.2'
         JOIN submission_version v ON v.submission_id = s.id AND v.version = s.current_version
         GROUP BY p.contract_year`,
      );
      const board = trends.series.find((series) => series.indicator === 'i9');
      expect(boardBme.length).toBeGreaterThan(5);
      let hidden = 0;
      for (const { contract_year, bme } of boardBme) {
        const figure = board?.points.find((point) => point.contractYear === contract_year)?.figure;
        if (!figure || isNotComputable(figure)) throw new Error(`No board figure for ${contract_year}`);
        const small = bme > 0 && bme < THRESHOLD;
        expect({ contract_year, display: figure.value.display === 'R' }).toEqual({
          contract_year,
          display: small,
        });
        if (small) hidden++;
      }
      expect(hidden).toBeGreaterThan(0);
    });
  });

  describe('an XLSX export read back', () => {
    it('holds the same numbers as the commissioner’s screen', async () => {
      const screen = await commissionerDashboard('commissioner@demo.test');
      const { tables } = await get<DashboardExport>(
        'commissioner@demo.test',
        `/api/v1/dashboards/commissioner/export?contractYear=${YEAR}&format=json`,
      );
      const xlsx = await binary(
        (await as('commissioner@demo.test')).get(
          `/api/v1/dashboards/commissioner/export?contractYear=${YEAR}&format=xlsx`,
        ),
      ).expect(200);
      const sheets = await readWorkbook(xlsx.body as Buffer);
      for (const table of tables) expect(sheets.get(table.key)).toEqual(asGrid(table));

      const providers = sheets.get('providers') ?? [];
      const header = providers[0];
      const column = (label: string) => header.indexOf(label);
      let compared = 0;
      for (const row of providers.slice(1)) {
        const provider = screen.providers.find((p) => p.provider.odsCode === row[column('ODS code')]);
        expect(provider).toBeDefined();
        expect(row[column('Report status')]).toBe(provider?.status.replace(/-/g, ' '));
        for (const indicator of ['i2', 'i3', 'i4'] as const) {
          const cell = row[column(`Indicator ${indicator.slice(1)}: relative likelihood`)];
          const figure = provider?.indicators?.[indicator];
          if (typeof cell !== 'number') continue;
          if (!figure || isNotComputable(figure)) throw new Error('A number in the file but none on screen');
          expect(cell).toBe(round(figure.relativeLikelihood, 2));
          compared++;
        }
        const gap = row[column('Indicator 5: BME minus White (points)')];
        const i5 = provider?.indicators?.i5;
        if (typeof gap === 'number' && i5 && !isNotComputable(i5))
          expect(gap).toBe(round(i5.differencePoints, 1));
      }
      expect(compared).toBeGreaterThan(3);
    });

    it('holds the same numbers as the CSU’s screen: reporting counts, pooled figures and providers’ figures', async () => {
      const screen = await csuDashboard('csu@demo.test');
      const xlsx = await binary(
        (await as('csu@demo.test')).get(`/api/v1/dashboards/csu/export?contractYear=${YEAR}&format=xlsx`),
      ).expect(200);
      const sheets = await readWorkbook(xlsx.body as Buffer);

      for (const table of screen.pooled) expect(sheets.get(table.key)).toEqual(asGrid(table));

      // Each count is the screen's own, or what suppression makes of it: '–' for 0, 'R' for 1 to 9 (or
      // for a larger count hidden so a small one cannot be worked out).
      const reporting = sheets.get('reporting') ?? [];
      const at = (label: string) => reporting[0].indexOf(label);
      const published = (value: number) => (value === 0 ? ['–'] : value < THRESHOLD ? ['R'] : [value, 'R']);
      const lines = [
        ...screen.reporting.rows.map((row) => ({ name: row.commissioner.name, row })),
        { name: 'All commissioners', row: screen.reporting.total },
      ];
      expect(reporting.map((cells) => cells[0])).toEqual(['Commissioner', ...lines.map((line) => line.name)]);
      for (const { name, row } of lines) {
        const cells = reporting.find((line) => line[0] === name) ?? [];
        for (const [label, value] of [
          ['Reports expected', row.expected],
          ['Submitted on time', row.submittedOnTime],
          ['Submitted late', row.submittedLate],
          ['Overdue', row.overdue],
          ['Not yet due', row.due],
        ] as const) {
          const cell = cells[at(label)];
          expect({ name, label, allowed: published(value).includes(cell) }).toEqual({
            name,
            label,
            allowed: true,
          });
        }
      }

      const providers = sheets.get('providers') ?? [];
      const column = (label: string) => providers[0].indexOf(label);
      const i2 = screen.distributions.find((distribution) => distribution.indicator === 'i2');
      let compared = 0;
      for (const row of providers.slice(1)) {
        const cell = row[column('Indicator 2: relative likelihood')];
        const entry = i2?.providers.find((p) => p.provider.odsCode === row[column('ODS code')]);
        if (typeof cell !== 'number') continue;
        if (!entry || isNotComputable(entry.figure))
          throw new Error('A number in the file but none on screen');
        expect(cell).toBe(round(entry.figure.value, 2));
        compared++;
      }
      expect(compared).toBeGreaterThan(3);
    });
  });

  describe('who sees what', () => {
    const ENDPOINTS = [
      `/api/v1/dashboards/commissioner?contractYear=${YEAR}`,
      `/api/v1/dashboards/csu?contractYear=${YEAR}`,
      `/api/v1/dashboards/trends?scope=region`,
      `/api/v1/dashboards/commissioner/export?contractYear=${YEAR}&format=json`,
      `/api/v1/dashboards/csu/export?contractYear=${YEAR}&format=xlsx`,
    ];

    it('refuses provider users every dashboard, trend and export', async () => {
      for (const email of ['provider@demo.test', 'provider2@demo.test']) {
        for (const path of [...ENDPOINTS, `/api/v1/dashboards/trends?providerId=${ids['trustA']}`]) {
          await (await as(email)).get(path).expect(403);
        }
      }
    });

    it('refuses the signed-out', async () => {
      const response = await (await import('supertest')).default(app.getHttpServer()).get(ENDPOINTS[0]);
      expect(response.status).toBe(401);
    });

    it('shows the CSU all its commissioners, and a commissioner only its own', async () => {
      const csu = await csuDashboard('csu@demo.test');
      expect(csu.commissioners.map((c) => c.odsCode).sort()).toEqual(['02D', '03D', 'QD1']);
      const earlier = await csuDashboard('csu@demo.test', '2020/21');
      expect(earlier.commissioners.map((c) => c.odsCode).sort()).toEqual(['01D', '02D', '03D']);

      const southbrook = await csuDashboard('commissioner2@demo.test');
      expect(southbrook.commissioners.map((c) => c.odsCode)).toEqual(['02D']);
      expect(southbrook.distributions[0].providers.every((p) => p.commissionerId === ids['southbrook'])).toBe(
        true,
      );
      const northfield = await csuDashboard('commissioner@demo.test');
      expect(northfield.commissioners.map((c) => c.odsCode)).toEqual(['QD1']);
    });

    it('lets a CSU open any supported commissioner’s dashboard, and no commissioner another’s', async () => {
      await get('csu@demo.test', `/api/v1/dashboards/commissioner?contractYear=${YEAR}`, 400);
      const viaCsu = await commissionerDashboard(
        'csu@demo.test',
        `contractYear=${YEAR}&commissionerId=${ids['southbrook']}`,
      );
      const own = await commissionerDashboard('commissioner2@demo.test');
      expect(viaCsu.summary).toEqual(own.summary);
      expect(viaCsu.providers.map((p) => p.provider.id)).toEqual(own.providers.map((p) => p.provider.id));

      await get(
        'commissioner2@demo.test',
        `/api/v1/dashboards/commissioner?contractYear=${YEAR}&commissionerId=${ids['northfieldCcg']}`,
        404,
      );
      await get(
        'westmere@demo.test',
        `/api/v1/dashboards/commissioner/export?contractYear=${YEAR}&format=json&commissionerId=${ids['icb']}`,
        404,
      );
      await get(
        'commissioner2@demo.test',
        `/api/v1/dashboards/trends?scope=portfolio&commissionerId=${ids['icb']}`,
        404,
      );
      // The ICB's user sees its CCG's history: one lineage.
      const icb = await commissionerDashboard(
        'icb@demo.test',
        `contractYear=2020/21&commissionerId=${ids['northfieldCcg']}`,
      );
      expect(icb.summary.providers).toBeGreaterThan(0);
    });

    it('shows a provider’s trend to its commissioners and CSU, and to nobody else', async () => {
      const trends = await get<DashboardTrends>(
        'commissioner@demo.test',
        `/api/v1/dashboards/trends?providerId=${ids['trustA']}`,
      );
      expect(trends.suppressed).toBe(false);
      expect(trends.contractYears[0]).toBe('2015/16');
      const i2 = trends.series.find((series) => series.indicator === 'i2');
      const seed004 = i2?.points.find((point) => point.contractYear === '2018/19')?.figure;
      expect(seed004 && !isNotComputable(seed004) && seed004.value.display).toBe('1.97');
      expect(trends.series.map((series) => series.indicator)).toEqual([
        'i1',
        'i2',
        'i3',
        'i4',
        'i5',
        'i6',
        'i7',
        'i8',
        'i9',
        'i9v',
        'i9e',
      ]);
      await get('csu@demo.test', `/api/v1/dashboards/trends?providerId=${ids['trustA']}`);
      await get('commissioner2@demo.test', `/api/v1/dashboards/trends?providerId=${ids['trustA']}`, 404);

      const portfolio = await get<DashboardTrends>(
        'commissioner@demo.test',
        '/api/v1/dashboards/trends?scope=portfolio',
      );
      expect(portfolio).toMatchObject({ suppressed: true, subject: { kind: 'portfolio' } });
      expect(portfolio.contractYears).toContain('2015/16');
      expect(portfolio.contractYears).toContain('2024/25');
    });

    it('lists every problem with a request by field', async () => {
      const problems = async (path: string) =>
        (
          (await (await as('csu@demo.test')).get(path).expect(400)).body as {
            problems: Array<{ path: string }>;
          }
        ).problems.map((problem) => problem.path);
      expect(await problems('/api/v1/dashboards/csu?contractYear=2024')).toEqual(['contractYear']);
      expect(await problems(`/api/v1/dashboards/csu/export?contractYear=${YEAR}&format=pdf`)).toEqual([
        'format',
      ]);
      expect(await problems(`/api/v1/dashboards/csu/export?contractYear=${YEAR}&format=csv`)).toEqual([
        'table',
      ]);
      expect(
        await problems(`/api/v1/dashboards/csu/export?contractYear=${YEAR}&format=csv&table=nope`),
      ).toEqual(['table']);
      expect(await problems(`/api/v1/dashboards/trends`)).toEqual(['providerId']);
      expect(await problems(`/api/v1/dashboards/trends?scope=portfolio`)).toEqual(['commissionerId']);
    });
  });
});

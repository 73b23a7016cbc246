import { computeIndicators, SEED_004_2017_18, SEED_004_2018_19 } from '@wres/domain/wres';
import { findDisclosures, headlineIndicators, publishTable } from '@wres/domain/reporting';
import type { CommissionerDashboard, CommissionerDashboardProvider } from '@wres/shared/contracts';
import type { CommissionerDashboardData, ComplianceCell } from './commissioner-dashboard.service';
import {
  assuranceTable,
  commissionerProvidersTable,
  commissionerTables,
  reportsTable,
  scopeTable,
} from './export-tables';

const CELLS: ComplianceCell[] = [
  { scope: 'applies', scopeStatus: 'presumed', status: 'submitted', reviewState: 'assured', providers: 12 },
  {
    scope: 'applies',
    scopeStatus: 'confirmed',
    status: 'submitted',
    reviewState: 'in-review',
    providers: 30,
  },
  {
    scope: 'applies',
    scopeStatus: 'confirmed',
    status: 'submitted-late',
    reviewState: 'assured',
    providers: 3,
  },
  { scope: 'applies', scopeStatus: 'presumed', status: 'overdue', reviewState: null, providers: 14 },
  {
    scope: 'small-provider-exempt',
    scopeStatus: 'presumed',
    status: 'not-required',
    reviewState: null,
    providers: 20,
  },
  {
    scope: 'provider-kind-not-covered',
    scopeStatus: 'confirmed',
    status: 'not-required',
    reviewState: null,
    providers: 11,
  },
];

const results = JSON.parse(JSON.stringify(computeIndicators(SEED_004_2018_19).indicators));
const previous = JSON.parse(JSON.stringify(computeIndicators(SEED_004_2017_18).indicators));

function provider(odsCode: string, indicators = true): CommissionerDashboardProvider {
  return {
    provider: { id: odsCode, name: `Provider ${odsCode}`, odsCode, providerKind: 'nhs-trust' },
    coordinating: true,
    scope: 'applies',
    scopeStatus: 'presumed',
    explanation: null,
    status: indicators ? 'submitted' : 'overdue',
    dueDate: '2019-05-01',
    firstSubmittedAt: indicators ? '2019-04-22T10:00:00.000Z' : null,
    daysLate: null,
    currentVersion: indicators ? 2 : 0,
    reviewState: indicators ? 'assured' : null,
    indicators: indicators ? { version: 2, ...headlineIndicators(results, previous) } : null,
    links: { reports: '', report: '', review: '' },
  };
}

describe('the commissioner’s export tables', () => {
  it('cross-tabulates scope by confirmation, with every provider once', () => {
    const table = scopeTable(CELLS);
    expect(table.rows.map((row) => [row['name'], row['presumed'], row['confirmed'], row['all']])).toEqual([
      ['In scope', 26, 33, 59],
      ['Exempt: small provider', 20, 0, 20],
      ['Exempt: provider kind not covered', 0, 11, 11],
      ['Not decided', 0, 0, 0],
    ]);
    expect(table.totalRow).toMatchObject({ presumed: 46, confirmed: 44, all: 90 });
  });

  it('counts reports by status, and submitted reports by assurance and timeliness', () => {
    expect(reportsTable(CELLS).rows.map((row) => row['providers'])).toEqual([0, 14, 42, 3, 31]);
    const assurance = assuranceTable(CELLS);
    const assured = assurance.rows.find((row) => row['name'] === 'Assured');
    expect(assured).toMatchObject({ onTime: 12, late: 3, submitted: 15 });
    expect(assurance.totalRow).toMatchObject({ onTime: 42, late: 3, submitted: 45 });
  });

  it('publishes every table with no small count and nothing recoverable', () => {
    const data: CommissionerDashboardData = {
      cells: CELLS,
      counts: new Map([
        [
          'RD1',
          {
            current: {
              i2: { white: { events: 372, total: 3844 }, bme: { events: 124, total: 2525 } },
              i3: { white: { events: 43, total: 4007 }, bme: { events: 17, total: 1171 } },
              i9: {
                all: { white: 13, bme: 1 },
                voting: { white: 10, bme: 1 },
                executive: { white: 4, bme: 0 },
                workforce: { white: 4007, bme: 1171 },
              },
            },
            previous: {
              i2: { white: { events: 300, total: 3000 }, bme: { events: 100, total: 2500 } },
              i3: { white: { events: 30, total: 4011 }, bme: { events: 16, total: 1116 } },
            },
          },
        ],
      ]),
      dashboard: { providers: [provider('RD1'), provider('RD9', false)] } as CommissionerDashboard,
    };
    const tables = commissionerTables(data);
    expect(tables.map((table) => table.key)).toEqual(['scope', 'reports', 'assurance', 'providers']);
    for (const table of tables) expect(findDisclosures(table)).toEqual([]);
    const assurance = tables[2];
    // Three late and assured: a small count, and another hidden with it so it cannot be worked out.
    const assured = assurance.rows.find((row) => row.cells['name'].display === 'Assured');
    expect(assured?.cells['late'].display).toBe('R');

    const providers = tables[3];
    const [seed004, overdue] = providers.rows;
    expect(seed004.cells['i2Value'].display).toBe('1.97');
    expect(seed004.cells['i2Trend'].display).toMatch(/^(better|worse|same)$/);
    // Indicator 9 rests on a board of 14: one BME member is a small count, so the gap is redacted.
    expect(seed004.cells['i9Value'].display).toBe('R');
    // Counts not known (none given for indicator 5 here): hidden rather than trusted.
    expect(seed004.cells['i5Value'].display).toBe('R');
    expect(seed004.cells['i5Trend'].display).toBe('R');
    expect(overdue.cells['status'].display).toBe('overdue');
    expect(overdue.cells['i2Value'].status).toBe('empty');
  });

  it('says so where a figure cannot be computed', () => {
    const data = {
      cells: [],
      counts: new Map(),
      dashboard: {
        providers: [
          {
            ...provider('RD1'),
            indicators: {
              ...provider('RD1').indicators,
              i3: { notComputable: true, reason: 'Indicator 3 was not submitted' },
            },
          },
        ],
      },
    } as unknown as CommissionerDashboardData;
    const table = publishTable(commissionerProvidersTable(data));
    expect(table.rows[0].cells['i3Value'].display).toBe('Not computable');
    expect(table.rows[0].cells['i3Trend'].display).toBe('not comparable');
  });
});

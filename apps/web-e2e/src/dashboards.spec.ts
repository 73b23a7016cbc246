import { expect, Locator, Page, test } from '@playwright/test';
import type { CommissionerDashboard, CsuDashboard } from '@wres/shared/contracts';
import { Workbook } from 'exceljs';
import { expectNoAccessibilityViolations, signIn } from './support';

const YEAR = '2024/25';
const PROVIDER = 'Northfield Community Health NHS Trust';
const REGION_COMMISSIONERS = [
  'NHS Northfield Integrated Care Board',
  'NHS Southbrook CCG',
  'NHS Westmere CCG',
];

/** Anything the browser refused under the Content-Security-Policy (the charts draw under it). */
function watchForPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function openDashboards(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Primary navigation' })
    .getByRole('link', { name: 'Dashboards' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function showYear(page: Page, year: string): Promise<void> {
  await page.getByLabel('Contract year').selectOption(year);
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(year);
}

/** Every chart on the page has drawn (or there are none): only then are pages checked with axe. */
async function chartsDrawn(page: Page, atLeast = 0): Promise<void> {
  const canvases = page.locator('canvas');
  await expect(page.locator('canvas[data-chart-state="loading"]')).toHaveCount(0);
  await expect(page.locator('canvas[data-chart-state="failed"]')).toHaveCount(0);
  expect(await canvases.count()).toBeGreaterThanOrEqual(atLeast);
  for (const canvas of await canvases.all()) {
    await expect(canvas).toHaveAttribute('role', 'img');
    await expect(canvas).toHaveAttribute('aria-label', /The figures are in the table that follows\.$/);
  }
}

/** The headline card with this heading. */
function card(page: Page, heading: string): Locator {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: heading, exact: true }) });
}

function cellNumber(text: string): number {
  return Number(text.replace(/,/g, '').trim());
}

test.describe('dashboards', () => {
  test('an ICB sees its providers and counts for a year, then a provider’s trends', async ({ page }) => {
    const violations = watchForPolicyViolations(page);
    await signIn(page, 'icb@demo.test');
    await expect(page.getByRole('link', { name: /See dashboards of reporting/ })).toBeVisible();
    await openDashboards(page);
    await showYear(page, YEAR);
    await expect(page).toHaveURL(/\/dashboards\?year=2024-25/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'NHS Northfield Integrated Care Board',
    );

    // The counts on the screen are the API's for the same year.
    const api = (await (
      await page.request.get(`/api/v1/dashboards/commissioner?contractYear=${YEAR}`)
    ).json()) as CommissionerDashboard;
    const { summary } = api;
    await expect(card(page, 'Providers')).toContainText(String(summary.providers));
    await expect(card(page, 'In scope')).toContainText(String(summary.scope.inScope));
    await expect(card(page, 'Overdue')).toContainText(String(summary.reports.overdue));
    await expect(card(page, 'Submitted')).toContainText(
      String(summary.reports.submittedOnTime + summary.reports.submittedLate),
    );
    const scope = page.getByRole('table', { name: 'Scope', exact: true });
    await expect(scope.getByRole('row', { name: /^Exempt \d+$/ })).toContainText(
      String(summary.scope.exempt),
    );
    await expect(scope.getByRole('row', { name: /Presumed, awaiting confirmation/ })).toContainText(
      String(summary.scope.presumed),
    );

    // Every provider is listed with its status in words.
    const reports = page.getByRole('table', { name: 'Reports and assurance' });
    for (const provider of api.providers) {
      await expect(reports.getByRole('link', { name: provider.provider.name, exact: true })).toBeVisible();
    }
    const trustRow = reports.getByRole('row').filter({ has: page.getByRole('link', { name: PROVIDER }) });
    await expect(trustRow).toContainText('Submitted');
    await expect(reports.getByRole('row').filter({ hasText: 'Overdue' })).toHaveCount(
      summary.reports.overdue,
    );
    const headline = page.getByRole('table', { name: /Headline indicators by provider/ });
    await expect(headline.getByRole('row').filter({ hasText: PROVIDER })).toContainText(
      /Better than the previous year|Worse than the previous year|Same as the previous year/,
    );
    await expect(page.getByRole('link', { name: 'Download all tables (Excel, XLSX)' })).toHaveAttribute(
      'href',
      /\/api\/v1\/dashboards\/commissioner\/export\?contractYear=2024\/25&format=xlsx/,
    );
    await expectNoAccessibilityViolations(page);

    await trustRow.getByRole('link', { name: `Trends for ${PROVIDER}` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(PROVIDER);
    await expect(page.getByRole('heading', { level: 2, name: /^Indicator 2: / })).toBeVisible();
    await chartsDrawn(page, 11);
    const i2 = page.getByRole('img', {
      name: /^Line chart of Indicator 2: .* for Northfield Community Health/,
    });
    await expect(i2).toBeVisible();
    await page.getByText('Show the figures as a table').first().click();
    const i1Table = page.getByRole('table', {
      name: /^Indicator 1: .*Northfield Community Health NHS Trust$/,
    });
    await expect(i1Table.getByRole('rowheader', { name: '2018/19' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    expect(violations).toEqual([]);
  });

  test('a CSU analyst sees its commissioners, charts with their tables, suppressed pooled figures and the workbook', async ({
    page,
  }) => {
    const violations = watchForPolicyViolations(page);
    await signIn(page, 'csu@demo.test');
    await openDashboards(page);
    await showYear(page, YEAR);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Central Demo Commissioning Support Unit',
    );

    const reporting = page.getByRole('table', { name: /Reporting rate and timeliness by commissioner/ });
    for (const name of REGION_COMMISSIONERS) {
      await expect(reporting.getByRole('link', { name: `Dashboard for ${name}` })).toBeVisible();
    }
    await expect(reporting.getByRole('rowheader', { name: 'All commissioners' })).toBeVisible();

    // A distribution chart, then the same figures as a table.
    await chartsDrawn(page, 11);
    const chart = page.getByRole('img', { name: /^Chart of Indicator 2: .*one row per provider/ });
    await expect(chart).toBeVisible();
    const figure = page.locator('figure').filter({ has: chart });
    await figure.getByText('Show the figures as a table').click();
    const distribution = figure.getByRole('table', { name: /^Indicator 2: .*2024\/25$/ });
    await expect(distribution).toBeVisible();
    await expect(distribution.getByRole('rowheader', { name: 'Clearview Diagnostics Ltd' })).toBeVisible();
    await expect(distribution).toContainText(
      /Not statistically significant|Significantly adverse for BME staff/,
    );

    // Pooled figures as published: small numbers hidden as R, and the note saying why.
    const board = page.getByRole('table', { name: /^Pooled: Indicator 9: board %BME minus workforce %BME/ });
    await expect(board.getByRole('cell', { name: 'R', exact: true }).first()).toBeVisible();
    await expect(board.getByRole('cell', { name: 'R%', exact: true }).first()).toBeVisible();
    await expect(page.getByText(/^R: a count from 1 to 9 is hidden/).first()).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // The workbook holds the same figures as the screen.
    const pooledI2 = page.getByRole('table', { name: /^Pooled: Indicator 2: / });
    const totalRow = pooledI2.getByRole('row').last();
    const onScreen = cellNumber(await totalRow.getByRole('cell').first().innerText());
    expect(onScreen).toBeGreaterThan(0);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download all tables (Excel, XLSX)' }).click();
    const file = await (await download).path();
    const workbook = new Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('pooled-i2');
    expect(sheet).toBeDefined();
    const header = sheet?.getRow(1).values as unknown[];
    const lastRow = sheet?.getRow(sheet.actualRowCount).values as unknown[];
    expect(String(header[2])).toBe((await pooledI2.getByRole('columnheader').nth(1).innerText()).trim());
    expect(String(lastRow[1])).toBe((await totalRow.getByRole('rowheader').innerText()).trim());
    expect(lastRow[2]).toBe(onScreen);
    const api = (await (
      await page.request.get(`/api/v1/dashboards/csu?contractYear=${YEAR}`)
    ).json()) as CsuDashboard;
    expect(api.commissioners.map((commissioner) => commissioner.name)).toEqual(REGION_COMMISSIONERS);

    // One commissioner's dashboard, and the region's trends.
    await reporting.getByRole('link', { name: 'Dashboard for NHS Westmere CCG' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('NHS Westmere CCG');
    await expect(page.getByRole('table', { name: 'Reports and assurance' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.getByRole('link', { name: 'Back to the dashboard for all commissioners' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Central Demo Commissioning Support Unit',
    );
    await chartsDrawn(page);
    await page.getByRole('link', { name: /across the years for all the commissioners/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Central Demo Commissioning Support Unit',
    );
    await expect(page.getByText(/^Small numbers are hidden\./)).toBeVisible();
    await chartsDrawn(page, 11);
    await expectNoAccessibilityViolations(page);
    expect(violations).toEqual([]);
  });

  test('a provider has no dashboards', async ({ page }) => {
    await signIn(page, 'provider@demo.test');
    await expect(
      page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Dashboards' }),
    ).toHaveCount(0);
    await page.goto('/dashboards');
    await expect(
      page.getByRole('heading', { level: 1, name: 'You do not have permission to see this page' }),
    ).toBeVisible();
    const response = await page.request.get(`/api/v1/dashboards/csu?contractYear=${YEAR}`);
    expect(response.status()).toBe(403);
  });
});

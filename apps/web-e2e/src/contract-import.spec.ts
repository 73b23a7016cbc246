import { expect, Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations, signIn } from './support';

const HEADER = 'ODS code,Provider name,Provider kind,Contract year,Expected NHS income (£),Co-ordinating';
const GOOD_ROWS = [
  'NE0001,Northend Community Care,voluntary,2024/25,"£150,000",yes',
  'NE0002,Northend Clinics Ltd,independent,2024/25,"£250,000",yes',
  'NE0003,Northend Surgical Centre,independent,2024/25,"£1,000,000",yes',
];

function contractList(rows: string[]): { name: string; mimeType: string; buffer: Buffer } {
  return {
    name: 'southbrook-contracts.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([HEADER, ...rows].join('\r\n') + '\r\n', 'utf8'),
  };
}

async function chooseFile(page: Page, rows: string[]): Promise<void> {
  await page.getByLabel('Contract list (CSV or XLSX)').setInputFiles(contractList(rows));
}

test.describe('importing a contract list', () => {
  test('a commissioner checks a contract list, corrects it and imports it', async ({ page }) => {
    await signIn(page, 'commissioner2@demo.test');
    await page
      .getByRole('navigation', { name: 'Primary navigation' })
      .getByRole('link', { name: 'Providers' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Providers' })).toBeVisible();
    await page.getByRole('link', { name: 'Import a contract list' }).click();
    await expect(page).toHaveURL(/\/contracts\/import$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Import contracts' })).toBeVisible();
    await expect(page.getByRole('table', { name: /Columns the contract list needs/ })).toContainText(
      'Expected NHS income (£)',
    );
    await expectNoAccessibilityViolations(page);

    // No file: the page says so without asking the API.
    await page.getByRole('button', { name: 'Check file' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Select a contract list to upload');
    await expect(page.getByLabel('Contract list (CSV or XLSX)')).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveTitle(/^Error: Import contracts/);
    await summary.getByRole('link', { name: 'Select a contract list to upload' }).click();
    await expect(page.getByLabel('Contract list (CSV or XLSX)')).toBeFocused();

    // A negative income on the first row: the problems table names its line and column.
    await chooseFile(page, [
      'NE0001,Northend Community Care,voluntary,2024/25,-150000,yes',
      ...GOOD_ROWS.slice(1),
    ]);
    await page.getByRole('button', { name: 'Check file' }).click();
    await expect(
      page.getByRole('heading', { name: 'The contract list cannot be imported yet' }),
    ).toBeVisible();
    const problems = page.getByRole('table', { name: /Problems in the contract list/ });
    const row = problems.getByRole('row').filter({ hasText: 'must not be negative' });
    await expect(row.getByRole('cell').nth(0)).toHaveText('2');
    await expect(row.getByRole('cell').nth(1)).toHaveText('Expected NHS income (£)');
    await expect(page.getByRole('alert')).toContainText('Line 2, Expected NHS income (£)');
    await expect(page.getByRole('button', { name: /^Import \d+ contracts?$/ })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);

    // The corrected file: valid, with what the import would do.
    await chooseFile(page, GOOD_ROWS);
    await page.getByRole('button', { name: 'Check file' }).click();
    await expect(page.getByRole('heading', { name: 'Ready to import' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(problems).toHaveCount(0);
    await expect(page.getByText('southbrook-contracts.csv: 3 contracts read.')).toBeVisible();
    const preview = page.locator('.nhsuk-summary-list');
    await expect(
      preview.locator('.nhsuk-summary-list__row').filter({ hasText: 'Providers to add' }),
    ).toContainText('3');
    await expect(
      preview.locator('.nhsuk-summary-list__row').filter({ hasText: 'Contracts to create' }),
    ).toContainText('3');
    await expectNoAccessibilityViolations(page);

    await page.getByRole('button', { name: 'Import 3 contracts' }).click();
    const banner = page.getByRole('alert').filter({ hasText: 'Contract list imported' });
    await expect(banner).toContainText('3 contracts imported from southbrook-contracts.csv');
    await expect(banner).toContainText('3 providers added, 3 contracts created and 0 contracts updated');
    await expectNoAccessibilityViolations(page);

    await banner.getByRole('link', { name: 'Back to the provider register' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Providers' })).toBeVisible();
    await page.getByLabel('Name or ODS code').fill('NE000');
    await page.getByRole('button', { name: 'Filter providers' }).click();
    const register = page.getByRole('table', { name: /Providers/ });
    for (const name of ['Northend Community Care', 'Northend Clinics Ltd', 'Northend Surgical Centre']) {
      await expect(register.getByRole('link', { name })).toBeVisible();
    }
    await expect(register.getByRole('row').filter({ hasText: 'Northend Community Care' })).toContainText(
      'Voluntary sector provider',
    );
  });
});

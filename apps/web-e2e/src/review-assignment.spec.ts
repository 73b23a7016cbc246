import { expect, Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations, signIn } from './support';

/*
 * Westmere CCG's commissioner (Wendy Marsh) co-ordinates reports waiting for review in the demo; no other test
 * signs in as her, so giving her reports changes nothing another test reads.
 */
const COMMISSIONER = 'westmere@demo.test';

async function openQueue(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Primary navigation' })
    .getByRole('link', { name: 'Reviews' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports to review' })).toBeVisible();
}

test('a commissioner gives two reports to a reviewer from the queue, then lists those assigned to them', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, COMMISSIONER);
  await openQueue(page);
  const table = page.getByRole('table', { name: /Reports to review/ });
  await expect(table.getByRole('columnheader', { name: 'Reviewer' })).toBeVisible();
  const checkboxes = table.getByRole('checkbox', { name: /^Select / });
  await expect(checkboxes.first()).toBeVisible();
  expect(await checkboxes.count()).toBeGreaterThanOrEqual(2);
  await expectNoAccessibilityViolations(page);

  // Nothing chosen: the error summary says what is missing and links to it.
  await page.getByRole('button', { name: 'Assign selected reports' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Select the reports to assign');
  await expect(summary).toContainText('Choose who will review the reports, or nobody');
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAccessibilityViolations(page);
  await summary.getByRole('link', { name: 'Choose who will review the reports, or nobody' }).click();
  await expect(page.getByLabel('Reviewer for the selected reports')).toBeFocused();

  // "Select Westmere Ambulance Service NHS Trust, 2024/25" → the provider and year.
  const chosen: Array<{ provider: string; year: string }> = [];
  for (const index of [0, 1]) {
    const checkbox = checkboxes.nth(index);
    const name = await checkbox.evaluate((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? '');
    const match = /^\s*Select (.+), (\d{4}\/\d{2})\s*$/.exec(name);
    expect(match).not.toBeNull();
    chosen.push({ provider: match?.[1] ?? '', year: match?.[2] ?? '' });
    await checkbox.check();
  }
  await expect(page.getByRole('main')).toContainText('2 reports selected');
  await page.getByLabel('Reviewer for the selected reports').selectOption({ label: 'Wendy Marsh (you)' });
  await page.getByRole('button', { name: 'Assign selected reports' }).click();

  const banner = page.getByRole('alert').filter({ hasText: 'Success' });
  await expect(banner).toContainText('2 reports assigned to you');
  await expect(page).not.toHaveTitle(/^Error: /);
  for (const { provider, year } of chosen) {
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: `${provider} (${year})` }) });
    await expect(row).toContainText('You');
    await expect(row.getByRole('checkbox')).not.toBeChecked();
  }
  await expectNoAccessibilityViolations(page);

  // Only the reports assigned to her.
  await page.getByLabel('Reviewer', { exact: true }).selectOption({ label: 'Assigned to me' });
  await page.getByRole('button', { name: 'Filter reports' }).click();
  await expect(page).toHaveURL(/reviewer=me/);
  await expect(page.getByRole('status')).toContainText('2 reports match these filters');
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(3);
  for (const { provider, year } of chosen)
    await expect(table.getByRole('link', { name: `${provider} (${year})` })).toBeVisible();
  await expect(page.getByLabel('Reviewer', { exact: true })).toHaveValue('me');
  await expectNoAccessibilityViolations(page);
});

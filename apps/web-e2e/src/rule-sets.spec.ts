import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations, signIn } from './support';

const YEAR = '2016/17';
const PROVIDER = 'Greenway Home Care Ltd';

test.describe('scope rules', () => {
  test('an admin previews a higher small-provider threshold and is told about a threshold that is not money', async ({
    page,
  }) => {
    await signIn(page, 'admin@demo.test');
    await page
      .getByRole('navigation', { name: 'Primary navigation' })
      .getByRole('link', { name: 'Scope rules' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Scope rules' })).toBeVisible();
    const years = page.getByRole('table', { name: 'Scope rules by contract year' });
    await expect(years.getByRole('row').filter({ hasText: YEAR })).toContainText('£200,000');
    await expectNoAccessibilityViolations(page);

    await years.getByRole('link', { name: YEAR, exact: true }).click();
    await expect(page).toHaveURL(/\/rule-sets\/2016-17$/);
    await expect(page.getByRole('heading', { level: 1, name: `Rules for ${YEAR}` })).toBeVisible();
    await expect(page.getByRole('table', { name: `Clauses in ${YEAR}` })).toContainText('SC13.5.2');
    await expect(page).toHaveTitle(/^Scope rules for 2016\/17/);
    await expectNoAccessibilityViolations(page);

    const threshold = page.getByLabel('Small-provider threshold');
    await expect(threshold).toHaveValue('£200,000');
    await threshold.fill('£250,000');
    await page.getByRole('button', { name: 'Preview changes' }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Providers whose obligations would change' }),
    ).toBeVisible();
    const providerLink = page
      .getByRole('table', { name: /Providers whose obligations would change/ })
      .getByRole('link', { name: PROVIDER });
    await expect(providerLink).toBeVisible();
    await expect(providerLink).toHaveAttribute('href', /\/providers\/[^?]+\?year=2016(%2F|\/)17$/);
    await expectNoAccessibilityViolations(page);

    await threshold.fill('abc');
    await page.getByRole('button', { name: 'Preview changes' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Enter the small-provider threshold as an amount in pounds');
    await expect(page).toHaveTitle(/^Error: Scope rules for 2016\/17/);
    await expect(page.getByRole('heading', { name: 'Providers whose obligations would change' })).toHaveCount(
      0,
    );
    await expectNoAccessibilityViolations(page);
    await summary.getByRole('link', { name: /Enter the small-provider threshold/ }).click();
    await expect(threshold).toBeFocused();

    // Leave without saving: the demo's 2016/17 rules stay as shipped.
    await page.getByRole('link', { name: 'All scope rules' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Scope rules' })).toBeVisible();
    await expect(years.getByRole('row').filter({ hasText: YEAR })).toContainText('£200,000');
  });

  test('a commissioner reads a year’s rules but cannot change them', async ({ page }) => {
    await signIn(page, 'commissioner@demo.test');
    await expect(
      page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Scope rules' }),
    ).toBeVisible();
    await page.goto('/rule-sets/2016-17');
    await expect(page.getByRole('heading', { level: 1, name: `Rules for ${YEAR}` })).toBeVisible();
    await expect(page.getByRole('table', { name: `Clauses in ${YEAR}` })).toContainText('SC13.5.2');
    await expect(page.getByLabel('Small-provider threshold')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Save rules' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Preview changes' })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });
});

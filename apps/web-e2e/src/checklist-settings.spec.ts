import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations, signIn } from './support';

/*
 * No other spec looks at a 2015/16 checklist, so saving that year's settings leaves every other test's
 * reviews as they were. The first test saves them; the second only sends settings the api refuses.
 */
const YEAR = '2015/16';
const YEAR_PATH = '2015-16';

test.describe.serial('assurance checklist settings', () => {
  test('an admin corrects the problems, saves a year’s settings and finds them after reloading', async ({
    page,
  }) => {
    await signIn(page, 'admin@demo.test');
    await page
      .getByRole('navigation', { name: 'Primary navigation' })
      .getByRole('link', { name: 'Checklist settings' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Assurance checklist settings' })).toBeVisible();
    const years = page.getByRole('table', { name: 'Assurance checklist settings by contract year' });
    const row = years.getByRole('row').filter({ has: page.getByRole('rowheader', { name: YEAR }) });
    await expect(row).toContainText('Defaults');
    await expectNoAccessibilityViolations(page);

    await years.getByRole('link', { name: YEAR, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/checklist-settings/${YEAR_PATH}$`));
    await expect(
      page.getByRole('heading', { level: 1, name: `Checklist settings for ${YEAR}` }),
    ).toBeVisible();
    await expect(page).toHaveTitle(/^Checklist settings for 2015\/16/);
    await expect(page.getByRole('main')).toContainText('The defaults');
    const green = page.getByLabel('Green threshold (%)');
    const amber = page.getByLabel('Amber threshold (%)');
    const days = page.getByLabel('Days a commissioner has to review a report');
    const leaveOut = page.getByRole('checkbox', { name: 'Actions have owners and dates' });
    await expect(green).toHaveValue('80');
    await expect(amber).toHaveValue('60');
    await expect(days).toHaveValue('28');
    await expect(leaveOut).not.toBeChecked();
    await expectNoAccessibilityViolations(page);

    // Amber above green, and days that are not a number: the summary names both and links to each field.
    await green.fill('85');
    await amber.fill('90');
    await days.fill('two weeks');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary.getByRole('link')).toHaveText([
      'The amber threshold cannot be above the green threshold',
      'Enter the number of days to review a report as a whole number of days, like 28',
    ]);
    await expect(page).toHaveTitle(/^Error: Checklist settings for 2015\/16/);
    await expect(amber).toHaveAttribute('aria-invalid', 'true');
    await expect(amber).toHaveAccessibleDescription(
      /The amber threshold cannot be above the green threshold/,
    );
    await expect(days).toHaveAccessibleDescription(/as a whole number of days, like 28/);
    await expect(green).not.toHaveAttribute('aria-invalid', 'true');
    await expectNoAccessibilityViolations(page);
    await summary.getByRole('link', { name: /The amber threshold/ }).click();
    await expect(amber).toBeFocused();

    await amber.fill('65');
    await days.fill('21');
    await leaveOut.check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    const banner = page.getByRole('alert').filter({ hasText: 'Success' });
    await expect(banner).toContainText(`Checklist settings for ${YEAR} saved`);
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toHaveCount(0);
    await expect(page).toHaveTitle(/^Checklist settings for 2015\/16/);
    await expect(page.getByRole('main')).toContainText('Its own, updated');
    await expectNoAccessibilityViolations(page);

    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: `Checklist settings for ${YEAR}` }),
    ).toBeVisible();
    await expect(green).toHaveValue('85');
    await expect(amber).toHaveValue('65');
    await expect(days).toHaveValue('21');
    await expect(page.getByLabel('Board gap (percentage points)')).toHaveValue('5');
    await expect(leaveOut).toBeChecked();
    const main = page.getByRole('main');
    await expect(main).toContainText('Green from 85%, amber from 65%, red below 65%');
    await expect(main).toContainText('21 days');

    await page.getByRole('link', { name: 'All checklist settings' }).click();
    await expect(row).toContainText('Own settings');
    await expect(row).toContainText(/Updated \d{1,2} \w+ \d{4}/);
  });

  test('the api’s own problems with the settings are shown the same way, and nothing is saved', async ({
    page,
  }) => {
    await signIn(page, 'admin@demo.test');
    await page.goto(`/checklist-settings/${YEAR_PATH}`);
    const days = page.getByLabel('Days a commissioner has to review a report');
    await expect(days).toHaveValue('21');

    // The form allows what it sends; change the request on its way so that the api itself refuses it.
    await page.route(`**/api/v1/checklist-settings/${YEAR_PATH}`, async (route) => {
      if (route.request().method() !== 'PUT') return route.continue();
      const body = route.request().postDataJSON() as { settings: Record<string, unknown> };
      await route.continue({
        postData: JSON.stringify({ settings: { ...body.settings, reviewWithinDays: 0 } }),
      });
    });
    await page.getByRole('button', { name: 'Save settings' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary.getByRole('link')).toHaveText([
      'The number of days to review a report must be a whole number of at least 1',
    ]);
    await expect(days).toHaveAccessibleDescription(/must be a whole number of at least 1/);
    await expectNoAccessibilityViolations(page);
    await page.unroute(`**/api/v1/checklist-settings/${YEAR_PATH}`);

    await page.reload();
    await expect(days).toHaveValue('21');
  });

  test('a commissioner reads a year’s settings but cannot change them', async ({ page }) => {
    await signIn(page, 'commissioner@demo.test');
    const nav = page.getByRole('navigation', { name: 'Primary navigation' });
    await expect(nav.getByRole('link', { name: 'Scope rules' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Checklist settings' })).toHaveCount(0);
    await nav.getByRole('link', { name: 'Scope rules' }).click();
    await page.getByRole('link', { name: 'assurance checklist settings' }).click();
    await page.getByRole('link', { name: YEAR, exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Checklist settings for ${YEAR}` }),
    ).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Green from 85%, amber from 65%, red below 65%');
    await expect(page.getByLabel('Green threshold (%)')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Save settings' })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });
});

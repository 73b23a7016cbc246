import { expect, Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations, signIn } from './support';

const PROVIDER = 'Riverside Hospice';
const YEAR = '2025/26';

async function openProviderFromRegister(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Primary navigation' })
    .getByRole('link', { name: 'Providers' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Providers' })).toBeVisible();
  await page.getByLabel('Name or ODS code').fill('ND201');
  await page.getByRole('button', { name: 'Filter providers' }).click();
  await expect(page.getByRole('status')).toContainText('Showing 1 of');
  await page.getByRole('link', { name: PROVIDER }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(PROVIDER);
  await page.getByLabel('Contract year').selectOption(YEAR);
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Contracts in ${YEAR}` })).toBeVisible();
}

function obligationRow(page: Page, clause: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: clause, exact: true }) });
}

test.describe('contracts and scope', () => {
  test('a CCG commissioner sees the register and the contract form explains its mistakes', async ({
    page,
  }) => {
    await signIn(page, 'commissioner@demo.test');
    await page
      .getByRole('navigation', { name: 'Primary navigation' })
      .getByRole('link', { name: 'Providers' })
      .click();
    const register = page.getByRole('table', { name: /Providers/ });
    await expect(register.getByRole('link', { name: PROVIDER })).toBeVisible();
    await expect(register.getByRole('row').filter({ hasText: PROVIDER })).toContainText(
      'Voluntary sector provider',
    );
    await expectNoAccessibilityViolations(page);

    await page.getByLabel('Provider type').selectOption({ label: 'NHS trust' });
    await page.getByRole('button', { name: 'Filter providers' }).click();
    await expect(register.getByRole('link', { name: 'Northfield Community Health NHS Trust' })).toBeVisible();
    await expect(register.getByRole('link', { name: PROVIDER })).toHaveCount(0);

    await page.getByRole('link', { name: 'Record a contract' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Record a contract' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // Nothing chosen: every problem is listed at the top and each links to its field.
    await page.getByRole('button', { name: 'Record contract' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Select the provider');
    await expect(summary).toContainText('Select the form of contract');
    await expect(summary).toContainText('Enter the expected NHS income from commissioner 1');
    await expect(page).toHaveTitle(/^Error: Record a contract/);
    await expectNoAccessibilityViolations(page);
    await summary.getByRole('link', { name: 'Select the provider' }).click();
    await expect(page.getByLabel('Provider', { exact: true })).toBeFocused();

    await page.getByLabel('Provider', { exact: true }).selectOption({ label: `${PROVIDER} (ND201)` });
    await page.getByLabel('Contract year').selectOption(YEAR);
    await page.getByLabel('Shorter-form').check();
    const line = page.getByRole('group', { name: 'Commissioner 1' });
    await line.getByLabel(/Expected NHS income/).fill('about 150k');
    await page.getByRole('button', { name: 'Record contract' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Enter the expected NHS income from commissioner 1 as an amount in pounds, like £180,000',
    );
    await expect(line.getByLabel(/Expected NHS income/)).toHaveAttribute('aria-invalid', 'true');

    // The CCG became the ICB in July 2022: the API refuses, and says so by the field.
    await line.getByLabel(/Expected NHS income/).fill('£150,000');
    await page.getByRole('button', { name: 'Record contract' }).click();
    await expect(page.getByRole('alert')).toContainText('NHS Northfield CCG did not exist during 2025/26');
    await expect(line.getByLabel('Commissioner', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expectNoAccessibilityViolations(page);
  });

  test('the ICB records a contract for a small provider and sees it exempt, with the reason', async ({
    page,
  }) => {
    await signIn(page, 'icb@demo.test');
    await openProviderFromRegister(page);
    await expect(page.getByRole('main')).toContainText('No contracts are recorded');
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: `Record a contract for ${YEAR}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Record a contract' })).toBeVisible();
    await expect(page.getByLabel('Provider', { exact: true })).toHaveValue(/.+/);
    await page.getByLabel('Shorter-form').check();
    const line = page.getByRole('group', { name: 'Commissioner 1' });
    await line.getByLabel('Commissioner', { exact: true }).selectOption({
      label: 'NHS Northfield Integrated Care Board',
    });
    await line.getByLabel('Co-ordinating commissioner').check();
    await page.getByRole('button', { name: 'Record contract' }).click();
    await expect(page.getByRole('alert')).toContainText('Enter the expected NHS income from commissioner 1');
    await expectNoAccessibilityViolations(page);

    await line.getByLabel(/Expected NHS income/).fill('£150,000');
    await page.getByRole('button', { name: 'Record contract' }).click();

    await expect(page).toHaveURL(/\/providers\/[0-9a-f-]+\?year=2025%2F26$/);
    const banner = page.getByRole('alert');
    await expect(banner).toContainText('Contract recorded');
    await expect(banner).toContainText('£150,000');
    const wres = obligationRow(page, 'SC13.5.2');
    await expect(wres).toContainText('Does not apply');
    await expect(wres).toContainText('£150,000 does not exceed £200,000');
    await expect(page.getByRole('table', { name: /Shorter-form contract/ })).toContainText('£150,000');
    await expect(page.getByRole('table', { name: /How the scope/ })).toContainText('Imogen Clarke');
    await expectNoAccessibilityViolations(page);

    await page.getByRole('button', { name: `Confirm scope for ${YEAR}` }).click();
    await expect(page.getByRole('alert')).toContainText(`Scope for ${YEAR} confirmed`);
    await expect(obligationRow(page, 'SC13.5.2')).toContainText('Confirmed');
    await expect(page.getByRole('button', { name: /Confirm scope/ })).toHaveCount(0);

    await page
      .getByRole('navigation', { name: 'Primary navigation' })
      .getByRole('link', { name: 'Scope', exact: true })
      .click();
    await expect(page).toHaveURL(/\/scope\/2025-26$/);
    const exempt = page.getByRole('table', { name: /^Exempt/ });
    await expect(exempt.getByRole('row').filter({ hasText: PROVIDER })).toContainText(
      'Exempt from SC13.5.2: small provider — expected NHS income £150,000 does not exceed £200,000.',
    );
    await expect(page.getByRole('table', { name: /^In scope/ })).not.toContainText(PROVIDER);
    await expectNoAccessibilityViolations(page);
  });

  test('a provider sees its own contracts but cannot change them', async ({ page }) => {
    await signIn(page, 'provider@demo.test');
    const nav = page.getByRole('navigation', { name: 'Primary navigation' });
    await expect(nav.getByRole('link', { name: 'Providers' })).toHaveCount(0);
    await nav.getByRole('link', { name: 'My contracts' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Northfield Community Health NHS Trust',
    );
    await expect(obligationRow(page, 'SC13.5.1')).toContainText('Applies');
    await expect(page.getByRole('link', { name: /Change this contract/ })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });
});

import AxeBuilder from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';

export const DEMO_PASSWORD = process.env['E2E_DEMO_PASSWORD'] ?? 'e2e-demo-password';
const MAIL_WEB = `http://127.0.0.1:${process.env['E2E_MAIL_WEB_PORT'] ?? 4380}`;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome, / })).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** WCAG 2.2 A and AA, as the public sector must meet. */
export async function expectNoAccessibilityViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

interface CaughtEmail {
  subject: string;
  text: string;
  to: Array<{ address: string }>;
}

/**
 * Reads the mail catcher's inbox (MailDev's REST API) until an email to `address` arrives; with `matches`,
 * one that also matches it (another spec may have written to the same person first).
 */
export async function waitForEmail(
  address: string,
  timeoutMs = 20_000,
  matches: (email: CaughtEmail) => boolean = () => true,
): Promise<CaughtEmail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const inbox = (await (await fetch(`${MAIL_WEB}/email`)).json()) as CaughtEmail[];
    const found = inbox.find(
      (email) => email.to.some((to) => to.address.toLowerCase() === address.toLowerCase()) && matches(email),
    );
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No email to ${address} reached the mail catcher within ${timeoutMs} ms`);
}

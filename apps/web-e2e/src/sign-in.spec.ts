import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations, signIn, signOut } from './support';

const DEMO_USERS = [
  {
    email: 'admin@demo.test',
    name: 'Alex Admin',
    organisation: 'Central Demo Commissioning Support Unit',
    role: 'Administrator',
  },
  {
    email: 'csu@demo.test',
    name: 'Chidi Okafor',
    organisation: 'Central Demo Commissioning Support Unit',
    role: 'CSU analyst',
  },
  {
    email: 'commissioner@demo.test',
    name: 'Catherine Bull',
    organisation: 'NHS Northfield CCG',
    role: 'Commissioner',
  },
  {
    email: 'commissioner2@demo.test',
    name: 'Hamel Dhanak',
    organisation: 'NHS Southbrook CCG',
    role: 'Commissioner',
  },
  {
    email: 'provider@demo.test',
    name: 'Haseeb Ahmad',
    organisation: 'Northfield Community Health NHS Trust',
    role: 'Provider submitter',
  },
  {
    email: 'provider2@demo.test',
    name: 'Priya Shah',
    organisation: 'Meadowbank Independent Hospital Ltd',
    role: 'Provider submitter',
  },
];

test.describe('signing in', () => {
  test('the sign-in page is accessible and explains mistakes', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
    await expect(page).toHaveTitle('Sign in – WRES assurance portal');
    await expectNoAccessibilityViolations(page);

    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Enter your email address');
    await expect(summary).toContainText('Enter your password');
    await expectNoAccessibilityViolations(page);

    await page.getByLabel('Email address').fill('provider@demo.test');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText('Email address or password is incorrect');
  });

  for (const user of DEMO_USERS) {
    test(`${user.email} signs in and sees their organisation`, async ({ page }) => {
      await signIn(page, user.email);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welcome, ${user.name}`);
      await expect(page.getByRole('main')).toContainText(user.organisation);
      await expect(page.getByRole('main')).toContainText(user.role);
      await expectNoAccessibilityViolations(page);
      await signOut(page);
    });
  }
});

test.describe('what each role is offered', () => {
  test('a provider sees its organisation and its commissioners, and cannot invite', async ({ page }) => {
    await signIn(page, 'provider@demo.test');
    const nav = page.getByRole('navigation', { name: 'Primary navigation' });
    await expect(nav.getByRole('link', { name: 'Invite a user' })).toHaveCount(0);
    await nav.getByRole('link', { name: 'My organisation' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Northfield Community Health NHS Trust',
    );
    await expect(page.getByRole('main')).toContainText('NHS Northfield CCG');
    await expectNoAccessibilityViolations(page);

    await page.goto('/invite');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'You do not have permission to see this page',
    );
    await expectNoAccessibilityViolations(page);
  });

  test('an unknown address shows the not-found page', async ({ page }) => {
    await signIn(page, 'csu@demo.test');
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expectNoAccessibilityViolations(page);
  });
});

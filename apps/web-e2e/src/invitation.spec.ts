import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations, signIn, signOut, waitForEmail } from './support';

test('a commissioner invites a colleague, who accepts by the emailed link and signs in', async ({ page }) => {
  const email = `colleague.${Date.now()}@northfield.test`;
  await signIn(page, 'commissioner@demo.test');
  await page
    .getByRole('navigation', { name: 'Primary navigation' })
    .getByRole('link', { name: 'Invite a user' })
    .click();
  await expectNoAccessibilityViolations(page);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Display name').fill('Grace Colleague');
  await page.getByLabel('Role').selectOption({ label: 'Commissioner' });
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('main')).toContainText(`Invitation sent to ${email}`);
  await signOut(page);

  const invitation = await waitForEmail(email);
  expect(invitation.subject).toBe('You have been invited to the WRES assurance portal');
  const link = invitation.text.match(/https?:\/\/\S+\/accept-invitation\?token=[\w-]+/)?.[0];
  expect(link).toBeTruthy();

  await page.goto(link as string);
  await expectNoAccessibilityViolations(page);
  await page.getByLabel('Create a password').fill('correct horse battery staple');
  await page.getByLabel('Confirm password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account is ready');
  await expectNoAccessibilityViolations(page);

  await signIn(page, email, 'correct horse battery staple');
  await expect(page.getByRole('main')).toContainText('NHS Northfield CCG');
});

import { expect, Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations, signIn, signOut, waitForEmail } from './support';

const YEAR = '2025/26';
const TRUST = 'Northfield Community Health NHS Trust';
const LETTER_SUBJECT = '2025/26 WRES: please confirm you will publish your baseline data by 1 July 2025';
const MESSAGE = 'Please tell us how the reverse-mentoring programme for BME staff is going.';
const ANSWER = 'Twelve mentoring pairs have met monthly since September; two mentees have been promoted.';

/** A date a fortnight from today in London, as the date input takes it. */
function fortnightAway(): { day: string; month: string; year: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 14);
  return {
    day: String(date.getUTCDate()),
    month: String(date.getUTCMonth() + 1),
    year: String(date.getUTCFullYear()),
  };
}

async function openChasingBoard(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Primary navigation' })
    .getByRole('link', { name: 'Chasing' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Providers to chase in ${YEAR}`);
  await expect(page.getByRole('heading', { level: 2, name: /^Overdue annual reports/ })).toBeVisible();
}

test.describe('chasing providers', () => {
  test('the ICB previews and sends the 1 July letter, asks for an interim report, and the trust answers', async ({
    page,
  }) => {
    await signIn(page, 'icb@demo.test');
    await openChasingBoard(page);
    await expectNoAccessibilityViolations(page);

    // The 1 July letter: preview first, then send to every in-scope provider's WRES leads.
    await page.getByRole('link', { name: 'Send a commissioner letter' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Send a commissioner letter');
    await page.getByRole('button', { name: 'Preview the letter' }).click();
    await expect(page.getByRole('alert')).toContainText('Select which letter you want to send');
    await page.getByLabel('Before 1 July: confirm you will publish your baseline data').check();
    await expect(page.getByLabel('Contract year')).toHaveValue(YEAR);
    await page.getByRole('button', { name: 'Preview the letter' }).click();
    await expect(page.getByRole('heading', { level: 2, name: `Preview: ${LETTER_SUBJECT}` })).toBeVisible();
    await expect(page.getByText(/Under the NHS Standard Contract \(SC13\.5\.2\)/)).toBeVisible();
    const recipients = page.getByRole('table', { name: 'Who it goes to' });
    await expect(recipients.getByRole('row').filter({ hasText: 'provider@demo.test' })).toContainText(TRUST);
    await expectNoAccessibilityViolations(page);

    await page.getByRole('button', { name: /^Send \d+ letters?$/ }).click();
    await expect(page.getByRole('alert')).toContainText(/\d+ letters? sent/);
    const letter = await waitForEmail('provider@demo.test', 20_000, (e) => e.subject === LETTER_SUBJECT);
    expect(letter.subject).toBe(LETTER_SUBJECT);
    expect(letter.text).toContain('NHS Northfield Integrated Care Board asks you to confirm');

    // An interim report from the trust, due in a fortnight.
    await page.getByRole('link', { name: 'Back to the chasing board' }).click();
    await page.getByRole('link', { name: 'Request interim reports' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Request interim reports');
    await page.getByRole('button', { name: 'Request interim reports' }).click();
    const problems = page.getByRole('alert');
    await expect(problems).toContainText('Select at least one provider');
    await expect(problems).toContainText('Enter the date the interim report is due');
    await expect(page).toHaveTitle(/^Error: Request interim reports/);
    await expectNoAccessibilityViolations(page);

    await page.getByLabel(TRUST, { exact: true }).check();
    const due = fortnightAway();
    await page.getByLabel('Day', { exact: true }).fill(due.day);
    await page.getByLabel('Month', { exact: true }).fill(due.month);
    await page.getByLabel('Year', { exact: true }).fill(due.year);
    await page.getByLabel('Message to the providers').fill(MESSAGE);
    await page.getByRole('button', { name: 'Request interim reports' }).click();
    await expect(page.getByRole('alert')).toContainText('1 interim report requested');

    // The letter is on the board as sent today, and on the trust's timeline.
    await page.getByRole('link', { name: 'Back to the chasing board' }).click();
    const sentToday = page.getByRole('table', { name: /Chasing emails sent today/ });
    await expect(sentToday.getByRole('row').filter({ hasText: LETTER_SUBJECT }).first()).toBeVisible();
    await sentToday
      .getByRole('row')
      .filter({ hasText: 'provider@demo.test' })
      .filter({ hasText: LETTER_SUBJECT })
      .getByRole('link', { name: TRUST })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(TRUST);
    await expect(page.getByRole('table', { name: /Chasing emails to people at/ })).toContainText(
      LETTER_SUBJECT,
    );
    await expect(page.getByRole('heading', { level: 2, name: 'Pause reminders' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await signOut(page);

    // The trust answers with a short interim report.
    await signIn(page, 'provider@demo.test');
    await page
      .getByRole('navigation', { name: 'Primary navigation' })
      .getByRole('link', { name: 'Interim reports' })
      .click();
    const request = page.getByRole('row').filter({ hasText: MESSAGE });
    await expect(request).toContainText('NHS Northfield Integrated Care Board');
    await expect(request).toContainText('To answer');
    await expectNoAccessibilityViolations(page);
    await request.getByRole('link', { name: /^Answer/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Send your interim report');
    await page.getByRole('button', { name: 'Send interim report' }).click();
    await expect(page.getByRole('alert')).toContainText('Enter the progress you have made on your actions');
    await expectNoAccessibilityViolations(page);
    await page.getByLabel('What progress have you made on your WRES actions?').fill(ANSWER);
    await page.getByLabel('Updated figures (optional)').fill('BME staff in bands 8A and above: 14 of 96');
    await page.getByRole('button', { name: 'Send interim report' }).click();
    await expect(page.getByRole('alert')).toContainText('Interim report sent');
    await expect(page.getByRole('row').filter({ hasText: MESSAGE })).toContainText('Answered');
    await signOut(page);

    // The ICB reads the answer on the trust's chasing timeline.
    await signIn(page, 'icb@demo.test');
    await openChasingBoard(page);
    await page
      .getByRole('table', { name: /Chasing emails sent today/ })
      .getByRole('link', { name: TRUST })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(TRUST);
    await expect(page.getByText(ANSWER)).toBeVisible();
    await expect(page.getByText('BME staff in bands 8A and above: 14 of 96')).toBeVisible();
  });
});

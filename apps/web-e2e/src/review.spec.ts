import { readFileSync } from 'node:fs';
import { expect, Locator, Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations, signIn, signOut } from './support';

const PROVIDER = 'Meadowbank Independent Hospital Ltd';
const YEAR = '2025/26';
/*
 * Meadowbank's 2025/26 report is a saved draft in the demo, waiting for the board's sign-off and the
 * declaration; no other test touches it. Southbrook CCG co-ordinates Meadowbank's contract.
 */
const PROVIDER_USER = 'provider2@demo.test';
const COMMISSIONER = 'commissioner2@demo.test';
const MAIL_WEB = `http://127.0.0.1:${process.env['E2E_MAIL_WEB_PORT'] ?? 4380}`;

const SUBJECTS = {
  ready: `Ready for review: ${PROVIDER}’s ${YEAR} WRES report`,
  changes: `Changes requested to your ${YEAR} WRES report`,
  resubmitted: `Resubmitted for review: ${PROVIDER}’s ${YEAR} WRES report (version 2)`,
  assured: `Your ${YEAR} WRES report is assured`,
};
const CHANGES = 'Indicator 2’s narrative does not say what you will do about shortlisting: please add it.';

interface CaughtEmail {
  subject: string;
  text: string;
  to: Array<{ address: string }>;
}

/** The mail catcher keeps every email of the run, so find the step's own by its recipient and subject. */
async function waitForEmailAbout(address: string, subject: string, timeoutMs = 30_000): Promise<CaughtEmail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const inbox = (await (await fetch(`${MAIL_WEB}/email`)).json()) as CaughtEmail[];
    const found = inbox.find(
      (email) =>
        email.subject === subject &&
        email.to.some((to) => to.address.toLowerCase() === address.toLowerCase()),
    );
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No email "${subject}" to ${address} reached the mail catcher within ${timeoutMs} ms`);
}

function task(page: Page, name: string): Locator {
  return page.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
}

async function openOwnReport(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Primary navigation' })
    .getByRole('link', { name: 'WRES reports' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /Your WRES reports/ })).toBeVisible();
  await page.getByRole('link', { name: `${YEAR} WRES report` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`WRES report ${YEAR}`);
}

async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
}

async function saveAndContinue(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`WRES report ${YEAR}`);
}

async function submitReport(page: Page, version: number): Promise<void> {
  await page.getByRole('link', { name: 'Check your report and submit' }).click();
  await page.getByRole('button', { name: 'Submit report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report submitted' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(`Version ${version} of your WRES report for ${YEAR}`);
}

/** The commissioner's queue, filtered to this year's reports in one state, then the report's review. */
async function openReview(page: Page, state: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Primary navigation' })
    .getByRole('link', { name: 'Reviews' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports to review' })).toBeVisible();
  await page.getByLabel('Contract year').selectOption(YEAR);
  await page.getByLabel('Review state').selectOption({ label: state });
  await page.getByRole('button', { name: 'Filter reports' }).click();
  await expect(page).toHaveURL(/contractYear=2025-26/);
  const row = page.getByRole('row').filter({ hasText: PROVIDER });
  await expect(row).toContainText(state);
  await row.getByRole('link', { name: `${PROVIDER} (${YEAR})` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Review of the ${YEAR} WRES report`);
}

test.describe.serial('assuring a WRES report', () => {
  let reportPath = '';

  test('the provider completes its draft and submits it; the commissioner is emailed', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, PROVIDER_USER);
    await openOwnReport(page);
    reportPath = new URL(page.url()).pathname;

    await openSection(page, 'Links, board sign-off and lead');
    await page
      .getByLabel('Name of who signed the report off for the board', { exact: true })
      .fill('Jane Okonkwo');
    await page.getByLabel('Their role', { exact: true }).fill('Chair of the Board');
    const signOff = page.getByRole('group', { name: 'Date of the board sign-off' });
    await signOff.getByLabel('Day').fill('10');
    await signOff.getByLabel('Month').fill('6');
    await signOff.getByLabel('Year').fill('2026');
    await saveAndContinue(page);

    await openSection(page, 'Declaration');
    await page.getByLabel('I declare that the information in this report is accurate').check();
    await page
      .getByLabel('Why the report is late', { exact: true })
      .fill('The board met in June to sign it off.');
    await saveAndContinue(page);
    await expect(task(page, 'Check your report and submit')).toContainText('Ready to submit');

    await submitReport(page, 1);
    await signOut(page);
    const email = await waitForEmailAbout(COMMISSIONER, SUBJECTS.ready);
    expect(email.text).toContain(`${PROVIDER} has submitted its ${YEAR} Workforce Race Equality Standard`);
    expect(email.text).toMatch(/\/reviews\/[0-9a-f-]{36}\/2025-26/);
  });

  test('the commissioner takes it into review and requests changes with a comment', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, COMMISSIONER);
    await openReview(page, 'Awaiting review');
    // Last year's report (Meadowbank's 2024/25, assured in the demo) beside the version under review.
    await expect(
      page.getByRole('table', { name: 'Indicator 2 headline: 2025/26 compared with 2024/25' }),
    ).toBeVisible();
    await expect(page.getByRole('main')).toContainText(
      "2024/25: last year's headline figures are shown beside this year's",
    );
    await expectNoAccessibilityViolations(page);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { name: 'Assurance checklist' })).toBeVisible();
    await expect(
      main.getByRole('heading', { name: 'Staff who self-reported their ethnicity', exact: true }),
    ).toBeVisible();
    await expect(main.getByRole('heading', { name: 'Version 1, as submitted' })).toBeVisible();

    await page.getByRole('button', { name: 'Take into review' }).click();
    await expect(page.getByRole('alert')).toContainText('Taken into review');

    // Comments per indicator: the provider sees them beside its report.
    await page
      .getByLabel('What the comment is about')
      .selectOption({ label: 'Indicator 2: appointment from shortlisting' });
    await page
      .getByLabel('Comment', { exact: true })
      .fill('White applicants are about twice as likely to be appointed.');
    await page.getByRole('button', { name: 'Add comment' }).click();
    await expect(page.getByRole('alert')).toContainText('Comment added');
    await expect(
      main.getByRole('heading', { name: 'Indicator 2: appointment from shortlisting' }),
    ).toBeVisible();

    // Sending a report back needs a comment for the provider.
    await page.getByRole('button', { name: 'Request changes' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Say what the provider should change');
    await expect(page).toHaveTitle(/^Error: /);
    await expectNoAccessibilityViolations(page);
    await summary.getByRole('link', { name: 'Say what the provider should change' }).click();
    await expect(page.getByLabel('Comment for the provider')).toBeFocused();
    await page.getByLabel('Comment for the provider').fill(CHANGES);
    await page.getByRole('button', { name: 'Request changes' }).click();
    await expect(page.getByRole('alert')).toContainText('Changes requested');
    await expect(main).toContainText('Changes requested');
    await signOut(page);

    const email = await waitForEmailAbout(PROVIDER_USER, SUBJECTS.changes);
    expect(email.text).toContain(`“${CHANGES}”`);
    expect(email.text).toMatch(/\/reports\/[0-9a-f-]{36}\/2025-26/);
  });

  test('the provider reads the comments, changes its report and resubmits it', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, PROVIDER_USER);
    await openOwnReport(page);
    const main = page.getByRole('main');
    await expect(main).toContainText('Changes requested');
    await expect(main).toContainText(CHANGES);
    await expect(
      main.getByRole('heading', { name: 'Indicator 2: appointment from shortlisting' }),
    ).toBeVisible();
    await expect(main).toContainText('White applicants are about twice as likely to be appointed.');
    await expectNoAccessibilityViolations(page);

    await openSection(page, 'Indicator 2');
    await page
      .getByLabel('Narrative for indicator 2', { exact: true })
      .fill(
        'Every shortlisting panel now has a trained, independent member; we report progress each quarter.',
      );
    await saveAndContinue(page);
    await submitReport(page, 2);
    await signOut(page);
    await waitForEmailAbout(COMMISSIONER, SUBJECTS.resubmitted);
  });

  test('the commissioner sees what changed and assures the report; the trail shows every step', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, COMMISSIONER);
    await openReview(page, 'Resubmitted');
    await expect(page.getByRole('main')).toContainText('Changes were requested on version 1.');

    await page.getByRole('link', { name: 'See what changed since version 1' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /What changed in version 2/ })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Compared with version 1');
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Review of the ${YEAR} WRES report`);

    await page.getByRole('button', { name: 'Assure the report' }).click();
    await expect(page.getByRole('alert')).toContainText('Report assured');
    await expect(page.getByRole('button', { name: 'Assure the report' })).toHaveCount(0);
    await expect(page.getByRole('main')).toContainText('This report has been assured, so it is locked');
    await waitForEmailAbout(PROVIDER_USER, SUBJECTS.assured);

    await page.getByRole('link', { name: 'See every step of this review' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Review trail/ })).toBeVisible();
    const steps = page.getByRole('table', { name: /steps, oldest first/ }).getByRole('row');
    const step = (what: string) =>
      steps.filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${what}`) }) });
    for (const [what, who] of [
      ['Version 1 submitted after the deadline', 'Priya Shah'],
      ['Taken into review', 'Hamel Dhanak'],
      ['Comment on indicator 2', 'Hamel Dhanak'],
      ['Changes requested', 'Hamel Dhanak'],
      ['Version 2 submitted after the deadline', 'Priya Shah'],
      ['Resubmitted after changes', 'Priya Shah'],
      ['Assured', 'Hamel Dhanak'],
    ] as const) {
      const row = step(what);
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(who);
      // When, in UK time: "23 November 2026 at 9:41am".
      await expect(row.getByRole('cell').first()).toHaveText(/^\d{1,2} \w+ \d{4} at \d{1,2}:\d{2}(am|pm)$/);
    }
    await expect(step('Changes requested')).toContainText(CHANGES);
    await expectNoAccessibilityViolations(page);

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: /Download the trail \(CSV\)/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('wres-review-trail-ND101-2025-26.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('What happened,By,Organisation');
    expect(csv).toContain('Assured,Hamel Dhanak,NHS Southbrook CCG,2');
    await signOut(page);
  });

  test('the assured report is locked: the provider cannot submit another version', async ({ page }) => {
    await signIn(page, PROVIDER_USER);
    await openOwnReport(page);
    const main = page.getByRole('main');
    await expect(main).toContainText('Your commissioner has assured this report, so it is locked');
    await expect(page.getByRole('link', { name: 'Check your report and submit' })).toHaveCount(0);

    // Even straight to the submit page, the service refuses and says why.
    await page.goto(`${reportPath}/check`);
    await page.getByRole('button', { name: 'Submit report' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'This report has been assured, so it is locked: a new version cannot be submitted',
    );
  });

  test('the queue is accessible, and filters by rating and overdue reviews', async ({ page }) => {
    await signIn(page, COMMISSIONER);
    await page.goto('/reviews?overdue=true');
    await expect(page.getByRole('heading', { level: 1, name: 'Reports to review' })).toBeVisible();
    await expect(page.getByLabel('Overdue', { exact: true })).toHaveValue('true');
    const rows = page.getByRole('table', { name: /Reports to review/ }).getByRole('row');
    await expect(rows.nth(1)).toContainText('Overdue');
    await expectNoAccessibilityViolations(page);
    await page.getByLabel('Checklist rating').selectOption({ label: 'Green' });
    await page.getByRole('button', { name: 'Filter reports' }).click();
    await expect(page).toHaveURL(/rag=green/);
    await expect(page.getByRole('status')).toContainText(/match these filters/);
  });
});

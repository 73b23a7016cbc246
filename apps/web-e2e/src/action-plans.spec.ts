import { expect, Locator, Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations, signIn, signOut } from './support';

/*
 * Northfield Community Health's 2024/25 report is submitted in the demo; NHS Northfield ICB co-ordinates its
 * contracts from 2022/23, so sees its action plan and the actions in it that are overdue.
 */
const YEAR = '2024/25';
const TRUST = 'Northfield Community Health NHS Trust';
const TASK = 'Incorporate the NHS Staff Survey WRES questions into the local staff survey';
const OUTCOME = 'Advance equality of opportunity';
const OWNER = 'Equality lead';
const OWNER_EMAIL = 'equality.lead@example.test';
const UPDATE =
  'Update: the survey questions are drafted. Propose to amend the timescale for completion to the end of the quarter.';

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The date `days` before today in London, as the date input takes it and as the pages write it. */
function daysAgo(days: number): { day: string; month: string; year: string; long: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return {
    day: String(date.getUTCDate()),
    month: String(date.getUTCMonth() + 1),
    year: String(date.getUTCFullYear()),
    long: LONG_DATE.format(date),
  };
}

/** The action's card on the plan, found by what it says will be done. */
function actionCard(page: Page): Locator {
  return page.locator('.nhsuk-card').filter({ hasText: TASK });
}

async function openOwnPlan(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Primary navigation' })
    .getByRole('link', { name: 'WRES reports' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /Your WRES reports/ })).toBeVisible();
  await page.getByRole('link', { name: `${YEAR} WRES report` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`WRES report ${YEAR}`);
  await page.getByRole('link', { name: `Your ${YEAR} action plan` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`WRES action plan ${YEAR}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(TRUST);
}

test.describe('WRES action plans', () => {
  test('the trust adds an overdue action and a progress update, and the ICB sees it overdue', async ({
    page,
  }) => {
    // Two people, four forms and an accessibility check on each page.
    test.setTimeout(180_000);
    const due = daysAgo(10);

    await signIn(page, 'provider@demo.test');
    await openOwnPlan(page);
    await expectNoAccessibilityViolations(page);

    // The add form checks everything before sending: required fields, a real email, a real date.
    await page.getByRole('link', { name: 'Add an action' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Add an action');
    await expectNoAccessibilityViolations(page);
    await page.getByRole('button', { name: 'Add action' }).click();
    const problems = page.getByRole('alert');
    await expect(problems).toContainText('There is a problem');
    await expect(problems).toContainText('Enter what will be done');
    await expect(problems).toContainText('Enter the owner’s name or role');
    await expect(problems).toContainText('Enter the owner’s email address');
    await expect(problems).toContainText('Enter the date the action is due');
    await expect(page).toHaveTitle(/^Error: Add an action/);
    await expect(page.locator('#task-error')).toContainText('Enter what will be done');
    await expectNoAccessibilityViolations(page);

    // The error summary's links take keyboard focus to their fields.
    await problems.getByRole('link', { name: 'Enter what will be done' }).click();
    await expect(page.getByLabel('What will be done')).toBeFocused();

    await page.getByLabel('What will be done').fill(TASK);
    await page.getByLabel('Outcome (optional)').fill(OUTCOME);
    const indicator = page.getByLabel('Which WRES indicator does it address?');
    await expect(indicator).toHaveValue('');
    await expect(indicator.locator('option').first()).toHaveText('Whole plan');
    await indicator.selectOption({ label: 'Indicator 2: appointment from shortlisting' });
    await page.getByLabel('Owner', { exact: true }).fill(OWNER);
    await page.getByLabel('Owner’s email address').fill('equality.lead');
    await page.getByLabel('Day', { exact: true }).fill(due.day);
    await page.getByLabel('Month', { exact: true }).fill('13');
    await page.getByLabel('Year', { exact: true }).fill(due.year);
    await page.getByRole('button', { name: 'Add action' }).click();
    await expect(problems).toContainText('Enter the owner’s email address in the right format');
    await expect(problems).toContainText('The due date must be a real date');
    await expect(problems).not.toContainText('Enter what will be done');

    await page.getByLabel('Owner’s email address').fill(OWNER_EMAIL);
    await page.getByLabel('Month', { exact: true }).fill(due.month);
    await page.getByRole('button', { name: 'Add action' }).click();

    // Back on the plan: the banner, and the action overdue by ten days.
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`WRES action plan ${YEAR}`);
    const banner = page.getByRole('alert');
    await expect(banner).toContainText('Action added');
    await expect(banner).toContainText(`Reminders go to ${OWNER_EMAIL}`);
    const card = actionCard(page);
    await expect(card).toContainText('Overdue');
    await expect(card).toContainText(`${due.long} (10 days overdue)`);
    await expect(card).toContainText('Indicator 2: appointment from shortlisting');
    await expect(card).toContainText(OWNER);
    await expect(card).toContainText(OWNER_EMAIL);
    await expect(card).toContainText('No progress updates yet');
    await expectNoAccessibilityViolations(page);

    // A progress update: the text is needed; it moves the action to in progress.
    await card.getByRole('link', { name: /^Add a progress update/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Add a progress update');
    await expect(page.getByRole('radio', { name: 'Not started' })).toBeChecked();
    await page.getByRole('button', { name: 'Add progress update' }).click();
    await expect(page.getByRole('alert')).toContainText('Enter the progress made on this action');
    await expectNoAccessibilityViolations(page);
    await page.getByLabel('What progress has been made?').fill(UPDATE);
    await page.getByRole('radio', { name: 'In progress' }).check();
    await page.getByRole('button', { name: 'Add progress update' }).click();

    await expect(page.getByRole('alert')).toContainText('Progress update added');
    await expect(page.getByRole('alert')).toContainText('The action is now in progress.');
    await expect(actionCard(page)).toContainText(UPDATE);
    await expect(actionCard(page)).toContainText('Status changed to In progress');
    await expect(actionCard(page)).toContainText('In progress, 10 days overdue');
    await expectNoAccessibilityViolations(page);

    // Editing changes the wording and owner; the form starts from the action as it stands.
    await actionCard(page).getByRole('link', { name: /^Edit/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Edit action');
    await expect(page.getByLabel('What will be done')).toHaveValue(TASK);
    await expect(page.getByLabel('Owner’s email address')).toHaveValue(OWNER_EMAIL);
    await expect(page.getByLabel('Which WRES indicator does it address?')).toHaveValue('i2');
    await page.getByLabel('Outcome (optional)').fill(`${OUTCOME} in recruitment`);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('alert')).toContainText('Action updated');
    await expect(actionCard(page)).toContainText(`${OUTCOME} in recruitment`);
    await signOut(page);

    // The ICB's overdue actions, across the providers it sees: the trust's action, ten days overdue.
    await signIn(page, 'icb@demo.test');
    await page
      .getByRole('navigation', { name: 'Primary navigation' })
      .getByRole('link', { name: 'Action plans' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Overdue actions' })).toBeVisible();
    await expect(page.getByLabel('Only overdue actions')).toBeChecked();
    const row = page.getByRole('row').filter({ hasText: TASK });
    await expect(row).toContainText(TRUST);
    await expect(row).toContainText(OWNER);
    await expect(row).toContainText(due.long);
    await expect(row).toContainText('10 days overdue');
    await expect(row).toContainText('Overdue');
    await expectNoAccessibilityViolations(page);

    // Narrowed to the year, with actions that are not overdue too, it is still there.
    await page.getByLabel('Contract year').selectOption(YEAR);
    await page.getByLabel('Only overdue actions').uncheck();
    await page.getByRole('button', { name: 'Show actions' }).click();
    await expect(page).toHaveURL(/year=2024-25/);
    await expect(page.getByRole('heading', { level: 1, name: 'Actions' })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: TASK })).toContainText('10 days overdue');

    await page
      .getByRole('row')
      .filter({ hasText: TASK })
      .getByRole('link', { name: new RegExp(`^${TRUST}`) })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`WRES action plan ${YEAR}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(TRUST);
    await expect(actionCard(page)).toContainText(UPDATE);
    await expect(actionCard(page)).toContainText('Overdue');
    // Only the trust's own submitters change its plan.
    await expect(page.getByRole('link', { name: 'Add an action' })).toHaveCount(0);
    await expect(actionCard(page).getByRole('link', { name: /^Add a progress update/ })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);

    // The review of the trust's report says how its plan stands and links to it.
    await page.goto(page.url().replace('/action-plans/', '/reviews/'));
    const summary = page.getByRole('region', { name: 'Action plan' });
    await expect(summary).toContainText(/[1-9]\d* overdue/);
    await summary.getByRole('link', { name: /^See the action plan/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`WRES action plan ${YEAR}`);
  });
});

import { readFileSync } from 'node:fs';
import { expect, Locator, Page, test } from '@playwright/test';
import {
  BAND_LABELS,
  isMissing,
  SEED_004_2018_19,
  STAFF_GROUP_LABELS,
  STAFF_GROUPS,
  type Submitted,
} from '@wres/domain/wres';
import { expectNoAccessibilityViolations, signIn, signOut } from './support';

const PROVIDER = 'Northfield Community Health NHS Trust';
const YEAR = '2025/26';
// The demo seed leaves the trust's 2025/26 report without a draft or a submission for this test.
const SEED = SEED_004_2018_19;

function figures<T extends object>(indicator: Submitted<T>): T {
  if (isMissing(indicator)) throw new Error('The seed report gives every indicator');
  return indicator;
}

async function fill(page: Page, label: string, value: number | string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(String(value));
}

/** The task list's row for a section, whose status is read from the row's text. */
function task(page: Page, name: string): Locator {
  return page.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
}

async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
}

async function saveAndContinue(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`WRES report ${YEAR}`);
}

async function narrative(page: Page, indicator: number): Promise<void> {
  await fill(
    page,
    `Narrative for indicator ${indicator}`,
    `What indicator ${indicator} shows and what we will do.`,
  );
}

/** The provider's own 2025/26 report, from the primary navigation. */
async function openOwnReport(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Primary navigation' })
    .getByRole('link', { name: 'WRES reports' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /Your WRES reports/ })).toBeVisible();
  await page.getByRole('link', { name: `${YEAR} WRES report` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`WRES report ${YEAR}`);
}

test.describe.serial('submitting a WRES report', () => {
  test('the provider completes and submits its report; the ICB opens it and sees the indicators', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await signIn(page, 'provider@demo.test');
    await openOwnReport(page);
    await expect(page.getByRole('main')).toContainText('Overdue');
    await expect(task(page, 'Indicator 2')).toContainText('Not started');
    await expect(task(page, 'Check your report and submit')).toContainText('Cannot submit yet');
    await expect(page.getByRole('link', { name: 'Download the template (Excel, XLSX)' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // Reporting period: the end date is filled in from the contract year.
    await openSection(page, 'Reporting period and ethnicity recording');
    const periodEnd = page.getByRole('group', { name: 'Reporting period end' });
    await expect(periodEnd.getByLabel('Day')).toHaveValue('31');
    await expect(periodEnd.getByLabel('Year')).toHaveValue('2026');
    await fill(page, 'Staff of known ethnicity', SEED.selfReportedEthnicity.known);
    await fill(page, 'All staff', SEED.selfReportedEthnicity.total);
    await saveAndContinue(page);
    await expect(task(page, 'Reporting period and ethnicity recording')).toContainText('Completed');

    // Indicator 1: a labelled input for every band of every staff group.
    await openSection(page, 'Indicator 1');
    const i1 = figures(SEED.indicator1);
    for (const row of i1.rows) {
      const name = `${STAFF_GROUP_LABELS[row.staffGroup]} – ${BAND_LABELS[row.band]}`;
      await fill(page, `${name} – White`, row.white);
      await fill(page, `${name} – BME`, row.bme);
      await fill(page, `${name} – Unknown`, row.unknown);
    }
    for (const group of STAFF_GROUPS) {
      const totals = i1.statedTotals?.[group];
      if (!totals) continue;
      await fill(page, `${STAFF_GROUP_LABELS[group]} total – White`, totals.white);
      await fill(page, `${STAFF_GROUP_LABELS[group]} total – BME`, totals.bme);
      await fill(page, `${STAFF_GROUP_LABELS[group]} total – Unknown`, totals.unknown);
    }
    await narrative(page, 1);
    await saveAndContinue(page);
    await expect(task(page, 'Indicator 1')).toContainText('Completed');

    // Indicator 2, first with mistakes: every problem is listed at the top and linked to its field.
    await openSection(page, 'Indicator 2');
    const i2 = figures(SEED.indicator2);
    await fill(page, 'White – shortlisted', i2.white.shortlisted);
    await fill(page, 'White – appointed', 'many');
    await fill(page, 'BME – shortlisted', i2.bme.shortlisted);
    await fill(page, 'BME – appointed', i2.bme.shortlisted + 1);
    await page.getByRole('button', { name: 'Save and continue' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('White – appointed must be a whole number');
    await expect(summary).toContainText('Appointed (2,526) cannot be more than shortlisted (2,525)');
    await expect(summary).toContainText('Enter a narrative for indicator 2');
    await expect(page).toHaveTitle(/^Error: Indicator 2/);
    await expect(page.getByLabel('BME – appointed', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expectNoAccessibilityViolations(page);
    await summary.getByRole('link', { name: /White – appointed must be/ }).click();
    await expect(page.getByLabel('White – appointed', { exact: true })).toBeFocused();
    await fill(page, 'White – appointed', i2.white.appointed);
    await fill(page, 'BME – appointed', i2.bme.appointed);
    await narrative(page, 2);
    await saveAndContinue(page);

    await openSection(page, 'Indicator 3');
    const i3 = figures(SEED.indicator3);
    await fill(page, 'White – entered the formal disciplinary process', i3.white.cases);
    await fill(page, 'White – headcount', i3.white.headcount);
    await fill(page, 'BME – entered the formal disciplinary process', i3.bme.cases);
    await fill(page, 'BME – headcount', i3.bme.headcount);
    await narrative(page, 3);
    await saveAndContinue(page);

    await openSection(page, 'Indicator 4');
    const i4 = figures(SEED.indicator4);
    await fill(page, 'White – accessed non-mandatory training or CPD', i4.white.accessed);
    await fill(page, 'White – headcount', i4.white.headcount);
    await fill(page, 'BME – accessed non-mandatory training or CPD', i4.bme.accessed);
    await fill(page, 'BME – headcount', i4.bme.headcount);
    await narrative(page, 4);
    await saveAndContinue(page);

    // Indicators 5 to 8: the staff survey's published percentages, with each group's respondents.
    for (const [number, indicator] of [
      [5, SEED.indicator5],
      [6, SEED.indicator6],
      [7, SEED.indicator7],
      [8, SEED.indicator8],
    ] as const) {
      await openSection(page, `Indicator ${number}`);
      const survey = figures(indicator);
      await page.getByLabel('Percentages, as published').check();
      for (const [group, label] of [
        ['white', 'White'],
        ['bme', 'BME'],
      ] as const) {
        await fill(page, `${label} – respondents`, survey[group].respondents);
        await fill(page, `${label} – percentage`, survey[group].percent ?? '');
      }
      await fill(page, 'Published overall figure – respondents', survey.publishedOverall?.respondents ?? '');
      await fill(page, 'Published overall figure – percentage', survey.publishedOverall?.percent ?? '');
      await narrative(page, number);
      await saveAndContinue(page);
    }

    await openSection(page, 'Indicator 9');
    const i9 = figures(SEED.indicator9);
    for (const [who, label] of [
      ['all', 'All board members'],
      ['voting', 'Voting board members'],
      ['executive', 'Executive board members'],
    ] as const) {
      await fill(page, `${label} – White`, i9[who].white);
      await fill(page, `${label} – BME`, i9[who].bme);
      await fill(page, `${label} – Unknown`, i9[who].unknown);
    }
    await narrative(page, 9);
    await saveAndContinue(page);

    // Submitting too soon: the API lists every problem, each linked to where it is put right.
    await page.getByRole('link', { name: 'Check your report and submit' }).click();
    await page.getByRole('button', { name: 'Submit report' }).click();
    const problems = page.getByRole('alert');
    await expect(problems).toContainText('Board sign-off – date');
    await expect(problems).toContainText('Reason the report is late');
    await expect(page).toHaveTitle(/^Error: Check your report/);
    await problems.getByRole('link', { name: /^Declaration that the information is accurate/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Declaration');
    await expect(page.getByLabel('I declare that the information in this report is accurate')).toBeFocused();

    // The annual report was due by 1 May 2026: a late submission says why.
    await page.getByLabel('I declare that the information in this report is accurate').check();
    await fill(page, 'Why the report is late', 'The board signed the report off at its July meeting.');
    await saveAndContinue(page);

    await openSection(page, 'Links, board sign-off and lead');
    await fill(page, 'Web address of the published WRES report', 'https://www.northfield.nhs.uk/wres');
    await fill(page, 'Web address of the action plan', 'https://www.northfield.nhs.uk/wres/action-plan');
    await fill(page, 'Name of who signed the report off for the board', 'Angela Hillery');
    await fill(page, 'Their role', 'Chief Executive');
    const signOff = page.getByRole('group', { name: 'Date of the board sign-off' });
    await signOff.getByLabel('Day').fill('30');
    await signOff.getByLabel('Month').fill('7');
    await signOff.getByLabel('Year').fill('2026');
    await fill(page, 'Name and title of the WRES lead', 'Haseeb Ahmad, Equalities Lead');
    await fill(page, 'Contact details of the WRES lead', 'wres@northfield.nhs.uk');
    await saveAndContinue(page);

    await expect(page.getByRole('main')).toContainText('12 of 12 sections completed');
    await expect(task(page, 'Check your report and submit')).toContainText('Ready to submit');
    await expectNoAccessibilityViolations(page);

    // The preview works the indicators out in the browser from the counts.
    await page.getByRole('link', { name: 'Check your report and submit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Check your report/ })).toBeVisible();
    const main = page.getByRole('main');
    await expect(main).toContainText('1.97');
    await expect(main).toContainText(
      'White people were 1.97 times as likely as BME people to be appointed if shortlisted',
    );
    await expect(main).toContainText('The board signed the report off at its July meeting.');
    await expectNoAccessibilityViolations(page);

    await page.getByRole('button', { name: 'Submit report' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Report submitted' })).toBeVisible();
    await expect(main).toContainText(`Version 1 of your WRES report for ${YEAR}`);
    await page.getByRole('link', { name: 'View version 1 of your report' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('version 1');
    await signOut(page);

    // The co-ordinating commissioner finds the report through the provider register.
    await signIn(page, 'icb@demo.test');
    await page
      .getByRole('navigation', { name: 'Primary navigation' })
      .getByRole('link', { name: 'Providers' })
      .click();
    await page.getByLabel('Name or ODS code').fill('Northfield Community');
    await page.getByRole('button', { name: 'Filter providers' }).click();
    await page.getByRole('link', { name: PROVIDER }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(PROVIDER);
    await page.getByRole('link', { name: /WRES reports, year by year/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(PROVIDER);
    const years = page.getByRole('table', { name: /WRES annual reports/ });
    await expect(years.getByRole('row').filter({ hasText: YEAR })).toContainText('Submitted late');
    await years.getByRole('link', { name: `${YEAR} WRES report` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`WRES report ${YEAR}`);
    await expect(page.getByRole('link', { name: 'Indicator 2' })).toHaveCount(0);
    await page.getByRole('link', { name: 'View version 1' }).click();

    const version = page.getByRole('main');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`${YEAR}, version 1`);
    await expect(version).toContainText('1.97');
    await expect(version).toContainText(
      'White people were 1.97 times as likely as BME people to be appointed if shortlisted',
    );
    await expect(version).toContainText('The board signed the report off at its July meeting.');
    await expectNoAccessibilityViolations(page);
  });

  test('resubmitting a changed count makes version 2, names the change and leaves version 1 as it was', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, 'provider@demo.test');
    await openOwnReport(page);
    await openSection(page, 'Indicator 2');
    await expect(page.getByLabel('BME – appointed', { exact: true })).toHaveValue('124');
    await fill(page, 'BME – appointed', 130);
    await saveAndContinue(page);

    await page.getByRole('link', { name: 'Check your report and submit' }).click();
    await page.getByRole('button', { name: 'Submit report' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Report submitted' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(`Version 2 of your WRES report for ${YEAR}`);

    await page.getByRole('link', { name: `Back to your WRES report for ${YEAR}` }).click();
    await page.getByRole('link', { name: /See every version you have submitted/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Version history/ })).toBeVisible();
    const versions = page.getByRole('table', { name: /Submitted versions/ });
    await expect(versions.getByRole('rowheader')).toHaveText(['Version 2', 'Version 1']);
    await versions.getByRole('link', { name: 'What changed in version 2' }).click();

    await expect(page.getByRole('heading', { level: 1, name: /What changed in version 2/ })).toBeVisible();
    const change = page.getByRole('row').filter({ hasText: 'Indicator 2 – BME – appointed' });
    await expect(change.getByRole('cell')).toHaveText(['124', '130']);
    await expectNoAccessibilityViolations(page);

    // Version 1 is as it was submitted.
    await page.getByRole('link', { name: 'View version 1' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`${YEAR}, version 1`);
    await expect(page.getByRole('main')).toContainText(
      'White people were 1.97 times as likely as BME people to be appointed if shortlisted',
    );
  });

  test('the provider imports its figures from the reporting template, and is told where a spreadsheet is wrong', async ({
    page,
  }) => {
    await signIn(page, 'provider@demo.test');
    await openOwnReport(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: /Download the template \(CSV\)/ }).click();
    const download = await downloading;
    const template = {
      name: download.suggestedFilename(),
      mimeType: 'text/csv',
      buffer: readFileSync(await download.path()),
    };

    await page.getByRole('link', { name: 'Import a filled-in template' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Import from a spreadsheet');
    const file = page.getByLabel('Filled-in template (XLSX or CSV)');
    await file.setInputFiles({
      name: 'figures.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Sheet,A,B\r\nIndicators 2-4,x,y\r\n'),
    });
    await page.getByRole('button', { name: 'Import figures' }).click();
    await expect(page.getByRole('alert')).toContainText('Nothing has been imported');
    const problems = page.getByRole('table', { name: /Problems in the spreadsheet/ });
    await expect(problems.getByRole('row').filter({ hasText: 'Indicators 2-4' }).first()).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // The template as downloaded carries the draft's figures, so importing it keeps every section complete.
    await file.setInputFiles(template);
    await page.getByRole('button', { name: 'Import figures' }).click();
    await expect(page.getByRole('alert')).toContainText('Figures imported');
    await expect(task(page, 'Indicator 2')).toContainText('Completed');
    await expect(page.getByRole('main')).toContainText('12 of 12 sections completed');
  });
});

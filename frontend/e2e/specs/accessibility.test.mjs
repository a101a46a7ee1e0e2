import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  LEADER,
  launchBrowser,
  openDemoResults,
  PLATFORM_ADMIN,
  publishedModelVersion,
  seriousViolations,
  signIn,
  TENANT_ADMIN,
  withPage,
} from '../support.mjs';

describe('accessibility (axe-core)', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('finds no serious or critical violations on the login page', async () => {
    await withPage(browser, 'axe-login', async (page) => {
      await page.goto('/login');
      await page.getByRole('button', { name: 'Continue' }).waitFor();
      assert.deepEqual(await seriousViolations(page), []);

      // Also with the error messages shown.
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByText('Enter your email address.').waitFor();
      assert.deepEqual(await seriousViolations(page), []);
    });
  });

  it('finds no serious or critical violations on the survey link pages', async () => {
    await withPage(browser, 'axe-survey-links', async (page) => {
      // A real link needs an open cycle; the page for a link that does not work is checked here.
      for (const path of ['/answer/a_unknown', '/c/c_unknown']) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();
        assert.deepEqual(await seriousViolations(page), [], `on ${path}`);
      }
    });
  });

  it('finds no serious or critical violations in the shell', async () => {
    await withPage(browser, 'axe-shell', async (page) => {
      await signIn(page, TENANT_ADMIN);
      await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
      assert.deepEqual(await seriousViolations(page), []);

      await page.getByRole('link', { name: 'Departments' }).click();
      await page
        .getByRole('group', { name: 'Department structure' })
        .getByText('Kundeservice', { exact: true })
        .waitFor();
      assert.deepEqual(await seriousViolations(page), []);
    });
  });

  it('finds no serious or critical violations on the administration pages', async () => {
    await withPage(browser, 'axe-administration', async (page) => {
      await signIn(page, TENANT_ADMIN);
      await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Main navigation' });
      for (const [link, heading] of [
        ['My surveys', 'My surveys'],
        ['People', 'People'],
        ['Import people', 'Import people'],
        ['Maturity models', 'Maturity models'],
        ['Audit log', 'Audit log'],
        ['Settings', 'Settings'],
        ['Single sign-on', 'Single sign-on'],
        ['API tokens', 'API tokens'],
        ['Surveys', 'Surveys'],
      ]) {
        await nav.getByRole('link', { name: link, exact: true }).click();
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        // Let the page's data arrive, so the check sees the filled-in page.
        await page.waitForLoadState('networkidle');
        assert.deepEqual(await seriousViolations(page), [], `on ${link}`);
      }
    });
  });

  it('finds no serious or critical violations in the maturity model editor', async () => {
    await withPage(browser, 'axe-models', async (page) => {
      await signIn(page, TENANT_ADMIN);
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Maturity models', exact: true })
        .click();
      await page.getByRole('radio', { name: 'Customer-driven growth: four themes' }).check();
      await page.getByLabel('Name', { exact: true }).fill('Accessibility check');
      await page.getByRole('button', { name: 'Create model' }).click();
      await page.getByRole('heading', { level: 2, name: 'Edit version 1 (draft)' }).waitFor();
      assert.deepEqual(await seriousViolations(page), [], 'in the draft editor');

      // With errors shown.
      await page.getByLabel('Low up to').fill('1');
      await page.getByRole('button', { name: 'Save draft' }).click();
      await page.getByText(/^The draft was not saved/).waitFor();
      assert.deepEqual(await seriousViolations(page), [], 'with errors shown');
      await page.getByLabel('Low up to').fill('2.5');
      await page.getByRole('button', { name: 'Save draft' }).click();
      await page.getByText('The draft was saved.').waitFor();

      await page.getByRole('button', { name: 'Publish…' }).click();
      await page.getByRole('button', { name: 'Publish version 1' }).click();
      await page.getByText('Published versions are frozen').waitFor();
      assert.deepEqual(await seriousViolations(page), [], 'on a published version');

      await page.getByRole('button', { name: 'New version from version 1' }).click();
      await page.getByRole('heading', { level: 2, name: 'Edit version 2 (draft)' }).waitFor();
      assert.deepEqual(await seriousViolations(page), [], 'in a derived draft');
    });
  });

  it('finds no serious or critical violations on the survey pages', async () => {
    await withPage(browser, 'axe-surveys', async (page) => {
      await signIn(page, TENANT_ADMIN);
      await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
      await publishedModelVersion(page, 'Axe survey model');
      await page.goto('/cycles/new');
      await page.getByRole('heading', { level: 1, name: 'New survey' }).waitFor();
      await page.getByLabel('Model version').selectOption({ label: 'Axe survey model, v1' });
      await page.getByText(/^Asks 6 of 24 statements per pulse/).waitFor();
      await page.getByLabel('Outside-in: also ask customers through single-use links').check();
      assert.deepEqual(await seriousViolations(page), [], 'on the new survey form');

      // Submitting an empty name shows the field errors.
      await page.getByRole('button', { name: 'Create draft' }).click();
      await page.getByText('Give the survey a name.').waitFor();
      assert.deepEqual(await seriousViolations(page), [], 'on the form with errors');

      await page.getByLabel('Name').fill('Accessible survey');
      await page.getByRole('button', { name: 'Create draft' }).click();
      await page.getByRole('heading', { level: 1, name: 'Accessible survey' }).waitFor();
      await page.getByRole('heading', { name: '6 statements asked' }).waitFor();
      assert.deepEqual(await seriousViolations(page), [], 'on the survey page');

      // Open, the results show turnout and hold back every figure below the threshold.
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Open now' }).click();
      await page.getByRole('heading', { level: 2, name: 'Results' }).waitFor();
      const suppressed = /^Results are shown once at least \d+ people have answered; 0 so far\.$/;
      await page.getByRole('heading', { level: 3, name: 'Customers' }).waitFor();
      assert.equal(await page.getByText(suppressed).count(), 2);
      assert.equal(await page.getByRole('table', { name: /maturity index per/ }).count(), 0);
      assert.deepEqual(await seriousViolations(page), [], 'on the open survey’s results');

      // Closed again at once, so no other spec finds this survey open.
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Close now' }).click();
      await page.getByText('The survey is closed; these are its final results.').waitFor();
      assert.deepEqual(await seriousViolations(page), [], 'on the closed survey’s results');
    });
  });

  it('finds no serious or critical violations on the results page', async () => {
    await withPage(browser, 'axe-results', async (page) => {
      await signIn(page, LEADER);
      await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
      await openDemoResults(page);
      assert.deepEqual(await seriousViolations(page), [], 'on the demo assessment');

      // With every statement table open.
      for (const summary of await page.locator('summary').all()) await summary.click();
      assert.deepEqual(await seriousViolations(page), [], 'with the statements open');
    });
  });

  it('finds no serious or critical violations on the platform pages', async () => {
    await withPage(browser, 'axe-platform', async (page) => {
      await signIn(page, PLATFORM_ADMIN);
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Tenants' })
        .click();
      await page.getByRole('rowheader', { name: 'Nordlys Energi' }).waitFor();
      await page.getByRole('button', { name: 'Manage Nordlys Energi' }).click();
      await page.getByRole('heading', { name: 'Manage Nordlys Energi' }).waitFor();
      assert.deepEqual(await seriousViolations(page), []);
    });
  });

  it('finds no serious or critical violations on the benchmark pages', async () => {
    const builtIn = 'Customer orientation in Norway 2024';
    await withPage(browser, 'axe-benchmarks-platform', async (page) => {
      await signIn(page, PLATFORM_ADMIN);
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Benchmarks' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Benchmark sets' }).waitFor();
      await page.getByRole('rowheader', { name: builtIn }).waitFor();
      await page.getByRole('button', { name: `Show the figures of ${builtIn}` }).click();
      await page.getByText('This set is built in and read-only.').waitFor();
      assert.deepEqual(await seriousViolations(page), [], 'on a built-in set');

      // A file with row errors shows them before anything is saved.
      await page.getByLabel('CSV file').setInputFiles({
        name: 'benchmarks.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('kind,key,share\nstatement,happy-customers,120\n'),
      });
      await page.getByText('Unknown benchmark key.').waitFor();
      await page.getByText('The share must be between 0 and 100.').waitFor();
      assert.deepEqual(await seriousViolations(page), [], 'with row errors shown');
    });

    await withPage(browser, 'axe-benchmarks-tenant', async (page) => {
      await signIn(page, 'leder@nordlys.example');
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Benchmarks' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Benchmarks' }).waitFor();
      await page.getByRole('heading', { level: 2, name: `${builtIn} (2024)` }).waitFor();
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await seriousViolations(page), [], 'for a tenant leader');
    });
  });
});

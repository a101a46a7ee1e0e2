import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, seriousViolations, signIn, TENANT_ADMIN, withPage } from '../support.mjs';

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
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, signIn, TENANT_ADMIN, withPage } from '../support.mjs';

describe('tenant admin', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('signs in, sees the shell and the departments of Nordlys Energi', async () => {
    await withPage(browser, 'tenant-admin-shell', async (page) => {
      await signIn(page, TENANT_ADMIN);
      await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/');

      const header = page.getByRole('banner');
      await header.getByText('Nordlys Energi').waitFor();
      const nav = page.getByRole('navigation', { name: 'Main navigation' });
      const departmentsLink = nav.getByRole('link', { name: 'Departments' });
      await departmentsLink.waitFor();
      assert.equal(await nav.getByRole('link', { name: 'Tenants' }).count(), 0);

      await departmentsLink.click();
      await page.getByRole('heading', { level: 1, name: 'Departments' }).waitFor();
      await page
        .getByRole('group', { name: 'Department structure' })
        .getByText('Kundeservice', { exact: true })
        .waitFor();
      assert.equal(new URL(page.url()).pathname, '/departments');

      // A change through the browser: proves the session and CSRF cookies work for real requests.
      await page.getByLabel('Name', { exact: true }).fill('Kundeservice Nord');
      await page.getByLabel('Parent department (optional)').selectOption({ label: 'Kundeservice' });
      await page.getByRole('button', { name: 'Add department' }).click();
      await page.getByText('“Kundeservice Nord” was added.').waitFor();
      await page
        .getByRole('group', { name: 'Department structure' })
        .getByText('Kundeservice Nord', { exact: true })
        .waitFor();
    });
  });

  it('shows an error message for a wrong password', async () => {
    await withPage(browser, 'wrong-password', async (page) => {
      await signIn(page, TENANT_ADMIN, 'definitely-not-the-password');
      await page.getByText('Wrong email or password.').waitFor();
      assert.equal(new URL(page.url()).pathname, '/login');
    });
  });

  it('switches the language to Norwegian', async () => {
    await withPage(browser, 'language-switch', async (page) => {
      await signIn(page, TENANT_ADMIN);
      const banner = page.getByRole('banner');
      await banner.getByRole('button', { name: 'Sign out' }).waitFor();

      await banner.getByLabel('Language').selectOption('nb');
      await banner.getByRole('button', { name: 'Logg ut' }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'nb');

      // The choice is remembered across a reload.
      await page.reload();
      await page.getByRole('button', { name: 'Logg ut' }).waitFor();

      // Signing out returns to the (email-first) login page, still in Norwegian.
      await page.getByRole('button', { name: 'Logg ut' }).click();
      await page.getByRole('button', { name: 'Fortsett' }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/login');
    });
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, PLATFORM_ADMIN, signIn, withPage } from '../support.mjs';

describe('platform admin', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('sees the tenants table and no departments', async () => {
    await withPage(browser, 'platform-admin', async (page) => {
      await signIn(page, PLATFORM_ADMIN);
      const nav = page.getByRole('navigation', { name: 'Main navigation' });
      await nav.getByRole('link', { name: 'Tenants' }).waitFor();
      assert.equal(await nav.getByRole('link', { name: 'Departments' }).count(), 0);

      await nav.getByRole('link', { name: 'Tenants' }).click();
      const table = page.getByRole('table');
      await table.getByRole('rowheader', { name: 'Nordlys Energi' }).waitFor();

      // The guarded route refuses direct navigation too.
      await page.goto('/departments');
      await page.getByRole('heading', { level: 1, name: 'No access' }).waitFor();
    });
  });
});

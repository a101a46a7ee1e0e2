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

  it('creates, suspends and deletes a tenant', async () => {
    await withPage(browser, 'platform-tenant-lifecycle', async (page) => {
      await signIn(page, PLATFORM_ADMIN);
      // Follow the link once signed in: navigating earlier would race the sign-in.
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Tenants' })
        .click();
      const create = page.getByRole('form', { name: 'Create a tenant' });
      await create.getByLabel('Organisation name').fill('Fjord Bank');
      await create.getByLabel('Short name').fill('fjord-bank');
      await create.getByLabel('Default language').selectOption('nb');
      await create.getByLabel('First administrator’s email').fill('admin@fjordbank.example');
      await create.getByLabel('First administrator’s name').fill('Fjord Admin');
      await create.getByRole('button', { name: 'Create tenant' }).click();
      await page.getByText('“Fjord Bank” was created.').waitFor();
      const row = page.getByRole('row', { name: /Fjord Bank/ });
      await row.waitFor();

      await page.getByRole('button', { name: 'Manage Fjord Bank' }).click();
      await page.getByRole('button', { name: 'Suspend tenant' }).click();
      await row.getByText('Suspended').waitFor();

      const deleteButton = page.getByRole('button', { name: 'Delete tenant and all its data' });
      assert.equal(await deleteButton.isDisabled(), true);
      await page.getByLabel('Type the short name “fjord-bank” to confirm').fill('fjord-bank');
      await deleteButton.click();
      await page.getByRole('row', { name: /Fjord Bank/ }).waitFor({ state: 'detached' });
      await page.getByRole('rowheader', { name: 'Nordlys Energi' }).waitFor();
    });
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, signIn, TENANT_ADMIN, withPage } from '../support.mjs';

const header = 'email;name;department;role_level;roles;locale\n';
const good =
  'lise.import@nordlys.example;Lise Import;Kundeservice/Kundeservice Privat;FRONTLINE;EMPLOYEE;nb\n';
const bad = 'per.import@nordlys.example;Per Import;Finnes Ikke;FRONTLINE;EMPLOYEE;nb\n';
const fixed = 'per.import@nordlys.example;Per Import;Salg;SPECIALIST;EMPLOYEE;en\n';

function csv(name, text) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`, 'utf8') };
}

describe('people import', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('previews a file with a bad row, imports the fixed file, and the people appear', async () => {
    await withPage(browser, 'people-import', async (page) => {
      await signIn(page, TENANT_ADMIN);
      const nav = page.getByRole('navigation', { name: 'Main navigation' });
      await nav.getByRole('link', { name: 'Import people' }).click();
      await page.getByRole('heading', { level: 1, name: 'Import people' }).waitFor();

      await page.getByLabel('CSV file').setInputFiles(csv('people.csv', header + good + bad));
      await page.getByText('1 row has problems. Fix the file and choose it again.').waitFor();
      await page.getByText('No active department has this name or path.').waitFor();
      const submit = page.getByRole('button', { name: /^Import 2 people$/ });
      assert.equal(await submit.isDisabled(), true);

      await page
        .getByLabel('CSV file')
        .setInputFiles(csv('people-fixed.csv', header + good + fixed));
      await page.getByText('All 2 rows are ready to import.').waitFor();
      await page.getByRole('button', { name: 'Import 2 people' }).click();
      await page.getByText('2 people were imported and invited.').waitFor();

      await nav.getByRole('link', { name: 'People', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
      const table = page.getByRole('table');
      await table.getByRole('rowheader', { name: 'Lise Import' }).waitFor();
      await table.getByRole('rowheader', { name: 'Per Import' }).waitFor();
      const per = table.getByRole('row').filter({ hasText: 'per.import@nordlys.example' });
      await per.getByText('Invited').waitFor();
    });
  });
});

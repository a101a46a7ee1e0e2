import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, signIn, TENANT_ADMIN, withPage } from '../support.mjs';

const NORWEGIAN_TEXT = 'Vi har en felles og tydelig visjon for hva kundene skal oppnå med oss.';

describe('maturity models', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('copies the Danish template, edits a Norwegian wording, publishes and derives version 2', async () => {
    await withPage(browser, 'maturity-models', async (page) => {
      await signIn(page, TENANT_ADMIN);
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Maturity models', exact: true })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Maturity models' }).waitFor();

      // The template is offered with its name, size and source.
      const template = page.getByRole('radio', { name: 'Customer-driven growth: four themes' });
      await template.check();
      await page.getByText('4 dimensions, 16 statements').waitFor();
      await page.getByLabel('Name', { exact: true }).fill('Vækstmodel med versioner');
      await page.getByRole('button', { name: 'Create model' }).click();

      await page.getByRole('heading', { level: 1, name: 'Vækstmodel med versioner' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Edit version 1 (draft)' }).waitFor();
      const statementCount = await page.getByRole('group', { name: /^Statement \d+ \(/ }).count();
      assert.equal(statementCount, 16);

      // Edit the Norwegian employee wording of the first statement through its language switch.
      const statement = page
        .getByRole('region', { name: 'Dimension 1: Vision and goals' })
        .getByRole('group', { name: 'Statement 1 (vision-1)' });
      await statement
        .getByRole('group', { name: 'Language of Employee text' })
        .getByRole('button', { name: 'Norsk (bokmål)', exact: true })
        .click();
      const norwegian = statement.getByLabel('Employee text in Norsk (bokmål)');
      await norwegian.fill(NORWEGIAN_TEXT);
      await page.getByRole('button', { name: 'Save draft' }).click();
      await page.getByText('The draft was saved.').waitFor();

      // Publishing asks first and explains that the version is frozen.
      await page.getByRole('button', { name: 'Publish…' }).click();
      await page.getByText('Publishing freezes version 1').waitFor();
      await page.getByRole('button', { name: 'Publish version 1' }).click();
      await page.getByText('Published versions are frozen').waitFor();
      assert.equal(await page.getByRole('button', { name: 'Save draft' }).count(), 0);

      // Version 2 starts with every statement carried over from version 1.
      await page.getByRole('button', { name: 'New version from version 1' }).click();
      await page.getByRole('heading', { level: 2, name: 'Edit version 2 (draft)' }).waitFor();
      const carried = page
        .getByRole('group', { name: /^Statement \d+ \(/ })
        .getByText('Carried over from version 1', { exact: true });
      await carried.first().waitFor();
      assert.equal(await carried.count(), statementCount);

      const carriedStatement = page
        .getByRole('region', { name: 'Dimension 1: Vision and goals' })
        .getByRole('group', { name: 'Statement 1 (vision-1)' });
      assert.match(
        await carriedStatement.getByLabel('Trend across versions').inputValue(),
        /^[0-9a-f-]{36}$/,
      );
      await page.getByLabel('Language shown in the text fields').selectOption('nb');
      assert.equal(
        await carriedStatement.getByLabel('Employee text in Norsk (bokmål)').inputValue(),
        NORWEGIAN_TEXT,
      );

      // Marking a statement as new is one choice away.
      await carriedStatement
        .getByLabel('Trend across versions')
        .selectOption({ label: 'Treat as a new statement (starts its own trend)' });
      await carriedStatement.getByText('New statement', { exact: true }).waitFor();
      assert.equal(await carried.count(), statementCount - 1);
    });
  });
});

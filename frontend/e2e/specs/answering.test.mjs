import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BASE_URL,
  launchBrowser,
  onPhone,
  seriousViolations,
  signIn,
  TENANT_ADMIN,
} from '../support.mjs';

// The full flow (an admin opens a pulse, an employee answers from the mailed link on a phone, a
// customer answers through a customer link) is in pulse-survey.test.mjs.
describe('answering surveys', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('explains an unknown answer link plainly on a phone, without signing in', async () => {
    await onPhone(browser, async (page) => {
      await page.goto('/answer/a_not-a-real-link');
      await page.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();
      await page.getByText('Check that you opened the whole link').waitFor();
      assert.equal(new URL(page.url()).pathname, '/answer/a_not-a-real-link');
      // Nothing spills sideways at 375 px.
      const overflow = await page.evaluate(
        () => globalThis.document.documentElement.scrollWidth > globalThis.innerWidth,
      );
      assert.equal(overflow, false);
      assert.deepEqual(await seriousViolations(page), []);
    });
  });

  it('explains an unknown customer link in the browser’s language', async () => {
    const context = await browser.newContext({ baseURL: BASE_URL, locale: 'nb-NO' });
    try {
      const page = await context.newPage();
      await page.goto('/c/c_unknown');
      await page.getByRole('heading', { level: 1, name: 'Denne lenken virker ikke' }).waitFor();
      await page.getByLabel('Språk').selectOption('en');
      await page.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('shows a signed-in person their open surveys (the demo’s monthly pulse)', async () => {
    await onPhone(browser, async (page) => {
      await signIn(page, TENANT_ADMIN);
      await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
      await page.goto('/surveys');
      await page.getByRole('heading', { level: 1, name: 'My surveys' }).waitFor();
      await page.getByRole('link', { name: /Månedlig puls/ }).waitFor();
      assert.deepEqual(await seriousViolations(page), []);
    });
  });
});

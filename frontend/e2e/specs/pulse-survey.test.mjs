import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BASE_URL,
  latestMailTo,
  launchBrowser,
  linkIn,
  publishedModelVersion,
  signIn,
  TENANT_ADMIN,
  withPage,
} from '../support.mjs';

describe('pulse survey', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('an admin opens a pulse for everyone and the employees receive their answer links', async () => {
    await withPage(browser, 'pulse-survey', async (page) => {
      await signIn(page, TENANT_ADMIN);
      await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
      await publishedModelVersion(page, 'Pulse model');

      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Surveys', exact: true })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Surveys' }).waitFor();
      await page.getByRole('link', { name: 'New survey' }).click();
      await page.getByRole('heading', { level: 1, name: 'New survey' }).waitFor();

      await page.getByLabel('Name').fill('Monthly pulse');
      await page
        .getByRole('radio', {
          name: 'Pulse: a few statements at a time, rotated through the model',
        })
        .check();
      await page.getByLabel('Model version').selectOption({ label: 'Pulse model, v1' });
      await page.getByLabel('Rotation (pulses)').fill('4');
      await page
        .getByText(
          'Asks 6 of 24 statements per pulse; every statement at least once every 4 pulses.',
        )
        .waitFor();
      await page.getByLabel('Repeats').selectOption({ label: 'Every month' });
      await page.getByRole('button', { name: 'Create draft' }).click();

      await page.getByRole('heading', { level: 1, name: 'Monthly pulse' }).waitFor();
      await page.getByText('Draft', { exact: true }).waitFor();
      await page.getByRole('heading', { name: '6 statements asked' }).waitFor();

      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Open now' }).click();
      await page.getByText('Open', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Close now' }).waitFor();

      const mail = await latestMailTo('ansatt@nordlys.example', {
        subjectIncludes: 'Monthly pulse',
      });
      const link = linkIn(mail.text, '/answer/');
      assert.match(
        link,
        new RegExp(`^${BASE_URL.replace(/[.]/g, '\\.')}/answer/a_[A-Za-z0-9_-]{64}$`),
      );

      // The list shows the open pulse and how many were invited, never who answered.
      await page.getByRole('link', { name: 'Back to surveys' }).click();
      await page.getByRole('rowheader', { name: /Monthly pulse/ }).waitFor();
    });
  });
});

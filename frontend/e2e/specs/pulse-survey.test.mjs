import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BASE_URL,
  latestMailTo,
  launchBrowser,
  linkIn,
  onPhone,
  publishedModelVersion,
  signIn,
  TENANT_ADMIN,
  withPage,
} from '../support.mjs';

describe('pulse survey', () => {
  let browser;
  let employeeLink;
  let customerLink;

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
      await page.getByLabel('Outside-in: also ask customers through single-use links').check();
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

      employeeLink = link;

      // One single-use link for a customer, shown once.
      await page.getByLabel('Number of links').fill('1');
      await page.getByRole('button', { name: 'Create links' }).click();
      customerLink = (await page.getByLabel('New links').inputValue()).trim();
      assert.match(customerLink, /\/c\/c_[A-Za-z0-9_-]{64}$/);

      // The list shows the open pulse and how many were invited, never who answered.
      await page.getByRole('link', { name: 'Back to surveys' }).click();
      await page.getByRole('rowheader', { name: /Monthly pulse/ }).waitFor();
    });
  });

  it('the employee answers from the mailed link on a phone, in Norwegian, keeping a draft across a reload', async () => {
    assert.ok(employeeLink, 'the previous test mailed a link');
    await onPhone(browser, async (page) => {
      await page.goto(employeeLink);
      await page.getByRole('heading', { level: 1, name: 'Monthly pulse' }).waitFor();
      const statements = page.locator('fieldset.statement');
      await statements.first().waitFor();

      // The first answer is kept on this device only: a reload brings it back.
      await statements.first().getByText('Enig', { exact: true }).click();
      await page.getByText('1 av 6 besvart').waitFor();
      await page.reload();
      await page.getByText('1 av 6 besvart').waitFor();
      assert.equal(
        await statements
          .first()
          .getByRole('radio', { name: /^4\s*Enig$/ })
          .isChecked(),
        true,
      );

      // Every theme: agree with everything but the last statement, which gets "don't know".
      for (;;) {
        const count = await statements.count();
        for (let i = 0; i < count; i++) {
          await statements.nth(i).getByText('Enig', { exact: true }).click();
        }
        const next = page.getByRole('button', { name: /^(Neste|Se over svarene)$/ });
        const label = await next.textContent();
        if (label === 'Se over svarene') {
          await statements
            .nth(count - 1)
            .getByText('Vet ikke', { exact: true })
            .click();
          await page.getByLabel(/^Kommentar/).fill('<b>Mer</b> tid til kundene');
          await next.click();
          break;
        }
        await next.click();
      }
      await page.getByText('6 av 6 besvart').waitFor();
      // Markup in a comment is shown as the text that was typed.
      await page.getByText('<b>Mer</b> tid til kundene').waitFor();
      await page.getByRole('button', { name: 'Send inn svar' }).click();
      await page.getByRole('heading', { name: 'Takk!' }).waitFor();

      // The link was single-use.
      await page.goto(employeeLink);
      await page.getByRole('heading', { level: 1, name: 'Allerede besvart' }).waitFor();
    });
  });

  it('a customer answers the customer-phrased statements through the outside-in link', async () => {
    assert.ok(customerLink, 'the first test created a customer link');
    await onPhone(browser, async (page) => {
      await page.goto(`${customerLink}?lang=en`);
      await page.getByText(/would like to know how you experience them as a customer/).waitFor();
      const statements = page.locator('fieldset.statement');
      await statements.first().waitFor();
      for (;;) {
        const count = await statements.count();
        for (let i = 0; i < count; i++) {
          await statements.nth(i).getByText('Disagree', { exact: true }).click();
        }
        const next = page.getByRole('button', { name: /^(Next|Review answers)$/ });
        const label = await next.textContent();
        await next.click();
        if (label === 'Review answers') break;
      }
      await page.getByRole('button', { name: 'Submit answers' }).click();
      await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
      await page.goto(customerLink);
      await page
        .getByRole('heading', { level: 1, name: /^(Already answered|Allerede besvart)$/ })
        .waitFor();
    });
  });
});

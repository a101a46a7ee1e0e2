import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, signIn, TENANT_ADMIN, withPage } from '../support.mjs';

// The runner starts a real OpenID Connect provider (mock-oauth2-server) and passes its address.
const IDP_URL = process.env.MATURO_IDP_URL;
// A subdomain, so the demo tenant's own password logins (used by the other specs) stay as they are.
const SSO_DOMAIN = 'sso.nordlys.example';

describe('single sign-on', () => {
  let browser;
  before(async () => {
    assert.ok(IDP_URL, 'MATURO_IDP_URL must be set by e2e/run.mjs');
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('an admin configures single sign-on and a new colleague signs in through it', async () => {
    await withPage(browser, 'sso-configure', async (page) => {
      await signIn(page, TENANT_ADMIN);
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Single sign-on' })
        .click();
      await page.getByLabel('Issuer URL').fill(`${IDP_URL}/nordlys`);
      await page.getByLabel('Client ID').fill('maturo-e2e');
      await page.getByLabel('Client secret').fill('e2e-client-secret');
      await page.getByLabel('Verified email domains').fill(SSO_DOMAIN);
      await page.getByLabel('Create accounts automatically at first sign-in').check();
      await page.getByLabel('Single sign-on is on').check();

      await page.getByRole('button', { name: 'Test connection' }).click();
      await page.getByText('The provider looks right.').waitFor();

      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Single sign-on settings saved.').waitFor();
    });

    await withPage(browser, 'sso-sign-in', async (page) => {
      const email = `ny.kollega@${SSO_DOMAIN}`;
      await page.goto('/login');
      await page.getByLabel('Email').fill(email);
      await page.getByRole('button', { name: 'Continue' }).click();

      // Now at the organisation's identity provider: sign in there.
      await page.waitForURL((url) => url.href.startsWith(`${IDP_URL}/nordlys/`));
      await page.locator('input[name="username"]').fill(email);
      await page
        .locator('textarea[name="claims"]')
        .fill(JSON.stringify({ email, email_verified: true, name: 'Ny Kollega' }));
      await page.getByRole('button', { name: 'Sign-in' }).click();

      // Back in Maturo, provisioned just in time into the demo tenant, never into another one.
      await page.getByRole('heading', { level: 1, name: 'Welcome, Ny Kollega' }).waitFor();
      await page.getByRole('banner').getByText('Nordlys Energi').waitFor();
      assert.equal(new URL(page.url()).origin, process.env.MATURO_BASE_URL);
    });
  });
});

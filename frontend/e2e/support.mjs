// Shared helpers for the browser specs (plain ESM, run by node --test).
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.MATURO_BASE_URL ?? 'http://127.0.0.1:8080';
export const DEMO_PASSWORD = 'maturo-demo-2026';
export const TENANT_ADMIN = 'admin@nordlys.example';
export const PLATFORM_ADMIN = 'operator@maturo.example';

const artifacts = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Runs body with a fresh page (own cookies and storage). On failure a screenshot is saved
 * to e2e/artifacts/ and the error is rethrown.
 */
export async function withPage(browser, name, body) {
  const context = await browser.newContext({ baseURL: BASE_URL, locale: 'en-GB' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  try {
    await body(page, consoleErrors);
  } catch (error) {
    mkdirSync(artifacts, { recursive: true });
    const file = join(artifacts, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => {});
    if (consoleErrors.length) console.error(`browser console errors:\n${consoleErrors.join('\n')}`);
    console.error(`screenshot: ${file}`);
    throw error;
  } finally {
    await context.close();
  }
}

export async function signIn(page, email, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  // Email first: discovery decides between a password and the organisation's single sign-on.
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Violations with impact serious or critical, formatted for an assertion message. */
export async function seriousViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target).join(', ')}`);
}

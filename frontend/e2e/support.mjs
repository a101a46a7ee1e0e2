// Shared helpers for the browser specs (plain ESM, run by node --test).
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.MATURO_BASE_URL ?? 'http://127.0.0.1:8080';
export const DEMO_PASSWORD = 'maturo-demo-2026';
export const TENANT_ADMIN = 'admin@nordlys.example';
export const LEADER = 'leder@nordlys.example';
/** The demo's closed assessment: 8 answers of 10 invited, threshold 5. */
export const DEMO_ASSESSMENT = 'Kundeorientering – egenvurdering';
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

/** Runs body with a fresh page the size of a phone (375 px wide, touch), as respondents often answer. */
export async function onPhone(browser, body) {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'en-GB',
    viewport: { width: 375, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  context.setDefaultTimeout(15_000);
  try {
    await body(await context.newPage());
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

/** Opens Results and picks the demo's closed assessment (other specs may have opened newer surveys). */
export async function openDemoResults(page) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Results', exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor();
  const survey = page.getByLabel('Survey');
  const value = await survey
    .locator('option', { hasText: DEMO_ASSESSMENT })
    .first()
    .getAttribute('value');
  await survey.selectOption(value);
  await page.waitForURL(`**/results/${value}`);
  await page.getByRole('heading', { level: 2, name: 'Perception gap' }).waitFor();
  await page.waitForLoadState('networkidle');
}

/** Violations with impact serious or critical, formatted for an assertion message. */
export async function seriousViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target).join(', ')}`);
}

export const MAIL_API_URL = process.env.MATURO_MAIL_API_URL ?? 'http://127.0.0.1:8081';

function decodeQuotedPrintable(text) {
  const bytes = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The decoded text of every part of a raw MIME message (base64 and quoted-printable bodies decoded). */
export function mimeText(raw) {
  const sections = raw.split(/\r?\n--[^\r\n]+\r?\n?/);
  return sections
    .map((section) => {
      const split = section.search(/\r?\n\r?\n/);
      if (split < 0) return section;
      const headers = section.slice(0, split);
      const body = section.slice(split).replace(/^\s+/, '');
      const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
      if (encoding === 'base64')
        return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
      if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
      return body;
    })
    .join('\n');
}

/**
 * The newest mail GreenMail received for an address, as { subject, text }, waiting for it to arrive (mails are
 * sent by background tasks). Fails after the timeout.
 */
export async function latestMailTo(address, { timeoutMs = 20_000, subjectIncludes = '' } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(
      `${MAIL_API_URL}/api/user/${encodeURIComponent(address)}/messages/INBOX`,
    );
    if (response.ok) {
      const messages = (await response.json()).filter((m) =>
        (m.subject ?? '').includes(subjectIncludes),
      );
      if (messages.length) {
        const last = messages[messages.length - 1];
        return { subject: last.subject, text: mimeText(last.mimeMessage) };
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`No mail for ${address} within ${timeoutMs / 1000} s`);
}

/** The first link in a text whose path starts with the given prefix, e.g. "/answer/". */
export function linkIn(text, pathPrefix) {
  const escaped = pathPrefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = new RegExp(`https?://[^\\s"<>]+${escaped}[^\\s"<>]+`).exec(text);
  if (!match) throw new Error(`No link to ${pathPrefix} in:\n${text}`);
  return match[0];
}

/**
 * Copies a model template and publishes it through the API with the page's session (the models pages belong to
 * another feature); returns the published version.
 */
export async function publishedModelVersion(page, name, templateKey = 'cx-six-competencies') {
  const csrf = async () =>
    (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  if (!(await csrf())) await page.request.get('/api/v1/me');
  const created = await page.request.post('/api/v1/tenant/models', {
    data: { name, templateKey },
    headers: { 'X-XSRF-TOKEN': await csrf() },
  });
  if (created.status() !== 201) throw new Error(`model not created: ${await created.text()}`);
  const model = await created.json();
  const published = await page.request.post(
    `/api/v1/tenant/models/${model.id}/versions/${model.versions[0].id}/publish`,
    { headers: { 'X-XSRF-TOKEN': await csrf() } },
  );
  if (published.status() !== 200) throw new Error(`not published: ${await published.text()}`);
  return published.json();
}

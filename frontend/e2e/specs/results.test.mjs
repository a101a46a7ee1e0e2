import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LEADER, launchBrowser, openDemoResults, signIn, withPage } from '../support.mjs';

describe('results', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('the demo leader sees the overall index and level of the demo assessment, and small groups hidden, and the trend over four quarters', async () => {
    await withPage(browser, 'results', async (page) => {
      await signIn(page, LEADER);
      await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
      await openDemoResults(page);

      const overall = page.getByRole('region', { name: 'Overall maturity' });
      await overall.getByText('Based on 8 answers.').waitFor();
      await overall.getByText('Participation: 8 of 10 answered (80%).').waitFor();
      const hero = overall.locator('.results-hero-value');
      assert.equal(await hero.count(), 2);
      assert.match(await hero.nth(0).innerText(), /^[1-5]\.\d\d$/);
      assert.match(await hero.nth(1).innerText(), /^\d{1,3}$/);
      assert.match(await overall.locator('.results-hero-level').innerText(), /^(Low|Medium|High)$/);

      // Role levels and departments of the demo are smaller than the threshold of 5.
      const heatmap = page.getByRole('table', {
        name: 'Maturity index (1–5) per department and dimension',
      });
      const gap = page.getByRole('table', {
        name: 'Maturity index (1–5) per dimension and role level, with the gap',
      });
      const hiddenCells =
        (await heatmap.getByText('Hidden to protect anonymity').count()) +
        (await gap.getByText('Hidden to protect anonymity').count());
      assert.ok(hiddenCells > 0, 'some small group is hidden');
      // The whole organisation's row of the heatmap shows numbers.
      const whole = heatmap.getByRole('row', { name: /Whole organisation/ });
      assert.match(await whole.innerText(), /\d\.\d\d/);

      // Four quarters of demo assessments: the trend marks at least one significant change.
      const trends = page.getByRole('table', {
        name: 'Trend per dimension across assessments (mean, 95% confidence interval)',
      });
      await trends.waitFor();
      assert.ok(
        (await trends.getByRole('columnheader').count()) >= 5,
        'four assessments and the dimension column',
      );
      assert.ok(
        (await trends.getByText('significant', { exact: true }).count()) > 0,
        'a significant change is marked',
      );
    });
  });
});

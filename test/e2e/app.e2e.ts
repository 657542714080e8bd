/**
 * The app as a user meets it, in browser mode and real Chromium: the start page, the demo shop
 * (Data and Pareto views), then a real export (Online Retail.csv) through the import wizard.
 * Screenshots of every step go to test-results/screenshots/app-*.png and are looked at.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasHasPixels, screenshot, withAppInChromium } from './harness/index.js';

/** The shared sample data sits next to the repository (see the task brief). */
const ONLINE_RETAIL = path.resolve('..', 'shared', 'data', 'Online Retail.csv');

const e2e = withAppInChromium();

const byTestId = (page: Page, id: string) => page.getByTestId(id);

describe('the app', () => {
  it('shows the start page', async () => {
    const { page } = e2e.chrome;
    await page.goto(e2e.app.url);
    await byTestId(page, 'start-page').waitFor();
    for (const id of ['start-import', 'start-demo', 'start-new', 'start-open']) {
      await expect(byTestId(page, id).isEnabled()).resolves.toBe(true);
    }
    await screenshot(page, 'app-1-start');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('keeps a pasted project name over 200 characters whole, counts it and refuses it, saying the limit', async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'start-new').click();
    const long = `${'م'.repeat(200)} پایان`;
    await byTestId(page, 'new-project-name').fill(long);
    expect(await byTestId(page, 'new-project-name').inputValue()).toBe(long);
    expect(await byTestId(page, 'new-project-name-count').textContent()).toBe('206 / 200 characters: too long');
    await byTestId(page, 'new-project-create').click();
    expect(await byTestId(page, 'new-project-problem').textContent()).toBe(
      'The name has 206 characters; a project name can have at most 200. Shorten it to create the project.',
    );
    await screenshot(page, 'app-1b-long-project-name');
    await byTestId(page, 'new-project-name').fill('x'.repeat(180));
    expect(await byTestId(page, 'new-project-name-count').textContent()).toBe('180 / 200 characters');
    expect(await byTestId(page, 'new-project-problem').count()).toBe(0);
    await page.keyboard.press('Escape');
    await byTestId(page, 'new-project-dialog').waitFor({ state: 'detached' });
    expect(await byTestId(page, 'start-page').isVisible()).toBe(true);
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('opens the demo shop: customers in the Data view, the Pareto chart and sentence', async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'start-demo').click();
    await byTestId(page, 'view-data').waitFor({ timeout: 60_000 });
    await byTestId(page, 'customer-row').first().waitFor();
    expect(await byTestId(page, 'project-name').textContent()).toBe('Demo shop');
    expect(await byTestId(page, 'customer-row').count()).toBeGreaterThan(10);
    // The demo shop is seeded (seed 1, 5,000 customers): the same figures every time.
    expect(await byTestId(page, 'data-summary').textContent()).toBe(
      '5,000 customers · 24,898 orders · 49,610 order lines',
    );
    await screenshot(page, 'app-2-demo-data');

    await byTestId(page, 'nav-pareto').click();
    await byTestId(page, 'pareto-chart').locator('canvas').waitFor();
    expect(await byTestId(page, 'nav-pareto').getAttribute('aria-current')).toBe('page');
    expect(await byTestId(page, 'pareto-sentence').textContent()).toMatch(
      /^\d+(\.\d)?% of customers bring 80% of revenue\. The top 20% of customers bring \d+% of revenue\.$/,
    );
    expect(await canvasHasPixels(page, 'pareto-chart')).toBe(true);
    // The main Pareto chart exports like every chart: PNG from the canvas, SVG drawn again.
    for (const [button, name, start] of [
      ['pareto-chart-png', 'pareto.png', '\uFFFDPNG'],
      ['pareto-chart-svg', 'pareto.svg', '<svg'],
    ] as const) {
      const download = page.waitForEvent('download');
      await byTestId(page, button).click();
      expect((await download).suggestedFilename()).toBe(name);
      expect(fs.readFileSync((await (await download).path()) as string, 'utf8').startsWith(start)).toBe(true);
    }
    await screenshot(page, 'app-3-demo-pareto');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('imports Online Retail.csv through the wizard into a new project', async () => {
    const { page } = e2e.chrome;
    expect(fs.existsSync(ONLINE_RETAIL)).toBe(true);
    await byTestId(page, 'topbar-close').click();
    await byTestId(page, 'start-page').waitFor();
    expect(await byTestId(page, 'recent-item').first().textContent()).toContain('Demo shop');

    // Step 1 → 2: the file is uploaded and previewed.
    await byTestId(page, 'start-import-file').setInputFiles(ONLINE_RETAIL);
    await byTestId(page, 'wizard-step-preview').waitFor({ timeout: 60_000 });
    expect(await byTestId(page, 'setting-encoding').inputValue()).toBe('windows-1252');
    expect(await byTestId(page, 'setting-date-order').inputValue()).toBe('dmy');
    expect(await byTestId(page, 'date-order-hint').textContent()).toMatch(/^Day first — decided from \d\d\/\d\d\/2010/);
    expect(await byTestId(page, 'setting-kind').inputValue()).toBe('orders');
    const roles = await page
      .locator('[data-testid^="role-select-"]')
      .evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).value));
    expect(roles).toEqual([
      'order_id',
      '',
      'product',
      'quantity',
      'order_date',
      'unit_price',
      'customer_id',
      'country',
    ]);
    expect(await byTestId(page, 'amount-rule').textContent()).toBe('amount = Quantity × UnitPrice');
    await screenshot(page, 'app-4-wizard-preview');

    // Step 3: the import runs with a progress bar, then step 4 reports.
    await Promise.all([
      byTestId(page, 'import-progress').waitFor({ state: 'attached' }),
      byTestId(page, 'wizard-import').click(),
    ]);
    await screenshot(page, 'app-5-wizard-import');
    await byTestId(page, 'wizard-step-report').waitFor({ timeout: 120_000 });
    expect(await byTestId(page, 'report-customers').textContent()).toBe('922');
    expect(await byTestId(page, 'reject-count-missing_customer_id').textContent()).toBe('13,766');
    expect(await byTestId(page, 'reject-missing_customer_id').textContent()).toContain('CustomerID');
    expect(await byTestId(page, 'rejects-download').getAttribute('href')).toMatch(
      /^\/api\/rejects\.csv\?datasetId=\d+&token=/,
    );
    await screenshot(page, 'app-6-wizard-report');

    // Show customers → the Data view of the new project, then its Pareto view.
    await byTestId(page, 'report-show-customers').click();
    await byTestId(page, 'customer-row').first().waitFor();
    expect(await byTestId(page, 'project-name').textContent()).toBe('Online Retail');
    expect(await byTestId(page, 'data-summary').textContent()).toMatch(/^922 customers/);
    await screenshot(page, 'app-7-retail-data');

    await page.keyboard.press('Control+5');
    await byTestId(page, 'pareto-chart').locator('canvas').waitFor();
    expect(await byTestId(page, 'pareto-sentence').textContent()).toMatch(/^42% of customers bring 80% of revenue\./);
    expect(await canvasHasPixels(page, 'pareto-chart')).toBe(true);
    await screenshot(page, 'app-8-retail-pareto');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('flips the layout when the page is right-to-left', async () => {
    const { page } = e2e.chrome;
    await page.keyboard.press('Control+1');
    await byTestId(page, 'customer-row').first().waitFor();
    await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
    const nav = await byTestId(page, 'nav-data').boundingBox();
    const viewport = page.viewportSize();
    expect(nav && viewport && nav.x > viewport.width / 2).toBe(true);
    await screenshot(page, 'app-9-rtl-data');
    await page.evaluate(() => document.documentElement.setAttribute('dir', 'ltr'));
    expect(e2e.chrome.errors).toEqual([]);
  });
});

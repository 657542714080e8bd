/**
 * The README's screenshots, taken from the current app on the demo shop at a fixed window size
 * (1280 x 800): the import wizard's preview of the demo shop's orders file, the Pareto, RFM and
 * Segments views. `npm run screenshots` writes them to docs/screenshots (to commit); a plain test
 * run writes them to test-results/docs-screenshots, so the step is always exercised.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDemoCsv } from '../../electron/core/demo/writeDemoCsv.js';
import { RESULTS_DIR, withAppInChromium } from './harness/index.js';

const OUT_DIR = path.resolve(process.env.SEGWB_DOCS_SCREENSHOTS_DIR ?? path.join(RESULTS_DIR, 'docs-screenshots'));
const DOCS_VIEWPORT = { width: 1280, height: 800 };

const e2e = withAppInChromium(DOCS_VIEWPORT);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-docs-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const byTestId = (page: Page, id: string) => page.getByTestId(id);

/** The window as a user sees it (not the full page), nothing focused, nothing moving. */
async function docsShot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  expect(fs.statSync(file).size).toBeGreaterThan(10_000);
}

describe('README screenshots', () => {
  it("the import wizard's preview of the demo shop's orders file", async () => {
    const { page } = e2e.chrome;
    const files = await writeDemoCsv(tmp, { customers: 5000, seed: 1 });
    await page.goto(e2e.app.url);
    await byTestId(page, 'start-import-file').setInputFiles(files.ordersPath);
    await byTestId(page, 'wizard-step-preview').waitFor({ timeout: 60_000 });
    expect(await byTestId(page, 'setting-kind').inputValue()).toBe('orders');
    await docsShot(page, 'import-preview');
    await byTestId(page, 'wizard-cancel').click();
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('the Pareto, RFM and Segments views of the demo shop', async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'start-demo').click();
    await byTestId(page, 'customer-row').first().waitFor({ timeout: 60_000 });

    await byTestId(page, 'nav-pareto').click();
    await byTestId(page, 'pareto-chart').locator('canvas').first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="pareto-abc-row"]').length === 3);
    await docsShot(page, 'pareto');

    await byTestId(page, 'nav-rfm').click();
    await byTestId(page, 'rfm-heatmap').locator('canvas').first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="rfm-summary-row"]').length > 3);
    await docsShot(page, 'rfm');

    await byTestId(page, 'nav-segments').click();
    await byTestId(page, 'segment-new').click();
    await byTestId(page, 'segment-editor').waitFor();
    await byTestId(page, 'add-condition').last().click();
    const country = page.locator('[data-node-path="0"]').first();
    await country.getByTestId('node-picker').selectOption('field:country');
    await country.getByTestId('value-category').locator('summary').click();
    for (const value of ['United Kingdom', 'Germany']) {
      await country.getByTestId('value-option').filter({ hasText: value }).locator('input').check();
    }
    await country.getByTestId('value-category').locator('summary').click();
    await byTestId(page, 'add-orders').last().click();
    const orders = page.locator('[data-node-path="1"]').first();
    await orders.getByTestId('orders-value').fill('2');
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="segment-counting"], .is-stale'),
      undefined,
      { timeout: 15_000 },
    );
    await docsShot(page, 'segments');
    expect(e2e.chrome.errors).toEqual([]);
  });
});

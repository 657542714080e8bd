/**
 * A page reloaded (or a second tab opened) while an import runs shows that import: the progress
 * step with its bar moving, then the report. The orders file is generated at test time, big
 * enough (1M lines, ~40 MB) that the import takes several seconds on a 2-core machine.
 * Screenshots: test-results/screenshots/running-import-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { screenshot, withAppInChromium } from './harness/index.js';
import { writeOrdersFile } from './harness/ordersFile.js';

const ORDER_LINES = 1_000_000;
const CUSTOMERS = 50_000;

const e2e = withAppInChromium();
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-running-import-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** The progress bar's current percentage, or null while it is indeterminate (or gone). */
async function progressPercent(page: Page): Promise<number | null> {
  const now = await page.getByTestId('import-progress').getAttribute('aria-valuenow', { timeout: 5_000 });
  return now === null ? null : Number(now);
}

/** Waits until the bar shows a percentage above `above` (it moves while the file is read). */
async function waitForProgressAbove(page: Page, above: number): Promise<number> {
  const handle = await page.waitForFunction(
    (limit) => {
      const bar = document.querySelector('[data-testid="import-progress"]');
      const now = bar?.getAttribute('aria-valuenow');
      return now != null && Number(now) > limit ? Number(now) : null;
    },
    above,
    { timeout: 60_000, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

describe('an import that runs while the page is reloaded', () => {
  it('shows the running import after a reload and in a second tab, then its report', async () => {
    const { page, context } = e2e.chrome;
    const file = path.join(folder, 'big orders.csv');
    writeOrdersFile(file, ORDER_LINES, CUSTOMERS);

    await page.goto(e2e.app.url);
    await page.getByTestId('start-page').waitFor();
    await page.getByTestId('start-import-file').setInputFiles(file);
    await page.getByTestId('wizard-step-preview').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('setting-kind').inputValue()).toBe('orders');
    await page.getByTestId('wizard-import').click();
    await waitForProgressAbove(page, 0);

    // The page goes away mid-import; the engine keeps going and the reloaded page finds it.
    await page.reload();
    await page.getByTestId('wizard-step-run').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('run-phase').textContent()).toMatch(
      /^(Starting the import of|Reading) big orders\.csv…$|^Computing customer metrics…$|^Saving to the project…$/,
    );
    const first = await waitForProgressAbove(page, 0);
    const later = await waitForProgressAbove(page, first);
    expect(later).toBeGreaterThan(first);
    expect(await page.getByTestId('run-numbers').textContent()).toMatch(
      /^[\d.,]+ [KMG]?B of 38.7 MB read · [\d,]+ rows$/,
    );
    await screenshot(page, 'running-import-1-reloaded');

    // A second tab opened with the run's address follows the same import.
    const second = await context.newPage();
    await second.goto(e2e.app.url);
    await second.getByTestId('wizard-step-run').waitFor({ timeout: 30_000 });
    expect(await progressPercent(second)).toBeGreaterThanOrEqual(0);
    await screenshot(second, 'running-import-2-second-tab');

    // Both end on the report of the whole file.
    for (const shown of [page, second]) {
      await shown.getByTestId('wizard-step-report').waitFor({ timeout: 180_000 });
      expect(await shown.getByTestId('report-rowsImported').textContent()).toBe('1,000,000');
      expect(await shown.getByTestId('report-customers').textContent()).toBe('50,000');
    }
    // A page in a background tab cannot be captured: close the second tab and bring the first back.
    await second.close();
    await page.bringToFront();
    await screenshot(page, 'running-import-3-report');

    await page.getByTestId('report-show-customers').click();
    await page.getByTestId('customer-row').first().waitFor();
    expect(await page.getByTestId('data-summary').textContent()).toBe(
      '50,000 customers · 1,000,000 orders · 1,000,000 order lines',
    );
    expect(e2e.chrome.errors).toEqual([]);
  });
});

/**
 * Discover and Predict on the CDNOW sample (../shared/data/cdnow, SOURCES.md §7: 2,357 customers),
 * imported as the app imports any file: the lifetime-value fit with the papers' calibration end,
 * a clustering, the saved groupings with Delete behind a confirm, the progress bar and Cancel of a
 * running clustering; in English and in Persian (right to left).
 * Screenshots: test-results/screenshots/cdnow-*.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SavedClustering } from '../../shared/contract/cluster.js';
import type { ClvSummary } from '../../shared/contract/clv.js';
import type { ImportPreview } from '../../shared/model/import.js';
import { callEngine, screenshot, withAppInChromium } from './harness/index.js';
import { REPO_ROOT } from './harness/paths.js';

const e2e = withAppInChromium({ width: 1280, height: 1600 });
const CDNOW = path.resolve(REPO_ROOT, '..', 'shared', 'data', 'cdnow', 'CDNOW_sample.txt');

const byTestId = (page: Page, id: string) => page.getByTestId(id);

/** Uploads the file as the browser does and imports it with the settings the preview suggests. */
async function importCdnow(page: Page): Promise<void> {
  const token = e2e.app.token;
  await callEngine(page, token, 'project/create', { path: 'cdnow' });
  const uploaded = await page.evaluate(
    async ([bytes, t]) => {
      const response = await fetch('/api/upload', {
        method: 'POST',
        headers: { 'x-segwb-token': t, 'x-file-name': 'CDNOW_sample.txt' },
        body: new Blob([bytes]),
      });
      return ((await response.json()) as { result: { path: string } }).result.path;
    },
    [fs.readFileSync(CDNOW, 'utf8'), token] as const,
  );
  const preview = await callEngine<ImportPreview>(page, token, 'import/preview', { path: uploaded });
  await callEngine(page, token, 'import/run', { jobId: 'cdnow-import', path: uploaded, options: preview.options });
}

async function fitCdnow(page: Page): Promise<void> {
  await byTestId(page, 'nav-predict').click();
  await byTestId(page, 'predict-calibration-end').fill('1997-09-30');
  await byTestId(page, 'predict-fit').click();
  await byTestId(page, 'predict-params').waitFor();
  await byTestId(page, 'predict-clv-histogram').locator('canvas').first().waitFor();
}

describe('Discover and Predict on the CDNOW sample', () => {
  it('fits the models and finds groups, in English', async () => {
    const { page } = e2e.chrome;
    await page.goto(e2e.app.url);
    await importCdnow(page);
    await page.goto(e2e.app.url);
    await fitCdnow(page);
    const fitted = await callEngine<ClvSummary>(page, e2e.app.token, 'clv/summary', { calibrationEnd: '1997-09-30' });
    expect(fitted.customers).toBeGreaterThan(2300);
    expect(await byTestId(page, 'predict-summary').textContent()).toContain(fitted.customers.toLocaleString('en'));
    await screenshot(page, 'cdnow-predict-en');

    await byTestId(page, 'nav-discover').click();
    await byTestId(page, 'discover-result').waitFor();
    await byTestId(page, 'discover-save-name').fill('CDNOW groups');
    await byTestId(page, 'discover-save-button').click();
    await byTestId(page, 'discover-saved').waitFor();
    const row = byTestId(page, 'discover-saved-row');
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.first().textContent()).toContain('CDNOW groups');
    await screenshot(page, 'cdnow-discover-en');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('deletes a saved grouping after a confirm, by keyboard', async () => {
    const { page } = e2e.chrome;
    await callEngine(page, e2e.app.token, 'cluster/save', { name: 'To delete', k: 3 });
    await page.goto(e2e.app.url);
    await byTestId(page, 'nav-discover').click();
    await byTestId(page, 'discover-saved-row').nth(1).waitFor();
    const remove = byTestId(page, 'discover-saved-delete').nth(1);
    await remove.focus();
    await page.keyboard.press('Enter');
    // The focus is on "Keep it": Enter there keeps the grouping.
    await page.keyboard.press('Enter');
    expect(await byTestId(page, 'discover-saved-row').count()).toBe(2);
    await remove.focus();
    await page.keyboard.press('Enter');
    await byTestId(page, 'discover-saved-confirm').focus();
    await page.keyboard.press('Enter');
    await byTestId(page, 'discover-saved-deleted').waitFor();
    expect(await byTestId(page, 'discover-saved-row').count()).toBe(1);
    const left = await callEngine<{ clusterings: SavedClustering[] }>(page, e2e.app.token, 'cluster/saved', {});
    expect(left.clusterings.map((c) => c.name)).toEqual(['CDNOW groups']);
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('shows a progress bar while a clustering runs, and Cancel stops it', async () => {
    const { page } = e2e.chrome;
    // Held back a second in the browser, so the bar is surely on screen when looked for.
    await page.route('**/cluster/run', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await byTestId(page, 'discover-run').click();
    const bar = byTestId(page, 'discover-running').getByRole('progressbar');
    await bar.waitFor();
    await byTestId(page, 'discover-cancel').click();
    await byTestId(page, 'discover-cancelled').waitFor();
    expect(await bar.count()).toBe(0);
    // The held request goes on to the engine and its answer is dropped; then the route goes.
    await page.waitForTimeout(1500);
    await page.unroute('**/cluster/run');
    // A run to the end: the bar reports how many ks are done before it goes.
    const seen = page.evaluate(
      () =>
        new Promise<string | null>((resolve) => {
          const look = () => {
            const now = document.querySelector('[data-testid="discover-running"] [role="progressbar"]');
            const value = now?.getAttribute('aria-valuenow') ?? null;
            if (value !== null) resolve(value);
            else if (document.querySelector('[data-testid="discover-result"]') && !now) resolve(null);
            else requestAnimationFrame(look);
          };
          look();
        }),
    );
    await byTestId(page, 'discover-run').click();
    const value = await seen;
    // A quick run may finish between two frames; when seen, the value is a percentage.
    if (value !== null) expect(Number(value)).toBeGreaterThanOrEqual(0);
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('reads right to left in Persian', async () => {
    const { page } = e2e.chrome;
    await page.goto(`${e2e.app.url}&lang=fa`);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await fitCdnow(page);
    expect(await byTestId(page, 'predict-params').locator('tbody tr').count()).toBe(7);
    await screenshot(page, 'cdnow-predict-fa');
    await byTestId(page, 'nav-discover').click();
    await byTestId(page, 'discover-result').waitFor();
    await byTestId(page, 'discover-saved-row').first().waitFor();
    await screenshot(page, 'cdnow-discover-fa');
    expect(e2e.chrome.errors).toEqual([]);
  });
});

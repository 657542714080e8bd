/**
 * A second orders file and Undo import, in browser mode and real Chromium, on the demo shop: the
 * wizard asks whether to replace the orders or add to them, the report counts what was added, and
 * Undo import (after a confirmation) takes the addition back, then the demo's own orders.
 * Screenshots: test-results/screenshots/import-replace-or-add.png, import-appended.png, undo-import*.png.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callEngine, REPO_ROOT, screenshot, withAppInChromium } from './harness/index.js';

const FEBRUARY = path.join(REPO_ROOT, 'test', 'fixtures', 'datasets', 'orders-feb.csv');

const e2e = withAppInChromium({ width: 1280, height: 800 });
const byTestId = (page: Page, id: string) => page.getByTestId(id);

describe('A second orders file, and Undo import', () => {
  it('asks whether to replace or add, adds with the counts, and undoes the addition, then the orders', async () => {
    const { page } = e2e.chrome;
    await page.goto(e2e.app.url);
    await byTestId(page, 'start-demo').click();
    await byTestId(page, 'customer-row').first().waitFor({ timeout: 60_000 });
    const summary = async () => (await byTestId(page, 'data-summary').textContent()) ?? '';
    const demoSummary = await summary();
    // The window itself never scrolls: the table scrolls inside it (a hidden hint once escaped it).
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(800);

    await byTestId(page, 'topbar-import').click();
    await byTestId(page, 'wizard-file-input').setInputFiles(FEBRUARY);
    await byTestId(page, 'wizard-step-preview').waitFor({ timeout: 60_000 });
    await byTestId(page, 'wizard-import').click();
    await byTestId(page, 'replace-confirm').waitFor();
    await screenshot(page, 'import-replace-or-add');
    await byTestId(page, 'replace-append-button').click();
    await byTestId(page, 'wizard-step-report')
      .waitFor({ timeout: 60_000 })
      .catch(async (error: unknown) => {
        await screenshot(page, 'import-appended-failed');
        throw error;
      });
    const counts = await Promise.all(
      ['added', 'updated', 'unchanged', 'kept'].map(async (k) => byTestId(page, `report-append-${k}`).textContent()),
    );
    expect(counts.slice(0, 3)).toEqual(['3', '0', '0']);
    await screenshot(page, 'import-appended');
    await byTestId(page, 'report-show-customers').click();
    await page.waitForFunction(
      (before) => document.querySelector('[data-testid="data-summary"]')?.textContent !== before,
      demoSummary,
    );
    expect(await byTestId(page, 'dataset-list').locator('li').count()).toBe(3);

    await byTestId(page, 'undo-import-button').click();
    await byTestId(page, 'undo-import-confirm-button').click();
    await byTestId(page, 'undo-import-done').waitFor();
    await page.waitForFunction(
      (before) => document.querySelector('[data-testid="data-summary"]')?.textContent === before,
      demoSummary,
    );
    expect(await byTestId(page, 'dataset-list').locator('li').count()).toBe(2);

    // Then the demo's own last import, its orders: the customers stay.
    const history = await callEngine<Array<{ files: Array<{ file: string; kind: string }> }>>(
      page,
      e2e.app.token,
      'datasets/history',
      {},
    );
    expect(history[0]?.files.map((f) => f.kind)).toEqual(['orders']);
    // The kind is worded by the interface, in its language.
    const latest = `${history[0]?.files[0]?.file} (Orders)`;

    const button = byTestId(page, 'undo-import-button');
    expect(await button.textContent()).toBe(`Undo import of ${latest}`);
    await button.click();
    await byTestId(page, 'undo-import-confirm').waitFor();
    // The safe answer has the focus: Enter keeps the data.
    await page.keyboard.press('Enter');
    await button.waitFor();
    expect(await byTestId(page, 'dataset-list').locator('li').count()).toBe(2);

    await button.click();
    await screenshot(page, 'undo-import-confirm');
    await byTestId(page, 'undo-import-confirm-button').click();
    await byTestId(page, 'undo-import-done').waitFor();
    expect(await byTestId(page, 'undo-import-done').textContent()).toBe(`The import of ${latest} was undone.`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="dataset-list"] li').length === 1);
    expect(await byTestId(page, 'data-summary').textContent()).toMatch(/^5,000 customers · 0 orders/);
    // The next undo offered is the one before: the customers file.
    expect(await button.textContent()).toMatch(/^Undo import of .*\(Customers\)$/);
    // The table reloads: the customers are still there.
    await byTestId(page, 'customer-row').first().waitFor();
    await screenshot(page, 'undo-import');
  });
});

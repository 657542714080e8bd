/**
 * Undo import in the Data view, in browser mode and real Chromium, on the demo shop: the latest
 * import (its orders) is undone after a confirmation, the orders are gone and the customers stay.
 * Screenshot: test-results/screenshots/undo-import.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callEngine, screenshot, withAppInChromium } from './harness/index.js';

const e2e = withAppInChromium({ width: 1280, height: 800 });
const byTestId = (page: Page, id: string) => page.getByTestId(id);

describe('Undo import', () => {
  it('asks, then puts the data back as it was before the latest import', async () => {
    const { page } = e2e.chrome;
    await page.goto(e2e.app.url);
    await byTestId(page, 'start-demo').click();
    await byTestId(page, 'customer-row').first().waitFor({ timeout: 60_000 });
    const history = await callEngine<Array<{ label: string }>>(page, e2e.app.token, 'datasets/history', {});
    const latest = history[0]?.label ?? '';
    expect(latest).toMatch(/\(orders\)$/);

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
    expect(await button.textContent()).toMatch(/^Undo import of .*\(customers\)$/);
    // The table reloads: the customers are still there.
    await byTestId(page, 'customer-row').first().waitFor();
    await screenshot(page, 'undo-import');
  });
});

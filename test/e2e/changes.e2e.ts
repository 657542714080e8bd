/**
 * Change over time as a user meets it, in browser mode and real Chromium, on the demo shop: the
 * migration heat map and Sankey, a cell's customers (opened from the keyboard) saved as a segment
 * and found in Segments with that count, and the cohort triangle; in English and in Persian (right
 * to left). Screenshots go to test-results/screenshots/changes-*.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MigrationResult } from '../../shared/contract/changes.js';
import { callEngine, canvasHasPixels, screenshot, withAppInChromium } from './harness/index.js';

const e2e = withAppInChromium({ width: 1280, height: 1600 });

const byTestId = (page: Page, id: string) => page.getByTestId(id);

/** `lang`: the page again in that language, the demo project still open in the engine. */
async function openChanges(page: Page, lang?: string): Promise<void> {
  await page.goto(lang ? `${e2e.app.url}&lang=${lang}` : e2e.app.url);
  if (!lang) await byTestId(page, 'start-demo').click();
  await byTestId(page, 'nav-changes').click();
  await byTestId(page, 'migration-heatmap').locator('canvas').first().waitFor();
  await byTestId(page, 'migration-sankey').locator('canvas').first().waitFor();
}

describe('change over time', () => {
  it('shows who moved where, lists a cell from the keyboard and saves it as a segment', async () => {
    const { page } = e2e.chrome;
    await openChanges(page);
    expect(await canvasHasPixels(page, 'migration-heatmap')).toBe(true);
    expect(await canvasHasPixels(page, 'migration-sankey')).toBe(true);
    await screenshot(page, 'changes-1-migration');

    // The biggest move between two different segments, as the engine has it.
    const from = await byTestId(page, 'migration-from').inputValue();
    const to = await byTestId(page, 'migration-to').inputValue();
    const matrix = await callEngine<MigrationResult>(page, e2e.app.token, 'changes/migration', { by: 'rfm', from, to });
    const move = matrix.cells
      .filter((c) => c.from !== c.to && c.from !== '(new)')
      .sort((a, b) => b.customers - a.customers)[0];
    expect(move).toBeDefined();
    if (!move) return;
    const cell = page.locator(`[data-testid="migration-cell"][data-from="${move.from}"][data-to="${move.to}"]`);
    expect(await cell.textContent()).toMatch(new RegExp(`^${move.customers.toLocaleString('en')}`));
    await cell.focus();
    await page.keyboard.press('Enter');
    await byTestId(page, 'migration-members-table').waitFor();
    const summary = await byTestId(page, 'migration-members-summary').textContent();
    expect(summary).toContain(`${move.customers.toLocaleString('en')} customers`);
    expect(await byTestId(page, 'migration-members-table').locator('tbody tr').count()).toBe(
      Math.min(200, move.customers),
    );

    const name = `${move.from} who slid to ${move.to}`;
    await byTestId(page, 'migration-members-name').fill(name);
    await byTestId(page, 'migration-members-save').click();
    await byTestId(page, 'migration-members-saved').waitFor();
    await byTestId(page, 'migration-members').scrollIntoViewIfNeeded();
    await screenshot(page, 'changes-2-members');

    await byTestId(page, 'nav-segments').click();
    const item = byTestId(page, 'segment-item').filter({ hasText: name });
    await item.waitFor();
    expect(await item.getByTestId('segment-item-counts').textContent()).toContain(move.customers.toLocaleString('en'));
    await item.getByTestId('segment-item-open').click();
    await byTestId(page, 'segment-sentence').waitFor();
    expect(await byTestId(page, 'segment-sentence').textContent()).toContain(
      `among the ${move.customers.toLocaleString('en')} customers saved from Changes on`,
    );
    await screenshot(page, 'changes-3-saved-segment');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('shows the cohort triangle and the revenue curves', async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'nav-changes').click();
    await byTestId(page, 'cohort-triangle').locator('canvas').first().waitFor();
    await byTestId(page, 'cohort-ltv').locator('canvas').first().waitFor();
    expect(await canvasHasPixels(page, 'cohort-triangle')).toBe(true);
    expect(await canvasHasPixels(page, 'cohort-ltv')).toBe(true);
    await byTestId(page, 'cohorts').scrollIntoViewIfNeeded();
    await screenshot(page, 'changes-4-cohorts');
    await byTestId(page, 'cohort-period').selectOption('quarter');
    await byTestId(page, 'cohorts-loading').waitFor({ state: 'detached' });
    await screenshot(page, 'changes-5-cohorts-quarter');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('reads right to left in Persian: the matrix, the Sankey and the triangle', async () => {
    const { page } = e2e.chrome;
    await openChanges(page, 'fa');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await byTestId(page, 'nav-changes').textContent()).toContain('تغییرات');
    await screenshot(page, 'changes-6-migration-fa');
    await byTestId(page, 'cohort-triangle').locator('canvas').first().waitFor();
    await byTestId(page, 'cohorts').scrollIntoViewIfNeeded();
    await screenshot(page, 'changes-7-cohorts-fa');
    expect(e2e.chrome.errors).toEqual([]);
  });
});

/**
 * Value-based segmentation as a user meets it, in browser mode and real Chromium, on the demo shop:
 * the RFM view (heat map, breaks, save the RFM segments), Compare three segments (table, charts),
 * their overlap, and Pareto by category. Screenshots go to test-results/screenshots/value-*.png.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callEngine, canvasHasPixels, screenshot, withAppInChromium } from './harness/index.js';

// The value views are long pages: a tall window lets a screenshot show most of one.
const e2e = withAppInChromium({ width: 1280, height: 1600 });

const byTestId = (page: Page, id: string) => page.getByTestId(id);
const call = <T>(page: Page, method: string, params: unknown): Promise<T> =>
  callEngine<T>(page, e2e.app.token, method, params);

describe('value-based segmentation', () => {
  it('scores the demo shop in the RFM view and saves the RFM segments', async () => {
    const { page } = e2e.chrome;
    await page.goto(e2e.app.url);
    await byTestId(page, 'start-demo').click();
    await byTestId(page, 'nav-rfm').click();
    await byTestId(page, 'rfm-heatmap').locator('canvas').first().waitFor();
    expect(await canvasHasPixels(page, 'rfm-heatmap')).toBe(true);
    expect(await byTestId(page, 'rfm-breaks-recency').textContent()).toMatch(/\d/);
    expect(await byTestId(page, 'rfm-summary-row').count()).toBeGreaterThan(3);
    await screenshot(page, 'value-1-rfm');

    // "Why is this customer a …?" for a Champion the engine names.
    const champions = await call<{ page: { rows: Array<{ customer_id: string; segment: string }> } }>(
      page,
      'rfm/compute',
      { customers: { offset: 0, limit: 1, segment: 'Champions' } },
    );
    const champion = champions.page.rows[0]?.customer_id as string;
    await byTestId(page, 'rfm-explain-id').fill(champion);
    await byTestId(page, 'rfm-explain-go').click();
    await byTestId(page, 'rfm-explanation').waitFor();
    expect(await byTestId(page, 'rfm-explanation').textContent()).toContain(`Customer ${champion} is “Champions”.`);
    expect(await byTestId(page, 'rfm-explanation').textContent()).toMatch(/matches row 1 of the scheme/);
    await byTestId(page, 'rfm-explanation').scrollIntoViewIfNeeded();
    await screenshot(page, 'value-1a-rfm-explain');

    // A custom scheme starts from the shown rows and is editable.
    await byTestId(page, 'rfm-scheme').selectOption('custom');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="rfm-custom-row"]').length === 10);
    // A row only R 1 can reach is covered by "Lost" (R 1, any F and M): the linter says so.
    await byTestId(page, 'rfm-custom').getByRole('button', { name: 'Add row' }).click();
    const added = byTestId(page, 'rfm-custom-row').nth(10);
    await added.locator('input').nth(2).fill('1');
    await byTestId(page, 'rfm-custom-warning').first().waitFor();
    await byTestId(page, 'rfm-custom').scrollIntoViewIfNeeded();
    await screenshot(page, 'value-1b-rfm-custom');
    await byTestId(page, 'rfm-scheme').selectOption('rfm-classic');

    await byTestId(page, 'rfm-save').click();
    await byTestId(page, 'rfm-saved').waitFor();
    expect(await byTestId(page, 'rfm-saved').textContent()).toMatch(/segments saved/);
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('compares three saved segments with everyone: table, charts and their overlap', async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'nav-compare').click();
    const saved = page.locator('[data-testid^="compare-choice-saved:"]');
    await saved.first().waitFor();
    for (let i = 0; i < 3; i++) await saved.nth(i).check();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="compare-row"]').length === 4);
    await byTestId(page, 'compare-size-chart').locator('canvas').first().waitFor();
    expect(await canvasHasPixels(page, 'compare-size-chart')).toBe(true);
    expect(await canvasHasPixels(page, 'compare-bubble-chart')).toBe(true);
    // Sorting by revenue puts "All customers" first.
    await byTestId(page, 'compare-sort-revenue').click();
    expect(await byTestId(page, 'compare-row').first().locator('th').textContent()).toBe('All customers');

    // Exports: the table as CSV, each chart as PNG and SVG.
    for (const [button, name, start] of [
      ['compare-csv', 'segment-comparison.csv', '\uFEFFsegment,customers,share_customers'],
      // The workbook is a zip archive: it starts with PK.
      ['compare-xlsx', 'segment-comparison.xlsx', 'PK'],
      ['compare-size-chart-png', 'compare-size-revenue.png', '\uFFFDPNG'],
      ['compare-bubble-chart-svg', 'compare-bubbles.svg', '<svg'],
    ] as const) {
      const download = page.waitForEvent('download');
      await byTestId(page, button).click();
      expect((await download).suggestedFilename()).toBe(name);
      const file = await (await download).path();
      expect(fs.readFileSync(file, 'utf8').startsWith(start)).toBe(true);
    }

    await page.waitForFunction(() => document.querySelectorAll('[data-testid="overlap-row"]').length === 3);
    expect(await byTestId(page, 'upset-bar').count()).toBeGreaterThan(0);
    await screenshot(page, 'value-2-compare');
    await byTestId(page, 'overlap-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'value-3-overlap');

    // The quality scorecard: the four criteria for every saved segment.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="quality-row"]').length > 3);
    expect(await page.locator('[data-testid="quality-row"] .quality-badge').count()).toBeGreaterThan(12);
    await byTestId(page, 'quality-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'value-3b-quality');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('shows Pareto within a segment and by category, with the Lorenz curve and ABC classes', async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'nav-pareto').click();
    await byTestId(page, 'pareto-lorenz').locator('canvas').first().waitFor();
    expect(await canvasHasPixels(page, 'pareto-lorenz')).toBe(true);
    expect(await byTestId(page, 'pareto-gini').textContent()).toMatch(/Gini 0\.\d\d/);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="pareto-abc-row"]').length === 3);
    await screenshot(page, 'value-4-pareto');

    // Within a segment: the sentence is about that segment's customers.
    const before = await byTestId(page, 'pareto-sentence').textContent();
    await byTestId(page, 'pareto-segment').selectOption({ label: 'Champions' });
    await page.waitForFunction(
      (old) => document.querySelector('[data-testid="pareto-sentence"]')?.textContent !== old,
      before,
    );
    expect(await byTestId(page, 'pareto-card-customers').textContent()).toBe('345');
    await byTestId(page, 'pareto-segment').selectOption({ value: '' });

    // By category: which categories bring 80% of revenue.
    const labels = await byTestId(page, 'pareto-by').locator('option').allTextContents();
    const category = labels.find((label) => /categor/i.test(label));
    expect(category).toBeDefined();
    await byTestId(page, 'pareto-by').selectOption({ label: category as string });
    await byTestId(page, 'pareto-items').waitFor();
    expect(await byTestId(page, 'pareto-item').count()).toBeGreaterThan(1);
    expect(await byTestId(page, 'pareto-sentence').textContent()).toMatch(/of the values of/);
    await screenshot(page, 'value-5-pareto-by-category');

    // The choice survives a visit to another view.
    await byTestId(page, 'nav-data').click();
    await byTestId(page, 'nav-pareto').click();
    await byTestId(page, 'pareto-items').waitFor();
    expect(await byTestId(page, 'pareto-by').locator('option:checked').textContent()).toBe(category);
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('flips the RFM view when the page is right-to-left', async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'nav-rfm').click();
    await byTestId(page, 'rfm-heatmap').locator('canvas').first().waitFor();
    await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
    const save = await byTestId(page, 'rfm-save').boundingBox();
    const breaks = await byTestId(page, 'rfm-breaks').boundingBox();
    // The save button sits after the breaks, so on the left when the page reads right-to-left.
    expect(save && breaks && save.x < breaks.x).toBe(true);
    await screenshot(page, 'value-6-rtl-rfm');
    await page.evaluate(() => document.documentElement.setAttribute('dir', 'ltr'));
    expect(e2e.chrome.errors).toEqual([]);
  });
});

/**
 * Accessibility of every view, in browser mode and real Chromium, on the demo shop: axe-core with
 * the WCAG 2.1 A and AA rules finds no serious or critical violation, left to right and right to
 * left. Right to left here is the English page with dir="rtl" (the layout alone); the Persian and
 * Arabic pages are checked in i18n.e2e.ts. Screenshots go to test-results/screenshots/a11y-*.png.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, screenshot, seriousA11yViolations, withAppInChromium } from './harness/index.js';

const ORDERS_FILE = path.join(REPO_ROOT, 'test', 'fixtures', 'orders-small.csv');

const e2e = withAppInChromium({ width: 1280, height: 1000 });

const byTestId = (page: Page, id: string) => page.getByTestId(id);

/** The serious and critical violations of the view as shown, in each direction (ltr first, rtl after). */
async function violationsBothWays(page: Page, view: string): Promise<{ ltr: string[]; rtl: string[] }> {
  const ltr = await seriousA11yViolations(page);
  await screenshot(page, `a11y-${view}-ltr`);
  await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
  try {
    const rtl = await seriousA11yViolations(page);
    await screenshot(page, `a11y-${view}-rtl`);
    return { ltr, rtl };
  } finally {
    await page.evaluate(() => document.documentElement.setAttribute('dir', 'ltr'));
  }
}

const NONE = { ltr: [], rtl: [] };

describe('accessibility (WCAG 2.1 AA, axe-core)', () => {
  it('the start page has a level-one heading and no serious violation', async () => {
    const { page } = e2e.chrome;
    await page.goto(e2e.app.url);
    await byTestId(page, 'start-page').waitFor();
    expect(await page.locator('h1').allTextContents()).toEqual(['Segment your customers, offline']);
    expect(await violationsBothWays(page, 'start')).toEqual(NONE);
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('the Data view of the demo shop', async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'start-demo').click();
    await byTestId(page, 'customer-row').first().waitFor({ timeout: 60_000 });
    expect(await violationsBothWays(page, 'data')).toEqual(NONE);
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('the Segments view with the builder open', async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'nav-segments').click();
    await byTestId(page, 'template-gallery').waitFor();
    expect(await violationsBothWays(page, 'segments-gallery')).toEqual(NONE);

    await byTestId(page, 'segment-new').click();
    await byTestId(page, 'segment-editor').waitFor();
    await byTestId(page, 'add-condition').last().click();
    const first = page.locator('[data-node-path="0"]').first();
    await first.getByTestId('node-picker').selectOption('field:country');
    await byTestId(page, 'add-orders').last().click();
    // Counted: no figure is still being recomputed.
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="segment-counting"], .is-stale'),
      undefined,
      { timeout: 15_000 },
    );
    expect(await violationsBothWays(page, 'segments-builder')).toEqual(NONE);

    // While a count is being recomputed its figures are greyed: still readable. The engine's
    // answers are held back so the greyed state stays on screen for the check.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/call/segments/**', async (route) => {
      await held;
      await route.continue();
    });
    try {
      await page.locator('[data-node-path="1"]').first().getByTestId('orders-value').fill('3');
      await page.locator('.segment-counts-cards.is-stale').waitFor();
      expect(await page.locator('.rule-count.is-stale').count()).toBeGreaterThan(0);
      expect(await violationsBothWays(page, 'segments-counting')).toEqual(NONE);
    } finally {
      release(); // the held answers go through, then the route is removed
      await page.locator('.is-stale').first().waitFor({ state: 'detached' });
      await page.unroute('**/api/call/segments/**');
    }
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('the RFM view', async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'nav-rfm').click();
    await byTestId(page, 'rfm-heatmap').locator('canvas').first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="rfm-summary-row"]').length > 3);
    expect(await violationsBothWays(page, 'rfm')).toEqual(NONE);
    // The RFM segments, saved, give Compare something to compare.
    await byTestId(page, 'rfm-save').click();
    await byTestId(page, 'rfm-saved').waitFor();
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('the Compare view with three segments', async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'nav-compare').click();
    const saved = page.locator('[data-testid^="compare-choice-saved:"]');
    await saved.first().waitFor();
    for (let i = 0; i < 3; i++) await saved.nth(i).check();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="compare-row"]').length === 4);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="quality-row"]').length > 3);
    expect(await violationsBothWays(page, 'compare')).toEqual(NONE);
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('the Pareto view', async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'nav-pareto').click();
    await byTestId(page, 'pareto-chart').locator('canvas').first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="pareto-abc-row"]').length === 3);
    expect(await violationsBothWays(page, 'pareto')).toEqual(NONE);
    expect(e2e.chrome.errors).toEqual([]);
  });

  it("the import wizard's preview step", async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'topbar-import').click();
    await byTestId(page, 'wizard-file-input').setInputFiles(ORDERS_FILE);
    await byTestId(page, 'wizard-step-preview').waitFor({ timeout: 60_000 });
    expect(await violationsBothWays(page, 'wizard-preview')).toEqual(NONE);
    await byTestId(page, 'wizard-cancel').click();
    expect(e2e.chrome.errors).toEqual([]);
  });
});

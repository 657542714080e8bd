/**
 * Lifetime value as a user meets it, in browser mode and real Chromium, on the demo shop: fit the
 * models with a calibration end half a year before the last order (so the holdout check has data),
 * see the parameters, the holdout chart, the clv distribution and the RFM segments side by side,
 * cancel a slow fit, keep the fit and find the builder fields and the "High value at risk"
 * template; in English and in Persian (right to left). Screenshots: test-results/screenshots/predict-*.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { FieldInfo, SegmentTemplate } from '../../shared/api.js';
import type { ClvSummary } from '../../shared/contract/clv.js';
import { callEngine, canvasHasPixels, screenshot, withAppInChromium } from './harness/index.js';

const e2e = withAppInChromium({ width: 1280, height: 1600 });

const byTestId = (page: Page, id: string) => page.getByTestId(id);

/** 26 weeks before the demo shop's last order: the calibration end of the test's fits. */
let calibrationEnd = '';

async function openPredict(page: Page, lang?: string): Promise<void> {
  await page.goto(lang ? `${e2e.app.url}&lang=${lang}` : e2e.app.url);
  if (!lang) await byTestId(page, 'start-demo').click();
  await byTestId(page, 'nav-predict').click();
  await byTestId(page, 'predict-options').waitFor();
}

async function fitWithHoldout(page: Page): Promise<void> {
  await byTestId(page, 'predict-calibration-end').fill(calibrationEnd);
  await byTestId(page, 'predict-fit').click();
  await byTestId(page, 'predict-params').waitFor();
  await byTestId(page, 'predict-holdout-chart').locator('canvas').first().waitFor();
  await byTestId(page, 'predict-clv-histogram').locator('canvas').first().waitFor();
}

describe('predict lifetime value', () => {
  it('fits, shows the uncertainty, the holdout check, the distribution and the RFM segments', async () => {
    const { page } = e2e.chrome;
    await openPredict(page);
    const whole = await callEngine<ClvSummary>(page, e2e.app.token, 'clv/summary', {});
    const last = new Date(`${whole.fit.calibrationEnd}T00:00:00Z`);
    calibrationEnd = new Date(last.getTime() - 182 * 86_400_000).toISOString().slice(0, 10);
    const expected = await callEngine<ClvSummary>(page, e2e.app.token, 'clv/summary', {
      calibrationEnd,
      unit: 'week',
      horizon: 52,
      margin: 1,
    });
    expect(expected.fit.holdout).not.toBeNull();

    await fitWithHoldout(page);
    expect(await byTestId(page, 'predict-summary').textContent()).toContain(expected.customers.toLocaleString('en'));
    expect(await byTestId(page, 'predict-params').locator('tbody tr').count()).toBe(expected.fit.gammaGamma ? 7 : 4);
    expect(await byTestId(page, 'predict-holdout-figures').textContent()).toContain(
      String(expected.fit.holdout?.actual_total.toLocaleString('en')),
    );
    expect(await canvasHasPixels(page, 'predict-holdout-chart')).toBe(true);
    expect(await canvasHasPixels(page, 'predict-clv-histogram')).toBe(true);
    expect(await byTestId(page, 'predict-segments-table').locator('tbody tr').count()).toBe(expected.by_segment.length);
    await screenshot(page, 'predict-1-fit');
    await byTestId(page, 'predict-holdout').scrollIntoViewIfNeeded();
    await screenshot(page, 'predict-2-holdout');
    await byTestId(page, 'predict-segments').scrollIntoViewIfNeeded();
    await screenshot(page, 'predict-3-distribution-segments');
    // The most valuable customers, each value with its 90% interval (clv ± 1.645 standard errors).
    const top = expected.top_customers[0];
    expect(top).toBeDefined();
    expect(await byTestId(page, 'predict-top-table').locator('tbody tr').count()).toBe(expected.top_customers.length);
    const firstRow = byTestId(page, 'predict-top-table').locator('tbody tr').first();
    expect(await firstRow.locator('th').textContent()).toBe(top?.customer_id);
    const low = Math.max(0, (top?.clv ?? 0) - 1.6448536269514722 * (top?.clv_se ?? 0));
    expect(await firstRow.getByTestId('predict-top-interval').textContent()).toContain(
      low.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    );
    await byTestId(page, 'predict-top').scrollIntoViewIfNeeded();
    await screenshot(page, 'predict-3b-top-customers');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('drops the answer of a cancelled fit', async () => {
    const { page } = e2e.chrome;
    // A slow engine: the answer arrives two seconds late.
    await page.route('**/clv/summary', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.continue();
    });
    await byTestId(page, 'predict-unit').selectOption('day');
    await byTestId(page, 'predict-fit').click();
    await byTestId(page, 'predict-cancel').click();
    await byTestId(page, 'predict-cancelled').waitFor();
    await page.waitForTimeout(2500);
    // Still the weekly fit on screen.
    expect(await byTestId(page, 'predict-summary').textContent()).toMatch(/52 weeks/);
    await page.unroute('**/clv/summary');
    await byTestId(page, 'predict-unit').selectOption('week');
  });

  it('keeps the fit: p_alive, expected_purchases and clv become builder fields', async () => {
    const { page } = e2e.chrome;
    const before = await callEngine<SegmentTemplate[]>(page, e2e.app.token, 'segments/templates', {});
    expect(before.find((t) => t.id === 'high-value-at-risk')?.enabled).toBe(false);
    await byTestId(page, 'predict-keep-button').click();
    await byTestId(page, 'predict-kept').filter({ hasText: 'Kept fit' }).waitFor();
    const fields = await callEngine<FieldInfo[]>(page, e2e.app.token, 'fields/list', {});
    expect(fields.filter((f) => ['p_alive', 'expected_purchases', 'clv'].includes(f.key)).map((f) => f.key)).toEqual([
      'p_alive',
      'expected_purchases',
      'clv',
    ]);
    const after = await callEngine<SegmentTemplate[]>(page, e2e.app.token, 'segments/templates', {});
    expect(after.find((t) => t.id === 'high-value-at-risk')?.enabled).toBe(true);
    await byTestId(page, 'predict-keep').scrollIntoViewIfNeeded();
    await screenshot(page, 'predict-4-kept');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('reads right to left in Persian, charts included', async () => {
    const { page } = e2e.chrome;
    await openPredict(page, 'fa');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await byTestId(page, 'nav-predict').textContent()).toContain('پیش‌بینی');
    await fitWithHoldout(page);
    await screenshot(page, 'predict-5-fit-fa');
    await byTestId(page, 'predict-holdout').scrollIntoViewIfNeeded();
    await screenshot(page, 'predict-6-holdout-fa');
    await byTestId(page, 'predict-segments').scrollIntoViewIfNeeded();
    await screenshot(page, 'predict-7-distribution-segments-fa');
    await byTestId(page, 'predict-top').scrollIntoViewIfNeeded();
    await screenshot(page, 'predict-7b-top-customers-fa');
    expect(e2e.chrome.errors).toEqual([]);
  });
});

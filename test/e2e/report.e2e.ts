/**
 * The Report view on the demo shop, in browser mode and real Chromium: the preview is the report
 * `segwb report` writes (same sections, every saved segment's count), it switches language (Persian,
 * right to left, Persian digits) whatever the app's own, leaves out unticked segments, and saves as
 * one HTML file. Screenshots go to test-results/screenshots/report-*.png and are looked at.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SegmentInfo } from '../../shared/api.js';
import { byTestId } from './harness/builder.js';
import { callEngine, screenshot, withAppInChromium } from './harness/index.js';

const e2e = withAppInChromium({ width: 1280, height: 1300 });

const call = <T>(page: Page, method: string, params: unknown): Promise<T> =>
  callEngine<T>(page, e2e.app.token, method, params);

const preview = (page: Page) => page.frameLocator('[data-testid="report-preview"]');

describe('the Report view', () => {
  it('previews the report, switches its language, leaves out a segment and saves it as HTML', async () => {
    const { page } = e2e.chrome;
    await page.goto(e2e.app.url);
    await byTestId(page, 'start-demo').click();
    await byTestId(page, 'view-data').waitFor({ timeout: 60_000 });
    const loyal = await call<SegmentInfo>(page, 'segments/save', {
      name: 'Loyal',
      rule: { field: 'frequency', op: '>=', value: 3 },
      plan: { goal: 'Keep them buying', channel: 'Email' },
    });
    const lapsed = await call<SegmentInfo>(page, 'segments/save', {
      name: 'Lapsed',
      rule: { field: 'recency_days', op: '>', value: 180 },
    });
    await page.reload();
    await byTestId(page, 'view-data').waitFor({ timeout: 60_000 });

    await page.keyboard.press('Control+7');
    await byTestId(page, 'view-report').waitFor();
    const customers = preview(page).locator('.segment-customers');
    await customers.nth(1).waitFor();
    const en = new Intl.NumberFormat('en');
    expect(await customers.allTextContents()).toEqual([
      en.format(loyal.counts.customers),
      en.format(lapsed.counts.customers),
    ]);
    expect(await preview(page).locator('h1').textContent()).toBe('Customer segmentation report');
    expect(await preview(page).locator('.rule').first().textContent()).toBe(
      'Rule: Customers who placed at least 3 orders',
    );
    expect(await preview(page).locator('svg').count()).toBe(2);
    await screenshot(page, 'report-1-preview');

    // Persian report from an English app: right to left, Persian digits, Solar Hijri dates.
    await byTestId(page, 'report-lang').selectOption('fa');
    await page.waitForFunction(() => {
      const doc = (document.querySelector('[data-testid="report-preview"]') as HTMLIFrameElement | null)
        ?.contentDocument;
      return doc?.documentElement?.dir === 'rtl' && doc.querySelectorAll('.segment-customers').length === 2;
    });
    const fa = new Intl.NumberFormat('fa-IR-u-nu-arabext');
    expect(await customers.allTextContents()).toEqual([
      fa.format(loyal.counts.customers),
      fa.format(lapsed.counts.customers),
    ]);
    expect(await preview(page).locator('h1').textContent()).toBe('گزارش بخش‌بندی مشتریان');
    await screenshot(page, 'report-2-preview-fa');

    // Untick "Lapsed": the report covers Loyal only.
    await byTestId(page, 'report-segments').getByLabel('Lapsed').uncheck();
    await page.waitForFunction(() => {
      const doc = (document.querySelector('[data-testid="report-preview"]') as HTMLIFrameElement | null)
        ?.contentDocument;
      return doc?.querySelectorAll('.segment-customers').length === 1;
    });
    const download = page.waitForEvent('download');
    await byTestId(page, 'report-html').click();
    expect((await download).suggestedFilename()).toBe('Demo shop report fa.html');
    const saved = fs.readFileSync((await (await download).path()) as string, 'utf8');
    expect(saved.startsWith('<!doctype html>\n<html lang="fa" dir="rtl">')).toBe(true);
    expect([...saved.matchAll(/data-segment="([^"]+)"/g)].map((m) => m[1])).toEqual(['Loyal']);
    expect(saved).toContain(`class="segment-customers">${fa.format(loyal.counts.customers)}<`);

    // Save as PDF: browser mode prints it with the machine's Chromium and downloads it.
    const pdf = page.waitForEvent('download', { timeout: 120_000 });
    await byTestId(page, 'report-pdf').click();
    expect((await pdf).suggestedFilename()).toBe('Demo shop report fa.pdf');
    const bytes = fs.readFileSync((await (await pdf).path()) as string);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(e2e.chrome.errors).toEqual([]);
  });
});

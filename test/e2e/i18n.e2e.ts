/**
 * The app in Persian, Arabic and Welsh, in browser mode and real Chromium: `?lang=fa` starts it in
 * Persian, right to left; the pickers switch the whole page; numbers are in native digits, number
 * fields take Persian digits, and the views and charts are mirrored. Screenshots go to
 * test-results/screenshots/i18n-*.png and are looked at.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callEngine, canvasHasPixels, screenshot, seriousA11yViolations, withAppInChromium } from './harness/index.js';

const e2e = withAppInChromium({ width: 1280, height: 1200 });

const byTestId = (page: Page, id: string) => page.getByTestId(id);
const node = (page: Page, path: string) => page.locator(`[data-node-path="${path}"]`).first();
const fa = (n: number): string => new Intl.NumberFormat('fa-IR-u-nu-arabext').format(n);
const ar = (n: number): string => new Intl.NumberFormat('ar-EG-u-nu-arab').format(n);

async function htmlLangDir(page: Page): Promise<[string | null, string | null]> {
  const html = page.locator('html');
  return [await html.getAttribute('lang'), await html.getAttribute('dir')];
}

/** The right edge of the element is nearer the right edge of the window than its left edge is to the left. */
async function sitsRight(page: Page, testId: string): Promise<boolean> {
  const box = await byTestId(page, testId).first().boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  return box !== null && width - (box.x + box.width) < box.x;
}

/** The views of the demo shop, each waited for and photographed in the language shown. */
async function photographViews(page: Page, lang: string): Promise<void> {
  await byTestId(page, 'nav-data').click();
  await byTestId(page, 'customer-row').first().waitFor();
  await screenshot(page, `i18n-${lang}-2-data`, { fullPage: false }); // the table's page is 160,000 px tall

  await byTestId(page, 'nav-segments').click();
  await byTestId(page, 'segment-editor').waitFor();
  await byTestId(page, 'segment-count-customers').waitFor();
  await screenshot(page, `i18n-${lang}-3-builder`);

  await byTestId(page, 'nav-rfm').click();
  await byTestId(page, 'rfm-heatmap').locator('canvas').first().waitFor();
  expect(await canvasHasPixels(page, 'rfm-heatmap')).toBe(true);
  await screenshot(page, `i18n-${lang}-4-rfm`);

  await byTestId(page, 'nav-compare').click();
  await byTestId(page, 'compare-size-chart').locator('canvas').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="compare-row"]').length === 4);
  await screenshot(page, `i18n-${lang}-5-compare`);
}

describe('four languages, right to left', () => {
  it('?lang=fa opens the start page in Persian, right to left', async () => {
    const { page } = e2e.chrome;
    await page.goto(`${e2e.app.url}&lang=fa`);
    await byTestId(page, 'start-page').waitFor();
    expect(await htmlLangDir(page)).toEqual(['fa', 'rtl']);
    expect(await page.locator('h1').textContent()).toBe('بخش‌بندی مشتریان، بدون اینترنت');
    expect(await page.title()).toBe('میز کار بخش‌بندی');
    expect(await byTestId(page, 'start-language-fa').getAttribute('aria-pressed')).toBe('true');
    expect(await sitsRight(page, 'start-import')).toBe(true);
    await screenshot(page, 'i18n-fa-1-start');
    // The language buttons name each language in itself, marked with its lang: axe finds nothing serious.
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('switches the whole page with the start page picker and the top bar menu', async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'start-language-ar').click();
    expect(await htmlLangDir(page)).toEqual(['ar', 'rtl']);
    expect(await page.locator('h1').textContent()).toBe('تجزئة العملاء دون اتصال بالإنترنت');
    await screenshot(page, 'i18n-ar-1-start');

    await byTestId(page, 'language-picker').selectOption('cy');
    expect(await htmlLangDir(page)).toEqual(['cy', 'ltr']);
    expect(await page.locator('h1').textContent()).toBe('Segmentu cwsmeriaid, all-lein');
    await screenshot(page, 'i18n-cy-1-start');

    // The picker is a native select: reachable and operable from the keyboard.
    await byTestId(page, 'language-picker').focus();
    await byTestId(page, 'language-picker').selectOption('fa');
    expect(await htmlLangDir(page)).toEqual(['fa', 'rtl']);
    // The address keeps the language picked, so a reload stays in it.
    await page.reload();
    await byTestId(page, 'start-page').waitFor();
    expect(await htmlLangDir(page)).toEqual(['fa', 'rtl']);
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('shows the demo shop in Persian digits and takes Persian digits in the builder', async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'start-demo').click();
    await byTestId(page, 'view-data').waitFor({ timeout: 60_000 });
    await byTestId(page, 'customer-row').first().waitFor();
    // The demo shop is seeded: 5,000 customers, 24,898 orders, 49,610 order lines.
    expect(await byTestId(page, 'data-summary').textContent()).toBe(
      `${fa(5000)} مشتری · ${fa(24898)} سفارش · ${fa(49610)} قلم سفارش`,
    );
    expect(await sitsRight(page, 'nav-data')).toBe(true);

    // A segment: age between ۲۵ and ۴۴, typed in Persian digits.
    await byTestId(page, 'nav-segments').click();
    await byTestId(page, 'segment-new').click();
    await byTestId(page, 'segment-editor').waitFor();
    await byTestId(page, 'segment-name').fill('جوانان');
    await node(page, '').getByTestId('add-condition').last().click();
    await node(page, '0').getByTestId('node-picker').selectOption('field:age');
    await node(page, '0').getByTestId('node-op').selectOption('between');
    await node(page, '0').getByTestId('value-from').fill('۲۵');
    await node(page, '0').getByTestId('value-to').fill('۴۴');
    const rule = { and: [{ field: 'age', op: 'between', value: [25, 44] }] };
    const counts = await callEngine<{ customers: number }>(page, e2e.app.token, 'segments/count', { rule });
    await page.waitForFunction(
      (expected) =>
        !document.querySelector('[data-testid="segment-counting"]') &&
        document.querySelector('[data-testid="segment-count-customers"]')?.textContent === expected,
      fa(counts.customers),
      { timeout: 15_000 },
    );
    expect(await byTestId(page, 'segment-sentence').textContent()).toContain('بین ۲۵ و ۴۴ است');
    await byTestId(page, 'segment-save').click();
    await byTestId(page, 'segment-item').first().waitFor();

    // RFM segments saved, so Compare has segments to put side by side.
    await byTestId(page, 'nav-rfm').click();
    await byTestId(page, 'rfm-save').click();
    await byTestId(page, 'rfm-saved').waitFor();
    await byTestId(page, 'nav-compare').click();
    const saved = page.locator('[data-testid^="compare-choice-saved:"]');
    await saved.first().waitFor();
    for (let i = 0; i < 3; i++) await saved.nth(i).check();
    expect(await byTestId(page, 'compare-choice-rfm:Champions').locator('..').textContent()).toBe('قهرمانان');

    await byTestId(page, 'nav-segments').click();
    await byTestId(page, 'segment-item-open').first().click();
    await photographViews(page, 'fa');

    // Dates are Solar Hijri by default; the calendar menu switches them to Gregorian and back.
    await byTestId(page, 'nav-rfm').click();
    await byTestId(page, 'rfm-asof').waitFor();
    expect(await byTestId(page, 'rfm-asof').textContent()).toMatch(/^تازگی از [۰-۹]+ \S+ ۱۴۰۵ به عقب/);
    await byTestId(page, 'calendar-picker').selectOption('gregory');
    expect(await byTestId(page, 'rfm-asof').textContent()).toMatch(/^تازگی از [۰-۹]+ \S+ ۲۰۲۶ به عقب/);
    await byTestId(page, 'calendar-picker').selectOption('persian');

    // The as-of date typed in the Solar Hijri calendar, in Persian digits: 1404/01/01 is 2025-03-21.
    await byTestId(page, 'asof-input').fill('۱۴۰۴/۰۱/۰۱');
    // Intl puts direction marks around the date: compared without them.
    const asOfText = async () =>
      (await byTestId(page, 'rfm-asof').textContent())?.replace(/[\u200e\u200f\u2066-\u2069]/g, '');
    await expect.poll(asOfText, { timeout: 15_000 }).toMatch(/^تازگی از ۱ فروردین ۱۴۰۴ به عقب/);
    await byTestId(page, 'asof-reset').waitFor();
    await byTestId(page, 'rfm-heatmap').locator('canvas').first().waitFor();
    await screenshot(page, 'i18n-fa-4b-asof-solar', { fullPage: false });
    // The field's switch shows the same day in the Gregorian calendar (a native date input), and back.
    await byTestId(page, 'asof-input-calendar').click();
    expect(await byTestId(page, 'asof-input').getAttribute('type')).toBe('date');
    expect(await byTestId(page, 'asof-input').inputValue()).toBe('2025-03-21');
    expect(await byTestId(page, 'calendar-picker').inputValue()).toBe('gregory');
    await byTestId(page, 'asof-input-calendar').click();
    expect(await byTestId(page, 'asof-input').inputValue()).toBe('۱۴۰۴/۰۱/۰۱');
    // A day that does not exist (1404 has no 30 Esfand) is not taken: the as-of date stays.
    await byTestId(page, 'asof-input').fill('۱۴۰۴/۱۲/۳۰');
    await byTestId(page, 'asof-input').blur();
    expect(await byTestId(page, 'asof-input').getAttribute('aria-invalid')).toBe('true');
    await byTestId(page, 'asof-reset').click();
    await byTestId(page, 'asof-reset').waitFor({ state: 'detached' });

    // A panel, a dialog and the template gallery, right to left.
    await byTestId(page, 'nav-data').click();
    await byTestId(page, 'customer-row').first().click();
    await byTestId(page, 'customer-panel').getByRole('table').first().waitFor();
    expect(await sitsRight(page, 'customer-panel')).toBe(false); // the panel opens at the page's end: the left
    await screenshot(page, 'i18n-fa-6-customer-panel', { fullPage: false });
    await byTestId(page, 'customer-panel-close').click();
    await byTestId(page, 'nav-segments').click();
    await byTestId(page, 'segment-item-open').first().click();
    await byTestId(page, 'segment-export').click();
    await byTestId(page, 'export-dialog').waitFor();
    await screenshot(page, 'i18n-fa-7-export-dialog', { fullPage: false });
    await page.keyboard.press('Escape');
    await byTestId(page, 'export-dialog').waitFor({ state: 'detached' });
    await byTestId(page, 'segment-templates').click();
    await byTestId(page, 'template-gallery').waitFor();
    await screenshot(page, 'i18n-fa-8-templates');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('shows the same views in Arabic, with Arabic-Indic digits', async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'language-picker').selectOption('ar');
    expect(await htmlLangDir(page)).toEqual(['ar', 'rtl']);
    await byTestId(page, 'nav-data').click();
    expect(await byTestId(page, 'data-summary').textContent()).toBe(
      `${ar(5000)} عميل · ${ar(24898)} طلب · ${ar(49610)} بند طلب`,
    );
    await byTestId(page, 'nav-segments').click();
    await byTestId(page, 'segment-item-open').first().click();
    await photographViews(page, 'ar');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('shows RFM in Welsh, left to right, and English again', async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'language-picker').selectOption('cy');
    expect(await htmlLangDir(page)).toEqual(['cy', 'ltr']);
    await byTestId(page, 'nav-rfm').click();
    await byTestId(page, 'rfm-heatmap').locator('canvas').first().waitFor();
    await screenshot(page, 'i18n-cy-4-rfm');
    await byTestId(page, 'language-picker').selectOption('en');
    expect(await htmlLangDir(page)).toEqual(['en', 'ltr']);
    expect(await byTestId(page, 'nav-rfm').locator('.nav-text').textContent()).toBe('RFM');
    expect(await byTestId(page, 'nav-segments').locator('.nav-text').textContent()).toBe('Segments');
    expect(e2e.chrome.errors).toEqual([]);
  });
});

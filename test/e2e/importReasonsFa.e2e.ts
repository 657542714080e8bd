/**
 * The import's reasons in Persian: a column's role tooltip in the mapping table, and a Shopify orders
 * export's preset, why its header is Shopify's and what its orders table is.
 * Screenshot: test-results/screenshots/import-shopify-preview-fa.png.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, screenshot, withAppInChromium } from './harness/index.js';

const fixture = (name: string) => path.join(REPO_ROOT, 'test', 'fixtures', name);
const e2e = withAppInChromium({ width: 1280, height: 900 });

describe('import reasons in Persian', () => {
  it("words a column's role tooltip", async () => {
    const { page } = e2e.chrome;
    await page.goto(`${e2e.app.url}&lang=fa`);
    await page.getByTestId('start-import-file').setInputFiles(fixture('orders-small.csv'));
    await page.getByTestId('wizard-step-preview').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('role-select-1').getAttribute('title')).toBe('سرستون «customer_id»');
    expect(await page.getByTestId('role-select-2').getAttribute('title')).toBe('سرستون «order_date»');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it("words a Shopify export's preset, its reason and its kind", async () => {
    const { page } = e2e.chrome;
    await page.goto(`${e2e.app.url}&lang=fa`);
    await page.getByTestId('start-import-file').setInputFiles(fixture('sources/shopify_orders_export.csv'));
    await page.getByTestId('wizard-step-preview').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('source-preset').textContent()).toBe('خروجی سفارش‌های Shopify');
    expect(await page.getByTestId('source-preset-reason').textContent()).toBe(
      'سرستون‌های «Name»، «Email»، «Financial Status»، «Created at»، «Total»، «Lineitem name» را دارد (خروجی سفارش‌های Shopify)',
    );
    expect(await page.getByTestId('setting-kind-reason').textContent()).toBe(
      'خروجی سفارش‌های Shopify: هر سفارش یک سطر (۳ سفارش، نخستین سطر اقلام هر سفارش)؛ مبلغ = Total − Refunded Amount؛ مشتری = Email، با حروف کوچک؛ ۱ سفارش لغوشده («Cancelled at» پر شده) کنار گذاشته شد.',
    );
    // The preset fixed these roles, as a user's choice would.
    expect(await page.getByTestId('role-select-0').getAttribute('title')).toBe('انتخاب خودتان');
    await screenshot(page, 'import-shopify-preview-fa');
    expect(e2e.chrome.errors).toEqual([]);
  });
});

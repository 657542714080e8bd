/**
 * The Data view as a user meets it, in browser mode and real Chromium, on the demo shop: every
 * attribute in the table, a search, a filter by a saved segment, the customer panel (attributes,
 * saved segments, orders) and the export of exactly the rows shown. Screenshots go to
 * test-results/screenshots/data-*.png.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CustomerPage } from '../../shared/api.js';
import { callEngine, screenshot, withAppInChromium } from './harness/index.js';

const e2e = withAppInChromium({ width: 1400, height: 900 });

const byTestId = (page: Page, id: string) => page.getByTestId(id);
const call = <T>(page: Page, method: string, params: unknown): Promise<T> =>
  callEngine<T>(page, e2e.app.token, method, params);
const counted = (n: number, all: number) => `${n.toLocaleString('en')} of ${all.toLocaleString('en')} customers`;

async function waitForCount(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelector('[data-testid="data-count"]')?.textContent === expected,
    text,
  );
}

describe('the Data view', () => {
  it('searches, filters by a saved segment, opens a customer and exports the rows shown', async () => {
    const { page } = e2e.chrome;
    await page.goto(e2e.app.url);
    await byTestId(page, 'start-demo').click();
    await byTestId(page, 'customer-row').first().waitFor({ timeout: 60_000 });
    await waitForCount(page, counted(5000, 5000));
    // The customers file's own columns are in the table, beside the metrics.
    for (const key of ['customer_id', 'email', 'city', 'monetary']) await byTestId(page, `sort-${key}`).waitFor();

    // A saved segment to filter by (saved through the engine; a reload shows it in the picker).
    const segment = await call<{ id: number }>(page, 'segments/save', {
      name: 'Big spenders',
      rule: { field: 'monetary', op: '>=', value: 300 },
    });
    await page.reload();
    await byTestId(page, 'customer-row').first().waitFor({ timeout: 60_000 });

    // Search: a city in any case finds what the engine finds.
    const top = await call<CustomerPage>(page, 'customers/page', {
      offset: 0,
      limit: 1,
      sort: { key: 'frequency', dir: 'desc' },
    });
    const city = String(top.rows[0]?.values.city);
    const search = city.toUpperCase();
    const bySearch = await call<CustomerPage>(page, 'customers/page', { offset: 0, limit: 1, search });
    expect(bySearch.total).toBeGreaterThan(0);
    // The box is named by a label on screen, not only for screen readers.
    expect(await page.getByText('Search customers', { exact: true }).isVisible()).toBe(true);
    await page.getByLabel('Search customers').fill(search);
    await waitForCount(page, counted(bySearch.total, 5000));

    // Filter: the saved segment, with the search.
    const both = await call<CustomerPage>(page, 'customers/page', {
      offset: 0,
      limit: 1,
      search,
      rule: { segment: segment.id },
    });
    await byTestId(page, 'data-filter').selectOption({ label: 'Big spenders' });
    await waitForCount(page, counted(both.total, 5000));
    expect(both.total).toBeGreaterThan(0);
    expect(both.total).toBeLessThan(bySearch.total);

    // Sort by revenue (the click first scrolls the table sideways to the column's button, as a
    // user would have to); focusing a row keeps the wide table's sideways position.
    await byTestId(page, 'sort-monetary').click();
    await page.locator('[data-testid="customer-row"].is-openable').first().waitFor();
    const table = byTestId(page, 'customer-table');
    const scrollLeftAfterPaint = () =>
      table.evaluate(async (element) => {
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        return element.scrollLeft;
      });
    await table.evaluate((element) => element.scrollTo({ left: 200 }));
    expect(await scrollLeftAfterPaint()).toBe(200);
    await byTestId(page, 'customer-row').nth(1).focus();
    expect(await scrollLeftAfterPaint()).toBe(200);
    await table.evaluate((element) => element.scrollTo({ left: 0 }));
    await byTestId(page, 'customer-row').first().focus();
    expect(await scrollLeftAfterPaint()).toBe(0);
    // Open the first customer with Enter.
    const firstId = await byTestId(page, 'customer-row').first().getAttribute('data-customer');
    await page.keyboard.press('Enter');
    await byTestId(page, 'customer-orders').waitFor();
    expect(await byTestId(page, 'customer-segments').textContent()).toContain('Big spenders');
    expect(await byTestId(page, 'customer-attrs').textContent()).toContain(city);
    expect(await byTestId(page, 'customer-orders').locator('tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'data-1-search-filter-panel');
    await byTestId(page, 'customer-orders').scrollIntoViewIfNeeded();
    await screenshot(page, 'data-1b-panel-orders');
    await table.evaluate((element) => element.scrollTo({ left: 200 }));
    await page.keyboard.press('Escape');
    await byTestId(page, 'customer-panel').waitFor({ state: 'detached' });
    // Focus is back on the customer's row, and the table has not moved sideways.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-customer'))).toBe(firstId);
    expect(await scrollLeftAfterPaint()).toBe(200);
    await table.evaluate((element) => element.scrollTo({ left: 0 }));

    // Export: every row the search and filter find (not only the page on screen), in the table's columns.
    const download = page.waitForEvent('download');
    await byTestId(page, 'data-export').click();
    expect((await download).suggestedFilename()).toBe('customers.csv');
    const lines = fs
      .readFileSync((await (await download).path()) as string, 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]?.startsWith('\uFEFFcustomer_id,')).toBe(true);
    expect(lines[0]).toContain(',city,');
    expect(lines.length).toBe(both.total + 1);
    await byTestId(page, 'data-exported').waitFor();
    expect(await byTestId(page, 'data-exported').textContent()).toBe(
      `Exported ${both.total.toLocaleString('en')} rows.`,
    );
    await screenshot(page, 'data-2-exported');

    // The same rows with emails masked: the first character and the domain are left.
    await byTestId(page, 'data-export-personal').selectOption('mask');
    const masked = page.waitForEvent('download');
    await byTestId(page, 'data-export').click();
    const maskedLines = fs
      .readFileSync((await (await masked).path()) as string, 'utf8')
      .trimEnd()
      .split('\r\n');
    const email = maskedLines[0]?.split(',').indexOf('email') ?? -1;
    expect(email).toBeGreaterThan(0);
    const emails = maskedLines.slice(1).map((line) => line.split(',')[email] ?? '');
    expect(emails.filter((cell) => cell !== '' && !/^[^@…]…@[^@,]+$/.test(cell))).toEqual([]);
    expect(emails.some((cell) => cell.includes('…@'))).toBe(true);
    await screenshot(page, 'data-3-exported-masked');
    expect(e2e.chrome.errors).toEqual([]);
  });
});

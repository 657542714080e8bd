/**
 * The 8 olist files dropped together on the window, in browser mode and real Chromium: the kinds the
 * engine found, a link changed by the user, the import, and the report's figures equal to what
 * 'import/runSet' reports through the engine for the same files and choices. Then the same files
 * again in Persian, which asks before replacing. Screenshots: test-results/screenshots/
 * import-set-preview.png, import-set-links.png, import-set-report.png and the same with -fa.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ImportSetReport, SetChoices } from '../../shared/model/importSet.js';
import {
  callEngine,
  dropFiles,
  REPO_ROOT,
  screenshot,
  seriousA11yViolations,
  withAppInChromium,
} from './harness/index.js';

const DIR = path.resolve(REPO_ROOT, '..', 'shared', 'data', 'olist_subset');
const FILES = fs.readdirSync(DIR).sort();
const KINDS = {
  'olist_customers_dataset.csv': 'customers',
  'olist_order_items_dataset.csv': 'order_lines',
  'olist_order_payments_dataset.csv': 'payments',
  'olist_order_reviews_dataset.csv': 'reviews',
  'olist_orders_dataset.csv': 'orders',
  'olist_products_dataset.csv': 'products',
  'olist_sellers_dataset.csv': 'lookup',
  'product_category_name_translation.csv': 'lookup',
};
const ITEMS = 'olist_order_items_dataset.csv';
const SELLERS = 'olist_sellers_dataset.csv';
/** The link the user gives: the one the engine guessed between these two files, now chosen by hand. */
const CHOICES: SetChoices = {
  links: [{ from: { file: ITEMS, column: 'seller_id' }, to: { file: SELLERS, column: 'seller_id' } }],
};

const e2e = withAppInChromium({ width: 1280, height: 900 });

async function kindsShown(page: Page): Promise<Record<string, string>> {
  const shown: Record<string, string> = {};
  for (const name of FILES) shown[name] = await page.getByTestId(`set-kind-${name}`).inputValue();
  return shown;
}

async function addSellerLink(page: Page): Promise<void> {
  await page.locator('#link-from-file').selectOption(ITEMS);
  await page.locator('#link-from-column').selectOption('seller_id');
  await page.locator('#link-to-file').selectOption(SELLERS);
  await page.locator('#link-to-column').selectOption('seller_id');
  await page.getByTestId('link-add').click();
  await page.getByTestId(`set-link-remove-${ITEMS}.seller_id`).waitFor({ timeout: 60_000 });
}

/** Screenshots show the step from its top (the report's button takes the focus at its foot). */
async function topOfWizard(page: Page): Promise<void> {
  await page.getByTestId('set-scroll').evaluate((el) => {
    el.scrollTop = 0;
  });
}

describe('several linked files at once', () => {
  it('shows the kinds and links, takes a changed link, and reports what the engine reports', async () => {
    const { page } = e2e.chrome;
    await page.goto(e2e.app.url);
    await page.getByTestId('start-page').waitFor();
    await dropFiles(
      page,
      FILES.map((name) => path.join(DIR, name)),
    );
    await page.getByTestId('wizard-step-set-preview').waitFor({ timeout: 60_000 });
    expect(await kindsShown(page)).toEqual(KINDS);
    expect(await page.getByTestId('set-links').locator('tbody tr').count()).toBe(7);
    expect(await page.getByText('Into a new project “olist_orders_dataset”').count()).toBe(1);

    await addSellerLink(page);
    const sellerRow = page.getByTestId(`set-link-${ITEMS}.seller_id`);
    expect(await sellerRow.locator('td').nth(2).textContent()).toBe('Chosen by you');
    expect(await page.getByTestId('set-links').locator('tbody tr').count()).toBe(7);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await topOfWizard(page);
    await screenshot(page, 'import-set-preview');
    await page.getByTestId('link-diagram').scrollIntoViewIfNeeded();
    await screenshot(page, 'import-set-links');

    await page.getByTestId('wizard-import').click();
    await page.getByTestId('wizard-step-set-report').waitFor({ timeout: 120_000 });
    await topOfWizard(page);
    await screenshot(page, 'import-set-report');

    // The same files and choices through the engine, replacing what the wizard imported.
    const engine = await callEngine<ImportSetReport>(page, e2e.app.token, 'import/runSet', {
      jobId: 'e2e-set-check',
      paths: FILES.map((f) => path.join(DIR, f)),
      choices: CHOICES,
      replace: true,
    });
    expect([engine.orders, engine.revenue]).toEqual([4071, 47528.39]);
    expect(await page.getByTestId('set-report-customers').textContent()).toBe(engine.customers.toLocaleString('en-US'));
    expect(await page.getByTestId('set-report-orders').textContent()).toBe('4,071');
    expect(await page.getByTestId('set-report-revenue').textContent()).toBe('47,528.39');
    for (const f of engine.files) {
      const cells = await page.getByTestId(`set-report-file-${f.file}`).locator('td').allTextContents();
      expect(cells.slice(1).map((c) => Number(c.replace(/,/g, '')))).toEqual([
        f.rowsRead,
        f.rowsImported,
        f.rowsRejected,
      ]);
    }
    for (const l of engine.links) {
      const cells = await page.getByTestId(`set-report-link-${l.from}`).locator('td').allTextContents();
      expect(cells.slice(2, 4).map((c) => Number(c.replace(/,/g, '')))).toEqual([l.matched, l.unmatched]);
    }
    const notes = await page.getByTestId('set-report-notes').locator('li').allTextContents();
    expect(notes).toEqual(engine.notes);
    expect(await page.getByTestId('set-report-amounts').locator('li').allTextContents()).toEqual([
      'the order’s own amount: 0',
      'the sum of its lines: 175',
      'the sum of its payments: 175',
      'no amount found: 3,721',
    ]);
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('in Persian, asks before replacing and reports right to left', async () => {
    const { page } = e2e.chrome;
    await page.goto(`${e2e.app.url}&lang=fa`);
    await page.getByTestId('topbar-import').click();
    await page.getByTestId('wizard-file-input').setInputFiles(FILES.map((f) => path.join(DIR, f)));
    await page.getByTestId('wizard-step-set-preview').waitFor({ timeout: 60_000 });
    expect(await kindsShown(page)).toEqual(KINDS);
    await addSellerLink(page);
    await topOfWizard(page);
    await screenshot(page, 'import-set-preview-fa');
    await page.getByTestId('link-diagram').scrollIntoViewIfNeeded();
    await screenshot(page, 'import-set-links-fa');
    await page.getByTestId('wizard-import').click();
    await page.getByTestId('set-replace-confirm').waitFor({ timeout: 60_000 });
    await page.getByTestId('replace-confirm-button').click();
    await page.getByTestId('wizard-step-set-report').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('set-report-orders').textContent()).toBe('۴٬۰۷۱');
    await topOfWizard(page);
    await screenshot(page, 'import-set-report-fa');
    expect(e2e.chrome.errors).toEqual([]);
  });
});

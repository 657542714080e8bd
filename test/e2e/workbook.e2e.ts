/**
 * An Excel workbook through the wizard, in browser mode and real Chromium: the start page takes a
 * .xlsx, the preview reads the sheet with the most rows (typed cells: dates and numbers), and the
 * import gives its customers and orders. Screenshot: test-results/screenshots/workbook-preview.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { screenshot, withAppInChromium } from './harness/index.js';

const e2e = withAppInChromium({ width: 1280, height: 800 });

async function workbook(): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-xlsx-')), 'shop orders.xlsx');
  const day = (d: number) => ({ value: new Date(Date.UTC(2024, 0, d)), type: Date, format: 'dd/mm/yyyy' });
  await writeXlsxFile([
    { sheet: 'Read me', data: [[{ value: 'Orders of January' }]] },
    {
      sheet: 'Orders',
      data: [
        ['Order', 'Customer', 'Date', 'Total'],
        ['A1', 'c1', day(3), 19.5],
        ['A2', 'c2', day(5), 40],
        ['A3', 'c1', day(20), 12.25],
      ],
    },
  ]).toFile(file);
  return file;
}

describe('an Excel workbook', () => {
  it('is previewed from its biggest sheet and imported like a CSV', async () => {
    const { page } = e2e.chrome;
    await page.goto(e2e.app.url);
    await page.getByTestId('start-import-file').setInputFiles(await workbook());
    await page.getByTestId('wizard-step-preview').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('setting-kind').inputValue()).toBe('orders');
    // What the source layer recognised: a workbook, its sheets; text-file settings do not apply.
    expect(await page.getByTestId('source-format').textContent()).toBe('Excel workbook');
    expect(await page.getByTestId('source-sheet').inputValue()).toBe('Orders');
    expect(await page.getByTestId('source-sheet').locator('option').allTextContents()).toEqual([
      'Read me (1 row)',
      'Orders (4 rows)',
    ]);
    expect(await page.getByTestId('setting-encoding').count()).toBe(0);
    expect(await page.getByTestId('setting-delimiter').count()).toBe(0);
    expect(await page.getByText('Into a new project “shop orders”').count()).toBe(1);
    await screenshot(page, 'workbook-preview');
    await page.getByTestId('wizard-import').click();
    await page.getByTestId('wizard-step-report').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('report-rowsImported').textContent()).toBe('3');
    expect(await page.getByTestId('report-customers').textContent()).toBe('2');
    expect(await page.getByTestId('report-orders').textContent()).toBe('3');
    expect(e2e.chrome.errors).toEqual([]);
  });
});

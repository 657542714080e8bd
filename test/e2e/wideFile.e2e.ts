/**
 * A file with more columns than a project can hold: the preview says so before Import is pressed,
 * with how many columns to untick, and Import stays disabled until they are.
 * Screenshot: test-results/screenshots/wide-file-preview.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { screenshot, withAppInChromium } from './harness/index.js';

/** 1,902 columns with the customer id: two over the limit (each untick re-renders a wide table). */
const ATTRIBUTES = 1901;

const e2e = withAppInChromium();
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-wide-file-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('a file wider than a project holds', () => {
  it('is refused in the preview with the number of columns to untick', async () => {
    const { page } = e2e.chrome;
    const file = path.join(folder, 'wide customers.csv');
    const headers = ['customer_id', ...Array.from({ length: ATTRIBUTES }, (_, i) => `attr${i + 1}`)];
    const row = (id: string) => [id, ...Array.from({ length: ATTRIBUTES }, (_, i) => `v${i % 7}`)].join(',');
    fs.writeFileSync(file, `${headers.join(',')}\n${['k1', 'k2', 'k3'].map(row).join('\n')}\n`);

    await page.goto(e2e.app.url);
    await page.getByTestId('start-import-file').setInputFiles(file);
    await page.getByTestId('wizard-step-preview').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('setting-kind').inputValue()).toBe('customers');
    expect(await page.getByTestId('problem-too_many_columns').textContent()).toBe(
      '1,902 columns are ticked, and a project can hold at most 1,900: untick 2 columns to import this file.',
    );
    expect(await page.getByTestId('wizard-import').isDisabled()).toBe(true);
    await screenshot(page, 'wide-file-preview');

    // One unticked leaves one to go; the second enables Import.
    await page.getByTestId('include-1901').uncheck();
    expect(await page.getByTestId('problem-too_many_columns').textContent()).toBe(
      '1,901 columns are ticked, and a project can hold at most 1,900: untick 1 column to import this file.',
    );
    expect(await page.getByTestId('wizard-import').isDisabled()).toBe(true);
    await page.getByTestId('include-1900').uncheck();
    expect(await page.getByTestId('problem-too_many_columns').count()).toBe(0);
    expect(await page.getByTestId('wizard-import').isEnabled()).toBe(true);
    expect(e2e.chrome.errors).toEqual([]);
  });
});

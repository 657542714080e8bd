/**
 * A set the import refuses, in Persian: the set's own refusals and a file's own (an orders file with no
 * amount) are worded in the user's language, and Import stays disabled. Screenshot:
 * import-set-refusals-fa.png.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropFiles, REPO_ROOT, screenshot, withAppInChromium } from './harness/index.js';

const DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'words');
const e2e = withAppInChromium({ width: 1280, height: 900 });

describe('a refused set in Persian', () => {
  it('lists what the import refuses in Persian', async () => {
    const { page } = e2e.chrome;
    await page.goto(`${e2e.app.url}&lang=fa`);
    await page.getByTestId('start-page').waitFor();
    await dropFiles(
      page,
      ['visits.csv', 'lines.csv'].map((name) => path.join(DIR, name)),
    );
    await page.getByTestId('wizard-step-set-preview').waitFor({ timeout: 60_000 });
    // visits.csv as orders (it has no amount) and lines.csv as products: the file's own refusal shows.
    await page.getByTestId('set-kind-lines.csv').selectOption('products');
    await page.getByTestId('set-kind-visits.csv').selectOption('orders');
    await page.getByText('visits.csv برای محاسبهٔ درآمد', { exact: false }).waitFor({ timeout: 60_000 });
    const refusals = page.getByTestId('set-refusals');
    await refusals.waitFor({ timeout: 60_000 });
    await screenshot(page, 'import-set-refusals-fa');
    const lines = await refusals.locator('li').allTextContents();
    expect(lines).toContain(
      'visits.csv برای محاسبهٔ درآمد به یک ستون مبلغ، یا یک ستون تعداد و یک ستون قیمت واحد نیاز دارد.',
    );
    expect(lines.some((line) => /[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/.test(line))).toBe(false);
    expect(await page.getByTestId('wizard-import').isDisabled()).toBe(true);
    expect(e2e.chrome.errors).toEqual([]);
  });
});

/**
 * A linked set in Arabic: why each file was taken for its kind, and the report's note on an order id of
 * the lines that no order has, in the user's language. Screenshots: import-set-reasons-ar.png,
 * import-set-notes-ar.png.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropFiles, REPO_ROOT, screenshot, withAppInChromium } from './harness/index.js';

const DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'words');
const e2e = withAppInChromium({ width: 1280, height: 900 });

describe('a linked set in Arabic', () => {
  it('words the kind reasons and the link note', async () => {
    const { page } = e2e.chrome;
    await page.goto(`${e2e.app.url}&lang=ar`);
    await page.getByTestId('start-page').waitFor();
    await dropFiles(
      page,
      ['lines.csv', 'notes/orders.csv'].map((name) => path.join(DIR, name)),
    );
    await page.getByTestId('wizard-step-set-preview').waitFor({ timeout: 60_000 });
    const reasons = await page.locator('[id^="set-kind-reason-"]').allTextContents();
    expect(reasons).toEqual([
      'معرّف طلب («order_id») ومنتج («product_id»)، لكن دون معرّف عميل: بنود طلبات مدرجة في ملف آخر.',
      'طلبات: معرّف عميل، وتواريخ في «order_date»، ومعرّف طلب («order_id»).',
    ]);
    await screenshot(page, 'import-set-reasons-ar');
    await page.getByTestId('wizard-import').click();
    await page.getByTestId('wizard-step-set-report').waitFor({ timeout: 60_000 });
    const notes = await page.getByTestId('set-report-notes').locator('li').allTextContents();
    expect(notes).toEqual([
      '١ من أصل ٢ من قيم lines.csv.order_id غير موجودة في orders.csv.order_id (مثل "O2"): تُستبعد تلك البنود، فهي بلا طلبها لا عميل لها ولا تاريخ.',
    ]);
    await screenshot(page, 'import-set-notes-ar');
    expect(e2e.chrome.errors).toEqual([]);
  });
});

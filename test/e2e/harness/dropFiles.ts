/** Drops files on the window as one drag would: a DataTransfer holding all of them, each by its base name. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export async function dropFiles(page: Page, files: readonly string[]): Promise<void> {
  const list = files.map((file) => ({ name: path.basename(file), text: fs.readFileSync(file, 'utf8') }));
  await page.evaluate((dropped) => {
    const transfer = new DataTransfer();
    for (const f of dropped) transfer.items.add(new File([f.text], f.name, { type: 'text/csv' }));
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, list);
}

/** Screenshots go to test-results/screenshots/<name>.png, kept as CI artefacts and looked at. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS_DIR } from './paths.js';

/** The whole page by default; `fullPage: false` for a view whose page is as tall as a long table. */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-');
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(SCREENSHOTS_DIR, `${safe}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

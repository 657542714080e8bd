/** Screenshots go to test-results/screenshots/<name>.png, kept as CI artefacts and looked at. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS_DIR } from './paths.js';

export async function screenshot(page: Page, name: string): Promise<string> {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-');
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(SCREENSHOTS_DIR, `${safe}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

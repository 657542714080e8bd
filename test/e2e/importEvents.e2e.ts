/**
 * The REES46 events sample (../shared/data/events) chosen on its own in the wizard, in browser mode
 * and real Chromium: recognised as events with its layout and customer column, imported, and the
 * report's figures counted here from the file. Then the same file in Persian, which asks before
 * replacing the events. Screenshots: test-results/screenshots/import-events-preview.png,
 * import-events-report.png and the same with -fa.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, screenshot, seriousA11yViolations, withAppInChromium } from './harness/index.js';

const FILE = path.resolve(REPO_ROOT, '..', 'shared', 'data', 'events', '2019-Oct-sample.csv');
const NAME = path.basename(FILE);
const ROWS = Papa.parse<Record<string, string>>(fs.readFileSync(FILE, 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const USERS = new Set(ROWS.map((r) => r.user_id)).size;

const e2e = withAppInChromium({ width: 1280, height: 900 });

async function topOfWizard(page: Page): Promise<void> {
  await page.getByTestId('set-scroll').evaluate((el) => {
    el.scrollTop = 0;
  });
}

describe('an events file through the wizard', () => {
  it('is shown as events with its layout, imported, and reported with its users', async () => {
    const { page } = e2e.chrome;
    await page.goto(e2e.app.url);
    await page.getByTestId('start-page').waitFor();
    await page.getByTestId('start-import-file').setInputFiles(FILE);
    await page.getByTestId('wizard-step-set-preview').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId(`set-kind-${NAME}`).inputValue()).toBe('events');
    expect(await page.getByTestId(`set-events-${NAME}`).textContent()).toBe(
      'Events export (REES46 layout); the customer is in user_id',
    );
    expect(await page.getByTestId('wizard-import').isEnabled()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await topOfWizard(page);
    await screenshot(page, 'import-events-preview');

    await page.getByTestId('wizard-import').click();
    await page.getByTestId('wizard-step-set-report').waitFor({ timeout: 120_000 });
    const cells = await page.getByTestId(`set-report-file-${NAME}`).locator('td').allTextContents();
    expect(cells).toEqual(['Events', ROWS.length.toLocaleString('en-US'), ROWS.length.toLocaleString('en-US'), '0']);
    expect(await page.getByTestId('set-report-events').textContent()).toBe(ROWS.length.toLocaleString('en-US'));
    expect(await page.getByTestId('set-report-customers').textContent()).toBe(String(USERS));
    expect(await page.getByTestId('set-report-events-users').locator('li').allTextContents()).toEqual([
      'already customers: 0',
      `new, known only from their events: ${USERS}`,
    ]);
    await topOfWizard(page);
    await screenshot(page, 'import-events-report');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('in Persian, asks before replacing the events and reports right to left', async () => {
    const { page } = e2e.chrome;
    await page.goto(`${e2e.app.url}&lang=fa`);
    await page.getByTestId('topbar-import').click();
    await page.getByTestId('wizard-file-input').setInputFiles(FILE);
    await page.getByTestId('wizard-step-set-preview').waitFor({ timeout: 60_000 });
    await topOfWizard(page);
    await screenshot(page, 'import-events-preview-fa');
    await page.getByTestId('wizard-import').click();
    await page.getByTestId('set-replace-confirm').waitFor({ timeout: 60_000 });
    await page.getByTestId('replace-confirm-button').click();
    await page.getByTestId('wizard-step-set-report').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('set-report-events').textContent()).toBe(ROWS.length.toLocaleString('fa-IR'));
    await topOfWizard(page);
    await screenshot(page, 'import-events-report-fa');
    expect(e2e.chrome.errors).toEqual([]);
  });
});

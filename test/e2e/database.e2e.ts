/**
 * "Open a database" in browser mode and real Chromium: a DuckDB file exported from the demo shop is
 * opened from the start page, a rule is built, and the live count, run on the database, equals the
 * project's count of the same rule; the time the database took is shown. In English and Persian
 * (right to left); screenshots database-*.png are looked at.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDemoProject } from '../../electron/core/demo/demoProject.js';
import { countRule } from '../../electron/core/segments/count.js';
import type { Rule } from '../../shared/model/rules.js';
import { duckdbFile } from '../sources/sourceDatabases.js';
import { newSession, tempDir } from '../support/session.js';
import { byTestId, countChangedFrom, en, node, settledCount } from './harness/builder.js';
import { screenshot, withAppInChromium } from './harness/index.js';

const e2e = withAppInChromium({ width: 1280, height: 900 });
const RULE: Rule = { and: [{ field: 'monetary', op: '>', value: 500 }] };

let file = '';
let all = 0;
let members = 0;
beforeAll(async () => {
  const dir = tempDir();
  const session = newSession(dir);
  await createDemoProject(session, { path: path.join(dir, 'demo.segwb'), customers: 400, seed: 3 });
  const db = session.requireProject().db;
  all = countRule(db, { and: [] }).customers;
  members = countRule(db, RULE).customers;
  file = await duckdbFile(db, dir);
}, 120_000);

async function openAndBuild(page: Page): Promise<void> {
  await byTestId(page, 'start-database').click();
  await byTestId(page, 'database-url').fill(`duckdb:${file}`);
  await byTestId(page, 'database-open').click();
  await byTestId(page, 'database-view').waitFor({ timeout: 30_000 });
  await settledCount(page);
  await byTestId(page, 'add-condition').last().click();
  await node(page, '0').getByTestId('node-picker').selectOption('field:monetary');
  await node(page, '0').getByTestId('node-op').selectOption('>');
  await node(page, '0').getByTestId('value-number').fill('500');
}

describe('a database opened where the data lives', () => {
  it('counts a rule on a DuckDB file as the project does, with the time taken', async () => {
    const { page } = e2e.chrome;
    await page.goto(e2e.app.url);
    await openAndBuild(page);
    expect(await settledCount(page)).not.toBe('');
    const shown = await countChangedFrom(page, en(all));
    expect(shown).toBe(en(members));
    expect(members).toBeGreaterThan(0);
    expect(await byTestId(page, 'database-time').textContent()).toMatch(/^Counted on the database in \d+ ms$/);
    expect(await byTestId(page, 'database-shown').textContent()).toBe(`duckdb:${file}`);
    await screenshot(page, 'database-1-en');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('says so in Persian, right to left', async () => {
    const { page } = e2e.chrome;
    await page.goto(`${e2e.app.url}&lang=fa`);
    await openAndBuild(page);
    const fa = new Intl.NumberFormat('fa').format(members);
    await page.waitForFunction(
      (want) => document.querySelector('[data-testid="segment-count-customers"]')?.textContent === want,
      fa,
      { timeout: 15_000 },
    );
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await byTestId(page, 'database-time').textContent()).toMatch(/^شمارش روی پایگاه داده در [۰-۹]+ میلی‌ثانیه$/);
    await screenshot(page, 'database-2-fa');
  });
});

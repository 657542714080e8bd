/**
 * "Open a database" in browser mode and real Chromium: a DuckDB file exported from the demo shop is
 * opened from the start page, a rule is built, and the live count, each condition's count and the
 * country's value list, all run on the database, equal the project's; the time the database took
 * is shown. A reload shows the database again, still open in the engine. In English and Persian
 * (right to left); screenshots database-*.png are looked at.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDemoProject } from '../../electron/core/demo/demoProject.js';
import { countRule, countRuleParts } from '../../electron/core/segments/count.js';
import { fieldProfile } from '../../electron/core/segments/profile.js';
import type { Rule } from '../../shared/model/rules.js';
import { duckdbFile } from '../sources/sourceDatabases.js';
import { newSession, tempDir } from '../support/session.js';
import { byTestId, countChangedFrom, en, node, settledCount } from './harness/builder.js';
import { screenshot, withAppInChromium } from './harness/index.js';

const e2e = withAppInChromium({ width: 1280, height: 900 });
const RULE: Rule = { and: [{ field: 'monetary', op: '>', value: 500 }] };
const COUNTRIES = ['Germany', 'France'];
const BOTH: Rule = {
  and: [
    { field: 'monetary', op: '>', value: 500 },
    { field: 'country', op: 'in', value: COUNTRIES },
  ],
};

let file = '';
let all = 0;
let members = 0;
let both = 0;
/** The project's count of each condition of BOTH: [monetary, country]. */
let parts: number[] = [];
/** The project's list of countries with their counts, as the value list shows them. */
let countries: Array<{ value: string; count: number }> = [];
beforeAll(async () => {
  const dir = tempDir();
  const session = newSession(dir);
  await createDemoProject(session, { path: path.join(dir, 'demo.segwb'), customers: 400, seed: 3 });
  const db = session.requireProject().db;
  all = countRule(db, { and: [] }).customers;
  members = countRule(db, RULE).customers;
  both = countRule(db, BOTH).customers;
  parts = countRuleParts(db, BOTH)
    .filter((p) => p.path === '0' || p.path === '1')
    .map((p) => p.customers);
  countries = fieldProfile(db, { key: 'country', source: 'customers', limit: 200 }).values;
  file = await duckdbFile(db, dir);
}, 120_000);

async function open(page: Page): Promise<void> {
  await byTestId(page, 'start-database').click();
  await byTestId(page, 'database-url').fill(`duckdb:${file}`);
  await byTestId(page, 'database-open').click();
  await byTestId(page, 'database-view').waitFor({ timeout: 30_000 });
}

async function build(page: Page): Promise<void> {
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
    await open(page);
    await build(page);
    expect(await settledCount(page)).not.toBe('');
    const shown = await countChangedFrom(page, en(all));
    expect(shown).toBe(en(members));
    expect(members).toBeGreaterThan(0);
    expect(await byTestId(page, 'database-time').textContent()).toMatch(/^Counted on the database in \d+ ms$/);
    expect(await byTestId(page, 'database-shown').textContent()).toBe(`duckdb:${file}`);
    await screenshot(page, 'database-1-en');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it("counts each condition and lists a field's values on the database, as the project does", async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'add-condition').last().click();
    await node(page, '1').getByTestId('node-picker').selectOption('field:country');
    const row = node(page, '1');
    await row.getByTestId('value-category').locator('summary').click();
    await row.getByTestId('value-option').first().waitFor();
    const names = await row.locator('.rule-value-name').allTextContents();
    const counts = await row.locator('.rule-value-count').allTextContents();
    expect(names).toEqual(countries.map((c) => c.value));
    expect(counts).toEqual(countries.map((c) => en(c.count)));
    expect(countries.length).toBeGreaterThan(2);
    for (const country of COUNTRIES) {
      await row.getByTestId('value-option').filter({ hasText: country }).locator('input').check();
    }
    await screenshot(page, 'database-2-en-values');
    await row.getByTestId('value-category').locator('summary').click();
    expect(await countChangedFrom(page, en(members))).toBe(en(both));
    const partCount = (path: string) =>
      node(page, path).getByTestId('node-count').first().locator('.rule-count-n').textContent();
    expect([await partCount('0'), await partCount('1')]).toEqual(parts.map(en));
    const partShare = (path: string) =>
      node(page, path).getByTestId('node-count').first().locator('.rule-count-share').textContent();
    const percent = new Intl.NumberFormat('en', { style: 'percent' });
    expect(await partShare('0')).toBe(percent.format((parts[0] ?? 0) / all));
    expect(parts[1]).toBeGreaterThan(both);
    await screenshot(page, 'database-3-en-parts');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('shows the database again after a reload: it is still open in the engine', async () => {
    const { page } = e2e.chrome;
    await page.reload();
    await byTestId(page, 'database-view').waitFor({ timeout: 30_000 });
    expect(await byTestId(page, 'database-shown').textContent()).toBe(`duckdb:${file}`);
    expect(await byTestId(page, 'database-dialog').count()).toBe(0);
    expect(await settledCount(page)).toBe(en(all));
    const stored = await page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)));
    expect(stored).toContain('segwb.database');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('says so in Persian, right to left', async () => {
    const { page } = e2e.chrome;
    await page.goto(`${e2e.app.url}&lang=fa`);
    await byTestId(page, 'database-view').waitFor({ timeout: 30_000 }); // still open: no dialog
    await build(page);
    const fa = new Intl.NumberFormat('fa').format(members);
    await page.waitForFunction(
      (want) => document.querySelector('[data-testid="segment-count-customers"]')?.textContent === want,
      fa,
      { timeout: 15_000 },
    );
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await byTestId(page, 'database-time').textContent()).toMatch(/^شمارش روی پایگاه داده در [۰-۹]+ میلی‌ثانیه$/);
    await byTestId(page, 'add-condition').last().click();
    await node(page, '1').getByTestId('node-picker').selectOption('field:country');
    await node(page, '1').getByTestId('value-category').locator('summary').click();
    await node(page, '1').getByTestId('value-option').first().waitFor();
    const faCounts = await node(page, '1').locator('.rule-value-count').allTextContents();
    expect(faCounts).toEqual(countries.map((c) => new Intl.NumberFormat('fa').format(c.count)));
    await screenshot(page, 'database-4-fa');
  });
});

/**
 * The segment builder as a user meets it, in browser mode and real Chromium, on the demo shop:
 * build a nested segment with an orders condition while the counts change, check the numbers
 * against segments/count, save it with a strategy note, find it again after reopening the
 * project, export it (the download link's CSV), and delete it with Undo.
 * Screenshots of every step go to test-results/screenshots/segments-*.png and are looked at.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SegmentCounts, SegmentInfo } from '../../shared/api.js';
import type { Rule } from '../../shared/model/rules.js';
import {
  byTestId,
  COUNTRY,
  chooseValues,
  countChangedFrom,
  en,
  FULL_RULE,
  NAME,
  node,
  STRATEGY,
  settledCount,
} from './harness/builder.js';
import { callEngine, screenshot, withAppInChromium } from './harness/index.js';

// The view scrolls inside the window: a taller one lets a screenshot show the whole builder.
const e2e = withAppInChromium({ width: 1280, height: 1150 });

const call = <T>(page: Page, method: string, params: unknown): Promise<T> =>
  callEngine<T>(page, e2e.app.token, method, params);

let expected: SegmentCounts;

describe('the segment builder', () => {
  it('opens the Segments view of the demo shop with the template gallery', async () => {
    const { page } = e2e.chrome;
    await page.goto(e2e.app.url);
    await byTestId(page, 'start-demo').click();
    await byTestId(page, 'view-data').waitFor({ timeout: 60_000 });
    await byTestId(page, 'nav-segments').click();
    await byTestId(page, 'template-gallery').waitFor();
    await byTestId(page, 'template-blank').waitFor();
    // The demo shop has a column for every segmentation base: every template is offered, but for
    // "High value at risk", which waits for a kept lifetime-value fit (Predict), and the needs-based
    // group, which waits for a saved clustering (Discover).
    await page.waitForFunction(() => document.querySelectorAll('.gallery-card').length > 10);
    expect(await page.locator('.gallery-card[aria-disabled="true"]').count()).toBe(2);
    expect(await byTestId(page, 'template-high-value-at-risk').getAttribute('aria-disabled')).toBe('true');
    expect(await byTestId(page, 'template-needs-based-group').getAttribute('aria-disabled')).toBe('true');
    await screenshot(page, 'segments-1-gallery');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('builds a nested segment with an orders condition while the counts change', async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'segment-new').click();
    await byTestId(page, 'segment-editor').waitFor();
    const everyone = await settledCount(page);
    expect(everyone).toBe('5,000');
    expect(await byTestId(page, 'segment-sentence').textContent()).toBe('All customers');

    // 1. country in [United Kingdom, Germany]: incomplete (and left out) until values are chosen.
    await byTestId(page, 'add-condition').last().click();
    await expect(node(page, '0').getByTestId('node-incomplete').isVisible()).resolves.toBe(true);
    await node(page, '0').getByTestId('node-picker').selectOption('field:country');
    expect(await byTestId(page, 'segment-incomplete').textContent()).toBe(
      '1 incomplete condition is left out of the count.',
    );
    await chooseValues(node(page, '0'), ['United Kingdom', 'Germany']);
    const afterCountry = await countChangedFrom(page, everyone);
    const countryOnly = await call<SegmentCounts>(page, 'segments/count', { rule: { and: [COUNTRY] } });
    expect(afterCountry).toBe(en(countryOnly.customers));
    await screenshot(page, 'segments-2-country');

    // 2. a nested "any of" group: age between 25 and 44, or device = mobile.
    await node(page, '').getByTestId('add-group').last().click();
    const group = node(page, '1');
    expect(await group.getByTestId('group-combinator').first().inputValue()).toBe('or');
    await node(page, '1.0').getByTestId('node-picker').selectOption('field:age');
    await node(page, '1.0').getByTestId('node-op').selectOption('between');
    await node(page, '1.0').getByTestId('value-from').fill('25');
    await node(page, '1.0').getByTestId('value-to').fill('44');
    await group.getByTestId('add-condition').last().click();
    await node(page, '1.1').getByTestId('node-picker').selectOption('field:device');
    await chooseValues(node(page, '1.1'), ['mobile']);
    const afterGroup = await countChangedFrom(page, afterCountry);
    await screenshot(page, 'segments-3-nested-group');

    // 3. placed at least 2 orders in the last 365 days.
    await node(page, '').getByTestId('add-orders').last().click();
    const orders = node(page, '2');
    await orders.getByTestId('orders-value').fill('2');
    await orders.getByTestId('orders-window').selectOption('last');
    await orders.getByTestId('orders-days').fill('365');
    const afterOrders = await countChangedFrom(page, afterGroup);

    // The numbers are the engine's for exactly this rule, and every part shows its own count.
    expected = await call<SegmentCounts>(page, 'segments/count', { rule: FULL_RULE });
    expect(afterOrders).toBe(en(expected.customers));
    const parts = await call<Array<{ path: string; customers: number }>>(page, 'segments/countParts', {
      rule: FULL_RULE,
    });
    for (const path of ['0', '1', '1.0', '1.1', '2']) {
      const part = parts.find((p) => p.path === path);
      expect(await node(page, path).getByTestId('node-count').first().locator('.rule-count-n').textContent()).toBe(
        en(part?.customers ?? -1),
      );
    }
    const shown = (text: string) => Number(text.replace(/,/g, ''));
    expect(shown(afterOrders)).toBeGreaterThan(0);
    expect(shown(afterOrders)).toBeLessThan(shown(afterGroup));
    expect(await byTestId(page, 'segment-sentence').textContent()).toBe(
      'Customers in United Kingdom or Germany, (whose age is between 25 and 44 or whose device is mobile), and who placed at least 2 orders in the last 365 days',
    );
    await screenshot(page, 'segments-4-orders');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('moves a condition with Alt+↑ / Alt+↓, keeping focus on it, and marks an unfinished one', async () => {
    const { page } = e2e.chrome;
    const before = await settledCount(page);
    await node(page, '1.1').getByTestId('node-picker').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(node(page, '1.0').getByTestId('node-picker').inputValue()).resolves.toBe('field:device');
    await page.waitForFunction(
      () => document.activeElement?.closest('[data-node-path]')?.getAttribute('data-node-path') === '1.0',
    );
    await page.keyboard.press('Alt+ArrowDown');
    await expect(node(page, '1.1').getByTestId('node-picker').inputValue()).resolves.toBe('field:device');
    // Tab reaches the node's own buttons in order: its operator, values, then not, up, down…
    await node(page, '2').getByTestId('node-not').first().focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('node-up');

    // An unfinished condition is marked and left out: the count stays as it was.
    await node(page, '').getByTestId('add-condition').last().click();
    await node(page, '3').getByTestId('node-picker').selectOption('field:income');
    await node(page, '3').getByTestId('node-op').selectOption('>');
    await node(page, '3').getByTestId('node-incomplete').waitFor();
    expect(await settledCount(page)).toBe(before);
    await screenshot(page, 'segments-4b-incomplete');
    await node(page, '3').getByTestId('node-delete').first().click();
    await node(page, '3').waitFor({ state: 'detached' });
    expect(await byTestId(page, 'segment-incomplete').count()).toBe(0);

    // The linter's minimum size is the user's to set: above this segment's size it warns.
    await byTestId(page, 'lint-min-size').fill(String(expected.customers + 1));
    await byTestId(page, 'lint-too_small').waitFor();
    await byTestId(page, 'lint-min-size').fill('30');
    await byTestId(page, 'lint-none').waitFor();
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('saves the segment with a strategy note (Ctrl+S) and lists it', async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'segment-save').click();
    await expect(byTestId(page, 'segment-problem').textContent()).resolves.toBe('Give the segment a name to save it.');
    await byTestId(page, 'segment-name').fill(NAME);
    await byTestId(page, 'segment-strategy').fill(STRATEGY);
    await page.keyboard.press('Control+s');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="segment-state"]')?.textContent === 'Saved',
      undefined,
      { timeout: 10_000 },
    );
    const item = byTestId(page, 'segment-item').filter({ hasText: NAME });
    await item.waitFor();
    expect(await item.getByTestId('segment-item-counts').textContent()).toMatch(
      new RegExp(`^${en(expected.customers)} customers · \\d+(\\.\\d)?% of revenue$`),
    );
    const saved = await call<SegmentInfo[]>(page, 'segments/list', {});
    expect(saved).toHaveLength(1);
    expect(saved[0]?.strategy).toBe(STRATEGY);
    expect(saved[0]?.rule).toEqual(FULL_RULE);
    expect(saved[0]?.counts.customers).toBe(expected.customers);
    await screenshot(page, 'segments-5-saved');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('finds the segment again after the project is closed and reopened', async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'topbar-close').click();
    await byTestId(page, 'start-page').waitFor();
    await byTestId(page, 'recent-item').filter({ hasText: 'Demo shop' }).first().click();
    await byTestId(page, 'nav-segments').click();
    const item = byTestId(page, 'segment-item').filter({ hasText: NAME });
    await item.waitFor();
    await item.getByTestId('segment-item-open').click();
    expect(await settledCount(page)).toBe(en(expected.customers));
    expect(await byTestId(page, 'segment-name').inputValue()).toBe(NAME);
    expect(await byTestId(page, 'segment-strategy').inputValue()).toBe(STRATEGY);
    expect(await byTestId(page, 'segment-state').textContent()).toBe('Saved');
    expect(await page.getByTestId('rule-node').count()).toBe(5);
    await screenshot(page, 'segments-6-reopened');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('exports the members as CSV through the download link', async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'segment-export').click();
    await byTestId(page, 'export-dialog').waitFor();
    await byTestId(page, 'export-bom').check();
    await screenshot(page, 'segments-7-export');
    const href = await byTestId(page, 'export-download').getAttribute('href');
    expect(href).toMatch(/^\/api\/segment\.csv\?id=\d+&layout=columns&bom=1&columns=[a-z_%2C]+&token=/);
    const download = await page.evaluate(async (url) => {
      const response = await fetch(url);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, bom: [...bytes.slice(0, 3)], text: new TextDecoder().decode(bytes) };
    }, href ?? '');
    expect(download.status).toBe(200);
    expect(download.bom).toEqual([0xef, 0xbb, 0xbf]);
    const lines = download.text.trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'customer_id,first_name,last_name,email,phone,recency_days,frequency,monetary,aov,first_order,last_order',
    );
    expect(lines.length - 1).toBe(expected.customers);

    await byTestId(page, 'export-layout-mailchimp').check();
    const mailchimp = await byTestId(page, 'export-download').getAttribute('href');
    const header = await page.evaluate(
      async (url) => (await (await fetch(url)).text()).split(/\r?\n/)[0],
      mailchimp ?? '',
    );
    expect(header).toBe('Email Address,First Name,Last Name,Tags');

    // The demo shop has emails, phones and names: every tool's layout is offered.
    for (const option of ['mautic', 'klaviyo', 'hubspot', 'google_customer_match', 'meta_custom_audience']) {
      expect(await byTestId(page, `export-layout-${option}`).isDisabled()).toBe(false);
    }
    await byTestId(page, 'export-layout-meta_custom_audience').check();
    await screenshot(page, 'segments-7b-export-meta');
    const meta = await byTestId(page, 'export-download').getAttribute('href');
    const metaLines = await page.evaluate(
      async (url) => (await (await fetch(url)).text()).trim().split(/\r?\n/),
      meta ?? '',
    );
    expect(metaLines[0]).toBe('email,phone,fn,ln,ct,zip,country,segment');
    // Emails and phones go out as 64 lower-case hex digits (or empty), never in clear.
    expect(metaLines.slice(1).filter((line) => !/^([0-9a-f]{64})?,([0-9a-f]{64})?,/.test(line))).toEqual([]);
    expect(metaLines.some((line) => line.includes('@'))).toBe(false);

    // A workbook instead of a CSV: the same download, an .xlsx (a zip: it starts with PK).
    await byTestId(page, 'export-layout-columns').check();
    await byTestId(page, 'export-personal').selectOption('mask');
    await byTestId(page, 'export-format-xlsx').check();
    await screenshot(page, 'segments-7c-export-xlsx-masked');
    const xlsx = await byTestId(page, 'export-download').getAttribute('href');
    expect(xlsx).toMatch(/&format=xlsx&columns=[a-z_%2C]+&personal=mask&token=/);
    expect(await byTestId(page, 'export-download').getAttribute('download')).toBe(`${NAME}.xlsx`);
    const zip = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return {
        type: response.headers.get('content-type'),
        head: [...new Uint8Array(await response.arrayBuffer()).slice(0, 2)],
      };
    }, xlsx ?? '');
    expect(zip).toEqual({
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      head: [0x50, 0x4b],
    });
    await byTestId(page, 'export-close').click();
    await byTestId(page, 'export-dialog').waitFor({ state: 'detached' });
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('duplicates a segment, warns that it is identical, deletes it and brings it back with Undo', async () => {
    const { page } = e2e.chrome;
    const item = byTestId(page, 'segment-item').filter({ hasText: NAME }).first();
    await item.getByTestId('segment-duplicate').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="segment-item"]').length === 2);
    await byTestId(page, 'lint-identical').waitFor();
    await screenshot(page, 'segments-8-duplicate-lint');

    const copy = byTestId(page, 'segment-item').nth(1);
    const copyName = (await copy.locator('.segment-item-name').textContent()) ?? '';
    await copy.getByTestId('segment-delete').click();
    await byTestId(page, 'undo-toast').waitFor();
    expect(await byTestId(page, 'segment-item').count()).toBe(1);
    await screenshot(page, 'segments-9-undo');
    await byTestId(page, 'undo-delete').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="segment-item"]').length === 2);
    expect(await byTestId(page, 'segment-item').nth(1).locator('.segment-item-name').textContent()).toBe(copyName);
    // It was open when deleted, so Undo opens it again.
    await byTestId(page, 'segment-editor').waitFor();
    expect(await byTestId(page, 'segment-name').inputValue()).toBe(copyName);
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('asks before unsaved changes are thrown away', async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'segment-name').fill('Renamed copy');
    expect(await byTestId(page, 'segment-state').textContent()).toBe('Unsaved changes');
    const original = byTestId(page, 'segment-item').filter({ hasText: NAME }).filter({ hasNotText: 'copy' });
    await original.getByTestId('segment-item-open').click();
    await byTestId(page, 'discard-dialog').waitFor();
    await screenshot(page, 'segments-10-discard');
    await byTestId(page, 'discard-keep').click();
    expect(await byTestId(page, 'segment-name').inputValue()).toBe('Renamed copy');
    await original.getByTestId('segment-item-open').click();
    await byTestId(page, 'discard-confirm').click();
    await byTestId(page, 'discard-dialog').waitFor({ state: 'detached' });
    expect(await byTestId(page, 'segment-name').inputValue()).toBe(NAME);
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('starts a segment from a template of the gallery', async () => {
    const { page } = e2e.chrome;
    const templates = await call<Array<{ id: string; name: string; rule: Rule; enabled: boolean }>>(
      page,
      'segments/templates',
      {},
    );
    const repeat = templates.find((t) => t.enabled && t.name === 'Repeat buyers');
    expect(repeat).toBeDefined();
    await byTestId(page, 'segment-templates').click();
    await byTestId(page, `template-${repeat?.id}`).click();
    await byTestId(page, 'segment-editor').waitFor();
    expect(await byTestId(page, 'segment-name').inputValue()).toBe('Repeat buyers');
    const counts = await call<SegmentCounts>(page, 'segments/count', { rule: repeat?.rule });
    expect(await settledCount(page)).toBe(en(counts.customers));
    await screenshot(page, 'segments-11-template');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('marks the part that can never match, negates a part, and filters the orders counted', async () => {
    const { page } = e2e.chrome;
    // age between 50 and 30 matches no one: the linter says so, on that very condition.
    await node(page, '').getByTestId('add-condition').last().click();
    await node(page, '1').getByTestId('node-picker').selectOption('field:age');
    await node(page, '1').getByTestId('node-op').selectOption('between');
    await node(page, '1').getByTestId('value-from').fill('50');
    await node(page, '1').getByTestId('value-to').fill('30');
    await byTestId(page, 'lint-never_matches').waitFor();
    await node(page, '1').getByTestId('node-warning').waitFor();
    await screenshot(page, 'segments-12-never-matches');

    // Negated, it matches everyone the rest of the rule matches.
    const before = await settledCount(page);
    await node(page, '1').getByTestId('node-not').first().click();
    await expect(node(page, '1').getByTestId('node-not').first().getAttribute('aria-pressed')).resolves.toBe('true');
    const negated = await countChangedFrom(page, before);
    const onlyRepeat = await call<SegmentCounts>(page, 'segments/count', {
      rule: { and: [{ field: 'frequency', op: '>=', value: 2 }] },
    });
    expect(negated).toBe(en(onlyRepeat.customers));
    expect(await byTestId(page, 'segment-sentence').textContent()).toBe(
      'Customers who placed at least 2 orders and whose age is not between 50 and 30',
    );
    await node(page, '1').getByTestId('node-delete').first().click();

    // Orders in one category only: the where-rule uses order fields and the same editor.
    await node(page, '').getByTestId('add-orders').last().click();
    await node(page, '1').getByTestId('add-where').click();
    await node(page, '1.w.0').getByTestId('node-picker').selectOption('field:category');
    await node(page, '1.w.0').getByTestId('value-category').locator('summary').click();
    await node(page, '1.w.0').getByTestId('value-option').first().locator('input').check();
    const category =
      (await node(page, '1.w.0').getByTestId('value-option').first().locator('.rule-value-name').textContent()) ?? '';
    await byTestId(page, 'segment-counting').waitFor({ state: 'detached' });
    const ordersRule: Rule = {
      orders: { where: { and: [{ field: 'category', op: 'in', value: [category] }] } },
      measure: 'count',
      op: '>=',
      value: 1,
    };
    const both = await call<SegmentCounts>(page, 'segments/count', {
      rule: { and: [{ field: 'frequency', op: '>=', value: 2 }, ordersRule] },
    });
    expect(await settledCount(page)).toBe(en(both.customers));
    expect(await byTestId(page, 'segment-sentence').textContent()).toBe(
      `Customers who placed at least 2 orders and who placed at least 1 order where category is ${category}`,
    );
    await screenshot(page, 'segments-13-orders-where');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('flips the builder when the page is right-to-left', async () => {
    const { page } = e2e.chrome;
    await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
    const list = await byTestId(page, 'segment-list').boundingBox();
    const builder = await byTestId(page, 'rule-builder').boundingBox();
    expect(list && builder && list.x > builder.x).toBe(true);
    await screenshot(page, 'segments-14-rtl');
    await page.evaluate(() => document.documentElement.setAttribute('dir', 'ltr'));
    expect(e2e.chrome.errors).toEqual([]);
  });
});

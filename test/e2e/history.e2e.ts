/**
 * Snapshots and segment history as a user meets them, in browser mode and real Chromium on the
 * demo shop: take a snapshot, change a rule, see the versions with what changed and restore the
 * old one; the segment's size over time; a customer's timeline in the Data view; in English and
 * in Persian (right to left). Screenshots go to test-results/screenshots/history-*.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SegmentInfo } from '../../shared/api.js';
import type { SegmentSizePoint, TimelineEntry } from '../../shared/contract/history.js';
import type { Rule } from '../../shared/model/rules.js';
import { byTestId, en, node } from './harness/builder.js';
import { callEngine, canvasHasPixels, screenshot, withAppInChromium } from './harness/index.js';

const e2e = withAppInChromium({ width: 1280, height: 1500 });

const call = <T>(page: Page, method: string, params: unknown): Promise<T> =>
  callEngine<T>(page, e2e.app.token, method, params);

const NAME = 'Big spenders';
const spentAtLeast = (value: number): Rule => ({ and: [{ field: 'monetary', op: '>=', value }] });

async function openSegment(page: Page): Promise<void> {
  await byTestId(page, 'nav-segments').click();
  await byTestId(page, 'segment-item').filter({ hasText: NAME }).getByTestId('segment-item-open').click();
  await byTestId(page, 'segment-history').waitFor();
}

async function waitSaved(page: Page, word: string): Promise<void> {
  await page.waitForFunction(
    (saved) => document.querySelector('[data-testid="segment-state"]')?.textContent === saved,
    word,
    { timeout: 15_000 },
  );
}

describe('snapshots and segment history', () => {
  let segment: SegmentInfo;

  it('takes a snapshot, keeps a changed rule as a version and restores the old one', async () => {
    const { page } = e2e.chrome;
    await page.goto(e2e.app.url);
    await byTestId(page, 'start-demo').click();
    await byTestId(page, 'view-data').waitFor({ timeout: 60_000 });
    segment = await call<SegmentInfo>(page, 'segments/save', { name: NAME, rule: spentAtLeast(500) });
    // Saved behind the page's back: a reload lists it.
    await page.reload();
    await byTestId(page, 'view-data').waitFor({ timeout: 60_000 });
    await openSegment(page);
    await waitSaved(page, 'Saved');
    // The demo's two imports took snapshots before the segment existed.
    await byTestId(page, 'size-empty').waitFor();
    expect(await byTestId(page, 'version').count()).toBe(1);

    await byTestId(page, 'take-snapshot').click();
    await byTestId(page, 'snapshot-taken').waitFor();
    await byTestId(page, 'segment-size-chart').locator('canvas').first().waitFor();

    await node(page, '0').getByTestId('value-number').fill('1000');
    await byTestId(page, 'segment-save').click();
    await waitSaved(page, 'Saved');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="version"]').length === 2);
    const newest = byTestId(page, 'version').first();
    expect(await newest.locator('.version-diff').textContent()).toBe(
      'Changed from “who spent at least 500” to “who spent at least 1,000”',
    );
    await byTestId(page, 'take-snapshot').click();
    const sizesNow = () => call<SegmentSizePoint[]>(page, 'history/segmentSizes', { segment: segment.id });
    await expect.poll(async () => (await sizesNow()).length).toBe(2);
    const sizes = await sizesNow();
    expect(sizes[0]?.customers).toBe(segment.counts.customers);
    expect(sizes[1]?.customers).toBeLessThan(segment.counts.customers);
    await byTestId(page, 'segment-history').scrollIntoViewIfNeeded();
    expect(await canvasHasPixels(page, 'segment-size-chart')).toBe(true);
    await screenshot(page, 'history-1-versions');

    await byTestId(page, 'version-restore').first().click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="version"]').length === 3);
    expect(await node(page, '0').getByTestId('value-number').inputValue()).toBe('500');
    await waitSaved(page, 'Saved');
    expect(await byTestId(page, 'version').first().locator('.version-diff').textContent()).toBe(
      'Changed from “who spent at least 1,000” to “who spent at least 500”',
    );
    expect(await byTestId(page, 'segment-count-customers').textContent()).toContain(en(segment.counts.customers));
    await byTestId(page, 'segment-history').scrollIntoViewIfNeeded();
    await screenshot(page, 'history-2-restored');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it("shows a customer's segments at each snapshot in the Data view", async () => {
    const { page } = e2e.chrome;
    await byTestId(page, 'nav-data').click();
    // The biggest spender first: one of the segment's members at every snapshot that holds it.
    const header = page.locator('th:has([data-testid="sort-monetary"])');
    await byTestId(page, 'sort-monetary').click();
    if ((await header.getAttribute('aria-sort')) !== 'descending') await byTestId(page, 'sort-monetary').click();
    await page.waitForFunction(
      () => document.querySelector('th:has([data-testid="sort-monetary"])')?.getAttribute('aria-sort') === 'descending',
    );
    await page.locator('[data-testid="customer-row"].is-openable').first().waitFor();
    const first = byTestId(page, 'customer-row').first();
    const id = (await first.getAttribute('data-customer')) ?? '';
    await first.focus();
    await page.keyboard.press('Enter');
    await byTestId(page, 'customer-timeline').waitFor();
    const timeline = await call<TimelineEntry[]>(page, 'history/customerTimeline', { customer: id });
    expect(timeline.map((t) => [t.reason, t.segments.map((x) => x.name)])).toEqual([
      ['import', []],
      ['import', []],
      ['manual', [NAME]],
      ['manual', [NAME]],
    ]);
    expect(timeline.map((t) => t.rfm)).toEqual([null, 'Champions', 'Champions', 'Champions']);
    const rows = byTestId(page, 'customer-timeline').locator('tbody tr');
    expect(await rows.nth(3).textContent()).toBe('Jul 1, 2026taken by handBig spendersChampions');
    expect(await byTestId(page, 'customer-timeline').locator('tbody tr').count()).toBe(4);
    await byTestId(page, 'customer-timeline').scrollIntoViewIfNeeded();
    await screenshot(page, 'history-3-customer-timeline');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('reads right to left in Persian', async () => {
    const { page } = e2e.chrome;
    await page.goto(`${e2e.app.url}&lang=fa`);
    await byTestId(page, 'view-data').waitFor({ timeout: 60_000 });
    await openSegment(page);
    await byTestId(page, 'segment-size-chart').locator('canvas').first().waitFor();
    await byTestId(page, 'segment-history').scrollIntoViewIfNeeded();
    expect(await byTestId(page, 'version').count()).toBe(3);
    await screenshot(page, 'history-4-versions-fa');
    await byTestId(page, 'nav-data').click();
    await page.locator('[data-testid="customer-row"].is-openable').first().waitFor();
    await byTestId(page, 'customer-row').first().focus();
    await page.keyboard.press('Enter');
    await byTestId(page, 'customer-timeline').waitFor();
    await byTestId(page, 'customer-timeline').scrollIntoViewIfNeeded();
    await screenshot(page, 'history-5-customer-timeline-fa');
    expect(e2e.chrome.errors).toEqual([]);
  });
});

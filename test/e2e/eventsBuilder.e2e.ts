/**
 * Events and seasons in the segment builder, on orders + events imported together (the six-users
 * fixtures): the "Christmas buyers" template shows its months checked and counts what the engine
 * counts for its rule; an events condition is added, changed and counted; the "abandoned cart"
 * template opens. Then the same in Arabic, right to left. Screenshots:
 * test-results/screenshots/builder-christmas.png, builder-events.png, builder-abandoned-cart.png,
 * and the same with -ar.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SegmentCounts } from '../../shared/contract/segments.js';
import type { Rule } from '../../shared/model/rules.js';
import { byTestId, en, node, settledCount } from './harness/builder.js';
import { callEngine, dropFiles, REPO_ROOT, screenshot, withAppInChromium } from './harness/index.js';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'events');
const FILES = ['orders-six-users.csv', 'six-users.csv'];
const CHRISTMAS: Rule = {
  and: [
    {
      orders: { where: { field: 'order_date', op: 'month_in', value: [11, 12] } },
      measure: 'count',
      op: '>=',
      value: 1,
    },
  ],
};
const TWO_SESSIONS: Rule = {
  and: [{ events: { where: { and: [] }, within_last_days: 30 }, measure: 'sessions', op: '>=', value: 2 }],
};

const e2e = withAppInChromium({ width: 1280, height: 1000 });

async function openTemplate(page: Page, id: string): Promise<void> {
  await byTestId(page, 'nav-segments').click();
  await byTestId(page, 'segment-templates').click();
  await byTestId(page, `template-${id}`).click();
  await byTestId(page, 'segment-editor').waitFor();
}

const count = async (page: Page, rule: Rule): Promise<number> =>
  (await callEngine<SegmentCounts>(page, e2e.app.token, 'segments/count', { rule })).customers;

describe('events and seasons in the builder', () => {
  it('shows the Christmas buyers months, adds an events condition, and opens the abandoned cart', async () => {
    const { page } = e2e.chrome;
    await page.goto(e2e.app.url);
    await byTestId(page, 'start-page').waitFor();
    await dropFiles(
      page,
      FILES.map((name) => path.join(FIXTURES, name)),
    );
    await byTestId(page, 'wizard-step-set-preview').waitFor({ timeout: 60_000 });
    await byTestId(page, 'wizard-import').click();
    await byTestId(page, 'wizard-step-set-report').waitFor({ timeout: 60_000 });
    await page.keyboard.press('Escape');

    await openTemplate(page, 'christmas-buyers');
    const months = byTestId(page, 'season-months').locator('input');
    const checked = await months.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked));
    expect(checked.map((c, i) => (c ? i + 1 : 0)).filter((m) => m > 0)).toEqual([11, 12]);
    expect(await settledCount(page)).toBe(en(await count(page, CHRISTMAS)));
    expect(await byTestId(page, 'segment-sentence').textContent()).toContain('November or December');
    // October too, by keyboard: the count follows.
    await months.nth(9).focus();
    await page.keyboard.press('Space');
    const withOctober: Rule = structuredClone(CHRISTMAS);
    (
      (withOctober as { and: Array<{ orders: { where: { value: number[] } } }> }).and[0] as {
        orders: { where: { value: number[] } };
      }
    ).orders.where.value = [10, 11, 12];
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="segment-sentence"]')?.textContent?.includes(n),
      'October',
    );
    expect(await settledCount(page)).toBe(en(await count(page, withOctober)));
    await screenshot(page, 'builder-christmas');

    // An events condition instead of the orders one: two sessions or more in the last 30 days.
    await node(page, '0').getByTestId('node-picker').first().selectOption('kind:events');
    await byTestId(page, 'events-condition').waitFor();
    expect(await byTestId(page, 'events-condition').getByText('All events count.').count()).toBe(1);
    await byTestId(page, 'events-measure').selectOption('sessions');
    await byTestId(page, 'events-value').fill('2');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="segment-sentence"]')?.textContent?.includes('session'),
    );
    expect(await settledCount(page)).toBe(en(await count(page, TWO_SESSIONS)));
    await screenshot(page, 'builder-events');

    await page.goto(e2e.app.url);
    await openTemplate(page, 'abandoned-cart');
    await screenshot(page, 'builder-abandoned-cart');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('in Arabic, right to left', async () => {
    const { page } = e2e.chrome;
    await page.goto(`${e2e.app.url}&lang=ar`);
    await openTemplate(page, 'christmas-buyers');
    await byTestId(page, 'season-months').waitFor();
    await settledCount(page);
    await screenshot(page, 'builder-christmas-ar');
    await page.goto(`${e2e.app.url}&lang=ar`);
    await openTemplate(page, 'abandoned-cart');
    await settledCount(page);
    await screenshot(page, 'builder-abandoned-cart-ar');
    expect(e2e.chrome.errors).toEqual([]);
  });
});

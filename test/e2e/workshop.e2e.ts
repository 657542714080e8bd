/**
 * Workshop mode as a room uses it, in browser mode and real Chromium on the demo shop: the guide opens
 * from the top bar, each step says whether it is done from the project itself, a ticked step stays
 * ticked after a reload, "Go there" opens the step's view, and the facilitator's reset clears the ticks.
 * Then the guide in Persian, right to left. Screenshots: test-results/screenshots/workshop-*.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SegmentInfo } from '../../shared/api.js';
import { byTestId } from './harness/builder.js';
import { callEngine, screenshot, withAppInChromium } from './harness/index.js';

const e2e = withAppInChromium({ width: 1400, height: 1100 });

const call = <T>(page: Page, method: string, params: unknown): Promise<T> =>
  callEngine<T>(page, e2e.app.token, method, params);

const done = (page: Page, step: string) => byTestId(page, `workshop-step-${step}`).getAttribute('data-done');

describe('workshop mode', () => {
  it('guides through the five steps with progress kept in the project', async () => {
    const { page } = e2e.chrome;
    await page.goto(e2e.app.url);
    await byTestId(page, 'start-demo').click();
    await byTestId(page, 'view-data').waitFor({ timeout: 60_000 });
    await byTestId(page, 'topbar-workshop').click();
    await byTestId(page, 'workshop-step-collect').waitFor();
    expect(await byTestId(page, 'workshop-progress').textContent()).toBe('1 of 5 steps done');
    expect(await done(page, 'collect')).toBe('true');
    expect(await byTestId(page, 'workshop-check-collect').textContent()).toBe('2 files imported.');
    expect(await done(page, 'criteria')).toBe('false');

    // Two segments saved (one with a plan): criteria and strategy are done by the work itself.
    await call<SegmentInfo>(page, 'segments/save', { name: 'Loyal', rule: { field: 'frequency', op: '>=', value: 3 } });
    await call<SegmentInfo>(page, 'segments/save', {
      name: 'Lapsed',
      rule: { field: 'recency_days', op: '>', value: 180 },
      plan: { goal: 'Win them back' },
    });
    await page.reload();
    await byTestId(page, 'workshop-step-collect').waitFor({ timeout: 60_000 });
    await page.waitForFunction(
      () => document.querySelector('[data-testid="workshop-progress"]')?.textContent === '3 of 5 steps done',
    );
    expect(await byTestId(page, 'workshop-check-attractive').textContent()).toBe(
      '2 segments saved (at least 2 to compare). Tick when you have compared them.',
    );

    // "Go there" opens Compare; the participant ticks the step when the comparison is done.
    await byTestId(page, 'workshop-step-attractive').getByRole('button', { name: 'Go there' }).click();
    await byTestId(page, 'view-compare').waitFor();
    await byTestId(page, 'workshop-mark-attractive').check();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="workshop-progress"]')?.textContent === '4 of 5 steps done',
    );
    await screenshot(page, 'workshop-1-guide');

    // The tick is in the project: a reload keeps it.
    await page.reload();
    await byTestId(page, 'workshop-step-attractive').waitFor({ timeout: 60_000 });
    await page.waitForFunction(
      () => document.querySelector('[data-testid="workshop-step-attractive"]')?.getAttribute('data-done') === 'true',
    );

    // The facilitator resets: the ticks go, the work stays.
    await byTestId(page, 'workshop-reset').click();
    await byTestId(page, 'workshop-reset-yes').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="workshop-progress"]')?.textContent === '3 of 5 steps done',
    );
    expect(await byTestId(page, 'workshop-mark-attractive').isChecked()).toBe(false);
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('reads right to left in Persian', async () => {
    const { page } = e2e.chrome;
    await page.goto(`${e2e.app.url}&lang=fa`);
    await byTestId(page, 'workshop-step-collect').waitFor({ timeout: 60_000 });
    expect(await byTestId(page, 'workshop-progress').textContent()).toBe('۳ از ۵ گام انجام شده');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await screenshot(page, 'workshop-2-guide-fa');
    expect(e2e.chrome.errors).toEqual([]);
  });
});

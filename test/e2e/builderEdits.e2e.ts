/**
 * Editing a saved segment in the builder, in browser mode and real Chromium on the demo shop:
 * undo and redo (keys and buttons, a text box keeping its own Ctrl+Z), "contains" on a category,
 * and a pasted name over the limit kept whole and refused with the limit.
 * Screenshots go to test-results/screenshots/segments-*.png and are looked at.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SegmentCounts, SegmentInfo } from '../../shared/api.js';
import type { Rule } from '../../shared/model/rules.js';
import {
  AGE_OR_MOBILE,
  byTestId,
  countChangedFrom,
  en,
  FULL_RULE,
  NAME,
  node,
  STRATEGY,
  settledCount,
  TWO_ORDERS,
} from './harness/builder.js';
import { callEngine, screenshot, withAppInChromium } from './harness/index.js';

const e2e = withAppInChromium({ width: 1280, height: 1150 });

const call = <T>(page: Page, method: string, params: unknown): Promise<T> =>
  callEngine<T>(page, e2e.app.token, method, params);

describe('editing a saved segment', () => {
  beforeAll(async () => {
    const { page } = e2e.chrome;
    await page.goto(e2e.app.url);
    await byTestId(page, 'start-demo').click();
    await byTestId(page, 'view-data').waitFor({ timeout: 60_000 });
    await call<SegmentInfo>(page, 'segments/save', { name: NAME, strategy: STRATEGY, rule: FULL_RULE });
    // Saved behind the page's back: a reload lists it.
    await page.reload();
    await byTestId(page, 'view-data').waitFor({ timeout: 60_000 });
    await byTestId(page, 'nav-segments').click();
    await byTestId(page, 'segment-item').filter({ hasText: NAME }).getByTestId('segment-item-open').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="segment-state"]')?.textContent === 'Saved',
      undefined,
      { timeout: 15_000 },
    );
    await settledCount(page);
  });

  it('undoes a rule edit and a rename with Ctrl+Z and redoes them with Ctrl+Shift+Z / Ctrl+Y', async () => {
    const { page } = e2e.chrome;
    const op = node(page, '0').getByTestId('node-op');
    const name = byTestId(page, 'segment-name');
    await name.fill('Undo me');
    await op.selectOption('not_in');
    await op.focus(); // a select: the builder's undo, not a text box's own
    await page.keyboard.press('Control+z');
    expect(await op.inputValue()).toBe('in');
    expect(await name.inputValue()).toBe('Undo me');
    await page.keyboard.press('Control+z');
    expect(await name.inputValue()).toBe(NAME);
    expect(await byTestId(page, 'segment-state').textContent()).toBe('Saved');
    await page.keyboard.press('Control+Shift+z');
    expect(await name.inputValue()).toBe('Undo me');
    await page.keyboard.press('Control+y');
    expect(await op.inputValue()).toBe('not_in');
    await screenshot(page, 'segments-10b-undo');

    // Inside a text box Ctrl+Z is the browser's own text undo: the rule stays as it is.
    await name.focus();
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    await page.keyboard.press('Control+z');
    expect(await op.inputValue()).toBe('not_in');
    expect(await name.inputValue()).toBe('Undo me');

    // The buttons do the same, and leave the segment as saved for the next steps.
    await byTestId(page, 'segment-undo').click();
    await byTestId(page, 'segment-undo').click();
    expect(await op.inputValue()).toBe('in');
    expect(await name.inputValue()).toBe(NAME);
    expect(await byTestId(page, 'segment-undo').isDisabled()).toBe(true);
    expect(await byTestId(page, 'segment-state').textContent()).toBe('Saved');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('offers "contains" on a category and counts it like the engine', async () => {
    const { page } = e2e.chrome;
    const row = node(page, '0');
    const before = await settledCount(page);
    await row.getByTestId('node-op').selectOption('contains');
    await row.getByTestId('value-text').fill('united');
    const rule: Rule = { and: [{ field: 'country', op: 'contains', value: 'united' }, AGE_OR_MOBILE, TWO_ORDERS] };
    const counts = await call<SegmentCounts>(page, 'segments/count', { rule });
    expect(await countChangedFrom(page, before)).toBe(en(counts.customers));
    expect(await byTestId(page, 'segment-sentence').textContent()).toContain('whose country contains “united”');
    // Typing "united" is one step: two undos bring the saved rule back.
    await row.getByTestId('node-op').focus();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    expect(await row.getByTestId('node-op').inputValue()).toBe('in');
    expect(await byTestId(page, 'segment-state').textContent()).toBe('Saved');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('keeps a pasted name over 200 characters whole, counts it and refuses to save it, saying the limit', async () => {
    const { page } = e2e.chrome;
    const long = `${'م'.repeat(200)} پایان`;
    await byTestId(page, 'segment-name').fill(long);
    expect(await byTestId(page, 'segment-name').inputValue()).toBe(long);
    expect(await byTestId(page, 'segment-name-count').textContent()).toBe('206 / 200 characters: too long');
    await byTestId(page, 'segment-save').click();
    expect(await byTestId(page, 'segment-problem').textContent()).toBe(
      'The name has 206 characters; a segment name can have at most 200. Shorten it to save.',
    );
    await byTestId(page, 'segment-undo').click();
    expect(await byTestId(page, 'segment-name').inputValue()).toBe(NAME);
    expect(await byTestId(page, 'segment-state').textContent()).toBe('Saved');
    expect(e2e.chrome.errors).toEqual([]);
  });
});

/**
 * A segment's strategy plan as a workshop fills it in, in browser mode and real Chromium on the demo
 * shop: typed in the segment editor (Persian digits in the KPI target), saved, read back after a reload,
 * and lined up in Compare; then the same form in Persian, right to left. Screenshots go to
 * test-results/screenshots/plan-*.png and are looked at.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SegmentInfo } from '../../shared/api.js';
import { byTestId, FULL_RULE, NAME, settledCount } from './harness/builder.js';
import { callEngine, screenshot, withAppInChromium } from './harness/index.js';

const e2e = withAppInChromium({ width: 1280, height: 1400 });

const call = <T>(page: Page, method: string, params: unknown): Promise<T> =>
  callEngine<T>(page, e2e.app.token, method, params);

async function openSaved(page: Page): Promise<void> {
  await byTestId(page, 'nav-segments').click();
  await byTestId(page, 'segment-item').filter({ hasText: NAME }).getByTestId('segment-item-open').click();
  await settledCount(page);
}

describe('a segment’s strategy plan', () => {
  it('is typed in the editor, saved, and shown in Compare beside the other segments', async () => {
    const { page } = e2e.chrome;
    await page.goto(e2e.app.url);
    await byTestId(page, 'start-demo').click();
    await byTestId(page, 'view-data').waitFor({ timeout: 60_000 });
    await call<SegmentInfo>(page, 'segments/save', { name: NAME, rule: FULL_RULE });
    await call<SegmentInfo>(page, 'segments/save', {
      name: 'Everyone who ordered',
      rule: { field: 'frequency', op: '>=', value: 1 },
    });
    await page.reload();
    await byTestId(page, 'view-data').waitFor({ timeout: 60_000 });
    await openSaved(page);

    await byTestId(page, 'plan-goal').fill('Second order within 60 days');
    await byTestId(page, 'plan-offer').fill('10% off the second order');
    await byTestId(page, 'plan-channel').fill('Email');
    await byTestId(page, 'plan-kpi').fill('repeat purchase rate (%)');
    await byTestId(page, 'plan-kpi_target').fill('۲۵'); // Persian digits are read as 25
    await byTestId(page, 'plan-owner').fill('Sara');
    await byTestId(page, 'plan-due_date').fill('2027-03-21');
    await byTestId(page, 'segment-save').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="segment-state"]')?.textContent === 'Saved');

    const saved = (await call<SegmentInfo[]>(page, 'segments/list', {})).find((s) => s.name === NAME);
    expect(saved?.plan).toEqual({
      goal: 'Second order within 60 days',
      message: '',
      offer: '10% off the second order',
      channel: 'Email',
      kpi: 'repeat purchase rate (%)',
      kpi_target: 25,
      owner: 'Sara',
      due_date: '2027-03-21',
    });
    await byTestId(page, 'segment-plan').scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-1-editor');

    await page.reload();
    await byTestId(page, 'view-data').waitFor({ timeout: 60_000 });
    await openSaved(page);
    expect(await byTestId(page, 'plan-kpi_target').inputValue()).toBe('25');
    expect(await byTestId(page, 'plan-goal').inputValue()).toBe('Second order within 60 days');

    await byTestId(page, 'nav-compare').click();
    const rows = byTestId(page, 'plan-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);
    const planned = rows.filter({ hasText: NAME });
    expect(await planned.locator('td').allTextContents()).toEqual([
      'Second order within 60 days',
      '10% off the second order',
      'Email',
      'repeat purchase rate (%): target 25',
      'Sara',
      'Mar 21, 2027',
    ]);
    expect(await rows.filter({ hasText: 'Everyone who ordered' }).locator('td').allTextContents()).toEqual([
      'No plan yet',
    ]);
    await byTestId(page, 'plan-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-2-compare');
    expect(e2e.chrome.errors).toEqual([]);
  });

  it('reads right to left in Persian, with the date in the Solar Hijri calendar and Persian digits', async () => {
    const { page } = e2e.chrome;
    await page.goto(`${e2e.app.url}&lang=fa`); // the demo project stays open in the engine
    await byTestId(page, 'view-data').waitFor({ timeout: 60_000 });
    await byTestId(page, 'nav-compare').click();
    const planned = byTestId(page, 'plan-row').filter({ hasText: NAME });
    await planned.waitFor();
    const cells = await planned.locator('td').allTextContents();
    expect(cells[3]).toBe('repeat purchase rate (%): هدف ۲۵');
    expect(cells[5]).toBe('۱ فروردین ۱۴۰۶');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await byTestId(page, 'plan-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-3-compare-fa');

    await openSaved(page);
    await byTestId(page, 'segment-plan').scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-4-editor-fa');
    expect(e2e.chrome.errors).toEqual([]);
  });
});

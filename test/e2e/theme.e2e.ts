/**
 * Dark mode in browser mode and real Chromium on the demo shop: by default the page follows the OS
 * (emulated here), the top bar's choice overrides it and is remembered, and the dark pages pass the same
 * accessibility checks as the light ones (colour contrast included). Screenshots: theme-*.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { byTestId } from './harness/builder.js';
import { screenshot, seriousA11yViolations, withAppInChromium } from './harness/index.js';

const e2e = withAppInChromium({ width: 1280, height: 1000 });

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('dark mode', () => {
  it('follows the OS until the user chooses, remembers the choice, and stays readable', async () => {
    const { page } = e2e.chrome;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(e2e.app.url);
    await byTestId(page, 'start-demo').click();
    await byTestId(page, 'view-data').waitFor({ timeout: 60_000 });
    expect(await theme(page)).toBe('dark');
    expect(await background(page)).toBe('rgb(16, 18, 23)');
    // The OS turns light while the app is open: the page follows.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    expect(await background(page)).toBe('rgb(246, 247, 249)');

    // Chosen dark, it stays dark whatever the OS says, also after a reload.
    await byTestId(page, 'theme-picker').selectOption('dark');
    expect(await theme(page)).toBe('dark');
    await page.reload();
    await byTestId(page, 'view-data').waitFor({ timeout: 60_000 });
    expect(await theme(page)).toBe('dark');
    await byTestId(page, 'customer-row').first().waitFor();
    await screenshot(page, 'theme-1-data-dark');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await byTestId(page, 'nav-compare').click();
    await byTestId(page, 'view-compare').waitFor();
    // The charts keep their light card on the dark page.
    await byTestId(page, 'compare-size-chart').locator('canvas').first().waitFor();
    await screenshot(page, 'theme-2-compare-dark');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await byTestId(page, 'theme-picker').selectOption('system');
    expect(await theme(page)).toBe('light');
    expect(e2e.chrome.errors).toEqual([]);
  });
});

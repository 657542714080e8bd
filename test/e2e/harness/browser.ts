/**
 * Launches headless Chromium through playwright-core with the flags that work on the build
 * machines (docs: TOOLCHAIN.md), and records console and page errors so tests can assert none.
 */
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { type ChromiumBinary, findChromium } from './chromium.js';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const VIEWPORT = { width: 1280, height: 800 };

export interface LaunchedBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  binary: ChromiumBinary;
  /** Console errors and uncaught page errors seen so far, in order. */
  errors: string[];
  close(): Promise<void>;
}

export async function launchBrowser(options: { locale?: string } = {}): Promise<LaunchedBrowser> {
  const binary = await findChromium();
  const browser = await chromium.launch({
    executablePath: binary.executablePath,
    headless: true,
    args: [...new Set([...binary.extraArgs, ...CHROMIUM_FLAGS])],
  });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: options.locale ?? 'en-US' });
    const errors: string[] = [];
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location();
      errors.push(`console: ${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    return {
      browser,
      context,
      page,
      binary,
      errors,
      async close() {
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

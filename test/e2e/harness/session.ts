/** One browser-mode app and one Chromium for a test file: started before its tests, stopped after. */
import { afterAll, beforeAll, expect } from 'vitest';
import { type RunningApp, startApp } from './app.js';
import { type LaunchedBrowser, launchBrowser } from './browser.js';

export interface E2eSession {
  readonly app: RunningApp;
  readonly chrome: LaunchedBrowser;
}

export function withAppInChromium(viewport?: { width: number; height: number }): E2eSession {
  let app: RunningApp | undefined;
  let chrome: LaunchedBrowser | undefined;
  beforeAll(async () => {
    app = await startApp();
    chrome = await launchBrowser();
    if (viewport) await chrome.page.setViewportSize(viewport);
  });
  afterAll(async () => {
    await chrome?.close();
    // Stopped by SIGTERM, browser mode closes cleanly; if it failed to start, that error is the one to read.
    if (app) expect(await app.stop()).toBe(0);
  });
  return {
    get app() {
      if (!app) throw new Error('browser mode did not start');
      return app;
    },
    get chrome() {
      if (!chrome) throw new Error('Chromium did not start');
      return chrome;
    },
  };
}

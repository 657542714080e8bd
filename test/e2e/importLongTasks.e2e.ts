/**
 * While a big file is imported, the page must stay responsive (issue 12: the UI thread never
 * blocked > 100 ms; the server's peak memory <= 300 MB for a 1 GB file). The browser's own
 * long-task observer records every task over 50 ms from the click on Import to the report; the
 * longest task and the server's peak RSS (VmHWM) go to test-results/import-long-tasks.json.
 *
 * CI imports the demo shop's 200,000 order lines. `npm run bench:ui` runs this same test on ~1 GB
 * (SEGWB_LONG_TASK_LINES=18000000) and holds it to the targets; a timing limit in CI would fail
 * on a busy machine for no fault of the app, so CI records the figures and checks the outcome.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDemoCsv } from '../../electron/core/demo/writeDemoCsv.js';
import { RESULTS_DIR, screenshot, withAppInChromium } from './harness/index.js';

const ORDER_LINES = Number(process.env.SEGWB_LONG_TASK_LINES ?? 200_000);
/** Held only when the bench asks for it (SEGWB_LONG_TASK_LIMITS=1). */
const LONGEST_TASK_LIMIT_MS = 100;
const PEAK_RSS_LIMIT_MB = 300;
// The file is generated, uploaded and imported inside the test: ~2 ms per line is ample.

const e2e = withAppInChromium();
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-long-tasks-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

interface LongTaskWindow {
  __longTasks: number[];
}

/** The process's peak resident set so far, in MB (Linux). */
function peakRssMB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1]);
  return Math.round(kb / 1024);
}

describe('the page while a big file is imported', () => {
  it(
    'records the longest task and the peak memory, and imports every line',
    async () => {
      const { page } = e2e.chrome;
      const files = await writeDemoCsv(folder, { orderLines: ORDER_LINES, seed: 1 });
      const fileMB = fs.statSync(files.ordersPath).size / 1e6;

      await page.goto(e2e.app.url);
      await page.getByTestId('start-page').waitFor();
      await page.getByTestId('start-import-file').setInputFiles(files.ordersPath);
      await page.getByTestId('wizard-step-preview').waitFor({ timeout: 600_000 });
      expect(await page.getByTestId('setting-kind').inputValue()).toBe('orders');

      const supported = await page.evaluate(() => {
        const w = window as unknown as LongTaskWindow;
        w.__longTasks = [];
        if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) return false;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
        }).observe({ type: 'longtask' });
        return true;
      });
      expect(supported).toBe(true);

      const started = Date.now();
      await page.getByTestId('wizard-import').click();
      await page.getByTestId('wizard-step-report').waitFor({ timeout: 3_600_000 });
      const importS = (Date.now() - started) / 1000;
      expect(await page.getByTestId('report-rowsImported').textContent()).toBe(files.orderLines.toLocaleString('en'));
      await screenshot(page, 'import-long-tasks-report');

      const tasks = await page.evaluate(() => (window as unknown as LongTaskWindow).__longTasks);
      const figures = {
        orderLines: files.orderLines,
        fileMB: Math.round(fileMB),
        importS: Math.round(importS * 10) / 10,
        longTasks: tasks.length,
        longestTaskMs: Math.round(Math.max(0, ...tasks)),
        serverPeakRssMB: peakRssMB(e2e.app.pid),
        loadAverage: os.loadavg()[0]?.toFixed(1),
      };
      fs.mkdirSync(RESULTS_DIR, { recursive: true });
      fs.writeFileSync(path.join(RESULTS_DIR, 'import-long-tasks.json'), `${JSON.stringify(figures)}\n`);
      console.log(`import long tasks: ${JSON.stringify(figures)}`);
      if (process.env.SEGWB_LONG_TASK_LIMITS === '1') {
        expect(figures.longestTaskMs).toBeLessThanOrEqual(LONGEST_TASK_LIMIT_MS);
        expect(figures.serverPeakRssMB).toBeLessThanOrEqual(PEAK_RSS_LIMIT_MB);
      }
      expect(e2e.chrome.errors).toEqual([]);
    },
    120_000 + ORDER_LINES / 2,
  );
});

/**
 * Browser mode stopped by SIGTERM while an import runs (the built dist/electron/web.js, started
 * as `npm run web` starts it): the import is cancelled, the process exits promptly and cleanly,
 * and the project is as before the import: a project made for it is gone, one that held data
 * still holds exactly that data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoFiles, writeDemoCsv } from '../../electron/core/demo/index.js';
import { TOKEN_HEADER } from '../../shared/transport.js';
import { type RunningApp, startApp } from '../e2e/harness/app.js';

/** "Promptly": the cancel lands between two batches, well inside the harness's 10 s before SIGKILL. */
const EXIT_WITHIN_MS = 5_000;

let dir = '';
let shop: DemoFiles;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-stop-import-'));
  // Large enough that the import is still reading when the signal comes.
  shop = await writeDemoCsv(path.join(dir, 'csv'), { customers: 40_000, orderLines: 1_500_000, seed: 12 });
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function call<T>(app: RunningApp, method: string, params: unknown): Promise<T> {
  const res = await fetch(`${app.origin}/api/call/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: app.token },
    body: JSON.stringify(params),
  });
  const outcome = (await res.json()) as { ok: boolean; result?: T; error?: { message: string } };
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error?.message}`);
  return outcome.result as T;
}

async function importFile(app: RunningApp, file: string, jobId: string): Promise<unknown> {
  const preview = await call<{ options: unknown }>(app, 'import/preview', { path: file });
  return call(app, 'import/run', { jobId, path: file, options: preview.options, replace: false });
}

/** Starts the orders import, waits until it has read rows, then stops the app; the exit code and how long it took. */
async function stopDuringOrders(app: RunningApp): Promise<{ code: number | null; ms: number }> {
  const running = importFile(app, shop.ordersPath, 'orders').catch(() => 'no answer: the server stopped');
  for (;;) {
    const now = await call<{ progress: { rows: number } | null } | null>(app, 'import/running', {});
    if ((now?.progress?.rows ?? 0) > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const started = Date.now();
  const code = await app.stop();
  const ms = Date.now() - started;
  await running;
  return { code, ms };
}

function readProject(file: string): { integrity: string; customers: number; lines: number; datasets: string[] } {
  const db = new Database(file, { readonly: true });
  try {
    return {
      integrity: db.prepare('PRAGMA integrity_check').pluck().get() as string,
      customers: db.prepare('SELECT COUNT(*) FROM customers').pluck().get() as number,
      lines: db.prepare('SELECT COUNT(*) FROM order_lines').pluck().get() as number,
      datasets: db.prepare('SELECT kind FROM datasets ORDER BY id').pluck().all() as string[],
    };
  } finally {
    db.close();
  }
}

describe('SIGTERM during an import in browser mode', () => {
  it('into a project made for it: exits at once, and no project or copy is left', async () => {
    const app = await startApp();
    const file = path.join(dir, 'new-shop.segwb');
    await call(app, 'project/create', { path: file, forImport: true });
    const { code, ms } = await stopDuringOrders(app);
    expect(code).toBe(0);
    expect(ms).toBeLessThan(EXIT_WITHIN_MS);
    expect(fs.readdirSync(dir).filter((name) => name.includes('new-shop'))).toEqual([]);
  }, 120_000);

  it('into a project with customers: exits at once, and the project holds its customers only', async () => {
    const app = await startApp();
    const file = path.join(dir, 'shop.segwb');
    await call(app, 'project/create', { path: file });
    await importFile(app, shop.customersPath, 'customers');
    const { code, ms } = await stopDuringOrders(app);
    expect(code).toBe(0);
    expect(ms).toBeLessThan(EXIT_WITHIN_MS);
    expect(readProject(file)).toEqual({
      integrity: 'ok',
      customers: shop.customers,
      lines: 0,
      datasets: ['customers'],
    });
  }, 120_000);
});

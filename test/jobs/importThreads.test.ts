/**
 * The import in the compiled engine, where it runs on its own threads (a parse thread and an
 * insert thread, each with the heap limits of import/threadLimits.ts): late lines for orders long
 * out of the in-memory window still join their orders exactly (lateLinesFile.ts).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../electron/core/engine.js';
import { CUSTOMERS, lateLines, lateLinesOutcome, ORDERS, writeLateLinesCsv } from '../import/lateLinesFile.js';
import { compiledEngine, compiledPreview, tempDir, threadCount } from './compiledEngine.js';

let dir = '';
let engine: Engine | null = null;
afterEach(() => {
  engine?.close();
  engine = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the import on its own threads', () => {
  it('joins late lines to their orders exactly, as the inline import does', async () => {
    dir = tempDir();
    const { createEngine } = await compiledEngine();
    const { previewFile } = await compiledPreview();
    engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
    const lines = lateLines();
    const file = path.join(dir, 'orders.csv');
    writeLateLinesCsv(file, lines);
    const project = engine.session.create(path.join(dir, 'late.segwb'));
    const before = threadCount();
    let threadsDuring = 0;
    const report = await engine.session.imports.run({
      jobId: randomUUID(),
      projectPath: project.path,
      filePath: file,
      options: (await previewFile(file, { dateOrder: 'ymd' })).options,
      replace: false,
      onProgress: () => {
        threadsDuring = Math.max(threadsDuring, threadCount() - before);
      },
    });
    await engine.session.imports.settled();
    expect(report.rowsImported).toBe(lines.length);
    // The import thread and its parse thread (each a JS thread plus V8's helpers): the work ran off this thread.
    expect(threadsDuring).toBeGreaterThanOrEqual(2);

    const db = new Database(project.path, { readonly: true });
    try {
      const outcome = lateLinesOutcome(db, lines);
      expect(outcome.orderKeys).toBe(ORDERS);
      expect(outcome.orderTotals).toBe(ORDERS);
      expect(outcome.customers).toBe(CUSTOMERS);
      expect(outcome.orderLines).toBe(lines.length);
      expect(outcome.wrongOrders).toEqual([]);
      expect(outcome.cancelledOrders).toBe(43);
      expect(outcome.customerMetrics).toBe(CUSTOMERS);
      expect(outcome.wrongCustomers).toEqual([]);
      expect(outcome.frequencies).toBe(ORDERS - 43);
    } finally {
      db.close();
    }
  }, 120_000);
});

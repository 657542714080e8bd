/**
 * The RFM snapshot after an import, in the compiled engine, where it runs in a worker thread of
 * its own: the import's answer comes before it, a request made meanwhile sees the history
 * without it (never part of it), and once it is written every request sees it whole. Stopping
 * the engine during it leaves the import whole and no trace of the snapshot.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../electron/core/engine.js';
import type { SnapshotInfo } from '../../shared/contract/history.js';
import { compiledDemo, compiledEngine, tempDir } from './compiledEngine.js';

let dir = '';
let engine: Engine | null = null;
afterEach(() => {
  engine?.close();
  engine = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

async function shop(): Promise<{ engine: Engine; file: string }> {
  dir = tempDir();
  const { createEngine } = await compiledEngine();
  engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
  const { createDemoProject } = await compiledDemo();
  // Two imports, customers then orders: the second waits for the first one's snapshot.
  const file = path.join(dir, 'shop.segwb');
  await createDemoProject(engine.session, { path: file, customers: 3_000, orderLines: 20_000 });
  return { engine, file };
}

async function snapshots(e: Engine): Promise<SnapshotInfo[]> {
  const outcome = await e.call('history/snapshots', {});
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.result as SnapshotInfo[];
}

/** Figures of the project read with SQL of its own, to hold the snapshot's counts to. */
function projectFigures(file: string): { customers: number; buyers: number; rfmRows: number[]; integrity: string } {
  const db = new Database(file, { readonly: true });
  try {
    const one = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      customers: one('SELECT COUNT(*) FROM customers'),
      buyers: one('SELECT COUNT(*) FROM customer_metrics WHERE frequency > 0'),
      rfmRows: db
        .prepare('SELECT COUNT(*) FROM snapshot_rfm GROUP BY snapshot ORDER BY snapshot')
        .pluck()
        .all() as number[],
      integrity: db.prepare('PRAGMA integrity_check').pluck().get() as string,
    };
  } finally {
    db.close();
  }
}

describe('the snapshot after an import', () => {
  it('is written after the answer, off the main thread; a request meanwhile sees the earlier history', async () => {
    const { engine: e, file } = await shop();
    // Asked in the very turn the import answered: the orders' snapshot has not been written yet
    // (taken on the main thread, as before, it would be there already).
    const meanwhile = await snapshots(e);
    expect(meanwhile.map((s) => [s.id, s.reason, s.customers])).toEqual([[1, 'import', 3_000]]);
    expect(meanwhile[0]?.rfm).toEqual([]);

    await e.session.imports.settled();
    const after = await snapshots(e);
    const figures = projectFigures(file);
    expect(figures.customers).toBe(3_000);
    expect(after.map((s) => [s.id, s.reason, s.customers])).toEqual([
      [1, 'import', 3_000],
      [2, 'import', 3_000],
    ]);
    // Whole: every customer has a row, and every buyer an RFM segment.
    expect(figures.rfmRows).toEqual([3_000, 3_000]);
    expect(after[1]?.rfm.reduce((n, r) => n + r.customers, 0)).toBe(figures.buyers);
    expect(figures.buyers).toBeGreaterThan(1_000);
  }, 120_000);

  it('is abandoned whole when the engine stops during it; the import stays', async () => {
    const { engine: e, file } = await shop();
    await e.stop();
    engine = null;
    const figures = projectFigures(file);
    expect(figures.integrity).toBe('ok');
    expect(figures.customers).toBe(3_000);
    // The orders are there (their metrics too); of the snapshots only the customers' one.
    expect(figures.buyers).toBeGreaterThan(1_000);
    expect(figures.rfmRows).toEqual([3_000]);
  }, 120_000);
});

/**
 * The work after an import yields to the next import: once its snapshot has committed, the kept
 * entries (seconds at a million customers) are dropped when another import is waiting, which
 * would make them stale anyway; the snapshot itself is always written whole.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { compiledDemo, compiledEngine, tempDir } from './compiledEngine.js';

type OffThread = typeof import('../../electron/core/history/snapshotOffThread.js');

let dir = '';
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The demo shop as the CLI leaves it: its snapshots written, no entries kept. */
async function shop(): Promise<string> {
  dir = tempDir();
  const { createEngine } = await compiledEngine();
  const engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
  try {
    const { createDemoProject } = await compiledDemo();
    const file = path.join(dir, 'shop.segwb');
    await createDemoProject(engine.session, { path: file, customers: 2_000, orderLines: 12_000 });
    await engine.session.imports.settled();
    return file;
  } finally {
    engine.close();
  }
}

function figures(file: string): { snapshots: number; entries: number; rfmRows: number } {
  const db = new Database(file, { readonly: true });
  try {
    const one = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      snapshots: one('SELECT COUNT(*) FROM snapshots'),
      // The cache table is made with its first entry.
      entries: one("SELECT COUNT(*) FROM sqlite_master WHERE name = 'column_cache'")
        ? one('SELECT COUNT(*) FROM column_cache')
        : 0,
      rfmRows: one('SELECT COUNT(*) FROM snapshot_rfm WHERE snapshot = (SELECT MAX(id) FROM snapshots)'),
    };
  } finally {
    db.close();
  }
}

async function offThread(): Promise<OffThread> {
  const file = path.resolve('dist/electron/core/history/snapshotOffThread.js');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build:node first.`);
  return (await import(file)) as OffThread;
}

describe('the work after an import', () => {
  it('keeps the entries when no import is waiting', async () => {
    const file = await shop();
    const before = figures(file);
    expect(before.entries).toBe(0);
    const { snapshotOffThread } = await offThread();
    await snapshotOffThread(file, new AbortController().signal, new AbortController().signal);
    const after = figures(file);
    expect(after.snapshots).toBe(before.snapshots + 1);
    expect(after.rfmRows).toBe(before.rfmRows);
    expect(after.entries).toBeGreaterThanOrEqual(17);
  });

  it('writes the snapshot whole but drops the entries when an import is waiting', async () => {
    const file = await shop();
    const before = figures(file);
    const { snapshotOffThread } = await offThread();
    const queued = new AbortController();
    queued.abort();
    await snapshotOffThread(file, new AbortController().signal, queued.signal);
    const after = figures(file);
    expect(after.snapshots).toBe(before.snapshots + 1);
    expect(after.rfmRows).toBe(before.rfmRows);
    expect(after.entries).toBe(0);
  });
});

/**
 * The first import of a new project is written into a copy and renamed over the project: a kill
 * just before or just after that rename leaves either the project as it was (empty, intact) or
 * the new one complete, never a mix.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, repoRoot, tempDir } from '../support/session.js';

const BIN = path.join(repoRoot, 'bin', 'segwb.js');

beforeAll(() => {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'electron', 'cli.js'))) {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.node.json'], { cwd: repoRoot, stdio: 'inherit' });
  }
});

function env(dir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, SEGWB_STATE_DIR: path.join(dir, 'state'), ...extra };
}

/** Starts the import, waits until the swap reaches `moment`, kills the process there. */
async function killAtSwap(dir: string, moment: 'before' | 'after'): Promise<void> {
  const marker = path.join(dir, 'swap-marker');
  const child = spawn(
    process.execPath,
    [BIN, 'import', fixture('orders-small.csv'), '--project', 'p.segwb', '--date-order', 'ymd'],
    {
      cwd: dir,
      stdio: 'ignore',
      env: env(dir, {
        SEGWB_TEST_SWAP_PAUSE_AT: moment,
        SEGWB_TEST_SWAP_MARKER: marker,
        SEGWB_TEST_SWAP_PAUSE_MS: '20000',
      }),
    },
  );
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const deadline = Date.now() + 20_000;
  while (!(fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === moment)) {
    if (Date.now() > deadline) throw new Error(`the import never reached the swap (${moment})`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
}

function metrics(dir: string): unknown[] {
  const r = spawnSync(process.execPath, [BIN, 'metrics', '--project', 'p.segwb', '--json'], {
    cwd: dir,
    encoding: 'utf8',
    env: env(dir),
  });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as unknown[];
}

function integrity(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

describe('a kill during the swap of a new project', () => {
  it('just before the rename leaves the project as it was: empty and intact', async () => {
    const dir = tempDir();
    await killAtSwap(dir, 'before');
    expect(integrity(path.join(dir, 'p.segwb'))).toBe('ok');
    const copies = () => fs.readdirSync(dir).filter((f) => /^\.p\.segwb\.\d+\.importing/.test(f));
    expect(copies()).toHaveLength(1);
    expect(metrics(dir)).toEqual([]);
    // Opening the project removed the killed import's copy.
    expect(copies()).toEqual([]);
  }, 30_000);

  it('just after the rename leaves the new project complete', async () => {
    const dir = tempDir();
    await killAtSwap(dir, 'after');
    expect(integrity(path.join(dir, 'p.segwb'))).toBe('ok');
    expect(metrics(dir)).toHaveLength(5);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.importing'))).toEqual([]);
  }, 30_000);

  it('without a kill leaves the project complete and no copy beside it', () => {
    const dir = tempDir();
    const r = spawnSync(
      process.execPath,
      [BIN, 'import', fixture('orders-small.csv'), '--project', 'p.segwb', '--date-order', 'ymd'],
      { cwd: dir, encoding: 'utf8', env: env(dir) },
    );
    expect(r.status).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['p.segwb', 'state']);
    expect(metrics(dir)).toHaveLength(5);
  }, 30_000);
});

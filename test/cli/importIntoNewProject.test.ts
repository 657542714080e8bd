/** A failed import into a project the CLI created for it leaves nothing behind. */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, repoRoot, tempDir } from '../support/session.js';

const BIN = path.join(repoRoot, 'bin', 'segwb.js');

function segwb(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, SEGWB_STATE_DIR: path.join(cwd, 'state') },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'electron', 'cli.js'))) {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.node.json'], { cwd: repoRoot, stdio: 'inherit' });
  }
});

describe('segwb import into a new project', () => {
  it('removes the project it created when the import fails: no file, no -wal/-shm, no recent entry', () => {
    const dir = tempDir();
    const r = segwb(['import', fixture('import/orders-no-customer-ids.csv'), '--project', 'new.segwb'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('No row of orders-no-customer-ids.csv could be imported');
    expect(fs.readdirSync(dir).filter((f) => f !== 'state')).toEqual([]);
    const recent = path.join(dir, 'state', 'recent-projects.json');
    expect(fs.existsSync(recent) ? JSON.parse(fs.readFileSync(recent, 'utf8')) : []).toEqual([]);
  });

  it('keeps an existing project and its data when a later import fails', () => {
    const dir = tempDir();
    const ok = segwb(['import', fixture('orders-small.csv'), '--project', 'p.segwb', '--date-order', 'ymd'], dir);
    expect(ok.code).toBe(0);
    const r = segwb(['import', fixture('import/orders-no-customer-ids.csv'), '--project', 'p.segwb', '--replace'], dir);
    expect(r.code).toBe(1);
    expect(fs.existsSync(path.join(dir, 'p.segwb'))).toBe(true);
    const metrics = JSON.parse(segwb(['metrics', '--project', 'p.segwb', '--json'], dir).stdout);
    expect(metrics).toHaveLength(5);
  });
});

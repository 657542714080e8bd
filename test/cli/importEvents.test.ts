/** segwb import FILE --kind events: the REES46 sample into a new project, as scripts read it. */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, expect, it } from 'vitest';
import { fixture, repoRoot, sharedData, tempDir } from '../support/session.js';

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

it('imports the REES46 sample and reports it as JSON', () => {
  const dir = tempDir();
  const file = sharedData('events/2019-Oct-sample.csv');
  const r = segwb(['import', file, '--kind', 'events', '--project', 'p.segwb', '--json'], dir);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual({
    file: '2019-Oct-sample.csv',
    kind: 'events',
    layout: 'rees46',
    rows_read: 1000,
    rows_imported: 1000,
    rows_rejected: 0,
    rejected_by_reason: {},
    rejected_examples: {},
    customers: 330,
  });
});

it('leaves no project behind when the file is no events file', () => {
  const dir = tempDir();
  const r = segwb(['import', fixture('events/orders-seasons.csv'), '--kind', 'events', '--project', 'p.segwb'], dir);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('orders-seasons.csv is not an events file this version reads');
  expect(fs.readdirSync(dir).filter((f) => f !== 'state')).toEqual([]);
});

it('records the events file as a dataset, as an import of linked files does, and replaces it with --replace', () => {
  const dir = tempDir();
  const file = sharedData('events/2019-Oct-sample.csv');
  expect(segwb(['import', file, '--kind', 'events', '--project', 'p.segwb'], dir).code).toBe(0);
  expect(segwb(['import', file, '--kind', 'events', '--project', 'p.segwb', '--replace'], dir).code).toBe(0);
  const db = new Database(path.join(dir, 'p.segwb'), { readonly: true });
  try {
    expect(
      db
        .prepare(
          'SELECT kind, file_name, rows_read, rows_imported, rows_rejected, import_set = id AS own_set FROM datasets',
        )
        .all(),
    ).toEqual([
      {
        kind: 'events',
        file_name: '2019-Oct-sample.csv',
        rows_read: 1000,
        rows_imported: 1000,
        rows_rejected: 0,
        own_set: 1,
      },
    ]);
    // Every customer, those known only from events too, has its metrics row.
    expect(db.prepare('SELECT COUNT(*) FROM customer_metrics').pluck().get()).toBe(330);
  } finally {
    db.close();
  }
});

/**
 * What the database refuses reaches users as a message that says what happened and what to do,
 * never as SQLite's own words; each condition is provoked for real where it can be.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runInTransaction } from '../../electron/core/db/transaction.js';
import { createEngine, type Engine } from '../../electron/core/engine.js';
import { toErrorShape } from '../../shared/errors.js';
import type { ImportOptions } from '../../shared/model/import.js';
import type { CallOutcome } from '../../shared/transport.js';
import { fixture, tempDir } from '../support/session.js';

function engineIn(dir: string): Engine {
  return createEngine({ mode: 'web', appVersion: 'test', projectsDir: dir, stateDir: path.join(dir, 'state') });
}

async function ok<T>(outcome: Promise<CallOutcome>): Promise<T> {
  const o = await outcome;
  if (!o.ok) throw new Error(`${o.error.code}: ${o.error.message}`);
  return o.result as T;
}

async function failure(outcome: Promise<CallOutcome>) {
  const o = await outcome;
  if (o.ok) throw new Error('expected the call to fail');
  return o.error;
}

async function optionsFor(engine: Engine, file: string): Promise<ImportOptions> {
  return (await ok<{ options: ImportOptions }>(engine.call('import/preview', { path: file }))).options;
}

const bigSegment = { name: 'Big', rule: { and: [] }, strategy: 'x'.repeat(90_000) };
const raw = /SQLITE|constraint failed|database is locked|no transaction is active|unable to open|too many columns/i;

describe('database errors as users see them', () => {
  it('a second writer holding the project: "another program is writing", the data unchanged', async () => {
    const dir = tempDir();
    const engine = engineIn(dir);
    const info = await ok<{ path: string }>(engine.call('project/create', { path: 'held' }));
    const file = fixture('customers-small.csv');
    const options = await optionsFor(engine, file);
    const other = new Database(info.path);
    other.exec('BEGIN IMMEDIATE');
    try {
      const error = await failure(engine.call('import/run', { jobId: 'busy', path: file, options }));
      expect(error).toEqual({
        code: 'PROJECT_BUSY',
        message: 'Another program is writing to this project (held.segwb): close it and try again.',
        details: { file: info.path },
      });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(await ok<{ customers: number }>(engine.call('project/current', {}))).toMatchObject({ customers: 0 });
    engine.close();
  }, 20_000);

  it('a full disk (max_page_count): says so, and the save is not made', async () => {
    const dir = tempDir();
    const engine = engineIn(dir);
    await ok(engine.call('project/create', { path: 'full' }));
    const db = engine.session.requireProject().db;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true })}`);
    const error = await failure(engine.call('segments/save', bigSegment));
    expect(error).toEqual({
      code: 'DISK_FULL',
      message: 'The disk is full: full.segwb could not be saved. Free some space on its drive and try again.',
      details: { file: engine.session.requireProject().path },
    });
    expect(await ok(engine.call('segments/list', {}))).toEqual([]);
    engine.close();
  });

  it('a full disk inside a transaction: the first error is kept, not "cannot rollback"', async () => {
    const db = new Database(path.join(tempDir(), 't.db'));
    db.exec('CREATE TABLE t (x TEXT)');
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true })}`);
    let thrown: unknown;
    try {
      await runInTransaction(db, () => {
        db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(100_000));
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: 'SQLITE_FULL' });
    expect(db.inTransaction).toBe(false);
    expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 0 });
    db.close();
  });

  it('a project that cannot be written (read-only media, simulated with query_only)', async () => {
    const dir = tempDir();
    const engine = engineIn(dir);
    await ok(engine.call('project/create', { path: 'locked' }));
    engine.session.requireProject().db.pragma('query_only = ON');
    const error = await failure(engine.call('segments/save', bigSegment));
    expect(error).toEqual({
      code: 'READ_ONLY',
      message:
        'The project could not be saved because the folder is read-only (locked.segwb): copy the project to a folder you can write to and open it from there.',
      details: { file: engine.session.requireProject().path },
    });
    engine.close();
  });

  it('a read-only project file is not called "not a project"', async () => {
    const dir = tempDir();
    const engine = engineIn(dir);
    const info = await ok<{ path: string }>(engine.call('project/create', { path: 'media' }));
    await ok(engine.call('project/close', {}));
    // Read-only media opens the file read-only (as root, chmod cannot make it so: simulated here).
    const db = new Database(info.path, { readonly: true });
    const error = toErrorShape(
      (() => {
        try {
          db.prepare("INSERT INTO meta (key, value) VALUES ('x', 'y')").run();
          return new Error('expected a read-only refusal');
        } catch (e) {
          return e;
        }
      })(),
      { project: info.path },
    );
    db.close();
    expect(error.code).toBe('READ_ONLY');
    expect(error.message).not.toMatch(/not a Segment Workbench project/);
    engine.close();
  });

  it('a path too long for SQLite: says so, and leaves no file', async () => {
    const dir = tempDir();
    const engine = engineIn(dir);
    const deep = path.join(dir, ...Array.from({ length: 6 }, (_, i) => `${i}`.padEnd(100, 'x')));
    const target = path.join(deep, 'long.segwb');
    const error = await failure(engine.call('project/create', { path: target }));
    expect(error.code).toBe('CANNOT_OPEN');
    expect(error.message).toBe(
      `long.segwb could not be created or opened: its path is too long (${target.length} characters; a project's path may have at most 500 Latin letters, fewer in other scripts). Choose a folder with a shorter path.`,
    );
    expect(fs.existsSync(target)).toBe(false);
    engine.close();
  });

  it('a file with 2,100 columns: says how many a project can hold, and imports nothing', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'wide.csv');
    const headers = ['customer_id', ...Array.from({ length: 2099 }, (_, i) => `attr${i + 1}`)];
    const row = (id: string) => [id, ...Array.from({ length: 2099 }, (_, i) => `v${i}`)].join(',');
    fs.writeFileSync(file, `${headers.join(',')}\n${row('k1')}\n${row('k2')}\n`);
    const engine = engineIn(dir);
    const options = await optionsFor(engine, file);
    await ok(engine.call('project/create', { path: 'wide' }));
    const error = await failure(engine.call('import/run', { jobId: 'wide', path: file, options }));
    expect(error).toEqual({
      code: 'IMPORT_FAILED',
      message:
        "2,100 columns of wide.csv are ticked; a project can hold at most 1,900: untick 200 of them in the preview, or remove columns you don't need from the file.",
      details: {
        file: 'wide.csv',
        columns: 2100,
        limit: 1900,
        // The same refusal's words for the user's language (shared/errorWording.ts).
        wording: {
          key: 'too_many_columns',
          values: { name: 'wide.csv', columns: 2100, limit: 1900, excess: 200 },
        },
      },
    });
    expect(await ok<{ datasets: unknown[] }>(engine.call('project/current', {}))).toMatchObject({ datasets: [] });
    engine.close();
  }, 30_000);

  it('a unique-constraint failure names the file and says the project is unchanged', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE k (id TEXT PRIMARY KEY); INSERT INTO k VALUES (1)');
    let thrown: unknown;
    try {
      db.exec('INSERT INTO k VALUES (1)');
    } catch (error) {
      thrown = error;
    }
    db.close();
    const shape = toErrorShape(thrown, { project: '/p/acme.segwb', file: '/in/hostile.csv' });
    expect(shape).toEqual({
      code: 'IMPORT_FAILED',
      message:
        'hostile.csv could not be imported: two of its entries that must be unique clash. The project is unchanged; check the file for repeated ids or column names.',
      details: { file: '/in/hostile.csv' },
    });
    expect(shape.message).not.toMatch(raw);
  });
});

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations.js';
import { createProjectFile, openProjectFile } from '../../electron/core/db/projectFile.js';
import { newSession, tempDir } from '../support/session.js';

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('project file', () => {
  it('creates a WAL project with the schema version in meta', () => {
    const file = path.join(tempDir(), 'a.segwb');
    const db = createProjectFile(file, '1.2.3');
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const meta = Object.fromEntries(
      (db.prepare('SELECT key, value FROM meta').all() as Array<{ key: string; value: string }>).map((r) => [
        r.key,
        r.value,
      ]),
    );
    expect(meta.app).toBe('segment-workbench');
    expect(meta.schema_version).toBe(String(LATEST_SCHEMA_VERSION));
    expect(meta.app_version).toBe('1.2.3');
    db.close();
    openProjectFile(file).close();
  });

  it('refuses to overwrite an existing file', () => {
    const file = path.join(tempDir(), 'b.segwb');
    fs.writeFileSync(file, 'precious');
    expect(() => createProjectFile(file, '1')).toThrow(/already exists/);
    expect(fs.readFileSync(file, 'utf8')).toBe('precious');
  });

  it('says a CSV is not a project and leaves it untouched', () => {
    const file = path.join(tempDir(), 'orders.csv');
    fs.writeFileSync(file, 'a,b\n1,2\n');
    const before = sha(file);
    expect(() => openProjectFile(file)).toThrow(
      expect.objectContaining({
        code: 'NOT_A_PROJECT',
        message: expect.stringContaining('orders.csv is not a Segment Workbench project'),
      }),
    );
    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['orders.csv']);
  });

  it('says another SQLite database is not a project and leaves it untouched', () => {
    const file = path.join(tempDir(), 'other.db');
    const other = new Database(file);
    other.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    other.close();
    const before = sha(file);
    expect(() => openProjectFile(file)).toThrow(expect.objectContaining({ code: 'NOT_A_PROJECT' }));
    expect(sha(file)).toBe(before);
  });

  it('refuses a project from a newer version without changing it', () => {
    const file = path.join(tempDir(), 'new.segwb');
    const db = createProjectFile(file, '1');
    db.prepare("UPDATE meta SET value = ? WHERE key = 'schema_version'").run(String(LATEST_SCHEMA_VERSION + 1));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = sha(file);
    expect(() => openProjectFile(file)).toThrow(
      expect.objectContaining({ code: 'NEWER_SCHEMA', message: expect.stringContaining('newer version') }),
    );
    expect(sha(file)).toBe(before);
  });

  it('reports a missing file by name', () => {
    expect(() => openProjectFile(path.join(tempDir(), 'gone.segwb'))).toThrow(
      expect.objectContaining({ code: 'FILE_NOT_FOUND', message: 'gone.segwb was not found.' }),
    );
  });

  it('keeps a recent list, most recent first', () => {
    const dir = tempDir();
    const session = newSession(dir);
    session.create(path.join(dir, 'one.segwb'));
    session.create(path.join(dir, 'two.segwb'));
    session.open(path.join(dir, 'one.segwb'));
    expect(session.recent.list().map((r) => [r.name, r.exists])).toEqual([
      ['one', true],
      ['two', true],
    ]);
    session.close();
    fs.rmSync(path.join(dir, 'two.segwb'));
    expect(session.recent.list().map((r) => [r.name, r.exists])).toEqual([
      ['one', true],
      ['two', false],
    ]);
  });
});

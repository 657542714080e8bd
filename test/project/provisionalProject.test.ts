/**
 * A project created just for an import (project/create with forImport) is removed again, with
 * no recent entry, when that import fails or is cancelled; it becomes a real project when it succeeds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../electron/core/engine.js';
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

async function optionsFor(engine: Engine, file: string): Promise<ImportOptions> {
  const preview = await ok<{ options: ImportOptions }>(engine.call('import/preview', { path: file }));
  return preview.options;
}

const projectFiles = (dir: string) => fs.readdirSync(dir).filter((f) => f !== 'state');

describe('a project created for an import', () => {
  it('is removed when the import fails: no file, no -wal/-shm, no recent entry, no open project', async () => {
    const dir = tempDir();
    const engine = engineIn(dir);
    const events: unknown[] = [];
    engine.onEvent((e) => {
      if (e.event === 'project/changed') events.push(e.payload);
    });
    const file = fixture('import/orders-no-customer-ids.csv');
    const options = await optionsFor(engine, file);
    await ok(engine.call('project/create', { path: 'fresh', forImport: true }));
    const outcome = await engine.call('import/run', { jobId: 'j1', path: file, options });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'IMPORT_FAILED' } });
    expect(projectFiles(dir)).toEqual([]);
    expect(await ok(engine.call('project/recent', {}))).toEqual([]);
    expect(await ok(engine.call('project/current', {}))).toBeNull();
    expect(events.at(-1)).toBeNull();
    engine.close();
  });

  it('is removed when the import is cancelled', async () => {
    const dir = tempDir();
    const engine = engineIn(dir);
    const file = fixture('orders-small.csv');
    const options = await optionsFor(engine, file);
    await ok(engine.call('project/create', { path: 'fresh', forImport: true }));
    const running = engine.call('import/run', { jobId: 'j2', path: file, options });
    await ok(engine.call('import/cancel', { jobId: 'j2' }));
    expect(await running).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(projectFiles(dir)).toEqual([]);
    expect(await ok(engine.call('project/recent', {}))).toEqual([]);
    engine.close();
  });

  it('becomes a real project, listed in recent, when the import succeeds; a later failure keeps it', async () => {
    const dir = tempDir();
    const engine = engineIn(dir);
    const file = fixture('orders-small.csv');
    const options = await optionsFor(engine, file);
    await ok(engine.call('project/create', { path: 'fresh', forImport: true }));
    await ok(engine.call('import/run', { jobId: 'j3', path: file, options }));
    const bad = fixture('import/orders-no-customer-ids.csv');
    const failed = await engine.call('import/run', {
      jobId: 'j4',
      path: bad,
      options: await optionsFor(engine, bad),
      replace: true,
    });
    expect(failed.ok).toBe(false);
    expect(fs.existsSync(path.join(dir, 'fresh.segwb'))).toBe(true);
    const recent = await ok<Array<{ name: string }>>(engine.call('project/recent', {}));
    expect(recent.map((r) => r.name)).toEqual(['fresh']);
    engine.close();
  });

  it('a project created on its own is kept when an import into it fails', async () => {
    const dir = tempDir();
    const engine = engineIn(dir);
    const file = fixture('import/orders-no-customer-ids.csv');
    const options = await optionsFor(engine, file);
    await ok(engine.call('project/create', { path: 'mine' }));
    expect((await engine.call('import/run', { jobId: 'j5', path: file, options })).ok).toBe(false);
    expect(fs.existsSync(path.join(dir, 'mine.segwb'))).toBe(true);
    const recent = await ok<Array<{ name: string }>>(engine.call('project/recent', {}));
    expect(recent.map((r) => r.name)).toEqual(['mine']);
    engine.close();
  });
});

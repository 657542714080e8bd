import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../electron/core/engine.js';
import type { SegmentInfo } from '../../shared/api.js';
import { result } from '../support/outcome.js';
import { fixtureProject } from './store-fixture.js';

let engine: Engine | null = null;
afterEach(() => {
  engine?.close();
  engine = null;
});

async function openFixture(): Promise<{ engine: Engine; dir: string }> {
  const { session, dir } = await fixtureProject();
  const file = session.requireProject().path;
  session.close();
  engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
  expect((await engine.call('project/open', { path: file })).ok).toBe(true);
  return { engine, dir };
}

describe('segment handlers through the contract', () => {
  it('save, delete with undo, duplicate and list as the builder calls them', async () => {
    const { engine } = await openFixture();
    const rule = { field: 'country', op: 'in', value: ['DE'] };
    const saved = result<SegmentInfo>(await engine.call('segments/save', { name: 'Germany', color: '#aa0000', rule }));
    expect(saved.counts).toEqual({ customers: 2, revenue: 405, share_customers: 0.25, share_revenue: 0.686441 });

    const { deleted } = result<{ deleted: SegmentInfo }>(await engine.call('segments/delete', { id: saved.id }));
    expect(result<SegmentInfo[]>(await engine.call('segments/list', {}))).toEqual([]);
    const { id, name, color, description, strategy } = deleted;
    const restored = result<SegmentInfo>(
      await engine.call('segments/restore', { id, name, color, description, strategy, rule: deleted.rule }),
    );
    expect(restored).toMatchObject({ id: saved.id, name: 'Germany', color: '#aa0000', rule });

    const copy = result<SegmentInfo>(await engine.call('segments/duplicate', { id: saved.id }));
    expect(copy.name).toBe('Germany (copy)');
    expect(result<SegmentInfo[]>(await engine.call('segments/list', {})).map((s) => s.name)).toEqual([
      'Germany',
      'Germany (copy)',
    ]);
  });

  it.each([
    [{ name: '', rule: { and: [] } }, 'Invalid parameters for segments/save (name)'],
    [{ name: 'X', color: 'red', rule: { and: [] } }, 'Invalid parameters for segments/save (color)'],
    [{ name: 'X', rule: { field: 'age', op: 'bigger', value: 1 } }, 'Invalid parameters for segments/save (rule)'],
  ])('refuses bad params before the store sees them: %j', async (params, message) => {
    const { engine } = await openFixture();
    const outcome = await engine.call('segments/save', params);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe('INVALID_PARAMS');
      expect(outcome.error.message.startsWith(message)).toBe(true);
    }
  });

  it.each([
    [
      'a name over the limit',
      'x'.repeat(201),
      'Invalid parameters for segments/save (name): names can have at most 200 characters',
    ],
    ['an empty name', '   ', 'Invalid parameters for segments/save (name): a name cannot be empty'],
  ])('refuses %s with a message a user can act on', async (_case, name, message) => {
    const { engine } = await openFixture();
    expect(await engine.call('segments/save', { name, rule: { and: [] } })).toEqual({
      ok: false,
      error: { code: 'INVALID_PARAMS', message },
    });
  });

  it('answers a store error as its code and message', async () => {
    const { engine } = await openFixture();
    const outcome = await engine.call('segments/delete', { id: 3 });
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no segment with id 3 in this project.', details: { id: 3 } },
    });
  });

  it('keeps the linter minimum size in the project and lints with it', async () => {
    const { engine } = await openFixture();
    const germany = { field: 'country', op: 'in', value: ['DE'] };
    const codes = async () =>
      result<Array<{ code: string }>>(await engine.call('segments/lint', { rule: germany })).map((w) => w.code);
    expect(result(await engine.call('segments/lintMinSize', {}))).toEqual({ minSize: 30 });
    expect(await codes()).toContain('too_small'); // 2 customers < 30
    expect(result(await engine.call('segments/lintMinSize', { minSize: 2 }))).toEqual({ minSize: 2 });
    expect(await codes()).not.toContain('too_small');
    expect(result(await engine.call('segments/lintMinSize', {}))).toEqual({ minSize: 2 });
    const refused = await engine.call('segments/lintMinSize', { minSize: -1 });
    expect(refused.ok ? null : refused.error.code).toBe('INVALID_PARAMS');
  });

  it('needs an open project', async () => {
    engine = createEngine({
      mode: 'cli',
      appVersion: 'test',
      projectsDir: path.sep,
      stateDir: (await fixtureProject()).dir,
    });
    const outcome = await engine.call('segments/list', {});
    expect(outcome.ok ? null : outcome.error.code).toBe('NO_PROJECT');
  });
});

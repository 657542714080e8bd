import { describe, expect, it } from 'vitest';
import { createEngine } from '../../electron/core/engine.js';
import type { WorkshopState } from '../../shared/contract/workshop.js';
import { fixtureProject } from '../segments/store-fixture.js';
import { result } from '../support/outcome.js';

const RULE = { field: 'country', op: 'in', value: ['UK'] };

/** [step, done, evidence count] of each step, in order. */
const summary = (s: WorkshopState) => s.steps.map((x) => [x.step, x.done, x.evidence.count]);

describe('workshop progress', () => {
  it('reads each step from the project, keeps the marks in the project file, and resets them', async () => {
    const { session, dir } = await fixtureProject();
    const file = session.requireProject().path;
    session.close();
    const open = async () => {
      const engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
      expect((await engine.call('project/open', { path: file })).ok).toBe(true);
      return engine;
    };

    let engine = await open();
    const state = async () => result<WorkshopState>(await engine.call('workshop/state', {}));
    // The fixture shop holds two imported files and no segment yet.
    expect(summary(await state())).toEqual([
      ['collect', true, 2],
      ['criteria', false, 0],
      ['attractive', false, 0],
      ['strategy', false, 0],
      ['changes', false, 2],
    ]);
    expect((await state()).updatedAt).toBeNull();

    await engine.call('segments/save', { name: 'UK', rule: RULE });
    await engine.call('segments/save', { name: 'UK 2', rule: RULE, plan: { goal: 'Grow' } });
    // Two segments: criteria met; attractive needs the participant's tick; one plan written.
    expect(summary(await state())).toEqual([
      ['collect', true, 2],
      ['criteria', true, 2],
      ['attractive', false, 2],
      ['strategy', true, 1],
      ['changes', false, 2],
    ]);
    const marked = result<WorkshopState>(await engine.call('workshop/mark', { step: 'attractive', done: true }));
    expect(marked.completed).toBe(4);
    expect(marked.steps.find((s) => s.step === 'attractive')).toMatchObject({ marked: true, done: true });
    expect(marked.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await engine.call('workshop/mark', { step: 'changes', done: true });

    // Kept in the project: another session opening the file sees the same progress.
    engine.close();
    engine = await open();
    expect((await state()).completed).toBe(5);

    const reset = result<WorkshopState>(await engine.call('workshop/reset', {}));
    expect(reset.completed).toBe(3);
    expect(reset.steps.filter((s) => s.marked)).toEqual([]);
    expect(reset.updatedAt).toBeNull();
    // The work itself stays: segments and plans are untouched by a reset.
    expect(result<unknown[]>(await engine.call('segments/list', {}))).toHaveLength(2);
    engine.close();
  });

  it('refuses a step it does not know, naming the steps', async () => {
    const { session, dir } = await fixtureProject();
    const file = session.requireProject().path;
    session.close();
    const engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
    await engine.call('project/open', { path: file });
    const outcome = await engine.call('workshop/mark', { step: 'celebrate', done: true } as never);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe('INVALID_PARAMS');
      expect(outcome.error.message).toBe(
        'Invalid parameters for workshop/mark (step): Invalid option: expected one of "collect"|"criteria"|"attractive"|"strategy"|"changes"',
      );
    }
    engine.close();
  });
});

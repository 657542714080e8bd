/** The analysis methods through the contract, as the renderer calls them: params checked, defaults applied. */
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../electron/core/engine.js';
import { result } from '../support/outcome.js';
import { analysisProject, saveFixtureSegments } from './fixture.js';

let engine: Engine | null = null;
afterEach(() => {
  engine?.close();
  engine = null;
});

async function open(): Promise<{ engine: Engine; ids: Record<string, number> }> {
  const { session, dir } = await analysisProject();
  const ids = saveFixtureSegments(session);
  const file = session.requireProject().path;
  session.close();
  engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
  expect((await engine.call('project/open', { path: file })).ok).toBe(true);
  return { engine, ids };
}

describe('analysis handlers', () => {
  it('compare, pareto and abc answer through the contract', async () => {
    const { engine, ids } = await open();
    const rows = result<Array<{ segment: string; customers: number }>>(
      await engine.call('analysis/compare', { segments: [{ id: ids.UK }, { all: true }] }),
    );
    expect(rows.map((r) => [r.segment, r.customers])).toEqual([
      ['UK', 3],
      ['All customers', 7],
    ]);
    const pareto = result<{ summary: { k80: number }; lorenz: unknown[] }>(
      await engine.call('analysis/pareto', { segment: { id: ids.UK }, lorenzPoints: 2 }),
    );
    expect(pareto.summary.k80).toBe(1);
    expect(pareto.lorenz).toEqual([
      { x: 0, y: 0 },
      { x: 1, y: 1 },
    ]);
    const abc = result<{ thresholds: unknown }>(await engine.call('analysis/abc', {}));
    expect(abc.thresholds).toEqual({ a: 250, b: 50 });
    const saved = result<Array<{ name: string }>>(await engine.call('analysis/abcSave', {}));
    expect(saved.map((s) => s.name)).toEqual(['A customers', 'B customers', 'C customers']);
  });

  it('quality takes the minimums given and the defaults for the rest', async () => {
    const { engine } = await open();
    const cards = result<Array<{ name: string; checks: { substantial: Record<string, unknown> } }>>(
      await engine.call('analysis/quality', { minCustomers: 3 }),
    );
    expect(cards.map((c) => [c.name, c.checks.substantial.status])).toEqual([
      ['Big', 'warn'],
      ['UK', 'pass'],
      ['Recent', 'pass'],
      ['Age 40+', 'warn'],
    ]);
    expect(cards[1]?.checks.substantial).toMatchObject({ min_customers: 3, min_revenue_share: 0.01 });
  });

  it.each([
    ['analysis/compare', { segments: [] }, 'segments'],
    ['analysis/compare', { segments: [{ all: false }] }, 'segments.0'],
    ['analysis/compare', { segments: [{ id: 1, name: 'x' }] }, 'segments.0'],
    ['analysis/compare', { segments: [{ name: ' ', rule: { and: [] } }] }, 'segments.0.name'],
    ['analysis/pareto', { maxBars: 5 }, 'maxBars'],
    ['analysis/pareto', { lorenzPoints: 1 }, 'lorenzPoints'],
    ['analysis/quality', { minRevenueShare: 2 }, 'minRevenueShare'],
    ['analysis/compareCsv', { segments: [{ all: true }] }, 'path'],
  ])('refuses bad params before a handler runs: %s %j', async (method, params, where) => {
    const { engine } = await open();
    const outcome = await engine.call(method, params);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe('INVALID_PARAMS');
      expect(outcome.error.message).toContain(`Invalid parameters for ${method} (${where})`);
    }
  });

  it('answers NOT_FOUND for a segment id that does not exist', async () => {
    const { engine } = await open();
    const outcome = await engine.call('analysis/compare', { segments: [{ id: 99 }] });
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no segment with id 99 in this project.', details: { id: 99 } },
    });
  });
});

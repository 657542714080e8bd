/** Overlap of segments on the hand-made shop: Big = {a1, a3}, UK = {a1, a2, a6}, Recent = {a1, a3, a6}. */
import { beforeAll, describe, expect, it } from 'vitest';
import { overlapSegments } from '../../electron/core/analysis/query.js';
import { createEngine, type Engine } from '../../electron/core/engine.js';
import type { Session } from '../../electron/core/session.js';
import type { OverlapResult } from '../../shared/contract/analysis.js';
import { analysisProject, saveFixtureSegments } from './fixture.js';

let session: Session;
let ids: Record<string, number>;
let dir: string;

beforeAll(async () => {
  ({ session, dir } = await analysisProject());
  ids = saveFixtureSegments(session);
});

describe('overlap', () => {
  it('gives the pairwise matrix and the exact intersections', () => {
    const result = overlapSegments(session.requireProject().db, [
      { id: ids.Big as number },
      { id: ids.UK as number },
      { id: ids.Recent as number },
    ]);
    expect(result.segments).toEqual([
      { segment: 'Big', customers: 2, revenue: 850 },
      { segment: 'UK', customers: 3, revenue: 750 },
      { segment: 'Recent', customers: 3, revenue: 950 },
    ]);
    // Big∩UK = {a1}: union 2 + 3 - 1 = 4; Big∩Recent = {a1, a3}: union 3; UK∩Recent = {a1, a6}: union 4.
    const bigUk = { customers: 1, revenue: 600, jaccard: 0.25 };
    const bigRecent = { customers: 2, revenue: 850, jaccard: 0.666667 };
    const ukRecent = { customers: 2, revenue: 700, jaccard: 0.5 };
    expect(result.matrix).toEqual([
      [{ customers: 2, revenue: 850, jaccard: 1 }, bigUk, bigRecent],
      [bigUk, { customers: 3, revenue: 750, jaccard: 1 }, ukRecent],
      [bigRecent, ukRecent, { customers: 3, revenue: 950, jaccard: 1 }],
    ]);
    // a1 in all three, a2 UK only, a3 Big+Recent, a6 UK+Recent; a4, a5, b7 in none.
    // Equal sizes: fewer sets first, then by position.
    expect(result.intersections).toEqual([
      { sets: [1], names: ['UK'], customers: 1, revenue: 50 },
      { sets: [0, 2], names: ['Big', 'Recent'], customers: 1, revenue: 250 },
      { sets: [1, 2], names: ['UK', 'Recent'], customers: 1, revenue: 100 },
      { sets: [0, 1, 2], names: ['Big', 'UK', 'Recent'], customers: 1, revenue: 600 },
    ]);
    expect(result.outside).toEqual({ customers: 3, revenue: 10 });
  });

  it('orders intersections by size and gives no Jaccard for two empty segments', () => {
    const result = overlapSegments(session.requireProject().db, [
      { all: true },
      { id: ids.UK as number },
      { name: 'Nobody', rule: { or: [] } },
    ]);
    expect(result.intersections).toEqual([
      { sets: [0], names: ['All customers'], customers: 4, revenue: 260 },
      { sets: [0, 1], names: ['All customers', 'UK'], customers: 3, revenue: 750 },
    ]);
    expect(result.matrix[2]?.[2]).toEqual({ customers: 0, revenue: 0, jaccard: null });
    // Everyone ∩ UK = UK: 3 / 7.
    expect(result.matrix[0]?.[1]).toEqual({ customers: 3, revenue: 750, jaccard: 0.428571 });
    expect(result.outside).toEqual({ customers: 0, revenue: 0 });
  });

  it('takes 2 to 8 segments through the contract', async () => {
    const engine: Engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
    try {
      await engine.call('project/open', { path: session.requireProject().path });
      const one = await engine.call('analysis/overlap', { segments: [{ all: true }] });
      expect(one.ok).toBe(false);
      const nine = await engine.call('analysis/overlap', { segments: Array(9).fill({ all: true }) });
      expect(nine.ok).toBe(false);
      if (!nine.ok) expect(nine.error.message).toMatch(/^Invalid parameters for analysis\/overlap \(segments\)/);
      const eight = await engine.call('analysis/overlap', { segments: Array(8).fill({ id: ids.Big }) });
      expect(eight.ok && (eight.result as OverlapResult).intersections).toEqual([
        { sets: [0, 1, 2, 3, 4, 5, 6, 7], names: Array(8).fill('Big'), customers: 2, revenue: 850 },
      ]);
    } finally {
      engine.close();
    }
  });
});

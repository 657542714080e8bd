import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../electron/core/engine.js';
import type { SegmentInfo } from '../../shared/api.js';
import type { SegmentVersion, SnapshotInfo, Staleness, TimelineEntry } from '../../shared/contract/history.js';
import { storeFixture } from '../segments/store-fixture.js';
import { failure, result } from '../support/outcome.js';
import { importFile, newSession, tempDir } from '../support/session.js';

let engine: Engine | null = null;
afterEach(() => {
  engine?.close();
  engine = null;
});

async function shopEngine(): Promise<Engine> {
  const dir = tempDir();
  const session = newSession(dir);
  const file = session.create(path.join(dir, 'shop.segwb')).path;
  await importFile(session, storeFixture('customers.csv'), { kind: 'customers', dateOrder: 'ymd' });
  await importFile(session, storeFixture('orders.csv'), { kind: 'orders', dateOrder: 'ymd' });
  session.close();
  engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
  result(await engine.call('project/open', { path: file }));
  return engine;
}

describe('history through the contract', () => {
  it('takes and lists snapshots, sizes, timelines, versions and staleness', async () => {
    const e = await shopEngine();
    const uk = result<SegmentInfo>(
      await e.call('segments/save', { name: 'UK', rule: { field: 'country', op: 'in', value: ['UK'] } }),
    );
    const taken = result<SnapshotInfo>(await e.call('history/takeSnapshot', {}));
    expect([taken.id, taken.date, taken.reason, taken.customers, taken.segments]).toEqual([
      3,
      '2024-03-31',
      'manual',
      8,
      [{ segment: uk.id, name: 'UK', customers: 4 }],
    ]);
    expect(result<SnapshotInfo[]>(await e.call('history/snapshots', {})).map((s) => s.reason)).toEqual([
      'import',
      'import',
      'manual',
    ]);
    expect(result<Array<{ customers: number }>>(await e.call('history/segmentSizes', { segment: uk.id }))).toEqual([
      { snapshot: 3, date: '2024-03-31', takenAt: taken.takenAt, customers: 4 },
    ]);
    const c1 = result<TimelineEntry[]>(await e.call('history/customerTimeline', { customer: 'c1' }));
    expect(c1.map((t) => t.segments)).toEqual([[], [], [{ segment: uk.id, name: 'UK' }]]);
    result(
      await e.call('segments/save', {
        id: uk.id,
        name: 'UK',
        rule: { field: 'country', op: 'in', value: ['UK', 'DE'] },
      }),
    );
    const versions = result<SegmentVersion[]>(await e.call('history/versions', { segment: uk.id }));
    expect(versions.map((v) => v.id)).toEqual([2, 1]);
    const restored = result<SegmentInfo>(await e.call('history/restoreVersion', { segment: uk.id, version: 1 }));
    expect(restored.counts.customers).toBe(4);
    expect(result(await e.call('history/setStaleDays', { days: 7 }))).toEqual({ staleDays: 7 });
    const stale = result<Staleness>(await e.call('history/staleness', { segment: uk.id }));
    expect([stale.evaluatedBy, stale.staleDays, stale.old, stale.replacedAt]).toEqual(['saved', 7, false, null]);
  });

  it('says what is wrong with a bad request in words', async () => {
    const e = await shopEngine();
    expect(failure(await e.call('history/setStaleDays', { days: 0 }))).toMatch(/^INVALID_PARAMS: /);
    expect(failure(await e.call('history/versions', { segment: 4 }))).toBe(
      'NOT_FOUND: There is no segment with id 4 in this project.',
    );
    expect(failure(await e.call('history/customerTimeline', { customer: 'nobody' }))).toBe(
      'NOT_FOUND: There is no customer "nobody" in this project or its snapshots.',
    );
  });
});

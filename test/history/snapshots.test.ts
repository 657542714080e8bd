import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { undoLastImport } from '../../electron/core/datasets/history.js';
import type { Db } from '../../electron/core/db/projectFile.js';
import { listSnapshots, takeSnapshot } from '../../electron/core/history/snapshots.js';
import { customerTimeline, segmentSizes } from '../../electron/core/history/timelines.js';
import { previewFile } from '../../electron/core/import/preview.js';
import { saveSegment } from '../../electron/core/segments/store.js';
import type { Session } from '../../electron/core/session.js';
import type { Rule } from '../../shared/model/rules.js';
import { fixtureProject, storeFixture } from '../segments/store-fixture.js';

const UK: Rule = { field: 'country', op: 'in', value: ['UK'] };
const BUYERS: Rule = { field: 'frequency', op: '>=', value: 1 };
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

let session: Session | null = null;
afterEach(() => {
  session?.close();
  session = null;
});

async function appendLaterOrders(s: Session): Promise<void> {
  const preview = await previewFile(storeFixture('orders-later.csv'), { kind: 'orders', dateOrder: 'ymd' });
  await s.imports.run({
    jobId: randomUUID(),
    projectPath: s.requireProject().path,
    filePath: storeFixture('orders-later.csv'),
    options: preview.options,
    replace: false,
    append: true,
    onProgress: () => {},
  });
}

/** The shop after its two imports, with "UK" and "Buyers" saved, a manual snapshot, then the April orders appended. */
async function shopWithHistory(): Promise<Db> {
  session = (await fixtureProject()).session;
  const db = session.requireProject().db;
  saveSegment(db, { name: 'UK', rule: UK });
  saveSegment(db, { name: 'Buyers', rule: BUYERS });
  takeSnapshot(db, 'manual');
  await appendLaterOrders(session);
  return db;
}

describe('snapshots', () => {
  it('are taken at each import and on demand, with every segment and RFM segment counted', async () => {
    const db = await shopWithHistory();
    const snapshots = listSnapshots(db);
    expect(snapshots.map((s) => [s.id, s.reason, s.customers])).toEqual([
      [1, 'import', 8],
      [2, 'import', 8],
      [3, 'manual', 8],
      [4, 'import', 8],
    ]);
    // Before any order there is no as-of date: the snapshot says the day it was taken.
    expect(snapshots[0]?.date).toBe(snapshots[0]?.takenAt.slice(0, 10));
    expect(snapshots.map((s) => s.takenAt)).toEqual(snapshots.map(() => expect.stringMatching(ISO)));
    // The day after the latest order: 2024-03-30, then 2024-04-12 once April is appended.
    expect(snapshots.slice(1).map((s) => s.date)).toEqual(['2024-03-31', '2024-03-31', '2024-04-13']);
    expect(snapshots.map((s) => s.segments)).toEqual([
      [],
      [],
      [
        { segment: 1, name: 'UK', customers: 4 },
        { segment: 2, name: 'Buyers', customers: 6 },
      ],
      [
        { segment: 1, name: 'UK', customers: 4 },
        // c8's first order (2024-04-12) makes a seventh buyer.
        { segment: 2, name: 'Buyers', customers: 7 },
      ],
    ]);
    expect(snapshots[0]?.rfm).toEqual([]);
    expect(snapshots[2]?.rfm).toEqual(snapshots[1]?.rfm);
    expect(snapshots[1]?.rfm.reduce((n, r) => n + r.customers, 0)).toBe(6);
    expect(snapshots[3]?.rfm.reduce((n, r) => n + r.customers, 0)).toBe(7);
  });

  it('keeps every customer once per snapshot, as small numbers', async () => {
    const db = await shopWithHistory();
    expect(db.prepare('SELECT COUNT(*) FROM snapshot_people').pluck().get()).toBe(8);
    expect(db.prepare('SELECT COUNT(*) FROM snapshot_rfm').pluck().get()).toBe(32);
    expect(db.prepare('SELECT COUNT(*) FROM snapshot_members').pluck().get()).toBe(4 + 6 + 4 + 7);
  });

  it('gives a segment size over time, at the snapshots that hold it', async () => {
    const db = await shopWithHistory();
    expect(segmentSizes(db, 2).map((p) => [p.snapshot, p.date, p.customers])).toEqual([
      [3, '2024-03-31', 6],
      [4, '2024-04-13', 7],
    ]);
    expect(() => segmentSizes(db, 9)).toThrow('There is no segment with id 9');
  });

  it("gives a customer's timeline: the segments and the RFM segment per snapshot", async () => {
    const db = await shopWithHistory();
    const rfmAtFour = db
      .prepare(
        `SELECT json_extract(s.rfm_names, '$[' || r.rfm || ']') FROM snapshot_rfm r
         JOIN snapshots s ON s.id = r.snapshot JOIN snapshot_people p ON p.id = r.person
         WHERE r.snapshot = 4 AND p.customer_key = 'c8'`,
      )
      .pluck()
      .get();
    const timeline = customerTimeline(db, 'c8');
    expect(timeline.map((t) => [t.snapshot, t.reason, t.known, t.segments.map((s) => s.name), t.rfm])).toEqual([
      [1, 'import', true, [], null],
      [2, 'import', true, [], null],
      [3, 'manual', true, ['UK'], null],
      [4, 'import', true, ['UK', 'Buyers'], rfmAtFour],
    ]);
    expect(timeline[3]?.rfm).toBe('New Customers');
    const c3 = customerTimeline(db, 'c3');
    expect(c3.map((t) => t.segments.map((s) => s.segment))).toEqual([[], [], [2], [2]]);
    // Three of the seven buyers order in April: c3's last order (2024-03-28) falls to the oldest
    // recency quintiles of the new breaks, while frequency and monetary stay the best.
    expect(c3.map((t) => t.rfm)).toEqual([null, 'Champions', 'Champions', 'At Risk']);
    expect(() => customerTimeline(db, 'zz')).toThrow('There is no customer "zz"');
  });

  it('are kept when the import they followed is undone', async () => {
    const db = await shopWithHistory();
    undoLastImport(db);
    expect(listSnapshots(db).map((s) => s.id)).toEqual([1, 2, 3, 4]);
    expect(takeSnapshot(db, 'manual').segments).toEqual([
      { segment: 1, name: 'UK', customers: 4 },
      { segment: 2, name: 'Buyers', customers: 6 },
    ]);
  });

  it('leave out a segment whose rule no longer compiles or cannot be read', async () => {
    const db = await shopWithHistory();
    const gone = JSON.stringify({ field: 'gone', op: 'in', value: ['x'] });
    db.prepare('UPDATE segments SET rule = ? WHERE id = 1').run(gone);
    db.prepare('UPDATE segments SET rule = ? WHERE id = 2').run('{damaged');
    expect(takeSnapshot(db, 'manual').segments).toEqual([]);
    expect(listSnapshots(db).length).toBe(5);
  });
});

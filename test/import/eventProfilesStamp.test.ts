/**
 * An import leaves the event profiles built for the data it wrote (meta.event_profiles_stamp), so
 * the first count after it rewrites nothing: that stamp is part of the data's version
 * (columnCache/dataStamp.ts), and a first count that wrote it would make every entry kept right
 * after the import (history/keptAfterImport.ts) stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataStamp } from '../../electron/core/columnCache/dataStamp.js';
import { createProjectFile, type Db, openProjectFile } from '../../electron/core/db/projectFile.js';
import { runImportSet } from '../../electron/core/import/set/runSet.js';
import { countRule } from '../../electron/core/segments/count.js';
import type { Session } from '../../electron/core/session.js';
import { fixture, importFile, newSession, tempDir } from '../support/session.js';

const stampOf = (db: Db) =>
  db.prepare("SELECT value FROM meta WHERE key = 'event_profiles_stamp'").pluck().get() as string | undefined;

/** The stamp and data version a fresh connection reads, then the same after a first count. */
function beforeAndAfterFirstCount(project: string) {
  const db = openProjectFile(project);
  try {
    const before = { stamp: stampOf(db), version: dataStamp(db) };
    // An orders condition is compiled, which is where a count makes sure of the event profiles.
    const members = countRule(db, { orders: {}, measure: 'count', op: '>=', value: 1 }).customers;
    // A new connection: nothing remembered from the first one.
    const again = openProjectFile(project);
    try {
      return { before, after: { stamp: stampOf(again), version: dataStamp(again) }, members };
    } finally {
      again.close();
    }
  } finally {
    db.close();
  }
}

let session: Session | null = null;
afterEach(() => {
  session?.close();
  session = null;
});

describe('the event profiles after an import', () => {
  it('are stamped by an orders import without events, and the first count keeps the data version', async () => {
    const dir = tempDir();
    session = newSession(dir);
    const project = session.create(path.join(dir, 'stamp.segwb'));
    await importFile(session, fixture('orders-small.csv'));
    await session.imports.settled();
    const { before, after, members } = beforeAndAfterFirstCount(project.path);
    expect(before.stamp).toBeDefined();
    expect(after).toEqual(before);
    expect(members).toBeGreaterThan(0);
  });

  it('are built for the as-of date the orders set when orders and events are imported together', async () => {
    const dir = tempDir();
    // Orders later than every event: the as-of date moves once the orders are written.
    const orders = path.join(dir, 'late-orders.csv');
    fs.writeFileSync(
      orders,
      'order_id,customer_id,order_date,amount\nL1,u3,2024-05-02 10:00,60\nL2,u4,2024-06-20 09:00,35\n',
    );
    const project = path.join(dir, 'set.segwb');
    createProjectFile(project, 'test').close();
    const run = (paths: string[], replace: boolean) =>
      runImportSet({ projectPath: project, paths, replace, isCancelled: () => false });
    // Earlier orders first: the project then keeps an older latest order day until the set's
    // orders are written, after its events.
    await run([fixture('events/orders-six-users.csv')], false);
    await run([orders, fixture('events/six-users.csv')], true);
    const { before, after, members } = beforeAndAfterFirstCount(project);
    expect(before.stamp).toBeDefined();
    expect(after).toEqual(before);
    expect(members).toBe(2);
    const db = openProjectFile(project);
    try {
      // Every event is before the as-of date (the day after the last order), so each counts.
      const counted = db.prepare('SELECT SUM(events) FROM event_profiles').pluck().get();
      expect(counted).toBe(db.prepare('SELECT COUNT(*) FROM events').pluck().get());
    } finally {
      db.close();
    }
  });
});

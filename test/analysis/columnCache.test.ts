/**
 * Customers' columns and saved segments' members kept in the project file (columnCache/columnStore.ts):
 * what a cache hit answers equals a fresh evaluation, and no entry survives a change of what it
 * was computed from (the data, the rule, a segment the rule refers to, the as-of date).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { paretoAnalysis } from '../../electron/core/analysis/paretoBy.js';
import { compareSegments, overlapSegments } from '../../electron/core/analysis/query.js';
import type { Db } from '../../electron/core/db/projectFile.js';
import { writeAsOf } from '../../electron/core/metrics/asOf.js';
import { saveSegment } from '../../electron/core/segments/store.js';
import type { Session } from '../../electron/core/session.js';
import type { SegmentRef } from '../../shared/contract/analysis.js';
import { importFile, newSession } from '../support/session.js';
import { analysisFixture, analysisProject, saveFixtureSegments } from './fixture.js';

const sessions: Session[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});

async function project(): Promise<{ session: Session; dir: string; file: string; db: Db }> {
  const { session, dir } = await analysisProject();
  sessions.push(session);
  const project = session.requireProject();
  return { session, dir, file: project.path, db: project.db };
}

function cachedNames(db: Db): string[] {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'column_cache'").get();
  return has ? (db.prepare('SELECT name FROM column_cache ORDER BY name').pluck().all() as string[]) : [];
}

/** The same question with every kept entry removed first: what the rules say today. */
function fresh<T>(db: Db, ask: () => T): T {
  if (cachedNames(db).length > 0) db.exec('DELETE FROM column_cache');
  return ask();
}

const sizes = (db: Db, refs: SegmentRef[]) => compareSegments(db, refs).map((r) => [r.segment, r.customers]);

describe('columns and memberships kept in the project file', () => {
  it('answers after reopening from the kept entries, equal to a fresh evaluation', async () => {
    const { session, file, db } = await project();
    const ids = saveFixtureSegments(session);
    const refs: SegmentRef[] = Object.values(ids).map((id) => ({ id }));
    const first = compareSegments(db, refs);
    // The four base columns and one membership per segment.
    expect(cachedNames(db).filter((n) => n.startsWith('base/'))).toEqual([
      'base/frequency',
      'base/ids',
      'base/last_day',
      'base/monetary',
    ]);
    expect(cachedNames(db).filter((n) => n.startsWith('member/'))).toHaveLength(4);
    session.close();
    const reopened = newSession(path.dirname(file));
    sessions.push(reopened);
    const again = reopened.open(file).db;
    expect(compareSegments(again, refs)).toEqual(first);
    expect(overlapSegments(again, refs)).toEqual(fresh(again, () => overlapSegments(again, refs)));
    expect(compareSegments(again, refs)).toEqual(fresh(again, () => compareSegments(again, refs)));
    expect(first.map((r) => [r.segment, r.customers])).toEqual([
      ['Big', 2],
      ['UK', 3],
      ['Recent', 3],
      ['Age 40+', 2],
    ]);
  });

  it('reads a kept membership instead of evaluating the rule again', async () => {
    const { session, file, db } = await project();
    const ids = saveFixtureSegments(session);
    expect(sizes(db, [{ id: ids.UK as number }])).toEqual([['UK', 3]]);
    // Emptying the kept bits (never done by the app) shows the answer comes from them.
    const [name] = cachedNames(db).filter((n) => n.startsWith('member/'));
    const bytes = db.prepare('SELECT bytes FROM column_cache WHERE name = ?').pluck().get(name) as Buffer;
    db.prepare('UPDATE column_cache SET bytes = ? WHERE name = ?').run(Buffer.alloc(bytes.length), name);
    const reopened = newSession();
    sessions.push(reopened);
    session.close();
    const again = reopened.open(file).db;
    expect(sizes(again, [{ id: ids.UK as number }])).toEqual([['UK', 0]]);
  });

  it('follows an edit of the segment and of a segment it refers to', async () => {
    const { session, db } = await project();
    const ids = saveFixtureSegments(session);
    const inUkBig = saveSegment(db, {
      name: 'UK and big',
      rule: { and: [{ segment: ids.UK as number }, { segment: ids.Big as number }] },
    });
    const refs: SegmentRef[] = [{ id: ids.Big as number }, { id: inUkBig.id }];
    expect(sizes(db, refs)).toEqual([
      ['Big', 2],
      ['UK and big', 1],
    ]);
    // Big: a1, a3 -> a1, a2, a3, a6 (monetary >= 50).
    saveSegment(db, { name: 'Big', rule: { field: 'monetary', op: '>=', value: 50 } }, ids.Big);
    expect(sizes(db, refs)).toEqual([
      ['Big', 4],
      ['UK and big', 3],
    ]);
    // UK -> DE, two references deep.
    saveSegment(db, { name: 'UK', rule: { field: 'country', op: 'in', value: ['DE'] } }, ids.UK);
    expect(sizes(db, refs)).toEqual([
      ['Big', 4],
      ['UK and big', 1],
    ]);
    expect(sizes(db, refs)).toEqual(fresh(db, () => sizes(db, refs)));
  });

  it('follows a new import and a new as-of date', async () => {
    const { session, dir, db } = await project();
    const ids = saveFixtureSegments(session);
    const refs: SegmentRef[] = [{ id: ids.Big as number }, { id: ids.Recent as number }];
    expect(sizes(db, refs)).toEqual([
      ['Big', 2],
      ['Recent', 3],
    ]);
    const before = paretoAnalysis(db, { segment: { id: ids.Big as number } }).summary;
    // The same orders and one more of 500 for a2 on 2024-03-05.
    const orders = path.join(dir, 'orders-more.csv');
    fs.writeFileSync(
      orders,
      `${fs.readFileSync(analysisFixture('orders.csv'), 'utf8').trimEnd()}\no10,a2,2024-03-05,Boots,Shoes,500.00\n`,
    );
    await importFile(session, orders, { kind: 'orders', dateOrder: 'ymd' }, true);
    const db2 = session.requireProject().db;
    expect(sizes(db2, refs)).toEqual([
      ['Big', 3],
      ['Recent', 4],
    ]);
    expect(paretoAnalysis(db2, { segment: { id: ids.Big as number } }).summary).not.toEqual(before);
    expect(paretoAnalysis(db2, { segment: { id: ids.Big as number } })).toEqual(
      fresh(db2, () => paretoAnalysis(db2, { segment: { id: ids.Big as number } })),
    );
    // As of 2024-03-01 the orders of that day and later do not count: Recent is a2 (10 days) and
    // a3 (5); a1's last order before it is 20 days old.
    writeAsOf(db2, '2024-03-01');
    expect(sizes(db2, refs)).toEqual(fresh(db2, () => sizes(db2, refs)));
    expect(sizes(db2, [{ id: ids.Recent as number }])).toEqual([['Recent', 2]]);
    // Only the entries of the current data are kept.
    const stamps = db2.prepare('SELECT DISTINCT stamp FROM column_cache').pluck().all();
    expect(stamps).toHaveLength(1);
  });

  it('works on a project opened read-only, with or without kept entries, and writes nothing', async () => {
    const { session, file, db } = await project();
    const ids = saveFixtureSegments(session);
    const refs: SegmentRef[] = Object.values(ids).map((id) => ({ id }));
    const expected = compareSegments(db, refs);
    db.exec('DELETE FROM column_cache');
    session.close();
    const readOnly = new Database(file, { readonly: true, fileMustExist: true });
    try {
      expect(compareSegments(readOnly, refs)).toEqual(expected);
      expect(cachedNames(readOnly)).toEqual([]);
    } finally {
      readOnly.close();
    }
    // Kept by a writable open, then read by a read-only one.
    const writer = new Database(file, { fileMustExist: true });
    compareSegments(writer, refs);
    writer.close();
    const reader = new Database(file, { readonly: true, fileMustExist: true });
    try {
      expect(compareSegments(reader, refs)).toEqual(expected);
    } finally {
      reader.close();
    }
  });
});

describe('the bound on kept memberships', () => {
  it('keeps the most recently written ones', async () => {
    const { db } = await project();
    const { MAX_MEMBERSHIPS } = await import('../../electron/core/columnCache/columnStore.js');
    const rules = Array.from({ length: MAX_MEMBERSHIPS + 3 }, (_, k) => ({
      name: `spent ${k}`,
      rule: { field: 'monetary', op: '>=', value: k } as const,
    }));
    for (const r of rules) compareSegments(db, [r]);
    const kept = cachedNames(db).filter((n) => n.startsWith('member/'));
    expect(kept).toHaveLength(MAX_MEMBERSHIPS);
    // The last rule (a1 alone spent 258 or more) is answered from what was kept, the first one
    // (everyone: a4, a5 at 0) evaluated again: both right.
    expect(sizes(db, [rules[0] as SegmentRef])).toEqual([['spent 0', 7]]);
    expect(sizes(db, [rules[MAX_MEMBERSHIPS + 2] as SegmentRef])).toEqual([[`spent ${MAX_MEMBERSHIPS + 2}`, 1]]);
  });
});

describe('a project another connection is writing', () => {
  it('answers at once without keeping anything, and keeps it once the writer is done', async () => {
    const { session, file, db } = await project();
    const ids = saveFixtureSegments(session);
    const refs: SegmentRef[] = Object.values(ids).map((id) => ({ id }));
    const writer = new Database(file, { fileMustExist: true });
    try {
      writer.exec('BEGIN IMMEDIATE');
      const started = Date.now();
      expect(sizes(db, refs)).toEqual([
        ['Big', 2],
        ['UK', 3],
        ['Recent', 3],
        ['Age 40+', 2],
      ]);
      // Not the 5 s busy timeout of the project's connection.
      expect(Date.now() - started).toBeLessThan(2000);
      expect(cachedNames(db).filter((n) => n.startsWith('member/'))).toEqual([]);
      writer.exec('ROLLBACK');
    } finally {
      writer.close();
    }
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    compareSegments(db, refs);
    expect(cachedNames(db).filter((n) => n.startsWith('member/'))).toHaveLength(4);
  });
});

describe('inside a transaction of the caller', () => {
  it('answers without keeping anything: the data may still change before it commits', async () => {
    const { session, db } = await project();
    const ids = saveFixtureSegments(session);
    // Saving counted the segments and kept the columns they read; what matters is the transaction.
    db.exec('DELETE FROM column_cache');
    const answer = db.transaction(() => sizes(db, [{ id: ids.UK as number }]))();
    expect(answer).toEqual([['UK', 3]]);
    expect(cachedNames(db)).toEqual([]);
  });
});

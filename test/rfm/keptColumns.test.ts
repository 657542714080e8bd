/**
 * The RFM population, breaks, history span and key order kept in the project file
 * (columnCache/columnStore.ts): a reopened project answers from them exactly as a fresh computation does,
 * a new as-of date or import is never answered from an older entry, and a read-only project works.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/projectFile.js';
import { readAsOf, writeAsOf } from '../../electron/core/metrics/asOf.js';
import { rfmResult } from '../../electron/core/rfm/result.js';
import { countRule } from '../../electron/core/segments/count.js';
import type { Session } from '../../electron/core/session.js';
import type { Rule } from '../../shared/model/rules.js';
import { fixture, importFile, newSession } from '../support/session.js';
import { rfmProject } from './project.js';
import { rfmEntryNames } from './rfmEntryNames.js';

const sessions: Session[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});

const page = { customers: { offset: 0, limit: 5 } };
const kept = (db: Db) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'column_cache'").get()
    ? (db
        .prepare("SELECT name FROM column_cache WHERE name LIKE 'rfm/%' OR name LIKE 'keys/%' ORDER BY name")
        .pluck()
        .all() as string[])
    : [];
/** The answer with nothing kept: what the data says today. */
function fresh(db: Db) {
  if (kept(db).length > 0) db.exec('DELETE FROM column_cache');
  return rfmResult(db, page);
}

async function opened(): Promise<{ session: Session; db: Db; file: string }> {
  const session = await rfmProject('orders');
  sessions.push(session);
  const project = session.requireProject();
  return { session, db: project.db, file: project.path };
}

describe('RFM from columns kept in the project file', () => {
  it('answers a reopened project from the kept columns, equal to a fresh computation', async () => {
    const { session, db, file } = await opened();
    const first = rfmResult(db, page);
    const day = first.asOf === null ? '' : String(Math.round(Date.parse(first.asOf) / 86_400_000));
    // A first page in customer-id order reads the start of the key index only (rfm/keys.ts firstInKeyOrder).
    expect(kept(db)).toEqual(rfmEntryNames(day));
    // A page sorted by value needs the whole key order (ties stay in key order), which is kept.
    const byMoney = rfmResult(db, { customers: { offset: 0, limit: 5, sort: { key: 'monetary', dir: 'desc' } } });
    expect(kept(db)).toContain('keys/order');
    const champions = countRule(db, { field: 'rfm_segment', op: 'in', value: ['Champions'] });
    session.close();
    const again = newSession();
    sessions.push(again);
    const db2 = again.open(file).db;
    expect(rfmResult(db2, page)).toEqual(first);
    expect(rfmResult(db2, { customers: { offset: 0, limit: 5, sort: { key: 'monetary', dir: 'desc' } } })).toEqual(
      byMoney,
    );
    expect(countRule(db2, { field: 'rfm_segment', op: 'in', value: ['Champions'] })).toEqual(champions);
    expect(rfmResult(db2, page)).toEqual(fresh(db2));
  });

  it('a first rfm_segment count keeps the breaks only; the RFM answer after it keeps the population', async () => {
    const { db } = await opened();
    const rule: Rule = { field: 'rfm_segment', op: 'in', value: ['Champions'] };
    const counted = countRule(db, rule);
    const day = String(readAsOf(db).day);
    expect(kept(db)).toEqual([
      `rfm/${day}/breaks/5/frequency`,
      `rfm/${day}/breaks/5/monetary`,
      `rfm/${day}/breaks/5/recency`,
    ]);
    const answer = rfmResult(db, page);
    expect(kept(db)).toContain(`rfm/${day}/ids`);
    expect(answer).toEqual(fresh(db));
    expect(countRule(db, rule)).toEqual(counted);
    expect(counted.customers).toBe(answer.segments.find((s) => s.segment === 'Champions')?.customers);
  });

  it('follows a new as-of date and a new import', async () => {
    const { session, db } = await opened();
    const before = rfmResult(db, page);
    writeAsOf(db, '2024-02-01');
    const earlier = rfmResult(db, page);
    expect(earlier.asOf).toBe('2024-02-01');
    expect(earlier).not.toEqual(before);
    expect(earlier).toEqual(fresh(db));
    writeAsOf(db, null);
    expect(rfmResult(db, page)).toEqual(before);
    await importFile(session, fixture('rfm/short-history.csv'), { kind: 'orders' }, true);
    const db2 = session.requireProject().db;
    const replaced = rfmResult(db2, page);
    expect(replaced).not.toEqual(before);
    expect(replaced).toEqual(fresh(db2));
  });

  it('works read-only, with and without kept columns, and writes nothing', async () => {
    const { session, db, file } = await opened();
    const expected = rfmResult(db, page);
    db.exec('DELETE FROM column_cache');
    session.close();
    const readOnly = new Database(file, { readonly: true, fileMustExist: true });
    try {
      expect(rfmResult(readOnly, page)).toEqual(expected);
      expect(kept(readOnly)).toEqual([]);
    } finally {
      readOnly.close();
    }
    const writer = new Database(file, { fileMustExist: true });
    rfmResult(writer, page);
    writer.close();
    const reader = new Database(file, { readonly: true, fileMustExist: true });
    try {
      expect(kept(reader).length).toBe(9);
      expect(rfmResult(reader, page)).toEqual(expected);
    } finally {
      reader.close();
    }
  });
});

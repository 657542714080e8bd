/**
 * A leaf's members are served only for the data, as-of date and segment rules they were computed
 * for: after an edit of a referenced segment, a new import or a new as-of date the count is the
 * new one, on the same connection (the memory) and on a freshly opened one (the kept leaves); and
 * a project opened again reads its orders conditions' members instead of scanning the lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Db, openProjectFile } from '../../../electron/core/db/projectFile.js';
import { writeAsOf } from '../../../electron/core/metrics/asOf.js';
import { countRule, memberIds } from '../../../electron/core/segments/count.js';
import { countRuleSql } from '../../../electron/core/segments/sqlCount.js';
import { saveSegment } from '../../../electron/core/segments/store.js';
import type { Session } from '../../../electron/core/session.js';
import type { Rule } from '../../../shared/model/rules.js';
import { fixture, tempDir } from '../../support/session.js';
import { importTyped, SMALL_ORDER_COLUMNS, smallProject } from '../project.js';

const recent: Rule = { orders: { within_last_days: 10 }, measure: 'count', op: '>=', value: 1 };

let session: Session;
let db: Db;
const opened: Db[] = [];
beforeEach(async () => {
  session = await smallProject();
  db = session.requireProject().db;
});
afterEach(() => {
  for (const other of opened.splice(0)) other.close();
});

function reopen(): Db {
  const other = openProjectFile(session.requireProject().path);
  opened.push(other);
  return other;
}

const keysOf = (on: Db, rule: Rule) =>
  memberIds(on, rule).map((id) => on.prepare('SELECT customer_key FROM customers WHERE id = ?').pluck().get(id));
const keptLeaves = () =>
  db.prepare("SELECT COUNT(*) FROM column_cache WHERE name LIKE 'leaf/%'").pluck().get() as number;
const ordersScans = (on: Db) =>
  on.prepare("SELECT COUNT(*) FROM temp.sqlite_master WHERE name LIKE 'segwb_orders_%'").pluck().get() as number;

describe('leaves are never served stale', () => {
  it('keeps an orders condition in the project file, and a reopened project reads it without a scan', () => {
    expect(keysOf(db, recent)).toEqual(['k01', 'k03', 'k05']);
    expect(keptLeaves()).toBe(1);
    const other = reopen();
    expect(countRule(other, recent)).toEqual(countRuleSql(db, recent));
    expect(countRule(other, recent).customers).toBe(3);
    expect(ordersScans(other)).toBe(0);
    // A plain condition is remembered, not kept: it costs one scan of the customers.
    countRule(db, { field: 'vip', op: 'is_true' });
    expect(keptLeaves()).toBe(1);
  });

  it('follows an edit of a referenced segment', () => {
    const saved = saveSegment(db, { name: 'Recent', rule: recent });
    const rule: Rule = { and: [{ segment: saved.id }, { not: { field: 'vip', op: 'is_true' } }] };
    const before = countRule(db, rule);
    expect(before).toEqual(countRuleSql(db, rule));
    saveSegment(db, { name: 'Recent', rule: { ...recent, orders: { within_last_days: 100 } } }, saved.id);
    const after = countRule(db, rule);
    expect(after).toEqual(countRuleSql(db, rule));
    expect(after.customers).toBeGreaterThan(before.customers);
    expect(countRule(reopen(), rule)).toEqual(after);
  });

  it("follows a new as-of date, and a reopened project does not read the old date's leaf", () => {
    expect(countRule(db, recent).customers).toBe(3);
    writeAsOf(db, '2024-03-20');
    expect(countRule(db, recent).customers).toBe(0);
    expect(countRule(reopen(), recent).customers).toBe(0);
    writeAsOf(db, null);
    expect(countRule(db, recent).customers).toBe(3);
  });

  it('follows a new import made on another connection, on this one and on a reopened one', async () => {
    expect(keysOf(db, recent)).toEqual(['k01', 'k03', 'k05']);
    const other = reopen();
    expect(keysOf(other, recent)).toEqual(['k01', 'k03', 'k05']);
    const lines = fs.readFileSync(fixture('segments/orders.csv'), 'utf8').split('\n');
    const file = path.join(tempDir(), 'orders.csv');
    // Without k03's order O5; the as-of date stays the same, so only the data's version tells.
    fs.writeFileSync(file, lines.filter((l) => !l.startsWith('O5,')).join('\n'));
    await importTyped(session, file, 'orders', SMALL_ORDER_COLUMNS, true);
    expect(keysOf(db, recent)).toEqual(['k01', 'k05']);
    expect(keysOf(other, recent)).toEqual(['k01', 'k05']);
    expect(keysOf(reopen(), recent)).toEqual(['k01', 'k05']);
  });
});

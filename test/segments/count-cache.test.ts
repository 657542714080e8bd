/**
 * Counts reuse the per-customer aggregates of orders conditions (TEMP tables of the connection)
 * only while the data and the as-of date are unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeAsOf } from '../../electron/core/metrics/asOf.js';
import { countRule, countRuleParts, memberIds } from '../../electron/core/segments/count.js';
import type { Session } from '../../electron/core/session.js';
import type { Rule } from '../../shared/model/rules.js';
import { fixture, tempDir } from '../support/session.js';
import { importTyped, SMALL_ORDER_COLUMNS, smallProject } from './project.js';

let session: Session;
const recent: Rule = { orders: { within_last_days: 10 }, measure: 'count', op: '>=', value: 1 };
const tempTables = () =>
  (session
    .requireProject()
    .db.prepare("SELECT COUNT(*) FROM temp.sqlite_master WHERE type = 'table' AND name LIKE 'segwb_orders_%'")
    .pluck()
    .get() as number) ?? 0;

beforeAll(async () => {
  session = await smallProject();
});

describe('the orders aggregate cache', () => {
  it('builds one table per aggregate and reuses it for another comparison value', () => {
    const db = session.requireProject().db;
    expect(countRule(db, recent).customers).toBe(3); // k01, k03, k05
    expect(tempTables()).toBe(1);
    expect(countRule(db, { ...recent, op: '=', value: 0 }).customers).toBe(7);
    expect(tempTables()).toBe(1);
  });

  it('keeps the cache across per-part counts (their own TEMP table is not a change of the data)', () => {
    const db = session.requireProject().db;
    const before = tempTables();
    expect(countRuleParts(db, { and: [recent, { field: 'vip', op: 'is_true' }] })[0]).toEqual({
      path: '',
      customers: 1,
      revenue: 13.5,
    });
    const name = db.prepare("SELECT name FROM temp.sqlite_master WHERE name LIKE 'segwb_orders_%'").pluck().get();
    countRule(db, recent);
    expect(db.prepare("SELECT name FROM temp.sqlite_master WHERE name LIKE 'segwb_orders_%'").pluck().get()).toBe(name);
    expect(tempTables()).toBe(before);
  });

  it('follows a new as-of date', () => {
    const db = session.requireProject().db;
    writeAsOf(db, '2024-03-20');
    expect(countRule(db, recent).customers).toBe(0);
    expect(countRule(db, { ...recent, orders: { within_last_days: 20 } }).customers).toBe(3);
    writeAsOf(db, null);
    expect(countRule(db, recent).customers).toBe(3);
  });

  it('follows a re-import made on another connection', async () => {
    const db = session.requireProject().db;
    const keys = () =>
      memberIds(db, recent).map((id) => db.prepare('SELECT customer_key FROM customers WHERE id = ?').pluck().get(id));
    expect(keys()).toEqual(['k01', 'k03', 'k05']);
    const lines = fs.readFileSync(fixture('segments/orders.csv'), 'utf8').split('\n');
    const file = path.join(tempDir(), 'orders.csv');
    // Without k03's order O5; the as-of date (and so the cached query's parameters) stays the same.
    fs.writeFileSync(file, lines.filter((l) => !l.startsWith('O5,')).join('\n'));
    await importTyped(session, file, 'orders', SMALL_ORDER_COLUMNS, true);
    expect(keys()).toEqual(['k01', 'k05']);
  });
});

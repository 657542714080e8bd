/**
 * A leaf's members are served only for the data, as-of date and segment rules they were computed
 * for: after an edit of a referenced segment, a new import or a new as-of date the count is the
 * new one, on the same connection (the memory) and on a freshly opened one (the kept leaves); and
 * a project opened again reads its orders conditions' members instead of scanning the lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/db/projectFile.js';
import { writeAsOf } from '../../../electron/core/metrics/asOf.js';
import { countRule, memberIds } from '../../../electron/core/segments/count.js';
import { countRuleSql } from '../../../electron/core/segments/sqlCount.js';
import { saveSegment } from '../../../electron/core/segments/store.js';
import type { Rule } from '../../../shared/model/rules.js';
import { fixture, tempDir } from '../../support/session.js';
import { importTyped, SMALL_ORDER_COLUMNS, smallProjectEachTest } from '../project.js';

const recent: Rule = { orders: { within_last_days: 10 }, measure: 'count', op: '>=', value: 1 };

const project = smallProjectEachTest();

const keysOf = (on: Db, rule: Rule) =>
  memberIds(on, rule).map((id) => on.prepare('SELECT customer_key FROM customers WHERE id = ?').pluck().get(id));
const keptLeaves = () =>
  project.db.prepare("SELECT COUNT(*) FROM column_cache WHERE name LIKE 'leaf/%'").pluck().get() as number;
const ordersScans = (on: Db) =>
  on.prepare("SELECT COUNT(*) FROM temp.sqlite_master WHERE name LIKE 'segwb_orders_%'").pluck().get() as number;

describe('leaves are never served stale', () => {
  it('keeps an orders condition in the project file, and a reopened project reads it without a scan', () => {
    expect(keysOf(project.db, recent)).toEqual(['k01', 'k03', 'k05']);
    expect(keptLeaves()).toBe(1);
    const other = project.reopen();
    expect(countRule(other, recent)).toEqual(countRuleSql(project.db, recent));
    expect(countRule(other, recent).customers).toBe(3);
    expect(ordersScans(other)).toBe(0);
    // A plain condition is remembered, not kept: it costs one scan of the customers.
    countRule(project.db, { field: 'vip', op: 'is_true' });
    expect(keptLeaves()).toBe(1);
  });

  it('follows an edit of a referenced segment', () => {
    const saved = saveSegment(project.db, { name: 'Recent', rule: recent });
    const rule: Rule = { and: [{ segment: saved.id }, { not: { field: 'vip', op: 'is_true' } }] };
    const before = countRule(project.db, rule);
    expect(before).toEqual(countRuleSql(project.db, rule));
    saveSegment(project.db, { name: 'Recent', rule: { ...recent, orders: { within_last_days: 100 } } }, saved.id);
    const after = countRule(project.db, rule);
    expect(after).toEqual(countRuleSql(project.db, rule));
    expect(after.customers).toBeGreaterThan(before.customers);
    expect(countRule(project.reopen(), rule)).toEqual(after);
  });

  it("follows a new as-of date, and a reopened project does not read the old date's leaf", () => {
    expect(countRule(project.db, recent).customers).toBe(3);
    writeAsOf(project.db, '2024-03-20');
    expect(countRule(project.db, recent).customers).toBe(0);
    expect(countRule(project.reopen(), recent).customers).toBe(0);
    writeAsOf(project.db, null);
    expect(countRule(project.db, recent).customers).toBe(3);
  });

  it('follows a new import made on another connection, on this one and on a reopened one', async () => {
    expect(keysOf(project.db, recent)).toEqual(['k01', 'k03', 'k05']);
    const other = project.reopen();
    expect(keysOf(other, recent)).toEqual(['k01', 'k03', 'k05']);
    const lines = fs.readFileSync(fixture('segments/orders.csv'), 'utf8').split('\n');
    const file = path.join(tempDir(), 'orders.csv');
    // Without k03's order O5; the as-of date stays the same, so only the data's version tells.
    fs.writeFileSync(file, lines.filter((l) => !l.startsWith('O5,')).join('\n'));
    await importTyped(project.session, file, 'orders', SMALL_ORDER_COLUMNS, true);
    expect(keysOf(project.db, recent)).toEqual(['k01', 'k05']);
    expect(keysOf(other, recent)).toEqual(['k01', 'k05']);
    expect(keysOf(project.reopen(), recent)).toEqual(['k01', 'k05']);
  });
});

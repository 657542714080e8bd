/**
 * Counts, per-node counts and field profiles on the hand-made project (test/fixtures/segments).
 * Monetary: k01 13.5, k02 75, k03 12, k04 0, k05 160, k06 0, k07 0, k08 25, k09 3.5, k10 -5 (total 284).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/projectFile.js';
import { handlers } from '../../electron/core/handlers/index.js';
import type { HandlerContext } from '../../electron/core/handlers/types.js';
import { countRule, countRuleParts, memberIds } from '../../electron/core/segments/count.js';
import { fieldProfile } from '../../electron/core/segments/profile.js';
import type { Session } from '../../electron/core/session.js';
import { methods } from '../../shared/api.js';
import type { Rule } from '../../shared/model/rules.js';
import { newSession, tempDir } from '../support/session.js';
import { thrown } from './members.js';
import { importTyped, smallProject } from './project.js';

let session: Session;
let db: Db;
beforeAll(async () => {
  session = await smallProject();
  db = session.requireProject().db;
});

const rule: Rule = {
  and: [
    { field: 'country', op: 'in', value: ['Wales', 'Iran'] },
    { not: { field: 'vip', op: 'is_true' } },
    { orders: { where: { field: 'amount', op: '>', value: 0 } }, measure: 'count', op: '>=', value: 1 },
  ],
};

describe('countRule', () => {
  it('counts members, their revenue and both shares', () => {
    expect(countRule(db, rule)).toEqual({ customers: 1, revenue: 12, share_customers: 0.1, share_revenue: 0.042254 });
  });

  it('counts everyone for an empty and, no one for an empty or', () => {
    expect(countRule(db, { and: [] })).toEqual({ customers: 10, revenue: 284, share_customers: 1, share_revenue: 1 });
    expect(countRule(db, { or: [] })).toEqual({ customers: 0, revenue: 0, share_customers: 0, share_revenue: 0 });
  });

  it('keeps negative revenue (returns); the share of revenue stays within 0..1', () => {
    expect(countRule(db, { field: 'monetary', op: '<', value: 0 })).toEqual({
      customers: 1,
      revenue: -5,
      share_customers: 0.1,
      share_revenue: 0,
    });
  });

  it('lists member ids ascending', () => {
    const key = (id: number) =>
      (db.prepare('SELECT customer_key FROM customers WHERE id = ?').pluck().get(id) as string) ?? '';
    const ids = memberIds(db, { field: 'vip', op: 'is_true' });
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(ids.map(key)).toEqual(['k01', 'k04', 'k06']);
  });
});

describe('countRuleParts', () => {
  it('counts every node on its own, with its path', () => {
    expect(countRuleParts(db, rule)).toEqual([
      { path: '', customers: 1, revenue: 12 },
      { path: '0', customers: 4, revenue: 25.5 },
      { path: '1', customers: 7, revenue: 270.5 },
      { path: '1.0', customers: 3, revenue: 13.5 },
      { path: '2', customers: 6, revenue: 289 },
    ]);
  });

  it('treats a segment reference as one node and a root not as path "0"', () => {
    expect(countRuleParts(db, { not: { or: [] } })).toEqual([
      { path: '', customers: 10, revenue: 284 },
      { path: '0', customers: 0, revenue: 0 },
    ]);
  });

  it('counts rules with more nodes than one query takes', () => {
    const many: Rule = { or: Array.from({ length: 900 }, (_, i) => ({ field: 'age', op: '>', value: i }) as Rule) };
    const parts = countRuleParts(db, many);
    expect(parts).toHaveLength(901);
    expect(parts[0]).toEqual({ path: '', customers: 6, revenue: 273.5 });
    expect(parts[35]).toEqual({ path: '34', customers: 3, revenue: 100 });
    expect(parts[900]).toEqual({ path: '899', customers: 0, revenue: 0 });
  });
});

describe('fieldProfile', () => {
  it('profiles a category attribute: filled, empty and values commonest first', () => {
    expect(fieldProfile(db, { key: 'country', source: 'customers' })).toEqual({
      key: 'country',
      source: 'customers',
      type: 'category',
      filled: 7,
      empty: 3,
      min: null,
      max: null,
      values: [
        { value: 'France', count: 2 },
        { value: 'Iran', count: 2 },
        { value: 'Wales', count: 2 },
        { value: 'Germany', count: 1 },
      ],
    });
  });

  it('gives the range of numbers and dates', () => {
    expect(fieldProfile(db, { key: 'age', source: 'customers' })).toMatchObject({
      filled: 6,
      empty: 4,
      min: 29,
      max: 62,
    });
    expect(fieldProfile(db, { key: 'signup', source: 'customers' })).toMatchObject({
      type: 'date',
      filled: 6,
      empty: 4,
      min: '1969-12-31',
      max: '2024-01-01',
      values: [],
    });
    expect(fieldProfile(db, { key: 'last_order', source: 'metrics' })).toMatchObject({
      filled: 6,
      empty: 4,
      min: '2023-06-01',
      max: '2024-03-09',
    });
    expect(fieldProfile(db, { key: 'recency_days', source: 'metrics' })).toMatchObject({ min: 1, max: 283 });
    expect(fieldProfile(db, { key: 'order_date', source: 'orders' })).toMatchObject({
      filled: 14,
      empty: 0,
      min: '2023-06-01',
      max: '2024-03-09',
    });
  });

  it('filters values by a case- and Unicode-insensitive search and limits them', () => {
    expect(fieldProfile(db, { key: 'Full name', source: 'customers', search: 'كتاب' }).values).toEqual([
      { value: 'كتاب خانه', count: 1 },
      { value: 'کتاب فروش', count: 1 },
    ]);
    expect(fieldProfile(db, { key: 'category', source: 'orders', limit: 2 }).values).toEqual([
      { value: 'Shoes', count: 6 },
      { value: 'Kitchen', count: 4 },
    ]);
    expect(fieldProfile(db, { key: 'customer_id', source: 'customers', search: 'K1' }).values).toEqual([
      { value: 'k10', count: 1 },
    ]);
  });

  it('refuses an unknown field or a field of another source', () => {
    expect(thrown(() => fieldProfile(db, { key: 'category', source: 'customers' }))).toEqual({
      code: 'INVALID_PARAMS',
      message: 'Unknown field "category" among the customers fields.',
      details: { field: 'category', source: 'customers' },
    });
  });
});

describe('handlers', () => {
  const ctx = () => ({ session, emit: () => {} }) as unknown as HandlerContext;

  it('answers segments/count, segments/countParts and fields/profile', async () => {
    const params = methods['segments/count'].parse({ rule });
    expect(await handlers['segments/count'](params, ctx())).toEqual(countRule(db, rule));
    const parts = methods['segments/countParts'].parse({ rule });
    expect(await handlers['segments/countParts'](parts, ctx())).toHaveLength(5);
    const profile = methods['fields/profile'].parse({ key: 'vip', source: 'customers' });
    expect(await handlers['fields/profile'](profile, ctx())).toEqual({
      key: 'vip',
      source: 'customers',
      type: 'boolean',
      filled: 6,
      empty: 4,
      min: null,
      max: null,
      values: [],
    });
  });
});

describe('fieldProfile of a field with more values than are kept', () => {
  it('searches them in SQL, commonest first, then by value', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'many.csv');
    const ids = Array.from({ length: 20_001 }, (_, i) => `ID${i}`);
    fs.writeFileSync(file, `customer_id,Full name\n${ids.map((id) => `${id},x`).join('\n')}\n`);
    const big = newSession(dir);
    big.create(path.join(dir, 'many.segwb'));
    await importTyped(big, file, 'customers', {
      customer_id: { type: 'identifier', role: 'customer_id' },
      'Full name': { type: 'text' },
    });
    const profile = fieldProfile(big.requireProject().db, {
      key: 'customer_id',
      source: 'customers',
      search: 'd2000',
      limit: 3,
    });
    expect(profile).toMatchObject({ filled: 20_001, empty: 0 });
    expect(profile.values).toEqual([
      { value: 'ID2000', count: 1 },
      { value: 'ID20000', count: 1 },
    ]);
  });
});

/** The membership scan behind compare/overlap/quality: many segments, huge ids, medians, rule fields. */
import { describe, expect, it } from 'vitest';
import { DayHistogram } from '../../electron/core/analysis/dayHistogram.js';
import { isMember, loadMembership } from '../../electron/core/analysis/membership.js';
import { compareSegments } from '../../electron/core/analysis/query.js';
import { ruleCustomerFields } from '../../electron/core/analysis/ruleFields.js';
import type { Rule } from '../../shared/model/rules.js';
import { analysisProject } from './fixture.js';

describe('membership', () => {
  it('packs more than 30 segments into several columns', async () => {
    const { session } = await analysisProject();
    const db = session.requireProject().db;
    // 35 segments: even positions "Big" (a1, a3), odd positions "UK" (a1, a2, a6).
    const segments = Array.from({ length: 35 }, (_, s) => ({
      name: `s${s}`,
      id: null,
      rule: (s % 2 === 0
        ? { field: 'monetary', op: '>=', value: 200 }
        : { field: 'country', op: 'in', value: ['UK'] }) as Rule,
    }));
    const m = loadMembership(db, segments);
    expect(m.words).toHaveLength(2);
    const keys = db.prepare('SELECT customer_key FROM customers ORDER BY id').pluck().all() as string[];
    const membersOf = (s: number) => keys.filter((_, i) => isMember(m, s, i)).sort();
    expect(membersOf(0)).toEqual(['a1', 'a3']);
    expect(membersOf(33)).toEqual(['a1', 'a2', 'a6']);
    expect(membersOf(34)).toEqual(['a1', 'a3']);
    const rows = compareSegments(
      db,
      segments.map(({ name, rule }) => ({ name, rule })),
    );
    expect(rows.map((r) => r.revenue)).toEqual(segments.map((_, s) => (s % 2 === 0 ? 850 : 750)));
    session.close();
  });

  it('still finds customers whose id is too large to share a number with the flags', async () => {
    const { session } = await analysisProject();
    const db = session.requireProject().db;
    const big = 2 ** 23 + 5;
    db.prepare("INSERT INTO customers (id, customer_key) VALUES (?, 'z9')").run(big);
    db.prepare(
      'INSERT INTO customer_metrics (customer, frequency, monetary, first_day, last_day) VALUES (?, 1, 5000, 19790, 19790)',
    ).run(big);
    const [row] = compareSegments(db, [{ name: 'Whales', rule: { field: 'monetary', op: '>=', value: 600 } }]);
    // a1 (600) and z9 (5000).
    expect(row).toMatchObject({ customers: 2, revenue: 5600, share_customers: 0.25 });
    session.close();
  });
});

describe('median of days', () => {
  it('takes the middle day, or the mean of the two middle days', () => {
    const range = DayHistogram.rangeOf(Float64Array.from([3, 10, Number.NaN, 7]));
    expect(range).toEqual({ min: 3, max: 10 });
    const h = new DayHistogram(range);
    expect(h.median()).toBeNull();
    for (const d of [10, 3, Number.NaN, 7]) h.add(d);
    expect(h.median()).toBe(7);
    h.add(10);
    expect(h.median()).toBe(8.5);
    expect(DayHistogram.rangeOf(Float64Array.from([Number.NaN]))).toBeNull();
  });

  it('sorts instead of counting when the days span too far', () => {
    const h = new DayHistogram({ min: -1_000_000, max: 1_000_000 });
    for (const d of [1_000_000, -1_000_000, 5]) h.add(d);
    expect(h.median()).toBe(5);
  });
});

describe('fields a rule uses', () => {
  it('follows saved segments and skips order-line fields and the customer id', () => {
    const saved: Record<number, Rule> = {
      1: { and: [{ field: 'age', op: '>', value: 30 }, { segment: 2 }] },
      2: { field: 'country', op: 'in', value: ['UK'] },
    };
    const rule: Rule = {
      or: [
        { not: { field: 'email', op: 'is_empty' } },
        { segment: 1 },
        { orders: { where: { field: 'category', op: 'in', value: ['Shoes'] } }, measure: 'count', op: '>=', value: 1 },
        { field: 'customer_id', op: 'equals', value: 'a1' },
        { field: 'age', op: '<', value: 20 },
      ],
    };
    expect(ruleCustomerFields(rule, (id) => saved[id])).toEqual(['email', 'age', 'country']);
  });
});

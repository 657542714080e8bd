/**
 * The live count from leaves (count.ts over leaves/leafSets.ts) against the SQL path it replaced
 * (sqlCount.ts): the same members, count, revenue (round6) and shares, and the same per-node counts,
 * over random rules of every condition type and operator the builder offers, nested and/or/not,
 * empty values, saved-segment references and orders and events conditions with windows (the
 * property test's generator and project), and over the demo shop's templates and bench rules.
 * Counting one rule after another on one connection also checks that no leaf of one rule is
 * served for another. Conditions on the customers' attributes, metrics and RFM fields are
 * evaluated over kept columns (leaves/columnLeaf.ts), and orders conditions over the order lines'
 * columns (leaves/ordersLeaf.ts, tallied as orders:count and orders:sum_amount): the tests check
 * that they took that path and the others (customer_id, event profiles, clusters) the SQL scan.
 */
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BENCH_RULES } from '../../../electron/bench/segmentRules.js';
import { benchShapes, REFERENCED_SEGMENT } from '../../../electron/bench/segmentShapes.js';
import type { Db } from '../../../electron/core/db/projectFile.js';
import { createDemoProject } from '../../../electron/core/demo/demoProject.js';
import { keepFirstViewColumns } from '../../../electron/core/history/keptAfterImport.js';
import { readAsOf, writeAsOf } from '../../../electron/core/metrics/asOf.js';
import { countRule, countRuleParts, memberIds } from '../../../electron/core/segments/count.js';
import { PROFILE_FIELDS } from '../../../electron/core/segments/eventFields.js';
import { conditionLeafTally } from '../../../electron/core/segments/leaves/conditionLeafTally.js';
import { PREDICTED_FIELDS } from '../../../electron/core/segments/predictedFields.js';
import { countRulePartsSql, countRuleSql, memberIdsSql } from '../../../electron/core/segments/sqlCount.js';
import { saveSegment } from '../../../electron/core/segments/store.js';
import { segmentTemplates } from '../../../electron/core/segments/templates.js';
import type { Rule } from '../../../shared/model/rules.js';
import { newSession, tempDir } from '../../support/session.js';
import { insertSegment } from '../project.js';
import { datasetProject } from '../property/dataset.js';
import { readVocabulary, ruleArbitrary } from '../property/ruleArbitrary.js';

const SEED = Number(process.env.SEGWB_PROPERTY_SEED ?? 20_261_207);

/** Both paths on one rule; returns the number of members. */
function same(db: Db, rule: Rule): number {
  const counts = countRule(db, rule);
  expect(counts).toEqual(countRuleSql(db, rule));
  expect(memberIds(db, rule)).toEqual(memberIdsSql(db, rule));
  expect(countRuleParts(db, rule)).toEqual(countRulePartsSql(db, rule));
  return counts.customers;
}

/** The tally's names of orders conditions (leafSets.ts), which must all go over the lines' columns. */
const ORDERS_LEAVES = ['orders:count', 'orders:sum_amount'];

/** Fields whose conditions stay on the SQL scan (fieldColumn.ts says why). */
const ON_SQL = new Set(['customer_id', 'cluster', ...PROFILE_FIELDS.keys(), ...PREDICTED_FIELDS.map((f) => f.key)]);

/**
 * Every condition leaf of `fields` evaluated over columns at least once, and none by SQL (but
 * those of `someSql`, counted by the caller); the others by SQL only.
 */
function expectColumnPath(fields: readonly string[], someSql: readonly string[] = []): void {
  const tally = conditionLeafTally.snapshot();
  for (const [key, paths] of Object.entries(tally)) {
    if (someSql.includes(key)) continue;
    expect(paths[ON_SQL.has(key) ? 'columns' : 'sql'], `${key}: ${JSON.stringify(paths)}`).toBe(0);
  }
  expect(fields.filter((key) => !((tally[key]?.columns ?? 0) > 0))).toEqual([]);
}

describe('on a random project (every field type, empty values, events, references)', () => {
  let db: Db;
  let segmentIds: number[];
  let arbitrary: fc.Arbitrary<Rule>;
  let customers: number;
  let columnFields: string[];
  beforeAll(async () => {
    const session = await datasetProject(11);
    db = session.requireProject().db;
    // As the app's snapshot worker leaves a project after an import: the lines' columns kept.
    keepFirstViewColumns(db);
    const vocabulary = readVocabulary(db, readAsOf(db).day as number);
    columnFields = vocabulary.customerFields.map((f) => f.key).filter((key) => !ON_SQL.has(key));
    const plain = fc.sample(ruleArbitrary(vocabulary, [], 3), { seed: SEED, numRuns: 3 });
    segmentIds = plain.map((rule, i) => insertSegment(session, `Saved ${i + 1}`, rule));
    const [first, second] = segmentIds as [number, number];
    segmentIds.push(insertSegment(session, 'Saved 4', { or: [{ segment: first }, { not: { segment: second } }] }));
    arbitrary = ruleArbitrary(vocabulary, segmentIds);
    customers = db.prepare('SELECT COUNT(*) FROM customers').pluck().get() as number;
  });

  it('gives the SQL counts, revenue, members and per-node counts on 1,500 random rules', () => {
    const sizes = { empty: 0, all: 0, some: 0 };
    conditionLeafTally.reset();
    fc.assert(
      fc.property(arbitrary, (rule) => {
        const n = same(db, rule);
        if (n === 0) sizes.empty += 1;
        else if (n === customers) sizes.all += 1;
        else sizes.some += 1;
      }),
      { numRuns: 1_500, seed: SEED },
    );
    expect(sizes.some).toBeGreaterThan(600);
    expect(columnFields.length).toBeGreaterThan(12);
    expectColumnPath([...columnFields, ...ORDERS_LEAVES]);
    const tally = conditionLeafTally.snapshot();
    // Orders conditions met for the first time, each over the lines' columns (none scanned).
    expect(ORDERS_LEAVES.map((key) => (tally[key]?.columns ?? 0) > 100)).toEqual([true, true]);
    const total = (path: 'columns' | 'sql') =>
      Object.values(conditionLeafTally.snapshot()).reduce((sum, paths) => sum + paths[path], 0);
    // Leaves met again are remembered, not evaluated; about half the rest are on the event profiles.
    expect(total('columns')).toBeGreaterThan(500);
    expect(total('sql')).toBeGreaterThan(0);
  });

  it('agrees again with the as-of date moved inside the orders (lines after it, other windows)', () => {
    conditionLeafTally.reset();
    const days = db.prepare('SELECT day FROM order_totals ORDER BY day').pluck().all() as number[];
    const middle = days[Math.floor(days.length / 2)] as number;
    writeAsOf(db, new Date(middle * 86_400_000).toISOString().slice(0, 10));
    try {
      fc.assert(
        fc.property(arbitrary, (rule) => {
          same(db, rule);
        }),
        { numRuns: 500, seed: SEED + 1 },
      );
      // The as-of date is part of the data's version: the kept lines are not served for it, and
      // the first orders measure of the new version is one SQL scan (ordersLeaf.ts worthReading).
      const tally = conditionLeafTally.snapshot();
      expect(ORDERS_LEAVES.map((key) => tally[key]?.sql ?? 0).reduce((a, b) => a + b)).toBe(1);
      expectColumnPath([...columnFields, ...ORDERS_LEAVES], ORDERS_LEAVES);
      expect(ORDERS_LEAVES.map((key) => (tally[key]?.columns ?? 0) > 50)).toEqual([true, true]);
    } finally {
      writeAsOf(db, null);
    }
  });
});

describe('on the demo shop', () => {
  let db: Db;
  let rules: Array<{ name: string; rule: Rule }>;
  beforeAll(async () => {
    const dir = tempDir();
    const { project } = await createDemoProject(newSession(dir), {
      path: path.join(dir, 'demo.segwb'),
      customers: 800,
      seed: 3,
    });
    db = project.db;
    keepFirstViewColumns(db);
    const referenced = saveSegment(db, REFERENCED_SEGMENT);
    rules = [
      ...BENCH_RULES,
      ...benchShapes(referenced.id),
      ...segmentTemplates(db).map((t) => ({ name: t.id, rule: t.rule })),
      { name: 'Champions', rule: { field: 'rfm_segment', op: 'in', value: ['Champions'] } },
    ];
  });

  it('gives the SQL answer for the bench rules, the goal shapes, every template and the Champions', () => {
    conditionLeafTally.reset();
    const members = rules.map(({ rule }) => same(db, rule));
    // The Champions count and the bench rules' attributes and metrics went over columns.
    expectColumnPath(['rfm_segment', 'age', 'country', 'income', 'monetary', 'recency_days', ...ORDERS_LEAVES]);
    expect(rules.length).toBeGreaterThan(20);
    // The rules select something, and not everyone.
    expect(members.filter((n) => n > 0 && n < 800).length).toBeGreaterThan(rules.length / 2);
  });
});

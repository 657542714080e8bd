/**
 * Differential property test: for random rules over a random (really imported) project, the SQL
 * compiler and the reference evaluator select the same customers. A dataset is shared by all the
 * rules of a run: 10,000 rules on one with the default as-of date, 3,000 on another whose as-of
 * date is set inside the order range (so some lines lie after it). Reproduce a failure with
 * SEGWB_PROPERTY_SEED=<seed> (fast-check prints the seed and the shrunk rule). Both the counting
 * path (memberIds, orders aggregates cached in TEMP tables) and compileRule's inline query are checked.
 * The project has events too (GA4 layout): events conditions, seasonal operators inside orders and
 * events conditions, and the fields derived from events (cart_abandoner, journey_stage, ...) are
 * generated like the rest, and so are the cluster field of two saved clusterings and the fields of a
 * kept lifetime-value fit (p_alive, expected_purchases, clv).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { runClustering } from '../../electron/core/cluster/run.js';
import { saveClustering } from '../../electron/core/cluster/saved.js';
import { saveClvFit } from '../../electron/core/clv/keptFit.js';
import type { Db } from '../../electron/core/db/projectFile.js';
import { readAsOf, writeAsOf } from '../../electron/core/metrics/asOf.js';
import { compileRule } from '../../electron/core/segments/compile.js';
import { memberIds } from '../../electron/core/segments/count.js';
import { evaluateRule } from '../../electron/core/segments/evaluate.js';
import { journeyStage } from '../../electron/core/segments/eventProfileReference.js';
import { loadProjectData, type ProjectData } from '../../electron/core/segments/projectData.js';
import type { FieldType } from '../../shared/model/roles.js';
import { isAnd, isCondition, isNot, isOr, OPS_BY_TYPE, type Rule } from '../../shared/model/rules.js';
import { insertSegment } from './project.js';
import { datasetProject } from './property/dataset.js';
import { readVocabulary, ruleArbitrary, type Vocabulary } from './property/ruleArbitrary.js';

const SEED = Number(process.env.SEGWB_PROPERTY_SEED ?? 20_261_123);

interface Fixture {
  db: Db;
  data: ProjectData;
  vocabulary: Vocabulary;
  segmentIds: number[];
}

async function fixture(datasetSeed: number, asOf?: string): Promise<Fixture> {
  const session = await datasetProject(datasetSeed);
  const db = session.requireProject().db;
  if (asOf) writeAsOf(db, asOf);
  // Two saved clusterings (customers without orders are left out of both): the cluster field.
  for (const [name, k] of [
    ['Spend', 3],
    ['Habit', 2],
  ] as const) {
    const params = { fields: ['frequency', 'monetary'], k, seed: 5 };
    saveClustering(db, runClustering(db, params), params, name);
  }
  // A kept lifetime-value fit, calibrated before the last orders so that some customers are left out.
  saveClvFit(db, { calibrationEnd: calibrationEnd(db), unit: 'day', horizon: 30 });
  const vocabulary = readVocabulary(db, readAsOf(db).day as number);
  // Saved segments: four random rules, and one that refers to two of them.
  const plain = fc.sample(ruleArbitrary(vocabulary, [], 3), { seed: SEED, numRuns: 4 });
  const segmentIds = plain.map((rule, i) => insertSegment(session, `Saved ${i + 1}`, rule));
  const [first, second] = segmentIds as [number, number];
  segmentIds.push(insertSegment(session, 'Saved 5', { or: [{ segment: first }, { not: { segment: second } }] }));
  return { db, data: loadProjectData(db), vocabulary, segmentIds };
}

/** The median order day before the as-of date: customers who first bought after it have no prediction. */
function calibrationEnd(db: Db): string {
  const asOf = readAsOf(db).day as number;
  const days = db.prepare('SELECT day FROM order_totals WHERE day < ? ORDER BY day').pluck().all(asOf) as number[];
  return new Date((days[Math.floor(days.length / 2)] as number) * 86_400_000).toISOString().slice(0, 10);
}

function agree(f: Fixture, numRuns: number): void {
  const sizes = { empty: 0, all: 0, some: 0 };
  fc.assert(
    fc.property(ruleArbitrary(f.vocabulary, f.segmentIds), (rule: Rule) => {
      const fromSql = memberIds(f.db, rule);
      const fromEvaluator = [...evaluateRule(f.data, rule)].sort((a, b) => a - b);
      expect(fromSql).toEqual(fromEvaluator);
      // compileRule's own query (orders aggregated inline, not through the per-connection cache).
      const query = compileRule(f.db, rule);
      const inline = f.db
        .prepare(query.sql)
        .pluck()
        .all(...query.params) as number[];
      expect(inline.sort((a, b) => a - b)).toEqual(fromEvaluator);
      if (fromSql.length === 0) sizes.empty += 1;
      else if (fromSql.length === f.data.customers.length) sizes.all += 1;
      else sizes.some += 1;
    }),
    { numRuns, seed: SEED },
  );
  // The rules must discriminate: about half select some customers but not all.
  expect(sizes.some).toBeGreaterThan(numRuns * 0.4);
}

describe('on a random project with the default as-of date', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await fixture(7);
  });

  it('has what the property needs: empties, order-only customers, returns and cancelled orders', () => {
    const { customers, orderTotals } = f.data;
    expect(customers.length).toBeGreaterThanOrEqual(60);
    expect(customers.filter((c) => c.attrs === null).length).toBeGreaterThan(0);
    expect(customers.filter((c) => c.lines.length === 0).length).toBeGreaterThan(0);
    expect(customers.filter((c) => c.attrs?.c1 === null).length).toBeGreaterThan(0);
    expect([...orderTotals.values()].filter((amount) => amount < 0).length).toBeGreaterThan(0);
    expect([...orderTotals.values()].filter((amount) => amount === 0).length).toBeGreaterThan(0);
  });

  it('has events: cart abandoners, every journey stage, events without a session, device or source', () => {
    const { customers } = f.data;
    expect(customers.filter((c) => c.profile?.cart_abandoner === 1).length).toBeGreaterThan(0);
    const stages = new Set(customers.map((c) => journeyStage(c.profile, c.metrics?.frequency ?? 0)));
    expect([...stages].sort()).toEqual([null, 'buyer', 'carted', 'engaged', 'repeat buyer', 'visitor'].sort());
    const events = customers.flatMap((c) => c.events);
    expect(events.filter((e) => e.session === null).length).toBeGreaterThan(0);
    expect(events.filter((e) => e.device === null).length).toBeGreaterThan(0);
    expect(events.filter((e) => e.source === null).length).toBeGreaterThan(0);
  });

  it('generates every operator of every field type, the text ones on categories and = / != on yes/no', () => {
    const typeOf = new Map(f.vocabulary.customerFields.map((field) => [field.key, field.type]));
    const seen = new Set<string>();
    const visit = (rule: Rule): void => {
      if (isAnd(rule)) rule.and.forEach(visit);
      else if (isOr(rule)) rule.or.forEach(visit);
      else if (isNot(rule)) visit(rule.not);
      else if (isCondition(rule) && typeOf.has(rule.field)) seen.add(`${typeOf.get(rule.field)} ${rule.op}`);
    };
    fc.sample(ruleArbitrary(f.vocabulary, f.segmentIds), { seed: SEED, numRuns: 2_000 }).forEach(visit);
    const expected = Object.entries(OPS_BY_TYPE)
      .filter(([type]) => [...typeOf.values()].includes(type as FieldType))
      .flatMap(([type, ops]) => ops.map((op) => `${type} ${op}`));
    expect(expected).toEqual(
      expect.arrayContaining(['category contains', 'category equals', 'boolean =', 'boolean !=']),
    );
    expect(expected.filter((pair) => !seen.has(pair))).toEqual([]);
  });

  // 10,000 rules take ~30 s on a quiet machine and twice that on a loaded one: a limit, not a target.
  it('compiler and evaluator agree on 10,000 random rules', () => agree(f, 10_000), 240_000);
});

describe('on another random project with an as-of date inside the order range', () => {
  it('compiler and evaluator agree on 3,000 random rules', async () => {
    const f = await fixture(8, '2024-01-31');
    const after = f.data.customers.flatMap((c) => c.lines).filter((l) => l.ts >= (f.vocabulary.asOf + 1) * 86_400);
    expect(after.length).toBeGreaterThan(0);
    agree(f, 3_000);
  }, 240_000);
});

/**
 * One segment-count benchmark case in its own process: a demo shop of N customers (~10 order
 * lines each) imported through the real path, then the live recount (countRule) and the
 * per-node counts (countRuleParts) of realistic rules, timed over many runs:
 *   warm: repeated recounts, as while the user edits (orders aggregates cached per connection);
 *   cold: the first count after the orders part changed (cache cleared before each run).
 * Then the same with the covering index on order_lines proposed for the import.
 * Prints one JSON line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DataCache } from '../core/db/dataCache.js';
import type { Db } from '../core/db/projectFile.js';
import { createDemoProject } from '../core/demo/demoProject.js';
import { countRule, countRuleParts } from '../core/segments/count.js';
import { Session } from '../core/session.js';
import { BENCH_RULES } from './segmentRules.js';
import { percentile, timeIt } from './stats.js';

export interface Timings {
  warmP50Ms: number;
  warmP95Ms: number;
  coldP50Ms: number;
  coldP95Ms: number;
  partsWarmP50Ms: number;
  partsWarmP95Ms: number;
  rules: Array<{ name: string; members: number; warmP50Ms: number; warmP95Ms: number; coldP50Ms: number }>;
}

export interface SegmentsCaseResult {
  customers: number;
  orderLines: number;
  importS: number;
  runsPerRule: number;
  asImported: Timings;
  withCoveringIndex: Timings & { indexS: number };
}

async function measure(db: Db, runs: number, coldRuns: number): Promise<Timings> {
  const cache = DataCache.of(db);
  const warm: number[] = [];
  const cold: number[] = [];
  const parts: number[] = [];
  const rules: Timings['rules'] = [];
  for (const { name, rule } of BENCH_RULES) {
    const coldTimes: number[] = [];
    for (let i = 0; i < coldRuns; i += 1) {
      cache.clear();
      coldTimes.push((await timeIt(() => countRule(db, rule))).seconds * 1000);
    }
    const warmTimes: number[] = [];
    let members = 0;
    for (let i = 0; i < runs; i += 1) {
      const t = await timeIt(() => countRule(db, rule));
      members = t.value.customers;
      warmTimes.push(t.seconds * 1000);
    }
    for (let i = 0; i < Math.min(runs, 10); i += 1)
      parts.push((await timeIt(() => countRuleParts(db, rule))).seconds * 1000);
    warm.push(...warmTimes);
    cold.push(...coldTimes);
    rules.push({
      name,
      members,
      warmP50Ms: ms(percentile(warmTimes, 50)),
      warmP95Ms: ms(percentile(warmTimes, 95)),
      coldP50Ms: ms(percentile(coldTimes, 50)),
    });
  }
  return {
    warmP50Ms: ms(percentile(warm, 50)),
    warmP95Ms: ms(percentile(warm, 95)),
    coldP50Ms: ms(percentile(cold, 50)),
    coldP95Ms: ms(percentile(cold, 95)),
    partsWarmP50Ms: ms(percentile(parts, 50)),
    partsWarmP95Ms: ms(percentile(parts, 95)),
    rules,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string' },
      runs: { type: 'string' },
      'cold-runs': { type: 'string' },
      dir: { type: 'string' },
    },
  });
  const customers = Number(values.customers ?? 10_000);
  const runs = Number(values.runs ?? 30);
  const coldRuns = Number(values['cold-runs'] ?? 5);
  const dir = values.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-bench-segments-'));
  try {
    const session = new Session({ mode: 'cli', appVersion: 'bench', projectsDir: dir, stateDir: dir });
    const imported = await timeIt(() => createDemoProject(session, { path: path.join(dir, 'bench.segwb'), customers }));
    const db = imported.value.project.db;
    const asImported = await measure(db, runs, coldRuns);
    const index = await timeIt(() =>
      db.exec('CREATE INDEX bench_order_lines_cover ON order_lines (customer, order_ref, ts, amount)'),
    );
    const covered = await measure(db, runs, coldRuns);
    const orderLines = (db.prepare('SELECT COUNT(*) AS n FROM order_lines').get() as { n: number }).n;
    session.close();
    const result: SegmentsCaseResult = {
      customers,
      orderLines,
      importS: Math.round(imported.seconds * 10) / 10,
      runsPerRule: runs,
      asImported,
      withCoveringIndex: { ...covered, indexS: Math.round(index.seconds * 10) / 10 },
    };
    console.log(JSON.stringify(result));
  } finally {
    if (!values.dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

function ms(x: number): number {
  return Math.round(x * 10) / 10;
}

await main();

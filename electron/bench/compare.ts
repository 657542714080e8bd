/**
 * Comparison benchmark (issue 4 §7: 10 segments at 100k customers <= 200 ms): a demo shop of N
 * customers (~10 order lines each) imported through the real path, 10 saved segments (the five
 * builder rules of segmentRules.ts and five simple ones), then timed over many runs:
 *   warm: the comparison repeated, as while the user sorts or adds a segment (orders aggregates
 *         and the customers' revenue arrays cached per connection);
 *   cold: the first comparison after the data changed (caches cleared before each run);
 * and, for reference, the overlap of 8 of them, the quality scorecard of all 10
 * and the Pareto views (within a segment, by an order field, both), each after the caches were cleared.
 *   node dist/electron/bench/compare.js [--customers 100000] [--runs 30] [--cold-runs 5] [--fresh]
 * The imported project is kept between runs (cachedDemo.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { QUALITY_DEFAULTS, type SegmentRef } from '../../shared/contract/analysis.js';
import type { Rule } from '../../shared/model/rules.js';
import { paretoAnalysis } from '../core/analysis/paretoBy.js';
import { segmentQuality } from '../core/analysis/quality.js';
import { compareSegments, overlapSegments } from '../core/analysis/query.js';
import { DataCache } from '../core/db/dataCache.js';
import { type Db, openProjectFile } from '../core/db/projectFile.js';
import { saveSegment } from '../core/segments/store.js';
import { cachedDemoProject } from './cachedDemo.js';
import { BENCH_RULES } from './segmentRules.js';
import { percentile, timeIt } from './stats.js';

const SIMPLE_RULES: Array<{ name: string; rule: Rule }> = [
  { name: 'United Kingdom', rule: { field: 'country', op: 'in', value: ['United Kingdom'] } },
  { name: 'Repeat buyers', rule: { field: 'frequency', op: '>=', value: 3 } },
  { name: 'Big spenders', rule: { field: 'monetary', op: '>=', value: 1000 } },
  { name: 'Active in 90 days', rule: { field: 'recency_days', op: '<=', value: 90 } },
  { name: 'B2B', rule: { field: 'customer_type', op: 'in', value: ['B2B'] } },
];

interface Timing {
  p50Ms: number;
  p95Ms: number;
}

async function time(runs: number, fn: () => unknown, before?: () => void): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    before?.();
    samples.push((await timeIt(fn)).seconds * 1000);
  }
  return { p50Ms: ms(percentile(samples, 50)), p95Ms: ms(percentile(samples, 95)) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string' },
      runs: { type: 'string' },
      'cold-runs': { type: 'string' },
      fresh: { type: 'boolean' },
    },
  });
  const customers = Number(values.customers ?? 100_000);
  const runs = Number(values.runs ?? 30);
  const coldRuns = Number(values['cold-runs'] ?? 5);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-bench-compare-'));
  try {
    const demo = await cachedDemoProject(dir, { customers, fresh: values.fresh });
    const db: Db = openProjectFile(demo.file);
    const refs: SegmentRef[] = [...BENCH_RULES, ...SIMPLE_RULES].map(({ name, rule }) => ({
      id: saveSegment(db, { name: name.slice(0, 200), rule }).id,
    }));
    const cache = DataCache.of(db);
    const rows = compareSegments(db, refs);
    const cold = await time(
      coldRuns,
      () => compareSegments(db, refs),
      () => cache.clear(),
    );
    const warm = await time(runs, () => compareSegments(db, refs));
    const overlap = await time(Math.min(runs, 10), () => overlapSegments(db, refs.slice(0, 8)));
    const quality = await time(Math.min(runs, 10), () => segmentQuality(db, { ...QUALITY_DEFAULTS }));
    // Pareto views, each the first call after the data changed (the by-field sums are cached after).
    const clear = () => cache.clear();
    const few = Math.min(runs, 5);
    const paretoSegment = await time(few, () => paretoAnalysis(db, { segment: refs[6] }), clear);
    const paretoBy = await time(few, () => paretoAnalysis(db, { by: 'category' }), clear);
    const paretoBySegment = await time(few, () => paretoAnalysis(db, { segment: refs[6], by: 'category' }), clear);
    const orderLines = (db.prepare('SELECT COUNT(*) AS n FROM order_lines').get() as { n: number }).n;
    db.close();
    console.log(
      `compare of ${refs.length} segments, ${customers.toLocaleString('en')} customers, ${orderLines.toLocaleString('en')} order lines (import ${demo.reused ? 'kept from an earlier run' : `${demo.importS.toFixed(1)} s`}):`,
    );
    console.log(`  warm p50 ${warm.p50Ms} ms, p95 ${warm.p95Ms} ms (${runs} runs)`);
    console.log(`  cold p50 ${cold.p50Ms} ms, p95 ${cold.p95Ms} ms (${coldRuns} runs, caches cleared)`);
    console.log(`  overlap of 8: p50 ${overlap.p50Ms} ms, p95 ${overlap.p95Ms} ms`);
    console.log(`  quality scorecard of ${refs.length}: p50 ${quality.p50Ms} ms, p95 ${quality.p95Ms} ms`);
    console.log(`  Pareto within a segment: p50 ${paretoSegment.p50Ms} ms, p95 ${paretoSegment.p95Ms} ms (cold)`);
    console.log(`  Pareto by category (order lines): p50 ${paretoBy.p50Ms} ms, p95 ${paretoBy.p95Ms} ms (cold)`);
    console.log(
      `  Pareto by category within a segment: p50 ${paretoBySegment.p50Ms} ms, p95 ${paretoBySegment.p95Ms} ms (cold)`,
    );
    for (const r of rows) console.log(`  ${r.customers.toString().padStart(7)}  ${r.segment}`);
    console.log(`machine: ${process.platform} ${process.arch}, node ${process.version}, ${os.cpus().length} cores`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function ms(x: number): number {
  return Math.round(x * 10) / 10;
}

await main();
